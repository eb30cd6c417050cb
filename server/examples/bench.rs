//! Booking benchmark: commits per second and latency percentiles with concurrent HTTP clients,
//! and availability-query latency over a million bookings, on SQLite and PostgreSQL.
//!
//! `cargo run --release -p server --example bench -- [sqlite|postgres|both] [clients] [seconds] [rate]`
//! (defaults: both, 64, 10, 2000): the clients book as fast as they are answered, then at `rate`
//! bookings a second together. PostgreSQL is the test server (`SOLILAB_TEST_POSTGRES`). Each run
//! uses a fresh database and drops it after.
use std::time::{Duration, Instant};

use app::core::entities::space;
use app::core::testing::TestDb;
use app::core::{AppState, Engine, accounts, demo};
use chrono::{DateTime, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbBackend, EntityTrait, Set};

/// Spaces made for the benchmark: open day and night, every day, ten years ahead.
const BENCH_SPACES: usize = 100;
const BOOKINGS_PER_SPACE: i64 = 10_000;
/// The bookings a second the goal asks for at 64 clients: the paced run's rate unless told.
const GOAL_RATE: f64 = 2000.0;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Adds the benchmark's spaces (copies of the Salle Loire's rates, open 24/7) and returns their ids.
async fn bench_spaces(db: &app::core::Db) -> Vec<i32> {
    let template = space::Entity::find()
        .all(db.read())
        .await
        .expect("spaces")
        .into_iter()
        .find(|s| s.name == "Salle Loire")
        .expect("the demo's Salle Loire");
    let rates = app::core::entities::space_rate::Entity::find()
        .all(db.read())
        .await
        .expect("rates")
        .into_iter()
        .filter(|r| r.space_id == template.id)
        .collect::<Vec<_>>();
    let mut ids = Vec::new();
    for n in 0..BENCH_SPACES {
        let mut row: space::ActiveModel = template.clone().into();
        row.id = sea_orm::ActiveValue::NotSet;
        row.code = Set(format!("B-{n:03}"));
        row.name = Set(format!("Banc {n}"));
        row.opening_hours = Set("00:00-24:00,".repeat(7).trim_end_matches(',').to_owned());
        row.max_minutes = Set(1440);
        row.max_advance_days = Set(36_500);
        row.needs_approval = Set(false);
        let created = row.insert(db.write()).await.expect("bench space");
        for rate in &rates {
            let mut copy: app::core::entities::space_rate::ActiveModel = rate.clone().into();
            copy.id = sea_orm::ActiveValue::NotSet;
            copy.space_id = Set(created.id);
            copy.insert(db.write()).await.expect("rate");
        }
        ids.push(created.id);
    }
    ids
}

/// Starts Solilab in this process on a free port.
async fn serve(db: app::core::Db) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port");
    let addr = listener.local_addr().expect("addr");
    let state = AppState {
        db,
        base_url: format!("http://{addr}"),
        clock: app::domain::time::Clock::system(),
        set_up: app::core::state::SetUp::default(),
    };
    let router = server::build_router(state, server::leptos_options(addr));
    tokio::spawn(async move {
        let _ = axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await;
    });
    format!("http://{addr}")
}

