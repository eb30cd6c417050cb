//! Parcels at the desk through the API and the pages: the desk logs and hands over, a member
//! sees their structure's parcels and no other's, bad input names its fields and writes nothing.
use serde_json::json;

use crate::helpers::{DEMO_PASSWORD, TestApp, problem_fields};
use crate::http_test;
use crate::pages::page_as;

http_test!(
    the_desk_logs_and_hands_over_parcels,
    async |app: &TestApp| {
        let desk = app.token_for("gestion@solilab.localhost").await;
        let tenant = app.token_for("tenant@solilab.localhost").await;
        let structure = app.acting_structure(&tenant).await;

        // Bad input: every field named, nothing written.
        let bad = json!({"structure_id": structure, "carrier": "", "count": 0});
        let response = app.post_json("/api/v1/parcels", Some(&desk), &bad).await;
        assert_eq!(response.status(), 422);
        let problem: serde_json::Value = response.json().await.expect("problem");
        assert_eq!(problem_fields(&problem), ["carrier", "count"]);
        let unknown = json!({"structure_id": 999_999, "carrier": "DHL", "count": 1});
        let response = app
            .post_json("/api/v1/parcels", Some(&desk), &unknown)
            .await;
        assert_eq!(response.status(), 422);
        let problem: serde_json::Value = response.json().await.expect("problem");
        assert_eq!(problem_fields(&problem), ["structure_id"]);
        let wrong_type = json!({"structure_id": "one", "carrier": "DHL", "count": 1});
        let response = app
            .post_json("/api/v1/parcels", Some(&desk), &wrong_type)
            .await;
        assert_eq!(response.status(), 400);
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
        let listed = app.get_json("/api/v1/parcels", &desk).await;
        assert_eq!(listed.as_array().map(Vec::len), Some(0));

        // The desk logs one; the member sees it, waiting.
        let arrival = json!({"structure_id": structure, "carrier": "Colissimo", "count": 2, "size": "medium"});
        let response = app
            .post_json("/api/v1/parcels", Some(&desk), &arrival)
            .await;
        assert_eq!(response.status(), 201);
        let parcel: serde_json::Value = response.json().await.expect("parcel");
        assert_eq!(parcel["size"], "medium");
        assert_eq!(parcel["picked_up_at"], serde_json::Value::Null);
        let id = parcel["id"].as_i64().expect("id");
        let mine = app
            .get_json(
                &format!("/api/v1/parcels?structure_id={structure}&waiting=true"),
                &tenant,
            )
            .await;
        assert_eq!(mine[0]["id"], id);
        let response = app.get("/api/v1/parcels?structure_id=abc").await;
        assert_eq!(response.status(), 401, "signed out first");
        let response = app
            .client
            .get(app.url("/api/v1/parcels?structure_id=abc"))
            .bearer_auth(&tenant)
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 422);
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );

        // Handed over once, with who took it.
        let pickup = |taken_by: &str| json!({"taken_by": taken_by});
        let path = format!("/api/v1/parcels/{id}/pickup");
        let response = app.post_json(&path, Some(&tenant), &pickup("Alex")).await;
        assert_eq!(response.status(), 403);
        let response = app.post_json(&path, Some(&desk), &pickup("  ")).await;
        assert_eq!(response.status(), 422);
        let response = app
            .post_json(&path, Some(&desk), &pickup("Alex Martin"))
            .await;
        assert_eq!(response.status(), 200);
        let taken: serde_json::Value = response.json().await.expect("parcel");
        assert_eq!(taken["picked_up_by"], "Alex Martin");
        let response = app
            .post_json(&path, Some(&desk), &pickup("Alex Martin"))
            .await;
        assert_eq!(response.status(), 409);
        let response = app
            .post_json("/api/v1/parcels/999999/pickup", Some(&desk), &pickup("X"))
            .await;
        assert_eq!(response.status(), 404);
    }
);

http_test!(
    the_desk_page_logs_by_part_of_a_name_and_the_member_sees_it,
    async |app: &TestApp| {
        let desk = app
            .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
            .await;
        let (status, _, html) = page_as(app, "/desk/parcels", &desk).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("<h1>Colis et courrier à l&#x27;accueil</h1>")
                || html.contains("<h1>Colis et courrier à l'accueil</h1>"),
            "{html}"
        );
        assert!(
            html.contains(r#"<datalist id="parcel-recipients">"#),
            "{html}"
        );
        assert!(html.contains("Aucun colis n"), "the empty state: {html}");

        // The tenant's structure, typed in part.
        let tenant = app.token_for("tenant@solilab.localhost").await;
        let me = app.get_json("/api/v1/me", &tenant).await;
        let acting = me["acting"].as_i64().expect("acting");
        let name = me["structures"]
            .as_array()
            .expect("structures")
            .iter()
            .find(|s| s["id"].as_i64() == Some(acting))
            .and_then(|s| s["name"].as_str())
            .expect("name")
            .to_owned();
        let fields = [
            ("structure", name.as_str()),
            ("carrier", "DHL"),
            ("count", "3"),
            ("size", "small"),
            ("note", "Fragile"),
        ];
        let response = app
            .post_from_page("/desk/parcels", "/api/fn/log_parcel", &fields, Some(&desk))
            .await;
        assert_eq!(response.status(), 302);
        assert!(app.location(&response).starts_with("/desk/parcels?logged="));
        let (_, _, html) = page_as(app, "/desk/parcels", &desk).await;
        assert!(html.contains("3 × DHL, petit colis"), "{html}");
        assert!(html.contains("Tout remettre"), "{html}");

        // A bad form comes back with each field named; nothing is written.
        let bad = [
            ("structure", "zzz-nobody"),
            ("carrier", ""),
            ("count", "-2"),
            ("size", "huge"),
            ("note", ""),
        ];
        let response = app
            .post_from_page("/desk/parcels", "/api/fn/log_parcel", &bad, Some(&desk))
            .await;
        assert_eq!(response.status(), 302);
        let back = app.location(&response);
        assert!(back.starts_with("/desk/parcels"), "{back}");
        let (_, _, html) = page_as(app, &back, &desk).await;
        for message in [
            "choisissez-la dans la liste",
            "transporteur",
            "de 1 à 99",
            "taille",
        ] {
            assert!(html.contains(message), "{message}: {html}");
        }

        // The member sees it on their page.
        let member = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        let (status, _, html) = page_as(app, "/parcels", &member).await;
        assert_eq!(status, 200);
        assert!(html.contains("3 × DHL, petit colis"), "{html}");
        assert!(html.contains("Fragile"), "{html}");
        let (status, _, _) = page_as(app, "/desk/parcels", &member).await;
        assert_ne!(status, 200, "the desk is for managers");

        // The register of the day lists the arrival.
        let (status, _, html) = page_as(app, "/desk/parcels/register", &desk).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("3 × DHL, petit colis") && html.contains("Arrivées"),
            "{html}"
        );
    }
);
