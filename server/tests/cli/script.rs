//! From nothing to a bookable room, a market and an event, as a script would do it with the
//! CLI and the API only: `solilab migrate`, `user add`, `token issue`, `serve`, then HTTP.
use std::process::{Command, Stdio};

use app::core::Engine;
use app::core::testing::{TestDb, bookable_day, paris};
use serde_json::{Value, json};

use super::{free_addr, healthy, solilab, text};

/// A script's HTTP calls with one bearer token.
struct Api {
    client: reqwest::Client,
    base: String,
}

impl Api {
    async fn send(
        &self,
        method: &str,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut request = self
            .client
            .request(
                method.parse().expect("method"),
                format!("{}{path}", self.base),
            )
            .bearer_auth(token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("sent");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// `POST`s `body`, which must be created (`201`); gives the answer.
    async fn create(&self, path: &str, token: &str, body: Value) -> Value {
        let (status, answer) = self.send("POST", path, token, Some(body)).await;
        assert_eq!(status, 201, "POST {path}: {answer}");
        answer
    }
}

/// Reads a feed with Python's `icalendar` and prints each VEVENT's UID, RRULE and EXDATEs.
const READ_FEED: &str = r#"
import sys, icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for event in calendar.walk('VEVENT'):
    rule = event.get('RRULE')
    exdates = event.get('EXDATE')
    exdates = exdates if isinstance(exdates, list) else ([exdates] if exdates else [])
    days = [d.dt.strftime('%Y-%m-%d') for e in exdates for d in e.dts]
    print(str(event.get('UID')), rule.to_ical().decode() if rule else '-', ','.join(days) or '-')
"#;

async fn from_nothing(engine: Engine) {
    let test_db = TestDb::new(engine).await;
    let url = test_db.url.clone();
    let run = |args: &[&str]| solilab(&url, args, None);
    assert!(run(&["migrate"]).status.success());
    let admin = run(&[
        "user",
        "add",
        "--email",
        "direction@ecossimo.example",
        "--role",
        "admin",
    ]);
    assert!(admin.status.success(), "{}", text(&admin.stderr));
    let issued = run(&["token", "issue", "--email", "direction@ecossimo.example"]);
    let admin = text(&issued.stdout).trim().to_owned();

    let (port, addr) = free_addr();
    let mut child = Command::new(env!("CARGO_BIN_EXE_solilab"))
        .args(["serve", "--addr", &addr])
        .env("DATABASE_URL", &url)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    let api = Api {
        client: reqwest::Client::new(),
        base: format!("http://{addr}"),
    };
    assert!(healthy(&api.client, &addr).await, "/healthz answered 200");

    // A site, a meeting room with its rates, a structure and its tenant.
    let site = json!({"name": "Solilab", "address": "8 rue Saint-Domingue", "postcode": "44200",
        "city": "Nantes", "legal_name": "Ecossimo SCIC", "siret": "73282932000074"});
    api.create("/api/v1/sites", &admin, site).await;
    let room = json!({"site": "solilab", "code": "R-1", "name": "Salle Loire", "kind": "meeting_room",
        "floor": 1, "capacity": 12, "area_m2": 30.0, "equipment": ["projector"],
        "step_free_access": true, "accessible_toilets": true, "hearing_loop": false,
        "description_fr": "", "description_en": "",
        "rates": [{"customer": "hosted", "unit": "hour", "price_cents": 2000},
                  {"customer": "outsider", "unit": "hour", "price_cents": 3500}]});
    let room = api.create("/api/v1/spaces", &admin, room).await;
    let room_id = room["id"].as_i64().expect("room id");
    let structure = json!({"name": "Les Compagnons", "legal_form": "association",
        "sector": "reuse_resources", "site": "solilab"});
    let structure = api.create("/api/v1/structures", &admin, structure).await;
    let structure_id = structure["id"].as_i64().expect("structure id");
    let tenant = run(&[
        "user",
        "add",
        "--email",
        "ines@compagnons.example",
        "--role",
        "tenant",
        "--structure",
        &structure_id.to_string(),
    ]);
    assert!(tenant.status.success(), "{}", text(&tenant.stderr));
    let tenant = text(&run(&["token", "issue", "--email", "ines@compagnons.example"]).stdout)
        .trim()
        .to_owned();

    // The tenant books the room.
    let day = bookable_day(3);
    let booking = json!({"space_id": room_id, "structure_id": structure_id, "starts_at": paris(day, "10:00"),
        "ends_at": paris(day, "12:00"), "title": "Assemblée générale"});
    let booked = api.create("/api/v1/bookings", &tenant, booking).await;
    assert_eq!(booked["space_id"], room_id, "{booked}");

    // A weekly market, one day cancelled; the public feed as a calendar reads it.
    let market = json!({"site": "solilab", "name": "Marché du samedi", "weekdays": ["SA"],
        "opens": "08:00", "closes": "13:00", "first_day": "2027-01-02"});
    api.create("/api/v1/markets", &admin, market).await;
    let cancel = json!({"day": "2027-01-09", "reason": "Gel annoncé"});
    api.create(
        "/api/v1/markets/marche-du-samedi/exceptions",
        &admin,
        cancel,
    )
    .await;
    let feed = api
        .client
        .get(format!("{}/calendar.ics", api.base))
        .send()
        .await
        .expect("sent");
    let file = std::env::temp_dir().join(format!("solilab-script-{port}.ics"));
    std::fs::write(&file, feed.bytes().await.expect("feed")).expect("write the feed");
    let read = Command::new("python3")
        .arg("-c")
        .arg(READ_FEED)
        .arg(&file)
        .output()
        .expect("python3 runs (installed by .ci/setup --test)");
    let _ = std::fs::remove_file(&file);
    let lines = text(&read.stdout);
    assert!(read.status.success(), "{}", text(&read.stderr));
    let market_line = lines
        .lines()
        .find(|l| l.starts_with("market-"))
        .unwrap_or_default();
    assert!(market_line.contains("FREQ=WEEKLY;BYDAY=SA"), "{lines}");
    assert!(market_line.ends_with(" 2027-01-09"), "{lines}");

    // An event with an edition, two stall types and twenty stalls.
    let event = json!({"site": "solilab", "name": "La Braderie"});
    api.create("/api/v1/events", &admin, event).await;
    let edition = json!({"starts_on": "2027-06-12", "ends_on": "2027-06-13", "opens": "10:00",
        "closes": "19:00", "call_opens_on": "2027-01-01", "call_closes_on": "2027-04-30"});
    let edition = api
        .create("/api/v1/events/la-braderie/editions", &admin, edition)
        .await;
    let id = edition["id"].as_i64().expect("edition id");
    let mut types = Vec::new();
    for (name, width, price) in [("Stand 3 × 3 m", 300, 6000), ("Stand 6 × 3 m", 600, 11000)] {
        let kind = json!({"name": name, "width_cm": width, "depth_cm": 300, "price_cents": price});
        let answer = api
            .create(&format!("/api/v1/editions/{id}/stall-types"), &admin, kind)
            .await;
        let made = answer["stall_types"].as_array().expect("types");
        types.push(
            made.iter()
                .find(|t| t["name"] == name)
                .expect("the new type")["id"]
                .clone(),
        );
    }
    for (kind, count) in [(&types[0], 16), (&types[1], 4)] {
        let rows = json!({"stall_type_id": kind, "count": count});
        api.create(&format!("/api/v1/editions/{id}/stalls"), &admin, rows)
            .await;
    }
    let (status, listed) = api
        .send("GET", &format!("/api/v1/editions/{id}"), &admin, None)
        .await;
    let _ = child.kill();
    let _ = child.wait();
    test_db.cleanup().await;
    assert_eq!(status, 200);
    let stalls = listed["stalls"].as_array().expect("stalls");
    assert_eq!(stalls.len(), 20);
    let large = stalls
        .iter()
        .filter(|s| s["stall_type"] == "Stand 6 × 3 m")
        .count();
    assert_eq!(large, 4);
}

#[tokio::test]
async fn from_nothing_sqlite() {
    from_nothing(Engine::Sqlite).await;
}

#[tokio::test]
async fn from_nothing_postgres() {
    from_nothing(Engine::Postgres).await;
}
