use serde_json::Value;

use crate::helpers::TestApp;
use crate::http_test;

http_test!(
    healthz_answers_ok_while_the_database_does,
    async |app: &TestApp| {
        let response = app.get("/healthz").await;
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.expect("json");
        assert_eq!(body, serde_json::json!({"status": "ok"}));
        app.test_db
            .db
            .clone()
            .close()
            .await
            .expect("close the pools");
        let response = app.get("/healthz").await;
        assert_eq!(response.status(), 503);
    }
);

http_test!(
    openapi_is_3_1_and_lists_the_routes,
    async |app: &TestApp| {
        let response = app.get("/api/openapi.json").await;
        assert_eq!(response.status(), 200);
        let doc: Value = response.json().await.expect("json");
        assert_eq!(doc["openapi"], "3.1.0");
        for path in ["/healthz", "/api/v1/spaces", "/api/v1/spaces/{id}"] {
            assert!(
                doc["paths"][path]["get"].is_object(),
                "{path} is documented"
            );
        }
        assert!(
            doc["paths"]["/api/v1/spaces"]["post"].is_object(),
            "creating a space is documented"
        );
        assert!(doc["components"]["schemas"]["SpaceInput"].is_object());
        assert!(doc["components"]["schemas"]["SpaceSummary"].is_object());
        assert!(doc["components"]["schemas"]["ProblemBody"].is_object());
        // Every error answer is a problem document; every operation behind the bearer scheme
        // answers 401, and every one that reads a body answers 400 to an unreadable one.
        let problem = serde_json::json!({"$ref": "#/components/schemas/ProblemBody"});
        for (path, item) in doc["paths"].as_object().expect("paths") {
            for (method, operation) in item.as_object().expect("operations") {
                let responses = &operation["responses"];
                for (status, response) in responses.as_object().expect("responses") {
                    let failed = status.starts_with('4') || status.starts_with('5');
                    if failed && path != "/healthz" {
                        assert_eq!(
                            response["content"]["application/problem+json"]["schema"], problem,
                            "{method} {path} {status} is a problem"
                        );
                    }
                }
                if operation["security"].is_array() {
                    assert!(responses["401"].is_object(), "{method} {path} answers 401");
                }
                if operation["requestBody"].is_object() {
                    assert!(responses["400"].is_object(), "{method} {path} answers 400");
                }
            }
        }
    }
);

http_test!(
    every_request_is_compressed_when_asked,
    async |app: &TestApp| {
        let response = app
            .client
            .get(app.url("/api/v1/spaces"))
            .header("Accept-Encoding", "gzip")
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-encoding"], "gzip");
    }
);
