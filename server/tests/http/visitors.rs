//! Visitors through the API and the pages: a member announces one, the desk sees the day's
//! list and checks them in, bad input names its fields.
use serde_json::json;

use crate::helpers::{DEMO_PASSWORD, TestApp, problem_fields};
use crate::http_test;
use crate::pages::page_as;

http_test!(
    a_visitor_is_announced_and_checked_in,
    async |app: &TestApp| {
        let desk = app.token_for("gestion@solilab.localhost").await;
        let tenant = app.token_for("tenant@solilab.localhost").await;
        let structure = app.acting_structure(&tenant).await;
        let day = app::domain::time::paris_day(chrono::Utc::now()).to_string();

        let bad = json!({"structure_id": structure, "name": "", "day": "2001-01-01", "expected_at": "25:99"});
        let response = app.post_json("/api/v1/visitors", Some(&tenant), &bad).await;
        assert_eq!(response.status(), 422);
        let problem: serde_json::Value = response.json().await.expect("problem");
        assert_eq!(problem_fields(&problem), ["name", "day", "expected_at"]);

        let visit = json!({"structure_id": structure, "name": "Awa Diallo", "company": "Oasis", "day": day, "expected_at": "23:59"});
        let response = app
            .post_json("/api/v1/visitors", Some(&tenant), &visit)
            .await;
        assert_eq!(response.status(), 201);
        let announced: serde_json::Value = response.json().await.expect("visit");
        let id = announced["id"].as_i64().expect("id");
        let today = app
            .get_json(&format!("/api/v1/visitors?day={day}"), &desk)
            .await;
        assert_eq!(today.as_array().map(Vec::len), Some(1));
        let response = app
            .client
            .get(app.url("/api/v1/visitors?day=tomorrow"))
            .bearer_auth(&desk)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 422);

        // The pages: the member's list, the desk's day with its check-in button.
        let member = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        let (status, _, html) = page_as(app, "/visitors", &member).await;
        assert_eq!(status, 200);
        assert!(html.contains("Awa Diallo (Oasis)"), "{html}");
        assert!(
            html.contains("seul le nombre de visiteurs par jour"),
            "{html}"
        );
        let manager = app
            .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
            .await;
        let (status, _, html) = page_as(app, "/desk/visitors", &manager).await;
        assert_eq!(status, 200);
        assert!(html.contains("/api/fn/check_in_visitor"), "{html}");
        let response = app
            .post_from_page(
                "/desk/visitors",
                "/api/fn/check_in_visitor",
                &[("id", &id.to_string())],
                Some(&manager),
            )
            .await;
        assert_eq!(response.status(), 302);
        assert!(app.location(&response).contains("arrived="));
        let path = format!("/api/v1/visitors/{id}/arrival");
        let response = app.post_json(&path, Some(&desk), &json!({})).await;
        assert_eq!(response.status(), 409);
        let response = app
            .post_json("/api/v1/visitors/999999/arrival", Some(&desk), &json!({}))
            .await;
        assert_eq!(response.status(), 404);
    }
);
