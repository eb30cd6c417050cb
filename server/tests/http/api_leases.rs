//! `GET /api/v1/structures`, `POST /api/v1/leases` (and its renewal) and `GET /api/v1/occupancy`: managers may,
//! tenants are refused, a second lease over the same dates is a `409`.
use serde_json::json;

use crate::helpers::{TestApp, problem_fields};
use crate::http_test;

http_test!(managers_lease_an_office_once, async |app: &TestApp| {
    let manager = app.token_for("gestion@solilab.localhost").await;
    let tenant = app.token_for("tenant@solilab.localhost").await;
    let office = app::core::testing::fresh_office(&app.test_db.db, "L-01", 21.0)
        .await
        .id;
    let structure: serde_json::Value = app
        .post_json(
            "/api/v1/structures",
            Some(&manager),
            &json!({"name": "Les Jardins", "legal_form": "association", "sector": "food_short_supply"}),
        )
        .await
        .json()
        .await
        .expect("json");
    let structure = structure["id"].as_i64().expect("structure");
    let lease = |from: &str, to: Option<&str>| {
        json!({
            "space_id": office, "structure_id": structure, "starts_on": from, "ends_on": to,
            "monthly_rent_cents": 30450, "monthly_charges_cents": 5000, "vat_rate_percent": 20,
        })
    };
    let created = app
        .post_json("/api/v1/leases", Some(&manager), &lease("2027-01-01", None))
        .await;
    assert_eq!(created.status(), 201);
    let created: serde_json::Value = created.json().await.expect("json");
    assert_eq!(created["status"], "draft");
    assert_eq!(created["monthly_rent_cents"], 30450);
    let twice = app
        .post_json(
            "/api/v1/leases",
            Some(&manager),
            &lease("2027-06-01", Some("2027-06-30")),
        )
        .await;
    assert_eq!(twice.status(), 409);
    assert_eq!(twice.headers()["content-type"], "application/problem+json");
    let problem: serde_json::Value = twice.json().await.expect("json");
    assert_eq!(problem["detail"], "Cet espace est déjà loué sur ces dates.");
    let invalid = app
        .post_json(
            "/api/v1/leases",
            Some(&manager),
            &lease("2027-01-01", Some("2026-01-01")),
        )
        .await;
    assert_eq!(invalid.status(), 422);
    let refused = app
        .post_json("/api/v1/leases", Some(&tenant), &lease("2030-01-01", None))
        .await;
    assert_eq!(
        refused.status(),
        404,
        "another structure's lease does not exist for a tenant"
    );
    assert_eq!(
        app.post_json("/api/v1/leases", None, &lease("2030-01-01", None))
            .await
            .status(),
        401
    );
});

http_test!(
    managers_read_the_directory_and_occupancy,
    async |app: &TestApp| {
        let manager = app.token_for("gestion@solilab.localhost").await;
        let tenant = app.token_for("tenant@solilab.localhost").await;
        let digital = app
            .get_json("/api/v1/structures?sector=digital&status=hosted", &manager)
            .await;
        let rows = digital.as_array().expect("a list");
        assert!(!rows.is_empty());
        assert!(
            rows.iter()
                .all(|r| r["sector"] == "digital" && r["status"] == "hosted")
        );
        assert!(
            rows.iter()
                .any(|r| !r["spaces"].as_array().expect("spaces").is_empty())
        );
        let get = |path: &'static str, token: String| {
            let request = app.client.get(app.url(path)).bearer_auth(token);
            async move { request.send().await.expect("sent") }
        };
        assert_eq!(
            get("/api/v1/structures?status=gone", manager.clone())
                .await
                .status(),
            422
        );
        assert_eq!(
            get("/api/v1/structures", tenant.clone()).await.status(),
            403
        );
        let occupancy = app
            .get_json(
                "/api/v1/occupancy?site=solilab&from=2026-01&to=2026-06",
                &manager,
            )
            .await;
        let rate = occupancy["rate"].as_f64().expect("a rate");
        assert!(
            rate > 0.5 && rate <= 1.0,
            "the demo's offices are mostly let: {rate}"
        );
        assert!(occupancy["by_kind"]["office"].as_f64().is_some());
        assert!(occupancy["by_kind"]["meeting_room"].as_f64().is_some());
        assert_eq!(get("/api/v1/occupancy", tenant).await.status(), 403);
        assert_eq!(
            get("/api/v1/occupancy?site=atlantis", manager.clone())
                .await
                .status(),
            422
        );
        assert_eq!(
            get("/api/v1/occupancy?from=2027-05&to=2027-01", manager)
                .await
                .status(),
            422
        );
    }
);

http_test!(a_running_lease_is_renewed, async |app: &TestApp| {
    use app::core::entities::lease;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let manager = app.token_for("gestion@solilab.localhost").await;
    let running = lease::Entity::find()
        .filter(lease::Column::Status.eq("running"))
        .filter(lease::Column::EndsOn.is_null())
        .filter(lease::Column::Shared.eq(false))
        .one(app.test_db.db.read())
        .await
        .expect("query")
        .expect("a running open-ended lease in the demo");
    let path = format!("/api/v1/leases/{}/renew", running.id);
    let before = running.starts_on.to_string();
    let refused = app
        .post_json(&path, Some(&manager), &json!({"starts_on": before}))
        .await;
    assert_eq!(refused.status(), 422);
    let problem: serde_json::Value = refused.json().await.expect("json");
    assert_eq!(problem_fields(&problem), ["starts_on"]);
    let unreadable = app
        .post_json(&path, Some(&manager), &json!({"starts_on": "soon"}))
        .await;
    assert_eq!(unreadable.status(), 400);
    let renewed = app
        .post_json(
            &path,
            Some(&manager),
            &json!({"starts_on": "2031-01-01", "monthly_rent_cents": 90000}),
        )
        .await;
    assert_eq!(renewed.status(), 201);
    let renewed: serde_json::Value = renewed.json().await.expect("json");
    assert_eq!(renewed["status"], "draft");
    assert_eq!(renewed["monthly_rent_cents"], 90000);
    let old = lease::Entity::find_by_id(running.id)
        .one(app.test_db.db.read())
        .await
        .expect("query")
        .expect("old lease");
    assert_eq!(
        old.ends_on.map(|d| d.to_string()).as_deref(),
        Some("2030-12-31")
    );
});
