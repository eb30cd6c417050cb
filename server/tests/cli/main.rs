//! The `solilab` binary as a person runs it: settings, migrate, seed, user add, token issue, serve.
use std::io::Write;
use std::process::{Command, Output, Stdio};

use app::core::Engine;
use app::core::mail::{self, OutgoingMail};
use app::core::testing::{SmtpServer, TestDb};

mod import;
mod script;

fn solilab(url: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_solilab"))
        .args(args)
        .env("DATABASE_URL", url)
        .env_remove("SOLILAB_ADDR")
        .env_remove("SMTP_URL")
        .env_remove("MAIL_FROM")
        .env_remove("SOLILAB_BASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("solilab starts");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("solilab ends")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn bad_settings_stop_with_one_line_and_code_2() {
    for (var, value, named) in [
        ("DATABASE_URL", "mysql://localhost/x", "DATABASE_URL"),
        ("SOLILAB_ADDR", "nowhere", "SOLILAB_ADDR"),
        ("SOLILAB_BASE_URL", "ftp://x", "SOLILAB_BASE_URL"),
        ("SMTP_URL", "not a url", "SMTP_URL"),
        ("MAIL_FROM", "nobody", "MAIL_FROM"),
        (
            "SOLILAB_CLIENT_IP_HEADER",
            "bad header",
            "SOLILAB_CLIENT_IP_HEADER",
        ),
        (
            "SOLILAB_PARCEL_BATCH_SECONDS",
            "0",
            "SOLILAB_PARCEL_BATCH_SECONDS",
        ),
        (
            "SOLILAB_PARCEL_BATCH_SECONDS",
            "ten",
            "SOLILAB_PARCEL_BATCH_SECONDS",
        ),
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_solilab"))
            .arg("migrate")
            .env("DATABASE_URL", "sqlite::memory:")
            .env(var, value)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(2), "{var}");
        let stderr = text(&output.stderr);
        assert_eq!(stderr.trim().lines().count(), 1, "{var}: {stderr}");
        assert!(stderr.contains(named), "{var}: {stderr}");
    }
    let output = Command::new(env!("CARGO_BIN_EXE_solilab"))
        .args(["serve", "--addr", "not-an-address"])
        .env("DATABASE_URL", "sqlite::memory:")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("--addr"));
}

async fn accounts_and_tokens(engine: Engine) {
    let test_db = TestDb::new(engine).await;
    let url = test_db.url.clone();
    let (db, run) = (test_db.db.clone(), move |args: &[&str], stdin| {
        solilab(&url, args, stdin)
    });

    assert!(run(&["migrate"], None).status.success());
    let seeded = run(&["seed", "--demo"], None);
    assert!(seeded.status.success(), "{}", text(&seeded.stderr));
    let again = run(&["seed", "--demo"], None);
    assert_eq!(again.status.code(), Some(1), "a second seed is refused");
    assert!(text(&again.stderr).contains("empty database"));

    let added = run(
        &[
            "user",
            "add",
            "--email",
            "Ines@Example.org",
            "--role",
            "tenant",
            "--structure",
            "5",
            "--password-stdin",
        ],
        Some("une phrase de passe solide\n"),
    );
    assert!(added.status.success(), "{}", text(&added.stderr));
    let short = run(
        &[
            "user",
            "add",
            "--email",
            "x@example.org",
            "--role",
            "tenant",
            "--password-stdin",
        ],
        Some("short\n"),
    );
    assert_eq!(short.status.code(), Some(1));
    assert!(text(&short.stderr).contains("at least 8 characters"));
    let role = run(
        &["user", "add", "--email", "y@example.org", "--role", "boss"],
        None,
    );
    assert_eq!(role.status.code(), Some(2), "clap refuses an unknown role");

    let issued = run(
        &[
            "token",
            "issue",
            "--email",
            "ines@example.org",
            "--name",
            "laptop",
        ],
        None,
    );
    assert!(issued.status.success(), "{}", text(&issued.stderr));
    let token = text(&issued.stdout).trim().to_owned();
    let owner = app::core::auth::viewer_for_token(&db, &token)
        .await
        .expect("lookup")
        .expect("valid token");
    assert_eq!(owner.email, "ines@example.org");
    let unknown = run(&["token", "issue", "--email", "nobody@example.org"], None);
    assert_eq!(unknown.status.code(), Some(1));
    test_db.cleanup().await;
}

#[tokio::test]
async fn accounts_and_tokens_sqlite() {
    accounts_and_tokens(Engine::Sqlite).await;
}

#[tokio::test]
async fn accounts_and_tokens_postgres() {
    accounts_and_tokens(Engine::Postgres).await;
}

/// A free loopback port and its `host:port`.
fn free_addr() -> (u16, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("free port")
        .local_addr()
        .expect("addr")
        .port();
    (port, format!("127.0.0.1:{port}"))
}

