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

    /// Posts a form as a page of this site would (same-origin, HTML wanted back), with a session
    /// cookie; without a `Referer`, a failure keeps its status instead of going back to a page.
    pub async fn post_form(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> reqwest::Response {
        let mut request = self
            .client
            .post(self.url(path))
            .header("origin", &self.base)
            .header("sec-fetch-site", "same-origin")
            .header("accept", "text/html")
            .form(fields);
        if let Some(cookie) = cookie {
            request = request.header("cookie", format!("solilab_session={cookie}"));
        }
        request.send().await.expect("request sent")
    }

    /// Posts a form from the page at `page`, as a browser does: a failure sends it back there.
    pub async fn post_from_page(
        &self,
        page: &str,
        path: &str,
        fields: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> reqwest::Response {
        let mut request = self
            .client
            .post(self.url(path))
            .header("origin", &self.base)
            .header("accept", "text/html")
            .header("referer", self.url(page))
            .form(fields);
        if let Some(cookie) = cookie {
            request = request.header("cookie", format!("solilab_session={cookie}"));
        }
        request.send().await.expect("request sent")
    }

    /// Posts JSON to the API, with a bearer token when one is given.
    pub async fn post_json(
        &self,
        path: &str,
        token: Option<&str>,
        body: &serde_json::Value,
    ) -> reqwest::Response {
        let mut request = self.client.post(self.url(path)).json(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.expect("request sent")
    }

    /// Sends a `PATCH` with a JSON body and a bearer token.
    pub async fn patch_json(
        &self,
        path: &str,
        token: &str,
        body: &serde_json::Value,
    ) -> reqwest::Response {
        self.client
            .patch(self.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    /// GET of an API route with a bearer token, read as JSON.
    pub async fn get_json(&self, path: &str, token: &str) -> serde_json::Value {
        self.client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .expect("request sent")
            .json()
            .await
            .expect("a JSON answer")
    }

    /// The structure the holder of `token` acts for.
    pub async fn acting_structure(&self, token: &str) -> i64 {
        self.get_json("/api/v1/me", token).await["acting"]
            .as_i64()
            .expect("an acting structure")
    }

    /// The demo's Salle Loire (the meeting room for 40), by id.
    pub async fn salle_loire(&self) -> i64 {
        let rooms: serde_json::Value = self
            .get("/api/v1/spaces?kind=meeting_room&min_capacity=40")
            .await
            .json()
            .await
            .expect("json");
        rooms[0]["id"].as_i64().expect("the Salle Loire")
    }

    /// The demo's Braderie event, by id, read from the public API.
    pub async fn braderie(&self) -> i64 {
        let days: serde_json::Value = self
            .get("/api/v1/events?kind=event&from=2024-06-01&to=2024-06-30")
            .await
            .json()
            .await
            .expect("json");
        days.as_array()
            .expect("a list")
            .iter()
            .find(|d| d["slug"] == "braderie")
            .and_then(|d| d["event_id"].as_i64())
            .expect("the 2024 Braderie")
    }

    /// GET with a session cookie, as a browser asks for a page.
    pub async fn get_as(&self, path: &str, cookie: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .header("accept", "text/html")
            .header("cookie", format!("solilab_session={cookie}"))
            .send()
            .await
            .expect("request sent")
    }

    /// The path a redirect sends the browser to, without the host.
    pub fn location(&self, response: &reqwest::Response) -> String {
        response.headers()["location"]
            .to_str()
            .expect("location")
            .trim_start_matches(&self.base)
            .to_owned()
    }

    /// Signs in through the sign-in form and returns the session cookie's value.
    pub async fn sign_in(&self, email: &str, password: &str) -> String {
        let response = self
            .post_form(
                "/api/fn/sign_in",
                &[("email", email), ("password", password)],
                None,
            )
            .await;
        session_cookie(&response).expect("signed in: a session cookie is set")
    }

    /// A bearer token for `email`, as `solilab token issue` makes one.
    pub async fn token_for(&self, email: &str) -> String {
        app::core::accounts::issue_token(&self.test_db.db, email, "tests")
            .await
            .expect("token issued")
    }

    /// An admin account made as `solilab user add --role admin` makes it, and its bearer token.
    pub async fn admin_token(&self) -> String {
        app::core::accounts::add(
            &self.test_db.db,
            app::core::accounts::NewAccount {
                email: "direction@ecossimo.example".into(),
                role: app::domain::Role::Admin,
                display_name: None,
                structure_id: None,
                password: None,
            },
        )
        .await
        .expect("admin");
        self.token_for("direction@ecossimo.example").await
    }

    pub async fn stop(self) {
        self.server.abort();
        self.test_db.cleanup().await;
    }
}

/// The value of the session cookie a response sets, if it sets a non-empty one.
pub fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.strip_prefix("solilab_session="))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .find(|v| !v.is_empty())
}

/// The demo accounts' password.
pub const DEMO_PASSWORD: &str = "solilab-demo-2026";

/// Starts the app on `engine` with the demo data.
pub async fn spawn_app(engine: Engine) -> TestApp {
    spawn(engine, true).await
}

/// Starts the app on `engine` over an empty database, as a new operator finds it.
pub async fn spawn_empty_app(engine: Engine) -> TestApp {
    spawn(engine, false).await
}

async fn spawn(engine: Engine, with_demo: bool) -> TestApp {
    let test_db = TestDb::new(engine).await;
    if with_demo {
        demo::seed(&test_db.db).await.expect("demo seed");
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a free port");
    let addr = listener.local_addr().expect("local address");
    let state = AppState {
        db: test_db.db.clone(),
        base_url: format!("http://{addr}"),
        clock: app::domain::time::Clock::system(),
        set_up: app::core::state::SetUp::default(),
    };
    let router = server::build_router(state, server::leptos_options(addr));
    let server = tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .expect("server runs");
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

/// `http_test!(name, |app| async move { … })` makes `name::sqlite` and `name::postgres`, each
/// over the demo data; `http_test!(empty name, …)` starts them over an empty database.
#[macro_export]
macro_rules! http_test {
    (empty $name:ident, $body:expr) => {
        $crate::http_test!(@with spawn_empty_app, $name, $body);
    };
    ($name:ident, $body:expr) => {
        $crate::http_test!(@with spawn_app, $name, $body);
    };
    (@with $spawn:ident, $name:ident, $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            async fn run(engine: app::core::Engine) {
                let app = $crate::helpers::$spawn(engine).await;
                let body = $body;
                // A request that never answers fails the test, named, instead of stalling the run.
                tokio::time::timeout(std::time::Duration::from_secs(120), body(&app))
                    .await
                    .expect("the test ends within two minutes");
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

/// The fields a problem+json body names in its `errors`, in order.
pub fn problem_fields(problem: &serde_json::Value) -> Vec<&str> {
    problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect()
}