/// `clients` clients book consecutive half-hours of their own space for `seconds`: each as fast
/// as it is answered, or, with a `rate`, together `rate` bookings a second, each at its own
/// steady pace. Paced, a booking's latency counts from when it was due, not from when it was
/// sent, so a slow answer that delays the next request is not hidden.
async fn commits(
    test_db: &TestDb,
    spaces: &[i32],
    clients: usize,
    seconds: u64,
    rate: Option<f64>,
    first_day: usize,
) {
    let base = serve(test_db.db.clone()).await;
    let token = accounts::issue_token(&test_db.db, "gestion@solilab.localhost", "bench")
        .await
        .expect("token");
    // Open days only: a public holiday would refuse every booking of its day.
    let days: Vec<chrono::NaiveDate> = chrono::NaiveDate::from_ymd_opt(2030, 1, 2)
        .expect("date")
        .iter_days()
        .filter(|d| !app::domain::holidays::is_french_public_holiday(*d))
        .take(3000)
        .collect();
    let days = std::sync::Arc::new(days);
    let printed = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .build()
        .expect("client");
    let began = Instant::now();
    // Paced, each client books every `clients / rate` seconds, the clients spread over it.
    let every = rate.map(|r| Duration::from_secs_f64(clients as f64 / r));
    let mut tasks = Vec::new();
    for c in 0..clients {
        let (client, base, token) = (client.clone(), base.clone(), token.clone());
        let (days, printed) = (days.clone(), printed.clone());
        let space = spaces[c % spaces.len()];
        // Clients sharing a space take interleaved half-hours, never the same one.
        let (lane, lanes) = (
            (c / spaces.len()) as i64,
            clients.div_ceil(spaces.len()) as i64,
        );
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut errors = 0_usize;
            let mut n = 0_i64;
            let start = every.map(|e| began + e.mul_f64(c as f64 / clients as f64));
            while Instant::now() < deadline {
                let due = match (start, every) {
                    (Some(start), Some(every)) => {
                        let due = start + every.mul_f64(n as f64);
                        tokio::time::sleep_until(due.into()).await;
                        due
                    }
                    _ => Instant::now(),
                };
                let k = n * lanes + lane;
                let day = days[(first_day + usize::try_from(k / 48).unwrap_or(0)) % days.len()];
                let starts: DateTime<Utc> = day.and_time(chrono::NaiveTime::MIN).and_utc()
                    + chrono::Duration::minutes(30 * (k % 48));
                let body = serde_json::json!({
                    "space_id": space, "structure_id": 1, "title": "Banc d'essai",
                    "starts_at": starts.to_rfc3339(),
                    "ends_at": (starts + chrono::Duration::minutes(30)).to_rfc3339(),
                });
                let answer = client
                    .post(format!("{base}/api/v1/bookings"))
                    .bearer_auth(&token)
                    .json(&body)
                    .send()
                    .await;
                latencies.push(due.elapsed());
                match answer {
                    Ok(r) if r.status().as_u16() == 201 => {}
                    Ok(r) => {
                        errors += 1;
                        if printed.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < 3 {
                            let status = r.status();
                            let text = r.text().await.unwrap_or_default();
                            eprintln!("  client {c}: {status} {text}");
                        }
                    }
                    Err(e) => {
                        errors += 1;
                        if printed.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < 3 {
                            eprintln!("  client {c}: {e}");
                        }
                    }
                }
                n += 1;
            }
            (latencies, errors)
        }));
    }
    let mut latencies = Vec::new();
    let mut errors = 0;
    for task in tasks {
        let (l, e) = task.await.expect("client");
        latencies.extend(l);
        errors += e;
    }
    let elapsed = began.elapsed();
    latencies.sort();
    let ok = latencies.len() - errors;
    let how = rate.map_or_else(
        || "as fast as answered".to_owned(),
        |r| format!("paced at {r:.0}/s"),
    );
    println!(
        "  commits, {how}: {ok} bookings in {:.1} s = {:.0} bookings/s with {clients} clients; latency p50 {} p95 {} p99 {} max {}; {errors} errors",
        elapsed.as_secs_f64(),
        ok as f64 / elapsed.as_secs_f64(),
        ms(percentile(&latencies, 50.0)),
        ms(percentile(&latencies, 95.0)),
        ms(percentile(&latencies, 99.0)),
        ms(latencies.last().copied().unwrap_or_default()),
    );
}

