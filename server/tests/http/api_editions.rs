//! `/api/v1/events` and `/api/v1/editions` from an empty database: a manager makes an event,
//! an edition, two stall types and twenty stalls; anyone reads the edition.
use serde_json::json;

use crate::helpers::{TestApp, problem_fields};
use crate::http_test;

http_test!(
    empty an_event_gets_an_edition_and_a_stall_plan,
    async |app: &TestApp| {
        let admin = app.admin_token().await;
        let site = json!({"name": "Solilab", "address": "8 rue Saint-Domingue",
            "postcode": "44200", "city": "Nantes"});
        assert_eq!(app.post_json("/api/v1/sites", Some(&admin), &site).await.status(), 201);

        let event = json!({"site": "solilab", "name": "La Braderie", "summary_fr": "La grande braderie."});
        let created = app.post_json("/api/v1/events", Some(&admin), &event).await;
        assert_eq!(created.status(), 201);
        let created: serde_json::Value = created.json().await.expect("json");
        assert_eq!(created["slug"], "la-braderie");
        let unknown = json!({"site": "ailleurs", "name": "X"});
        let refused = app.post_json("/api/v1/events", Some(&admin), &unknown).await;
        assert_eq!(refused.status(), 422);

        let bad = json!({"starts_on": "2027-06-12", "ends_on": "2027-06-01", "opens": "10:00",
            "closes": "09:00", "call_opens_on": "2027-01-01", "call_closes_on": "2027-07-01"});
        let refused = app.post_json("/api/v1/events/la-braderie/editions", Some(&admin), &bad).await;
        assert_eq!(refused.status(), 422);
        let problem: serde_json::Value = refused.json().await.expect("json");
        assert_eq!(problem_fields(&problem), ["ends_on", "closes", "call_closes_on"]);
        let edition = json!({"starts_on": "2027-06-12", "ends_on": "2027-06-13", "opens": "10:00",
            "closes": "19:00", "call_opens_on": "2027-01-01", "call_closes_on": "2027-04-30"});
        let created = app.post_json("/api/v1/events/la-braderie/editions", Some(&admin), &edition).await;
        assert_eq!(created.status(), 201);
        let created: serde_json::Value = created.json().await.expect("json");
        let id = created["id"].as_i64().expect("id");
        assert_eq!(created["year"], 2027);
        let missing = app.post_json("/api/v1/events/nowhere/editions", Some(&admin), &edition).await;
        assert_eq!(missing.status(), 404);

        let types = format!("/api/v1/editions/{id}/stall-types");
        let bad_type = json!({"name": "", "width_cm": 0, "depth_cm": 300, "price_cents": 6000});
        let refused = app.post_json(&types, Some(&admin), &bad_type).await;
        let problem: serde_json::Value = refused.json().await.expect("json");
        assert_eq!(problem_fields(&problem), ["name", "width_cm"]);
        for (name, width, price) in [("Stand 3 × 3 m", 300, 6000), ("Stand 6 × 3 m", 600, 11000)] {
            let kind = json!({"name": name, "width_cm": width, "depth_cm": 300, "price_cents": price});
            assert_eq!(app.post_json(&types, Some(&admin), &kind).await.status(), 201);
        }
        let detail = app.get_json(&format!("/api/v1/editions/{id}"), &admin).await;
        let type_ids: Vec<i64> = detail["stall_types"].as_array().expect("types").iter()
            .map(|t| t["id"].as_i64().expect("id")).collect();
        let stalls = format!("/api/v1/editions/{id}/stalls");
        for (kind, count) in [(type_ids[0], 15), (type_ids[1], 5)] {
            let rows = json!({"stall_type_id": kind, "count": count});
            assert_eq!(app.post_json(&stalls, Some(&admin), &rows).await.status(), 201);
        }
        let too_many = app.post_json(&stalls, Some(&admin), &json!({"stall_type_id": type_ids[0], "count": 301})).await;
        assert_eq!(too_many.status(), 422);

        // Anyone reads the edition: twenty stalls by number, no holder before publication.
        let public = app.get(&format!("/api/v1/editions/{id}")).await;
        assert_eq!(public.status(), 200);
        let public: serde_json::Value = public.json().await.expect("json");
        let listed = public["stalls"].as_array().expect("stalls");
        assert_eq!(listed.len(), 20);
        assert_eq!((listed[0]["number"].clone(), listed[19]["number"].clone()), (json!(1), json!(20)));
        assert!(listed.iter().all(|s| s["holder"].is_null()));
        assert_eq!(app.get("/api/v1/editions/99999").await.status(), 404);

        let first = listed[0]["id"].as_i64().expect("id");
        let gone = app.client.delete(app.url(&format!("/api/v1/stalls/{first}"))).bearer_auth(&admin).send().await.expect("sent");
        assert_eq!(gone.status(), 204);
        let event = app.get_json("/api/v1/events/la-braderie", &admin).await;
        assert_eq!(event["editions"][0]["stalls"], 19);
    }
);
