//! `/api/v1/sites` from an empty database: an admin creates and edits sites, then puts a space
//! and a structure in one. Who else may not: the access table.
use serde_json::json;

use crate::helpers::{TestApp, problem_fields};
use crate::http_test;

http_test!(
    empty an_admin_creates_a_site_and_fills_it,
    async |app: &TestApp| {
        let admin = app.admin_token().await;
        assert_eq!(app.get_json("/api/v1/sites", &admin).await, json!([]));

        let bad = json!({"name": "", "address": "", "postcode": "442", "city": "Nantes",
            "siret": "123", "vat_number": "FR00"});
        let refused = app.post_json("/api/v1/sites", Some(&admin), &bad).await;
        assert_eq!(refused.status(), 422);
        assert_eq!(refused.headers()["content-type"], "application/problem+json");
        let problem: serde_json::Value = refused.json().await.expect("json");
        assert_eq!(
            problem_fields(&problem),
            ["name", "address", "slug", "postcode", "siret", "vat_number"]
        );
        assert_eq!(app.get_json("/api/v1/sites", &admin).await, json!([]));

        let site = json!({"name": "Base de chantier solidaire", "address": "3 quai de la Fosse",
            "postcode": "44000", "city": "Nantes", "legal_name": "Ecossimo SCIC",
            "siret": "732 829 320 00074", "vat_number": "FR44732829320"});
        let created = app.post_json("/api/v1/sites", Some(&admin), &site).await;
        assert_eq!(created.status(), 201);
        let created: serde_json::Value = created.json().await.expect("json");
        assert_eq!(created["slug"], "base-de-chantier-solidaire");
        assert_eq!(created["vat_number"], "FR44732829320");
        let id = created["id"].as_i64().expect("id");
        let again = app.post_json("/api/v1/sites", Some(&admin), &site).await;
        assert_eq!(again.status(), 409);

        let path = format!("/api/v1/sites/{id}");
        let changed = app.patch_json(&path, &admin, &json!({"opening_hours": "8 h – 18 h"})).await;
        assert_eq!(changed.status(), 200);
        let changed: serde_json::Value = changed.json().await.expect("json");
        assert_eq!(changed["opening_hours"], "8 h – 18 h");
        assert_eq!(changed["name"], "Base de chantier solidaire");
        let bad_patch = app.patch_json(&path, &admin, &json!({"postcode": "x"})).await;
        assert_eq!(bad_patch.status(), 422);
        let problem: serde_json::Value = bad_patch.json().await.expect("json");
        assert_eq!(problem_fields(&problem), ["postcode"]);
        let unknown = app.patch_json("/api/v1/sites/9999", &admin, &json!({})).await;
        assert_eq!(unknown.status(), 404);
        assert_eq!(app.get_json(&path, &admin).await, changed);

        // The site takes spaces and structures at once.
        let room = json!({"site": "base-de-chantier-solidaire", "code": "S-1", "name": "Salle Fosse",
            "kind": "meeting_room", "floor": 0, "capacity": 12, "area_m2": 30.0,
            "equipment": [], "step_free_access": true, "accessible_toilets": true,
            "hearing_loop": false, "description_fr": "", "description_en": "",
            "rates": [{"customer": "hosted", "unit": "hour", "price_cents": 2000}]});
        let room = app.post_json("/api/v1/spaces", Some(&admin), &room).await;
        assert_eq!(room.status(), 201, "{:?}", room.text().await);
        let structure = json!({"name": "Les Compagnons", "legal_form": "association",
            "sector": "reuse_resources", "site": "base-de-chantier-solidaire"});
        let structure = app.post_json("/api/v1/structures", Some(&admin), &structure).await;
        assert_eq!(structure.status(), 201);
    }
);
