use serde_json::Value;

use crate::helpers::TestApp;
use crate::http_test;

async fn json(app: &TestApp, path: &str) -> (u16, String, Value) {
    let response = app.get(path).await;
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (
        status,
        content_type,
        response.json().await.expect("json body"),
    )
}

http_test!(the_catalogue_filters, async |app: &TestApp| {
    let (status, _, all) = json(app, "/api/v1/spaces").await;
    assert_eq!(status, 200);
    assert_eq!(all.as_array().map(Vec::len), Some(133));
    let (_, _, rooms) = json(app, "/api/v1/spaces?kind=meeting_room&min_capacity=15").await;
    let names: Vec<&str> = rooms
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(names, ["Salle Loire", "Salle Erdre"]);
    assert_eq!(rooms[0]["kind"], "meeting_room");
    assert_eq!(rooms[0]["site"], "solilab");
    assert_eq!(rooms[0]["from_price_cents"], 3000);
    let (_, _, events) = json(app, "/api/v1/spaces?site=solilab&kind=event_space").await;
    assert_eq!(events.as_array().map(Vec::len), Some(2));
    assert!(
        events
            .as_array()
            .expect("array")
            .iter()
            .all(|s| s["needs_approval"] == true)
    );
});

http_test!(free_ranges_need_offsets, async |app: &TestApp| {
    let path =
        "/api/v1/spaces?free_from=2027-03-02T14:00:00%2B01:00&free_to=2027-03-02T16:00:00%2B01:00";
    let (status, _, free) = json(app, path).await;
    assert_eq!(status, 200);
    assert_eq!(free.as_array().map(Vec::len), Some(49));
    let (status, content_type, problem) = json(
        app,
        "/api/v1/spaces?free_from=2027-03-02T14:00:00&free_to=2027-03-02T16:00:00%2B01:00",
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(content_type, "application/problem+json");
    assert_eq!(problem["errors"][0]["field"], "free_from");
});

http_test!(
    invalid_filters_are_problems_not_crashes,
    async |app: &TestApp| {
        let (status, content_type, problem) =
            json(app, "/api/v1/spaces?kind=castle&min_capacity=-3").await;
        assert_eq!(status, 422);
        assert_eq!(content_type, "application/problem+json");
        assert_eq!(problem["status"], 422);
        assert_eq!(problem["title"], "Saisie invalide");
        let fields = crate::helpers::problem_fields(&problem);
        assert_eq!(fields, ["kind", "min_capacity"]);
        let english = app
            .client
            .get(app.url("/api/v1/spaces?min_capacity=abc"))
            .header("Accept-Language", "en-GB,en;q=0.9")
            .send()
            .await
            .expect("sent");
        let problem: Value = english.json().await.expect("json");
        assert_eq!(problem["title"], "Invalid input");
    }
);

http_test!(one_space_with_rates_or_a_404, async |app: &TestApp| {
    let (_, _, rooms) = json(app, "/api/v1/spaces?kind=meeting_room&min_capacity=40").await;
    let id = rooms[0]["id"].as_i64().expect("id");
    let (status, _, space) = json(app, &format!("/api/v1/spaces/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(space["name"], "Salle Loire");
    assert_eq!(space["site_name"], "Solilab");
    assert_eq!(space["rates"].as_array().map(Vec::len), Some(9));
    assert!(space["rates"][0]["price_cents"].is_i64());
    for missing in [
        "/api/v1/spaces/999999",
        "/api/v1/spaces/abc",
        "/api/v1/nothing-here",
    ] {
        let (status, content_type, problem) = json(app, missing).await;
        assert_eq!(status, 404, "{missing}");
        assert_eq!(content_type, "application/problem+json", "{missing}");
        assert_eq!(problem["type"], "urn:solilab:problem:not-found");
    }
});

http_test!(
    managers_add_a_space_others_may_not,
    async |app: &TestApp| {
        let body = serde_json::json!({
            "site": "solilab",
            "code": "R-301",
            "name": "Salle Sèvre",
            "kind": "meeting_room",
            "floor": 3,
            "capacity": 10,
            "area_m2": 24.5,
            "equipment": ["projector", "screen"],
            "rates": [
                {"customer": "hosted", "unit": "hour", "price_cents": 1800},
                {"customer": "outsider", "unit": "day", "price_cents": 24000}
            ]
        });
        let post = |token: Option<String>, body: serde_json::Value| async move {
            app.post_json("/api/v1/spaces", token.as_deref(), &body)
                .await
        };
        assert_eq!(post(None, body.clone()).await.status(), 401);
        let tenant = app.token_for("tenant@solilab.localhost").await;
        let refused = post(Some(tenant), body.clone()).await;
        assert_eq!(refused.status(), 403);
        assert_eq!(
            refused.headers()["content-type"],
            "application/problem+json"
        );

        let manager = app.token_for("gestion@solilab.localhost").await;
        let created = post(Some(manager.clone()), body.clone()).await;
        assert_eq!(created.status(), 201);
        let created: serde_json::Value = created.json().await.expect("json");
        assert_eq!(created["code"], "R-301");
        assert_eq!(created["booking_mode"], "hourly");
        assert_eq!(created["rates"].as_array().map(Vec::len), Some(2));
        let id = created["id"].as_i64().expect("id");
        let shown: serde_json::Value = app
            .get(&format!("/api/v1/spaces/{id}"))
            .await
            .json()
            .await
            .expect("json");
        assert_eq!(shown["name"], "Salle Sèvre");
        let listed: serde_json::Value = app
            .get("/api/v1/spaces?kind=meeting_room&min_capacity=10")
            .await
            .json()
            .await
            .expect("json");
        assert!(
            listed
                .as_array()
                .expect("a list")
                .iter()
                .any(|s| s["id"] == id),
            "{listed}"
        );

        assert_eq!(
            post(Some(manager.clone()), body.clone()).await.status(),
            409,
            "one code per site"
        );
        let mut bad = body;
        bad["code"] = "R 301/2".into();
        bad["capacity"] = 0.into();
        bad["site"] = "atlantis".into();
        let invalid = post(Some(manager), bad).await;
        assert_eq!(invalid.status(), 422);
        let problem: serde_json::Value = invalid.json().await.expect("json");
        let fields = crate::helpers::problem_fields(&problem);
        assert_eq!(fields, ["code", "capacity"]);
    }
);
