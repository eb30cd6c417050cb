//! The booking routes of CONTRACT over HTTP: create, list, read, cancel, availability,
//! conflicts with suggestions, broken rules named, and `Idempotency-Key`.
use app::core::testing::{bookable_day, paris};
use serde_json::{Value, json};

use crate::helpers::TestApp;
use crate::http_test;

/// The tenant's token, their acting structure and the Salle Loire's id.
async fn tenant_and_room(app: &TestApp) -> (String, i64, i64) {
    let token = app.token_for("tenant@solilab.localhost").await;
    let me = app.get_json("/api/v1/me", &token).await;
    let structure = me["acting"].as_i64().expect("acting");
    (token, structure, app.salle_loire().await)
}

fn body(room: i64, structure: i64, from: &str, to: &str) -> Value {
    let day = bookable_day(7);
    json!({
        "space_id": room,
        "structure_id": structure,
        "starts_at": paris(day, from),
        "ends_at": paris(day, to),
        "title": "Assemblée générale",
        "attendees": 30,
    })
}

async fn json_of(response: reqwest::Response) -> Value {
    response.json().await.expect("json")
}

http_test!(tenants_book_read_and_cancel, async |app: &TestApp| {
    let (token, structure, room) = tenant_and_room(app).await;
    let request = body(room, structure, "14:00", "16:00");
    assert_eq!(
        app.post_json("/api/v1/bookings", None, &request)
            .await
            .status(),
        401
    );
    let created = app
        .post_json("/api/v1/bookings", Some(&token), &request)
        .await;
    assert_eq!(created.status(), 201);
    let booking = json_of(created).await;
    assert_eq!(booking["status"], "confirmed");
    assert_eq!(booking["price_cents"], 6000);
    assert_eq!(booking["space_name"], "Salle Loire");
    let id = booking["id"].as_i64().expect("id");

    let path = format!("/api/v1/bookings/{id}");
    let read = app.get_json(&path, &token).await;
    assert_eq!(read["title"], "Assemblée générale");
    let list = app
        .get_json(
            &format!("/api/v1/bookings?structure_id={structure}"),
            &token,
        )
        .await;
    assert_eq!(list.as_array().map(Vec::len), Some(1));

    // Anyone may see when the room is busy, never who booked it.
    let day = bookable_day(7);
    let availability = app
        .get(&format!(
            "/api/v1/spaces/{room}/availability?from={}&to={}",
            urlencode(&paris(day, "00:00")),
            urlencode(&paris(day, "23:59"))
        ))
        .await;
    assert_eq!(availability.status(), 200);
    let text = availability.text().await.expect("text");
    assert!(!text.contains("Assemblée"), "{text}");
    let busy: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(busy["busy"].as_array().map(Vec::len), Some(1));

    let cancelled = app
        .client
        .delete(app.url(&path))
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent");
    assert_eq!(cancelled.status(), 200);
    assert_eq!(json_of(cancelled).await["status"], "cancelled");
    let again = app
        .client
        .delete(app.url(&path))
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent");
    assert_eq!(again.status(), 409);
    assert_eq!(again.headers()["content-type"], "application/problem+json");
});

http_test!(
    conflicts_and_broken_rules_are_explained,
    async |app: &TestApp| {
        let (token, structure, room) = tenant_and_room(app).await;
        let first = app
            .post_json(
                "/api/v1/bookings",
                Some(&token),
                &body(room, structure, "14:00", "16:00"),
            )
            .await;
        assert_eq!(first.status(), 201);
        let clash = app
            .client
            .post(app.url("/api/v1/bookings"))
            .bearer_auth(&token)
            .header("accept-language", "fr")
            .json(&body(room, structure, "15:00", "17:00"))
            .send()
            .await
            .expect("sent");
        assert_eq!(clash.status(), 409);
        assert_eq!(clash.headers()["content-type"], "application/problem+json");
        let problem = json_of(clash).await;
        let detail = problem["detail"].as_str().expect("detail");
        assert!(
            detail.starts_with("Ce créneau est déjà pris. Le plus proche libre :"),
            "{detail}"
        );
        assert!(detail.contains("16:00\u{2013}18:00"), "{detail}");
        assert_eq!(
            problem["suggestions"][0]["starts_at"]
                .as_str()
                .map(|s| !s.is_empty()),
            Some(true)
        );

        let closed = app
            .post_json(
                "/api/v1/bookings",
                Some(&token),
                &body(room, structure, "21:00", "22:00"),
            )
            .await;
        assert_eq!(closed.status(), 422);
        let problem = json_of(closed).await;
        assert_eq!(problem["errors"][0]["field"], "starts_at");
        assert!(
            problem["errors"][0]["message"]
                .as_str()
                .expect("message")
                .contains("fermé"),
            "{problem}"
        );

        let mut crowded = body(room, structure, "10:00", "11:00");
        crowded["attendees"] = json!(41);
        let crowded = app
            .post_json("/api/v1/bookings", Some(&token), &crowded)
            .await;
        assert_eq!(crowded.status(), 422);
        assert_eq!(
            json_of(crowded).await["errors"][0]["message"],
            "Cet espace accueille 40 personnes au plus."
        );

        let malformed = app
            .client
            .post(app.url("/api/v1/bookings"))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body("{\"space_id\":")
            .send()
            .await
            .expect("sent");
        assert_eq!(malformed.status(), 400);
        let missing = app
            .client
            .get(app.url("/api/v1/bookings/999999"))
            .bearer_auth(&token)
            .send()
            .await
            .expect("sent");
        assert_eq!(missing.status(), 404);
        let no_range = app
            .get(&format!("/api/v1/spaces/{room}/availability"))
            .await;
        assert_eq!(no_range.status(), 422);
    }
);

http_test!(
    an_idempotency_key_replays_the_first_answer,
    async |app: &TestApp| {
        let (token, structure, room) = tenant_and_room(app).await;
        let request = body(room, structure, "09:00", "10:00");
        let send = |key: &'static str, body: Value| {
            app.client
                .post(app.url("/api/v1/bookings"))
                .bearer_auth(&token)
                .header("idempotency-key", key)
                .json(&body)
                .send()
        };
        let first = send("retry-me", request.clone()).await.expect("sent");
        assert_eq!(first.status(), 201);
        let first = json_of(first).await;
        let second = send("retry-me", request.clone()).await.expect("sent");
        assert_eq!(
            second.status(),
            201,
            "the same answer, not a conflict with itself"
        );
        assert_eq!(second.headers()["idempotent-replayed"], "true");
        assert_eq!(json_of(second).await["id"], first["id"]);
        let other = send("retry-me", body(room, structure, "11:00", "12:00"))
            .await
            .expect("sent");
        assert_eq!(other.status(), 422, "a key is bound to its first request");
        let list = app.get_json("/api/v1/bookings", &token).await;
        assert_eq!(list.as_array().map(Vec::len), Some(1), "booked once");
    }
);

/// Percent-encodes the `+` of an offset, the only character of RFC 3339 a query mangles.
fn urlencode(value: &str) -> String {
    value.replace('+', "%2B")
}
