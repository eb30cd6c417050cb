//! The managers' space pages without JavaScript: a new room from the form (decimal commas and
//! euros), its edit, and its retirement, refused while a booking holds it.
use app::core::testing::{bookable_day, paris};
use serde_json::json;

use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;
use crate::pages::page_as;

/// The form of a meeting room `code` at `price` euros an hour for hosted structures.
fn room_form(code: &str, price: &str) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = [
        ("form[site]", "solilab"),
        ("form[code]", code),
        ("form[name]", "Salle Chézine"),
        ("form[kind]", "meeting_room"),
        ("form[floor]", "1"),
        ("form[capacity]", "10"),
        ("form[area_m2]", "24,5"),
        ("form[equipment]", "screen, whiteboard"),
        ("form[step_free_access]", "on"),
        ("form[description_fr]", "Calme, sur le jardin."),
        ("form[description_en]", ""),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    for index in 0..12 {
        let value = if index == 0 { price } else { "" };
        fields.push((format!("form[prices][{index}]"), value.to_owned()));
    }
    fields
}

fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

http_test!(
    a_manager_adds_edits_and_retires_a_room,
    async |app: &TestApp| {
        let session = app
            .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
            .await;
        let (status, _, html) = page_as(app, "/admin/spaces/new", &session).await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"name="form[prices][11]""#), "{html}");

        let refused = app
            .post_from_page(
                "/admin/spaces/new",
                "/api/fn/create_space",
                &pairs(&room_form("R-950", "douze")),
                Some(&session),
            )
            .await;
        let (_, _, html) = page_as(app, &app.location(&refused), &session).await;
        assert!(
            html.contains("#space-rates"),
            "the price error links to the grid: {html}"
        );

        let created = app
            .post_from_page(
                "/admin/spaces/new",
                "/api/fn/create_space",
                &pairs(&room_form("R-950", "18,50")),
                Some(&session),
            )
            .await;
        let page = app.location(&created);
        assert!(
            page.starts_with("/admin/spaces/") && page.ends_with("?created=1"),
            "{page}"
        );
        let id: i64 = page
            .trim_start_matches("/admin/spaces/")
            .trim_end_matches("?created=1")
            .parse()
            .expect("an id");
        let (status, _, html) = page_as(app, &page, &session).await;
        assert_eq!(status, 200);
        assert!(
            html.contains(r#"value="24,5""#) && html.contains(r#"value="18,50""#),
            "{html}"
        );
        let space = app
            .get(&format!("/api/v1/spaces/{id}"))
            .await
            .json::<serde_json::Value>()
            .await
            .expect("json");
        assert_eq!(space["rates"][0]["price_cents"], 1850);
        assert_eq!(space["equipment"], json!(["screen", "whiteboard"]));

        let mut changed = room_form("R-950", "20");
        changed.push(("id".into(), id.to_string()));
        changed.retain(|(k, _)| k != "form[step_free_access]");
        let saved = app
            .post_from_page(
                &page,
                "/api/fn/update_space",
                &pairs(&changed),
                Some(&session),
            )
            .await;
        assert_eq!(app.location(&saved), format!("/admin/spaces/{id}?saved=1"));
        let space = app
            .get(&format!("/api/v1/spaces/{id}"))
            .await
            .json::<serde_json::Value>()
            .await
            .expect("json");
        assert_eq!(space["rates"][0]["price_cents"], 2000);
        assert_eq!(space["step_free_access"], false);

        // A coming booking holds the room: the retirement panel names it and offers no button.
        let tenant = app.token_for("tenant@solilab.localhost").await;
        let me = app.get_json("/api/v1/me", &tenant).await;
        let day = bookable_day(9);
        let booking = json!({"space_id": id, "structure_id": me["acting"], "title": "Atelier",
            "starts_at": paris(day, "10:00"), "ends_at": paris(day, "11:00")});
        let booked = app
            .post_json("/api/v1/bookings", Some(&tenant), &booking)
            .await;
        assert_eq!(booked.status(), 201);
        let booking_id = booked.json::<serde_json::Value>().await.expect("json")["id"]
            .as_i64()
            .expect("id");
        let retire_page = format!("/admin/spaces/{id}?retire=1");
        let (_, _, html) = page_as(app, &retire_page, &session).await;
        assert!(
            html.contains("Réservation de") && !html.contains("Oui, retirer"),
            "{html}"
        );
        let held = app
            .post_from_page(
                &retire_page,
                "/api/fn/retire_space",
                &[("id", &id.to_string())],
                Some(&session),
            )
            .await;
        assert!(app.location(&held).contains("__err"), "refused while held");

        let cancelled = app
            .client
            .delete(app.url(&format!("/api/v1/bookings/{booking_id}")))
            .bearer_auth(&tenant)
            .send()
            .await
            .expect("sent");
        assert!(cancelled.status().is_success());
        let (_, _, html) = page_as(app, &retire_page, &session).await;
        assert!(html.contains("Oui, retirer"), "{html}");
        let retired = app
            .post_from_page(
                &retire_page,
                "/api/fn/retire_space",
                &[("id", &id.to_string())],
                Some(&session),
            )
            .await;
        assert_eq!(app.location(&retired), "/spaces?retired=1");
        let (_, _, html) = page_as(app, "/spaces?retired=1", &session).await;
        assert!(
            html.contains("L&#39;espace est retiré du catalogue.")
                || html.contains("L'espace est retiré du catalogue."),
            "{html}"
        );
        assert_eq!(app.get(&format!("/api/v1/spaces/{id}")).await.status(), 404);

        let tenant_session = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        let (status, _, _) = page_as(app, "/admin/spaces/new", &tenant_session).await;
        assert_eq!(status, 403);
    }
);
