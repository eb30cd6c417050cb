//! The access tables: a tenant of structure A asks for every object route of structure B and
//! is told it does not exist; tenants and managers ask for every admins' route and are refused.
//! Every new route of a structure's data or of the admins gets a row here.
use app::core::testing::{bookable_day, paris};

use crate::helpers::TestApp;
use crate::http_test;
use crate::routes::{ADMIN_ROUTES, MANAGER_ROUTES};

/// `(method, path, body)`, where `{id}` is a structure's id, `{booking}` one of its
/// bookings, `{series}` one of its repeating bookings, `{lease}` one of its leases, `{room}` a
/// meeting room and `{from}`/`{to}` a free slot. The body is JSON, except for `FORM`: a
/// server function's form post.
const OBJECT_ROUTES: &[(&str, &str, &str)] = &[
    ("GET", "/api/v1/structures/{id}", ""),
    (
        "POST",
        "/api/v1/structures/{id}/members",
        r#"{"email":"someone@example.org"}"#,
    ),
    (
        "POST",
        "/api/v1/bookings",
        r#"{"space_id":{room},"structure_id":{id},"starts_at":"{from}","ends_at":"{to}","title":"T"}"#,
    ),
    ("GET", "/api/v1/bookings?structure_id={id}", ""),
    ("GET", "/api/v1/parcels?structure_id={id}", ""),
    ("GET", "/api/v1/parcels?structure_id={id}&waiting=true", ""),
    ("GET", "/api/v1/visitors?structure_id={id}", ""),
    (
        "POST",
        "/api/v1/visitors",
        r#"{"structure_id":{id},"name":"X","day":"2035-01-02"}"#,
    ),
    ("GET", "/api/v1/bookings/{booking}", ""),
    ("DELETE", "/api/v1/bookings/{booking}", ""),
    (
        "PATCH",
        "/api/v1/bookings/{booking}",
        r#"{"starts_at":"{from}","ends_at":"{to}"}"#,
    ),
    (
        "POST",
        "/api/v1/booking-series/check",
        r#"{"space_id":{room},"structure_id":{id},"starts_at":"{from}","ends_at":"{to}","title":"T","rule":"FREQ=WEEKLY;COUNT=2"}"#,
    ),
    (
        "POST",
        "/api/v1/booking-series",
        r#"{"space_id":{room},"structure_id":{id},"starts_at":"{from}","ends_at":"{to}","title":"T","rule":"FREQ=WEEKLY;COUNT=2"}"#,
    ),
    ("DELETE", "/api/v1/booking-series/{series}", ""),
    (
        "POST",
        "/api/v1/leases",
        r#"{"space_id":{room},"structure_id":{id},"starts_on":"2031-01-01","monthly_rent_cents":1,"vat_rate_percent":20}"#,
    ),
    ("FORM", "/api/fn/structure_info", "id={id}"),
    (
        "FORM",
        "/api/fn/update_structure_facts",
        "id={id}&facts[activity]=x&facts[website]=&facts[email]=&facts[phone]=",
    ),
    (
        "FORM",
        "/api/fn/update_structure_terms",
        "id={id}&terms[status]=hosted&terms[customer_kind]=hosted&terms[discount_percent]=0&terms[included_hours_per_month]=0",
    ),
    (
        "FORM",
        "/api/fn/create_lease",
        "lease[structure_id]={id}&lease[space_id]={room}&lease[starts_on]=2031-01-01&lease[rent]=1&lease[vat_rate]=20",
    ),
    ("FORM", "/api/fn/lease_step", "id={lease}&step=sign"),
    (
        "FORM",
        "/api/fn/delete_lease",
        "id={lease}&structure_id={id}",
    ),
    ("FORM", "/api/fn/apply_revision", "lease_id={lease}"),
    (
        "POST",
        "/api/v1/leases/{lease}/renew",
        r#"{"starts_on":"2031-01-01"}"#,
    ),
    (
        "FORM",
        "/api/fn/renew_lease",
        "id={lease}&starts_on=2031-01-01",
    ),
];

/// Sends a row of a table with `token`: JSON to the API, or a form to a server function.
async fn send(
    app: &TestApp,
    token: &str,
    method: &str,
    path: &str,
    body: String,
) -> reqwest::Response {
    let form = method == "FORM";
    let verb = if form { "POST" } else { method };
    let mut request = app
        .client
        .request(verb.parse().expect("method"), app.url(path))
        .bearer_auth(token);
    if form {
        request = request
            .header("origin", &app.base)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
    } else if !body.is_empty() {
        request = request
            .header("content-type", "application/json")
            .body(body);
    }
    request.send().await.expect("sent")
}

