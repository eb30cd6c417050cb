//! Fresh databases for tests, on both engines: a new SQLite file, or a new PostgreSQL database
//! on the server named by `SOLILAB_TEST_POSTGRES` (default `postgres://postgres@127.0.0.1:5432/postgres`).
use std::sync::atomic::{AtomicU32, Ordering};

use sea_orm::{ConnectionTrait, Database};

use super::{Db, Engine};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A database made for one test, dropped by [`TestDb::cleanup`].
pub struct TestDb {
    pub db: Db,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Sqlite(std::path::PathBuf),
    Postgres { admin_url: String, name: String },
}

fn unique_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!(
        "solilab_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// The PostgreSQL server tests use.
pub fn postgres_admin_url() -> String {
    std::env::var("SOLILAB_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

impl TestDb {
    /// A fresh, migrated database on `engine`. Panics when the engine cannot be reached: a test
    /// that silently skips a database proves nothing.
    pub async fn new(engine: Engine) -> TestDb {
        let name = unique_name();
        let (url, cleanup) = match engine {
            Engine::Sqlite => {
                let dir = std::env::temp_dir().join("solilab-tests");
                std::fs::create_dir_all(&dir).expect("create the test directory");
                let path = dir.join(format!("{name}.db"));
                (
                    format!("sqlite://{}?mode=rwc", path.display()),
                    Cleanup::Sqlite(path),
                )
            }
            Engine::Postgres => {
                let admin_url = postgres_admin_url();
                let admin = Database::connect(&admin_url).await.unwrap_or_else(|e| {
                    panic!("PostgreSQL at {admin_url} is needed by the tests: {e}")
                });
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create the test database");
                admin.close().await.expect("close the admin connection");
                let base = admin_url
                    .rsplit_once('/')
                    .map_or(admin_url.as_str(), |(b, _)| b);
                (
                    format!("{base}/{name}"),
                    Cleanup::Postgres {
                        admin_url: admin_url.clone(),
                        name,
                    },
                )
            }
        };
        let db = Db::connect(&url)
            .await
            .expect("connect to the test database");
        db.migrate().await.expect("migrate the test database");
        TestDb { db, url, cleanup }
    }

    /// Closes and deletes the database.
    pub async fn cleanup(self) {
        // Closing waits for every borrowed connection; a test that left one borrowed (an
        // unread response still streaming, say) must not hang the whole run.
        let closing = tokio::time::timeout(std::time::Duration::from_secs(10), self.db.close());
        if closing.await.is_err() {
            eprintln!("test database pools did not close within 10 s; dropping them");
        }
        match self.cleanup {
            Cleanup::Sqlite(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Postgres { admin_url, name } => {
                if let Ok(admin) = Database::connect(&admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                    let _ = admin.close().await;
                }
            }
        }
    }
}

/// Runs an async test body once on SQLite and once on PostgreSQL: `db_test!(name, |db| async move { … })`
/// makes `name::sqlite` and `name::postgres`, so the test output shows both engines.
#[macro_export]
macro_rules! db_test {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run(engine: $crate::core::Engine) {
                let test_db = $crate::core::testing::TestDb::new(engine).await;
                let body = $body;
                body(test_db.db.clone()).await;
                test_db.cleanup().await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                run($crate::core::Engine::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                run($crate::core::Engine::Postgres).await;
            }
        }
    };
}

/// A real SMTP server on loopback (Python's aiosmtpd, installed by `.ci/setup --test`) that keeps
/// every message it receives in a maildir, so tests read what was really delivered.
pub struct SmtpServer {
    pub port: u16,
    maildir: std::path::PathBuf,
    child: Option<std::process::Child>,
}

impl SmtpServer {
    /// Starts a server on a free port.
    pub async fn start() -> SmtpServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let maildir = std::env::temp_dir()
            .join("solilab-tests")
            .join(format!("{}-maildir", unique_name()));
        let mut server = SmtpServer {
            port,
            maildir,
            child: None,
        };
        server.resume().await;
        server
    }

    /// The URL to give `SMTP_URL`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Stops the server: connections are refused until [`SmtpServer::resume`].
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again on the same port, keeping what it received.
    pub async fn resume(&mut self) {
        let child = std::process::Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{}", self.port),
            ])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&self.maildir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("python3 -m aiosmtpd starts (installed by .ci/setup --test)");
        self.child = Some(child);
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", self.port))
                .await
                .is_ok()
            {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the SMTP server did not start on port {}", self.port);
    }

    /// Every message received so far, raw.
    pub fn messages(&self) -> Vec<String> {
        let mut messages: Vec<String> = ["new", "cur"]
            .iter()
            .filter_map(|sub| std::fs::read_dir(self.maildir.join(sub)).ok())
            .flatten()
            .filter_map(|entry| {
                entry
                    .ok()
                    .and_then(|e| std::fs::read_to_string(e.path()).ok())
            })
            .collect();
        messages.sort();
        messages
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.maildir);
    }
}

