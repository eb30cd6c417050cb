//! The access table: a tenant of structure A asks for every object route of structure B and
//! is told it does not exist. Every new route of a structure's data gets a row here.
use crate::helpers::TestApp;
use crate::http_test;

/// `(method, path with {id} for structure B's id, JSON body)`.
const OBJECT_ROUTES: &[(&str, &str, &str)] = &[
    ("GET", "/api/v1/structures/{id}", ""),
    (
        "POST",
        "/api/v1/structures/{id}/members",
        r#"{"email":"someone@example.org"}"#,
    ),
];

http_test!(
    a_tenant_of_a_gets_404_for_everything_of_b,
    async |app: &TestApp| {
        let token = app.token_for("tenant@solilab.localhost").await;
        let me: serde_json::Value = app
            .client
            .get(app.url("/api/v1/me"))
            .bearer_auth(&token)
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        let own = me["acting"].as_i64().expect("a structure");
        let mine: Vec<i64> = me["structures"]
            .as_array()
            .expect("structures")
            .iter()
            .filter_map(|s| s["id"].as_i64())
            .collect();
        let other = (1..)
            .find(|id| !mine.contains(id))
            .expect("another structure");
        for (method, template, body) in OBJECT_ROUTES {
            for (id, expected_not_found) in [(other, true), (own, false)] {
                let path = template.replace("{id}", &id.to_string());
                let mut request = app
                    .client
                    .request(method.parse().expect("method"), app.url(&path))
                    .bearer_auth(&token);
                if !body.is_empty() {
                    request = request
                        .header("content-type", "application/json")
                        .body(*body);
                }
                let response = request.send().await.expect("sent");
                let status = response.status().as_u16();
                if expected_not_found {
                    assert_eq!(status, 404, "{method} {path}");
                    assert_eq!(
                        response.headers()["content-type"],
                        "application/problem+json"
                    );
                } else {
                    assert_ne!(status, 404, "{method} {path} is the tenant's own");
                }
            }
        }
    }
);