/// A lease of structure `id` from the demo.
async fn lease_of(app: &TestApp, id: i64) -> i64 {
    use app::core::entities::lease;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let row = lease::Entity::find()
        .filter(lease::Column::StructureId.eq(i32::try_from(id).expect("an id")))
        .one(app.test_db.db.read())
        .await
        .expect("query")
        .expect("the demo leases every hosted structure a space");
    i64::from(row.id)
}

/// A booking of structure `id` in `room`, made by a manager, at `hour` on a bookable day.
async fn booking_of(
    app: &TestApp,
    manager: &str,
    room: i64,
    id: i64,
    hour: &str,
    end: &str,
) -> i64 {
    let day = bookable_day(9);
    let body = serde_json::json!({
        "space_id": room, "structure_id": id, "title": "Réunion",
        "starts_at": paris(day, hour), "ends_at": paris(day, end),
    });
    let created: serde_json::Value = app
        .post_json("/api/v1/bookings", Some(manager), &body)
        .await
        .json()
        .await
        .expect("json");
    created["id"].as_i64().expect("booking made by a manager")
}

/// A repeating booking (one date) of structure `id` in `room` at `hour`, made by a manager.
async fn series_of(app: &TestApp, manager: &str, room: i64, id: i64, hour: &str, end: &str) -> i64 {
    let day = bookable_day(9);
    let body = serde_json::json!({
        "space_id": room, "structure_id": id, "title": "Réunion",
        "starts_at": paris(day, hour), "ends_at": paris(day, end),
        "rule": "FREQ=DAILY;COUNT=1",
    });
    let created: serde_json::Value = app
        .post_json("/api/v1/booking-series", Some(manager), &body)
        .await
        .json()
        .await
        .expect("json");
    created["series_id"]
        .as_i64()
        .expect("series made by a manager")
}

http_test!(
    a_tenant_of_a_gets_404_for_everything_of_b,
    async |app: &TestApp| {
        let token = app.token_for("tenant@solilab.localhost").await;
        let me = app.get_json("/api/v1/me", &token).await;
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
        let manager = app.token_for("gestion@solilab.localhost").await;
        let room = app.salle_loire().await;
        let bookings = [
            (
                other,
                booking_of(app, &manager, room, other, "09:00", "10:00").await,
                series_of(app, &manager, room, other, "11:00", "12:00").await,
                lease_of(app, other).await,
            ),
            (
                own,
                booking_of(app, &manager, room, own, "10:00", "11:00").await,
                series_of(app, &manager, room, own, "12:00", "13:00").await,
                lease_of(app, own).await,
            ),
        ];
        let day = bookable_day(9);
        let (from, to) = (paris(day, "14:00"), paris(day, "15:00"));
        for (method, template, body) in OBJECT_ROUTES {
            for ((id, booking, series, lease), expected_not_found) in
                bookings.into_iter().zip([true, false])
            {
                let fill = |text: &str| {
                    text.replace("{id}", &id.to_string())
                        .replace("{booking}", &booking.to_string())
                        .replace("{series}", &series.to_string())
                        .replace("{lease}", &lease.to_string())
                        .replace("{room}", &room.to_string())
                        .replace("{from}", &from)
                        .replace("{to}", &to)
                };
                let path = fill(template);
                let body = fill(body);
                let form = *method == "FORM";
                let response = send(app, &token, method, &path, body).await;
                let status = response.status().as_u16();
                if expected_not_found {
                    assert_eq!(status, 404, "{method} {path}");
                    if !form {
                        assert_eq!(
                            response.headers()["content-type"],
                            "application/problem+json"
                        );
                    }
                } else {
                    assert_ne!(status, 404, "{method} {path} is the tenant's own");
                }
            }
        }
    }
);

http_test!(
    others_are_refused_the_managers_and_admins_routes,
    async |app: &TestApp| {
        let tables = [
            ("tenant@solilab.localhost", ADMIN_ROUTES),
            ("gestion@solilab.localhost", ADMIN_ROUTES),
            ("tenant@solilab.localhost", MANAGER_ROUTES),
        ];
        for (email, routes) in tables {
            let token = app.token_for(email).await;
            for (method, path, body) in routes {
                let form = *method == "FORM";
                let response = send(app, &token, method, path, (*body).to_owned()).await;
                assert_eq!(response.status(), 403, "{email}: {method} {path}");
                if !form {
                    assert_eq!(
                        response.headers()["content-type"],
                        "application/problem+json"
                    );
                }
            }
        }
        assert_eq!(app.get("/api/v1/sites").await.status(), 401);
        let admin = app.token_for("admin@solilab.localhost").await;
        let sites = app.get_json("/api/v1/sites", &admin).await;
        let slugs: Vec<&str> = sites
            .as_array()
            .expect("sites")
            .iter()
            .filter_map(|s| s["slug"].as_str())
            .collect();
        assert_eq!(slugs, ["solilab", "ecorce"]);
    }
);
