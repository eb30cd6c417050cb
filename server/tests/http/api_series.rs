//! Repeating bookings and moves over HTTP: the dates checked as a whole, the ones in the way
//! listed in the 409, booked once dropped; one date moved alone; the coming dates cancelled.
use app::core::testing::{bookable_day, paris};
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::http_test;

fn series_body(room: i64, structure: i64, day: chrono::NaiveDate, rule: &str) -> Value {
    json!({
        "space_id": room,
        "structure_id": structure,
        "starts_at": paris(day, "10:00"),
        "ends_at": paris(day, "11:00"),
        "title": "Comité de pilotage",
        "attendees": 6,
        "rule": rule,
    })
}

async fn send(app: &TestApp, method: &str, path: &str, token: &str, body: &Value) -> (u16, Value) {
    let response = app
        .client
        .request(method.parse().expect("method"), app.url(path))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .expect("sent");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// The Paris days of the dates a plan says cannot be booked.
fn days_in_the_way(plan: &Value) -> Vec<String> {
    plan["dates"]
        .as_array()
        .expect("dates")
        .iter()
        .filter(|d| !d["problem"].is_null())
        .map(|d| d["starts_at"].as_str().expect("start").to_owned())
        .map(|start| {
            chrono::DateTime::parse_from_rfc3339(&start)
                .expect("instant")
                .with_timezone(&chrono_tz::Europe::Paris)
                .format("%Y-%m-%d")
                .to_string()
        })
        .collect()
}

http_test!(
    a_series_is_checked_booked_moved_and_cancelled,
    async |app: &TestApp| {
        let token = app.token_for("tenant@solilab.localhost").await;
        let me = app.get_json("/api/v1/me", &token).await;
        let structure = me["acting"].as_i64().expect("acting");
        let room = app.salle_loire().await;
        let first = bookable_day(7);
        let second = first + chrono::Days::new(7);
        // Someone already has the room on the second date.
        let manager = app.token_for("gestion@solilab.localhost").await;
        let taken = app
            .post_json(
                "/api/v1/bookings",
                Some(&manager),
                &json!({
                    "space_id": room, "structure_id": structure, "title": "Déjà là",
                    "starts_at": paris(second, "10:30"), "ends_at": paris(second, "11:30"),
                }),
            )
            .await;
        assert_eq!(taken.status(), 201);
        let body = series_body(room, structure, first, "FREQ=WEEKLY;COUNT=3");

        let (status, plan) = send(app, "POST", "/api/v1/booking-series/check", &token, &body).await;
        assert_eq!(status, 200, "{plan}");
        assert_eq!(plan["dates"].as_array().map(Vec::len), Some(3));
        assert_eq!(plan["series_id"], Value::Null);
        let in_the_way = days_in_the_way(&plan);
        assert!(in_the_way.contains(&second.to_string()), "{plan}");

        let (status, problem) = send(app, "POST", "/api/v1/booking-series", &token, &body).await;
        assert_eq!(status, 409, "{problem}");
        let conflicts = problem["conflicts"].as_array().expect("conflicts");
        assert_eq!(conflicts.len(), in_the_way.len());
        assert!(
            conflicts
                .iter()
                .any(|c| c["reason"] == "Ce créneau est déjà pris."),
            "{problem}"
        );

        let mut dropping = body.clone();
        dropping["skip"] = json!(in_the_way);
        let (status, made) = send(app, "POST", "/api/v1/booking-series", &token, &dropping).await;
        assert_eq!(status, 201, "{made}");
        let series = made["series_id"].as_i64().expect("series");
        let booked: Vec<i64> = made["dates"]
            .as_array()
            .expect("dates")
            .iter()
            .filter_map(|d| d["booking_id"].as_i64())
            .collect();
        assert_eq!(booked.len(), 3 - in_the_way.len());
        let one = app
            .get_json(&format!("/api/v1/bookings/{}", booked[0]), &token)
            .await;
        assert_eq!(one["series_id"], series);

        // The first date moves an hour later, alone; onto the taken slot it is refused.
        let path = format!("/api/v1/bookings/{}", booked[0]);
        let later = json!({"starts_at": paris(first, "11:00"), "ends_at": paris(first, "12:00")});
        let (status, moved) = send(app, "PATCH", &path, &token, &later).await;
        assert_eq!(status, 200, "{moved}");
        assert_eq!(
            chrono::DateTime::parse_from_rfc3339(moved["starts_at"].as_str().expect("start"))
                .expect("instant"),
            chrono::DateTime::parse_from_rfc3339(&paris(first, "11:00")).expect("instant")
        );
        let onto = json!({"starts_at": paris(second, "10:30"), "ends_at": paris(second, "11:30")});
        let (status, problem) = send(app, "PATCH", &path, &token, &onto).await;
        assert_eq!(status, 409, "{problem}");
        assert!(
            !problem["suggestions"]
                .as_array()
                .expect("suggestions")
                .is_empty()
        );

        let unbounded = series_body(room, structure, first, "FREQ=WEEKLY");
        let (status, problem) = send(
            app,
            "POST",
            "/api/v1/booking-series/check",
            &token,
            &unbounded,
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(problem["errors"][0]["field"], "rule");

        let (status, cancelled) = send(
            app,
            "DELETE",
            &format!("/api/v1/booking-series/{series}"),
            &token,
            &Value::Null,
        )
        .await;
        assert_eq!(status, 200, "{cancelled}");
        assert_eq!(cancelled.as_array().map(Vec::len), Some(booked.len()));
        let (status, _) = send(
            app,
            "DELETE",
            "/api/v1/booking-series/999999",
            &token,
            &Value::Null,
        )
        .await;
        assert_eq!(status, 404);
    }
);
