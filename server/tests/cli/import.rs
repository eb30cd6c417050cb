//! `solilab import structures|spaces FILE [--dry-run]`: all or nothing, one line per error.
use app::core::Engine;
use app::core::testing::TestDb;

use super::{solilab, text};

async fn import_from_files(engine: Engine) {
    let test_db = TestDb::new(engine).await;
    let url = test_db.url.clone();
    let run = |args: &[&str]| solilab(&url, args, None);
    assert!(run(&["seed", "--demo"]).status.success());
    let dir =
        std::env::temp_dir().join(format!("solilab-import-{}-{engine:?}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let write = |name: &str, body: &[u8]| {
        let path = dir.join(format!("{name}-{engine:?}.csv"));
        std::fs::write(&path, body).expect("write");
        path.to_string_lossy().into_owned()
    };
    let good = write(
        "good",
        "name;legal_form;sector;siret;site\nAtelier Neuf;association;other;;solilab\nCoop Neuve;scop;digital;;solilab\n"
            .as_bytes(),
    );
    let dry = run(&["import", "structures", &good, "--dry-run"]);
    assert!(dry.status.success(), "{}", text(&dry.stderr));
    assert!(
        text(&dry.stderr).contains("would import 2 new structures"),
        "{}",
        text(&dry.stderr)
    );
    let done = run(&["import", "structures", &good]);
    assert!(done.status.success(), "{}", text(&done.stderr));
    assert!(
        text(&done.stderr).contains("imported 2 new structures"),
        "{}",
        text(&done.stderr)
    );
    let again = run(&["import", "structures", &good]);
    assert!(
        text(&again.stderr).contains("imported 0 new structures, 2 already known"),
        "{}",
        text(&again.stderr)
    );

    let bad = write(
        "bad",
        "name;legal_form;sector\nAutre Atelier;association;other\n;association;other\nX;club;other\n".as_bytes(),
    );
    let refused = run(&["import", "structures", &bad]);
    assert_eq!(refused.status.code(), Some(1));
    let said = text(&refused.stderr);
    assert!(said.contains("line 3: name:"), "{said}");
    assert!(said.contains("line 4: legal_form:"), "{said}");
    assert!(said.contains("nothing imported"), "{said}");
    let check = run(&["import", "structures", &bad, "--dry-run"]);
    assert_eq!(check.status.code(), Some(1));
    let unknown = run(&["import", "invoices", &good]);
    assert_eq!(
        unknown.status.code(),
        Some(2),
        "clap refuses an unknown kind"
    );
    let missing = run(&["import", "spaces", "/nonexistent.csv"]);
    assert_eq!(missing.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
    test_db.cleanup().await;
}

#[tokio::test]
async fn import_from_files_sqlite() {
    import_from_files(Engine::Sqlite).await;
}

#[tokio::test]
async fn import_from_files_postgres() {
    import_from_files(Engine::Postgres).await;
}