/// Waits up to ten seconds for a server at `addr` to answer; whether `/healthz` said 200.
async fn healthy(client: &reqwest::Client, addr: &str) -> bool {
    for _ in 0..100 {
        if let Ok(r) = client.get(format!("http://{addr}/healthz")).send().await {
            return r.status() == 200;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    false
}

/// Starts `solilab serve --demo` on a free port of `url`'s database and fetches a few addresses.
async fn serve_demo(engine: Engine) {
    let test_db = TestDb::new(engine).await;
    // A mail waiting in the outbox before the start: the server's worker must deliver it.
    let smtp = SmtpServer::start().await;
    let waiting = OutgoingMail {
        to: "accueil@example.org".into(),
        subject: "Bienvenue au Solilab".into(),
        text: "Bonjour !".into(),
        html: None,
        attachment: None,
    };
    mail::enqueue(test_db.db.write(), waiting)
        .await
        .expect("queued");
    let (port, addr) = free_addr();
    let mut child = Command::new(env!("CARGO_BIN_EXE_solilab"))
        .args(["serve", "--demo", "--addr", &addr])
        .env("DATABASE_URL", &test_db.url)
        .env("SMTP_URL", smtp.url())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    let client = reqwest::Client::new();
    let healthy = healthy(&client, &addr).await;
    let spaces: serde_json::Value = client
        .get(format!(
            "http://{addr}/api/v1/spaces?kind=office&site=solilab"
        ))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let openapi = client
        .get(format!("http://{addr}/api/openapi.json"))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");
    let mut delivered = smtp.messages();
    for _ in 0..100 {
        if !delivered.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        delivered = smtp.messages();
    }
    let _ = child.kill();
    let _ = child.wait();
    test_db.cleanup().await;
    assert!(healthy, "/healthz answered 200");
    assert_eq!(
        delivered.len(),
        1,
        "the worker of `serve` sent the waiting mail"
    );
    assert!(delivered[0].contains("Subject: Bienvenue au Solilab"));
    assert_eq!(
        spaces.as_array().map(Vec::len),
        Some(60),
        "the demo site is served"
    );

    // The document must be valid OpenAPI 3.1 for a real validator, not only for us.
    let file = std::env::temp_dir().join(format!("solilab-openapi-{port}.json"));
    std::fs::write(&file, openapi).expect("write the document");
    let check = Command::new("python3")
        .args(["-m", "openapi_spec_validator"])
        .arg(&file)
        .output()
        .expect("python3 runs (installed by .ci/setup --test)");
    let _ = std::fs::remove_file(&file);
    assert!(
        check.status.success(),
        "{}{}",
        text(&check.stdout),
        text(&check.stderr)
    );
}

#[tokio::test]
async fn serve_demo_sqlite() {
    serve_demo(Engine::Sqlite).await;
}

#[tokio::test]
async fn serve_demo_postgres() {
    serve_demo(Engine::Postgres).await;
}

/// Starts `solilab serve` on an empty database: it logs a one-time setup link, which opens the
/// setup page; the page without it does not exist.
async fn serve_empty(engine: Engine) {
    use std::io::BufRead;
    let test_db = TestDb::new(engine).await;
    let (_, addr) = free_addr();
    let mut child = Command::new(env!("CARGO_BIN_EXE_solilab"))
        .args(["serve", "--addr", &addr])
        .env("DATABASE_URL", &test_db.url)
        .env("SOLILAB_BASE_URL", format!("http://{addr}"))
        .env("NO_COLOR", "1")
        .env_remove("RUST_LOG")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");
    let stderr = child.stderr.take().expect("stderr");
    // The log is read to its end, as a terminal would: a closed pipe would stop the server.
    let (found, link_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let link = line
                .find("http://")
                .and_then(|start| line[start..].split_whitespace().next())
                .filter(|link| link.contains("/setup?token="));
            if let Some(link) = link {
                let _ = found.send(link.to_owned());
            }
        }
    });
    let link = link_rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .ok();
    let client = reqwest::Client::new();
    let up = healthy(&client, &addr).await;
    let status = |path: String| {
        let client = client.clone();
        async move {
            client
                .get(path)
                .send()
                .await
                .map(|r| r.status().as_u16())
                .unwrap_or(0)
        }
    };
    let with_token = match &link {
        Some(link) => status(link.clone()).await,
        None => 0,
    };
    let without = status(format!("http://{addr}/setup")).await;
    let forged = status(format!("http://{addr}/setup?token=forged")).await;
    let home = client
        .get(format!("http://{addr}/"))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("text");
    let _ = child.kill();
    let _ = child.wait();
    test_db.cleanup().await;
    assert!(up, "/healthz answered 200");
    let link = link.expect("serve logs a setup link while no admin exists");
    assert!(
        link.starts_with(&format!("http://{addr}/setup?token=")),
        "{link}"
    );
    assert_eq!(with_token, 200, "the logged link opens the setup page");
    assert_eq!((without, forged), (404, 404));
    assert!(
        home.contains("setup-banner"),
        "pages say the site is being set up: {home}"
    );
}

#[tokio::test]
async fn serve_empty_sqlite() {
    serve_empty(Engine::Sqlite).await;
}

#[tokio::test]
async fn serve_empty_postgres() {
    serve_empty(Engine::Postgres).await;
}
