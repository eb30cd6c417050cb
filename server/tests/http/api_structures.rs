//! `POST /api/v1/structures` and `/members` with bearer tokens: managers may, others may not.
use serde_json::json;

use crate::helpers::TestApp;
use crate::http_test;

http_test!(
    managers_create_structures_and_invite_members,
    async |app: &TestApp| {
        let body = json!({
            "name": "L'Atelier du Coin",
            "legal_form": "scic",
            "sector": "reuse_resources",
            "siret": "732 829 320 00074"
        });
        let create =
            |token: Option<&'static str>| app.post_json("/api/v1/structures", token, &body);
        assert_eq!(create(None).await.status(), 401);
        assert_eq!(create(Some("sl_nope")).await.status(), 401);
        let tenant = app.token_for("tenant@solilab.localhost").await;
        let refused = app
            .post_json("/api/v1/structures", Some(&tenant), &body)
            .await;
        assert_eq!(refused.status(), 403);

        let manager = app.token_for("gestion@solilab.localhost").await;
        let created = app
            .post_json("/api/v1/structures", Some(&manager), &body)
            .await;
        assert_eq!(created.status(), 201);
        let created: serde_json::Value = created.json().await.expect("json");
        assert_eq!(created["siret"], "73282932000074");
        assert_eq!(created["legal_form"], "scic");
        let id = created["id"].as_i64().expect("id");

        let bad = json!({"name": "", "legal_form": "sarl", "sector": "digital", "siret": "123"});
        let invalid = app
            .post_json("/api/v1/structures", Some(&manager), &bad)
            .await;
        assert_eq!(invalid.status(), 422);
        let problem: serde_json::Value = invalid.json().await.expect("json");
        let fields = crate::helpers::problem_fields(&problem);
        assert_eq!(fields, ["name", "legal_form", "siret"]);
        let malformed = app
            .client
            .post(app.url("/api/v1/structures"))
            .bearer_auth(&manager)
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .expect("sent");
        assert_eq!(malformed.status(), 400);
        assert_eq!(
            malformed.headers()["content-type"],
            "application/problem+json"
        );

        let members = format!("/api/v1/structures/{id}/members");
        let camille = json!({"email": "camille@example.org"});
        let added = app.post_json(&members, Some(&manager), &camille).await;
        assert_eq!(added.status(), 201);
        let added: serde_json::Value = added.json().await.expect("json");
        assert_eq!(added["invited"], true);
        assert_eq!(
            app.post_json(&members, Some(&manager), &camille)
                .await
                .status(),
            409
        );
        assert_eq!(app.post_json(&members, None, &camille).await.status(), 401);

        // Tokens carry their account's rights.
        let got = app
            .client
            .get(app.url(&format!("/api/v1/structures/{id}")))
            .bearer_auth(&manager)
            .send()
            .await
            .expect("sent");
        assert_eq!(got.status(), 200);
        let me: serde_json::Value = app
            .client
            .get(app.url("/api/v1/me"))
            .bearer_auth(&tenant)
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        assert_eq!(me["email"], "tenant@solilab.localhost");
        assert_eq!(me["role"], "tenant");
        let own = me["acting"].as_i64().expect("structure");
        let own_members = format!("/api/v1/structures/{own}/members");
        let forbidden = app.post_json(&own_members, Some(&tenant), &camille).await;
        assert_eq!(forbidden.status(), 403, "a member who is not a manager");
    }
);
