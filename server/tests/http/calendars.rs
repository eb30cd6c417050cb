//! A structure's private calendar feed over HTTP: made from the page, handed over once, read as
//! `text/calendar` by its secret address, gone once revoked.
use app::core::entities::calendar_feed;
use app::core::testing::{bookable_day, paris};
use sea_orm::EntityTrait;

use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;

/// The value of cookie `name` that `response` sets.
fn set_cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.strip_prefix(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .find(|v| !v.is_empty())
}

http_test!(a_feed_is_made_read_and_revoked, async |app: &TestApp| {
    let token = app.token_for("tenant@solilab.localhost").await;
    let me = app.get_json("/api/v1/me", &token).await;
    let structure = me["acting"].as_i64().expect("acting");
    let room = app.salle_loire().await;
    let day = bookable_day(8);
    let booked: serde_json::Value = app
        .post_json(
            "/api/v1/bookings",
            Some(&token),
            &serde_json::json!({
                "space_id": room, "structure_id": structure, "title": "Bureau",
                "starts_at": paris(day, "09:00"), "ends_at": paris(day, "10:00"),
            }),
        )
        .await
        .json()
        .await
        .expect("json");
    let id = booked["id"].as_i64().expect("booked");

    let session = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
    let made = app
        .post_form("/api/fn/create_calendar_feed", &[], Some(&session))
        .await;
    assert!(made.status().is_redirection(), "{}", made.status());
    assert_eq!(made.headers()["location"], "/bookings/calendar");
    let secret = set_cookie(&made, "solilab_new_feed").expect("handed over");

    // The page shows the address once, and removes the cookie that carried it.
    let page = app
        .client
        .get(app.url("/bookings/calendar"))
        .header("accept", "text/html")
        .header(
            "cookie",
            format!("solilab_session={session}; solilab_new_feed={secret}"),
        )
        .send()
        .await
        .expect("page");
    assert_eq!(page.status(), 200);
    let cleared = page
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.starts_with("solilab_new_feed=;") && v.contains("Max-Age=0"));
    assert!(cleared, "the address is shown once");
    let html = page.text().await.expect("html");
    let address = format!("{}/calendar/bookings/{secret}.ics", app.base);
    assert!(html.contains(&address), "{html}");
    assert!(html.contains("webcal://"), "a subscribe link");

    let feed = app.get(&format!("/calendar/bookings/{secret}.ics")).await;
    assert_eq!(feed.status(), 200);
    assert_eq!(
        feed.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let ics = feed.text().await.expect("ics");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    let host = app
        .base
        .trim_start_matches("http://")
        .split(':')
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(ics.contains(&format!("UID:booking-{id}@{host}")), "{ics}");
    assert!(ics.contains("SUMMARY:Bureau"), "{ics}");

    let unknown = app.get("/calendar/bookings/cal_0000.ics").await;
    assert_eq!(unknown.status(), 404);
    assert_eq!(
        unknown.headers()["content-type"],
        "application/problem+json"
    );

    let feeds = calendar_feed::Entity::find()
        .all(app.test_db.db.read())
        .await
        .expect("feeds");
    let feed_id = feeds[0].id.to_string();
    let revoked = app
        .post_form(
            "/api/fn/revoke_calendar_feed",
            &[("id", feed_id.as_str())],
            Some(&session),
        )
        .await;
    assert!(revoked.status().is_redirection(), "{}", revoked.status());
    let gone = app.get(&format!("/calendar/bookings/{secret}.ics")).await;
    assert_eq!(gone.status(), 404);
});