/// A weekday at least `days_ahead` days from today that is not a French public holiday: a day
/// the demo's meeting rooms are open, for tests that go through `Utc::now()`.
pub fn bookable_day(days_ahead: u64) -> chrono::NaiveDate {
    use chrono::Datelike;
    let today = crate::domain::time::paris_day(chrono::Utc::now());
    (today + chrono::Days::new(days_ahead))
        .iter_days()
        .find(|d| {
            d.weekday().num_days_from_monday() < 5
                && !crate::domain::holidays::is_french_public_holiday(*d)
        })
        .unwrap_or(today)
}

/// `date` at `hh:mm` in Paris, as RFC 3339 with its offset.
pub fn paris(date: chrono::NaiveDate, hh_mm: &str) -> String {
    use chrono::TimeZone;
    let time = chrono::NaiveTime::parse_from_str(hh_mm, "%H:%M").unwrap_or(chrono::NaiveTime::MIN);
    chrono_tz::Europe::Paris
        .from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|t| t.to_rfc3339())
        .unwrap_or_default()
}

/// The viewer of the demo account `email`, as after signing in.
pub async fn demo_viewer(db: &crate::core::Db, email: &str) -> crate::domain::Viewer {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let row = crate::core::entities::account::Entity::find()
        .filter(crate::core::entities::account::Column::Email.eq(email))
        .one(db.read())
        .await
        .expect("query")
        .expect("demo account");
    crate::core::auth::viewer_for(db, &row, None)
        .await
        .expect("viewer")
}

/// A new office of the first demo site, `area_m2` large, that no lease touches yet.
pub async fn fresh_office(
    db: &crate::core::Db,
    code: &str,
    area_m2: f64,
) -> crate::core::entities::space::Model {
    use crate::core::entities::space;
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
    let mut office: space::ActiveModel = space::Entity::find()
        .filter(space::Column::Kind.eq("office"))
        .one(db.read())
        .await
        .expect("query")
        .expect("a demo office")
        .into();
    office.id = sea_orm::ActiveValue::NotSet;
    office.code = Set(code.into());
    office.name = Set(format!("Bureau {code}"));
    office.area_m2 = Set(area_m2);
    office.insert(db.write()).await.expect("office")
}

/// The sender of the mails tests deliver.
pub fn mail_from() -> lettre::message::Mailbox {
    "Solilab <no-reply@solilab.localhost>"
        .parse()
        .expect("mailbox")
}

/// A new account of `role` named `email` and its viewer, for tests that start from an empty
/// database.
pub async fn new_viewer(
    db: &crate::core::Db,
    email: &str,
    role: crate::domain::Role,
) -> crate::domain::Viewer {
    let row = crate::core::accounts::add(
        db,
        crate::core::accounts::NewAccount {
            email: email.into(),
            role,
            display_name: None,
            structure_id: None,
            password: None,
        },
    )
    .await
    .expect("account");
    crate::core::auth::viewer_for(db, &row, None)
        .await
        .expect("viewer")
}

/// A meeting room `code` of the first demo site for 12, at 20 € an hour for hosted structures.
pub fn room_input(code: &str) -> crate::domain::SpaceInput {
    crate::domain::SpaceInput {
        site: "solilab".into(),
        code: code.into(),
        name: "Salle Sèvre".into(),
        kind: "meeting_room".into(),
        floor: 2,
        capacity: 12,
        area_m2: 30.0,
        needs_approval: None,
        equipment: vec!["projector".into()],
        step_free_access: true,
        accessible_toilets: true,
        hearing_loop: true,
        description_fr: "Sur la cour.".into(),
        description_en: "On the courtyard.".into(),
        rates: vec![crate::domain::RateInput {
            customer: "hosted".into(),
            unit: "hour".into(),
            price_cents: 2_000,
        }],
    }
}

/// In an empty database: an admin, and the site `solilab` it creates.
pub async fn first_site(db: &crate::core::Db) -> crate::domain::Viewer {
    let admin = new_viewer(db, "admin@example.org", crate::domain::Role::Admin).await;
    let site = crate::domain::SiteInput {
        name: "Solilab".into(),
        address: "8 rue Saint-Domingue".into(),
        postcode: "44200".into(),
        city: "Nantes".into(),
        ..crate::domain::SiteInput::default()
    };
    crate::core::sites::create(db, &admin, site, chrono::Utc::now())
        .await
        .expect("site");
    admin
}
