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
        let fields: Vec<&str> = problem["errors"]
            .as_array()
            .expect("errors")
            .iter()
            .filter_map(|e| e["field"].as_str())
            .collect();
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
