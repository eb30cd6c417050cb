//! `spawn_app`: a real Solilab on a free loopback port, over a fresh database filled with the demo.
use app::core::testing::TestDb;
use app::core::{AppState, Engine, demo};

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub test_db: TestDb,
    server: tokio::task::JoinHandle<()>,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request sent")
    }

    pub async fn stop(self) {
        self.server.abort();
        self.test_db.cleanup().await;
    }
}

/// Starts the app on `engine` with the demo data.
pub async fn spawn_app(engine: Engine) -> TestApp {
    let test_db = TestDb::new(engine).await;
    demo::seed(&test_db.db).await.expect("demo seed");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a free port");
    let addr = listener.local_addr().expect("local address");
    let state = AppState {
        db: test_db.db.clone(),
        base_url: format!("http://{addr}"),
    };
    let router = server::build_router(state, server::leptos_options(addr));
    let server = tokio::spawn(async move {
        axum::serve(listener, router).await.expect("server runs");
    });
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    TestApp {
        base: format!("http://{addr}"),
        client,
        test_db,
        server,
    }
}

/// `http_test!(name, |app| async move { … })` makes `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! http_test {
    ($name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run(engine: app::core::Engine) {
                let app = $crate::helpers::spawn_app(engine).await;
                let body = $body;
                body(&app).await;
                app.stop().await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                run(app::core::Engine::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                run(app::core::Engine::Postgres).await;
            }
        }
    };
}
