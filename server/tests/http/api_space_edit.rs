//! `PATCH /api/v1/spaces/{id}` and `POST /api/v1/spaces/{id}/retire`: managers change a space and
//! its prices, and retire it once no coming booking holds it; it then leaves the catalogue.
use app::core::testing::{bookable_day, paris, room_input};
use serde_json::json;

use crate::helpers::{TestApp, problem_fields};
use crate::http_test;

http_test!(
    a_manager_changes_a_room_and_retires_it_once_free,
    async |app: &TestApp| {
        let manager = app.token_for("gestion@solilab.localhost").await;
        let tenant = app.token_for("tenant@solilab.localhost").await;
        let room = serde_json::to_value(room_input("R-900")).expect("json");
        let created = app.post_json("/api/v1/spaces", Some(&manager), &room).await;
        assert_eq!(created.status(), 201);
        let id = created.json::<serde_json::Value>().await.expect("json")["id"]
            .as_i64()
            .expect("id");
        let path = format!("/api/v1/spaces/{id}");

        let patch = json!({"name": "Salle Erdre", "capacity": 16,
            "rates": [{"customer": "hosted", "unit": "hour", "price_cents": 1500},
                      {"customer": "outsider", "unit": "day", "price_cents": 30000}]});
        let changed = app.patch_json(&path, &manager, &patch).await;
        assert_eq!(changed.status(), 200);
        let changed: serde_json::Value = changed.json().await.expect("json");
        assert_eq!(
            (changed["name"].as_str(), changed["capacity"].as_i64()),
            (Some("Salle Erdre"), Some(16))
        );
        assert_eq!(changed["rates"].as_array().map(Vec::len), Some(2));
        assert_eq!(app.get_json(&path, &manager).await, changed);

        let bad = app
            .patch_json(&path, &manager, &json!({"capacity": 0, "floor": 99}))
            .await;
        assert_eq!(bad.status(), 422);
        let problem: serde_json::Value = bad.json().await.expect("json");
        assert_eq!(problem_fields(&problem), ["floor", "capacity"]);
        let lease_kind = app
            .patch_json(&path, &manager, &json!({"kind": "office"}))
            .await;
        assert_eq!(lease_kind.status(), 422);
        let clash = app
            .patch_json(&path, &manager, &json!({"code": "R-900"}))
            .await;
        assert_eq!(clash.status(), 200, "its own code is not a clash");
        assert_eq!(
            app.patch_json("/api/v1/spaces/999999", &manager, &json!({}))
                .await
                .status(),
            404
        );

        // A coming booking holds the room: retiring is refused and names it.
        let day = bookable_day(9);
        let me = app.get_json("/api/v1/me", &tenant).await;
        let booking = json!({"space_id": id, "structure_id": me["acting"], "title": "Réunion",
            "starts_at": paris(day, "10:00"), "ends_at": paris(day, "11:00")});
        let booked = app
            .post_json("/api/v1/bookings", Some(&tenant), &booking)
            .await;
        assert_eq!(booked.status(), 201);
        let booking_id = booked.json::<serde_json::Value>().await.expect("json")["id"]
            .as_i64()
            .expect("id");
        let retire = format!("{path}/retire");
        let refused = app.post_json(&retire, Some(&manager), &json!({})).await;
        assert_eq!(refused.status(), 409);
        assert_eq!(
            refused.headers()["content-type"],
            "application/problem+json"
        );
        let problem: serde_json::Value = refused.json().await.expect("json");
        assert_eq!(problem["holders"][0]["kind"], "booking");
        assert_eq!(problem["holders"][0]["id"].as_i64(), Some(booking_id));

        let cancelled = app
            .client
            .delete(app.url(&format!("/api/v1/bookings/{booking_id}")))
            .bearer_auth(&tenant)
            .send()
            .await
            .expect("sent");
        assert!(cancelled.status().is_success());
        let retired = app.post_json(&retire, Some(&manager), &json!({})).await;
        assert_eq!(retired.status(), 204);
        assert_eq!(app.get(&path).await.status(), 404);
        let again = app
            .post_json("/api/v1/bookings", Some(&tenant), &booking)
            .await;
        assert_eq!(again.status(), 404, "a retired room takes no booking");
        let catalogue = app
            .get_json("/api/v1/spaces?kind=meeting_room", &tenant)
            .await;
        assert!(
            catalogue
                .as_array()
                .expect("spaces")
                .iter()
                .all(|s| s["id"].as_i64() != Some(id))
        );
    }
);
