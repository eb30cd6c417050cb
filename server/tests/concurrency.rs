//! Never twice: 200 simultaneous requests for overlapping slots of one room, split between two
//! `solilab serve` processes sharing one database. Exactly one is confirmed, every other one is
//! told `409`, and the database holds no overlap.
use std::process::{Child, Command, Stdio};

use app::core::testing::{TestDb, bookable_day, paris};
use app::core::{Engine, accounts, demo};
use sea_orm::{ConnectionTrait, Statement};

/// A `solilab serve` process on a free port; killed when dropped.
struct Served {
    child: Child,
    base: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn serve(url: &str) -> Served {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let addr = format!("127.0.0.1:{port}");
    let child = Command::new(env!("CARGO_BIN_EXE_solilab"))
        .args(["serve", "--addr", &addr])
        .env("DATABASE_URL", url)
        .env_remove("SMTP_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    let served = Served {
        child,
        base: format!("http://{addr}"),
    };
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if client
            .get(format!("{}/healthz", served.base))
            .send()
            .await
            .is_ok_and(|r| r.status() == 200)
        {
            return served;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("solilab serve did not answer on {addr}");
}

async fn two_hundred_at_once(engine: Engine) {
    let test_db = TestDb::new(engine).await;
    demo::seed(&test_db.db).await.expect("seed");
    let token = accounts::issue_token(&test_db.db, "tenant@solilab.localhost", "load")
        .await
        .expect("token");
    let processes = [serve(&test_db.url).await, serve(&test_db.url).await];
    let client = reqwest::Client::new();
    let me: serde_json::Value = client
        .get(format!("{}/api/v1/me", processes[0].base))
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let structure = me["acting"].as_i64().expect("acting");
    let rooms: serde_json::Value = client
        .get(format!(
            "{}/api/v1/spaces?kind=meeting_room&min_capacity=40",
            processes[0].base
        ))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let room = rooms[0]["id"].as_i64().expect("Salle Loire");
    let day = bookable_day(7);
    // Four different but overlapping slots: 14:00–16:00, 14:30–16:30, 15:00–17:00, 15:30–17:30.
    let starts = ["14:00", "14:30", "15:00", "15:30"];
    let ends = ["16:00", "16:30", "17:00", "17:30"];
    let mut requests = Vec::new();
    for i in 0..200 {
        let body = serde_json::json!({
            "space_id": room,
            "structure_id": structure,
            "starts_at": paris(day, starts[i % 4]),
            "ends_at": paris(day, ends[i % 4]),
            "title": format!("Demande {i}"),
        });
        let request = client
            .post(format!("{}/api/v1/bookings", processes[i % 2].base))
            .bearer_auth(&token)
            .json(&body)
            .send();
        requests.push(tokio::spawn(request));
    }
    let mut statuses = Vec::new();
    for request in requests {
        let response = request.await.expect("task").expect("answered");
        statuses.push(response.status().as_u16());
    }
    drop(processes);
    let created = statuses.iter().filter(|s| **s == 201).count();
    let conflicts = statuses.iter().filter(|s| **s == 409).count();
    assert_eq!((created, conflicts), (1, 199), "{statuses:?}");
    let backend = test_db.db.write().get_database_backend();
    let overlaps = test_db
        .db
        .read()
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT COUNT(*) AS n FROM bookings a JOIN bookings b
               ON a.space_id = b.space_id AND a.id < b.id
              AND a.starts_at < b.held_until AND b.starts_at < a.held_until
              AND a.status = 'confirmed' AND b.status = 'confirmed'",
        ))
        .await
        .expect("query")
        .expect("row")
        .try_get_by_index::<i64>(0)
        .expect("count");
    let rows = test_db
        .db
        .read()
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT COUNT(*) FROM bookings",
        ))
        .await
        .expect("query")
        .expect("row")
        .try_get_by_index::<i64>(0)
        .expect("count");
    test_db.cleanup().await;
    assert_eq!(overlaps, 0, "no two confirmed bookings overlap");
    assert_eq!(rows, 1, "the refused requests left nothing behind");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_at_once_sqlite() {
    two_hundred_at_once(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_at_once_postgres() {
    two_hundred_at_once(Engine::Postgres).await;
}