/// Fills the benchmark's spaces with `BOOKINGS_PER_SPACE` one-hour bookings each, every other
/// hour from 2031 on, in one statement per space.
async fn fill(test_db: &TestDb, spaces: &[i32]) -> i64 {
    let backend = test_db.db.write().get_database_backend();
    let began = Instant::now();
    for space in spaces {
        let sql = match backend {
            DbBackend::Postgres => format!(
                "INSERT INTO bookings (space_id, structure_id, booked_by, title, attendees, starts_at, ends_at, held_until, status, customer_kind, price_cents, included_minutes, cancel_fee_cents, created_at)
                 SELECT {space}, 1, 1, 'Rempli', 4, t, t + interval '1 hour', t + interval '1 hour', 'confirmed', 'hosted', 3000, 0, 0, now()
                 FROM generate_series(0, {n}) AS g(i), LATERAL (SELECT timestamptz '2031-01-01 00:00:00+00' + g.i * interval '2 hours' AS t) s",
                n = BOOKINGS_PER_SPACE - 1
            ),
            _ => format!(
                "WITH RECURSIVE g(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM g WHERE i < {n})
                 INSERT INTO bookings (space_id, structure_id, booked_by, title, attendees, starts_at, ends_at, held_until, status, customer_kind, price_cents, included_minutes, cancel_fee_cents, created_at)
                 SELECT {space}, 1, 1, 'Rempli', 4,
                   strftime('%Y-%m-%dT%H:%M:%S+00:00', '2031-01-01 00:00:00', (i * 2) || ' hours'),
                   strftime('%Y-%m-%dT%H:%M:%S+00:00', '2031-01-01 00:00:00', (i * 2 + 1) || ' hours'),
                   strftime('%Y-%m-%dT%H:%M:%S+00:00', '2031-01-01 00:00:00', (i * 2 + 1) || ' hours'),
                   'confirmed', 'hosted', 3000, 0, 0, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
                 FROM g",
                n = BOOKINGS_PER_SPACE - 1
            ),
        };
        test_db
            .db
            .write()
            .execute_unprepared(&sql)
            .await
            .expect("fill");
    }
    if backend == DbBackend::Postgres {
        test_db
            .db
            .write()
            .execute_unprepared("ANALYZE bookings")
            .await
            .expect("analyze");
    } else {
        test_db
            .db
            .write()
            .execute_unprepared("ANALYZE")
            .await
            .expect("analyze");
    }
    let total = spaces.len() as i64 * BOOKINGS_PER_SPACE;
    println!(
        "  filled {total} bookings in {:.1} s",
        began.elapsed().as_secs_f64()
    );
    total
}

/// Times `runs` calls of `query`, each on a different space and day, and prints percentiles.
async fn time_queries<F, Fut>(label: &str, runs: usize, mut query: F)
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut latencies = Vec::with_capacity(runs);
    for i in 0..runs {
        let began = Instant::now();
        query(i).await;
        latencies.push(began.elapsed());
    }
    latencies.sort();
    println!(
        "  {label}: {runs} queries, p50 {} p95 {} p99 {} max {}",
        ms(percentile(&latencies, 50.0)),
        ms(percentile(&latencies, 95.0)),
        ms(percentile(&latencies, 99.0)),
        ms(latencies.last().copied().unwrap_or_default()),
    );
}

async fn availability(test_db: &TestDb, spaces: &[i32]) {
    let db = &test_db.db;
    let first = Utc
        .with_ymd_and_hms(2031, 1, 6, 0, 0, 0)
        .single()
        .expect("date");
    let now = Utc::now();
    time_queries("availability, one space-week", 1000, |i| async move {
        let from = first + chrono::Duration::days(7 * (i as i64 % 100));
        let range =
            app::domain::TimeRange::new(from, from + chrono::Duration::days(7)).expect("week");
        let busy = app::core::bookings::availability(db, spaces[i % spaces.len()], range, now)
            .await
            .expect("availability");
        assert_eq!(busy.busy.len(), 84, "one booking every other hour");
    })
    .await;
    time_queries("day grid, 100 spaces", 300, |i| async move {
        let from = first + chrono::Duration::days(i as i64 % 700);
        let range =
            app::domain::TimeRange::new(from, from + chrono::Duration::days(1)).expect("day");
        let busy = app::core::bookings::busy(db, spaces, range, now)
            .await
            .expect("grid");
        assert_eq!(busy.len(), 12 * spaces.len());
    })
    .await;
}

async fn run(engine: Engine, clients: usize, seconds: u64, rate: f64) {
    println!("{engine:?}");
    let test_db = TestDb::new(engine).await;
    demo::seed(&test_db.db).await.expect("seed");
    let spaces = bench_spaces(&test_db.db).await;
    commits(&test_db, &spaces, clients, seconds, None, 0).await;
    // At a steady rate, on days the first run left free.
    commits(&test_db, &spaces, clients, seconds, Some(rate), 1500).await;
    fill(&test_db, &spaces).await;
    availability(&test_db, &spaces).await;
    test_db.cleanup().await;
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let engines = match args.first().map(String::as_str) {
        Some("sqlite") => vec![Engine::Sqlite],
        Some("postgres") => vec![Engine::Postgres],
        _ => vec![Engine::Sqlite, Engine::Postgres],
    };
    let clients = args.get(1).and_then(|c| c.parse().ok()).unwrap_or(64);
    let seconds = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10);
    let rate = args
        .get(3)
        .and_then(|r| r.parse().ok())
        .unwrap_or(GOAL_RATE);
    for engine in engines {
        run(engine, clients, seconds, rate).await;
    }
}
