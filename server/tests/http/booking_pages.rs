//! The pages added with repeating bookings, moves, calendars, outside customers, closures and
//! space rules, over HTTP without JavaScript.
use crate::helpers::TestApp;
use crate::http_test;
use crate::pages::page_as;

http_test!(
    repeating_moving_and_calendar_pages_render_without_javascript,
    async |app: &TestApp| {
        use app::core::testing::{bookable_day, paris};
        let session = app
            .sign_in("tenant@solilab.localhost", crate::helpers::DEMO_PASSWORD)
            .await;
        let room = app.salle_loire().await;
        let day = bookable_day(7);
        let until = day + chrono::Days::new(14);
        let (status, _, html) = page_as(
            app,
            &format!(
                "/book/confirm?space={room}&date={day}&from=10%3A00&to=11%3A00&people=4&repeat=weekly&until={until}"
            ),
            &session,
        )
        .await;
        assert_eq!(status, 200);
        assert!(html.contains("Les dates de la série"), "{html}");
        assert!(html.contains("Réserver ces dates"), "{html}");
        assert!(
            html.contains(r#"name="form[repeat]" value="weekly""#),
            "{html}"
        );

        let token = app.token_for("tenant@solilab.localhost").await;
        let me = app.get_json("/api/v1/me", &token).await;
        let booked: serde_json::Value = app
            .post_json(
                "/api/v1/bookings",
                Some(&token),
                &serde_json::json!({
                    "space_id": room, "structure_id": me["acting"], "title": "Réunion",
                    "starts_at": paris(day, "15:00"), "ends_at": paris(day, "16:00"),
                }),
            )
            .await
            .json()
            .await
            .expect("json");
        let id = booked["id"].as_i64().expect("booked");
        let (status, _, html) = page_as(app, &format!("/bookings/move?id={id}"), &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Déplacer une réservation</h1>"), "{html}");
        assert!(
            html.contains(r#"value="15:00""#),
            "the current times are filled in"
        );
        let (status, _, html) = page_as(app, "/bookings/move?id=999999", &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("Revenir à mes réservations"), "{html}");

        let (status, _, html) = page_as(app, "/bookings/calendar", &session).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Créer une adresse d'agenda")
                || html.contains("Créer une adresse d&#x27;agenda"),
            "{html}"
        );
        assert!(
            html.contains("Aucune adresse d'agenda")
                || html.contains("Aucune adresse d&#x27;agenda"),
            "{html}"
        );
    }
);

http_test!(
    a_manager_books_an_event_space_for_an_outside_customer,
    async |app: &TestApp| {
        use app::core::entities::mail_outbox;
        use app::core::testing::bookable_day;
        use sea_orm::EntityTrait;
        let session = app
            .sign_in("gestion@solilab.localhost", crate::helpers::DEMO_PASSWORD)
            .await;
        let spaces: serde_json::Value = app
            .get("/api/v1/spaces?kind=event_space")
            .await
            .json()
            .await
            .expect("json");
        let nef = spaces
            .as_array()
            .expect("spaces")
            .iter()
            .find(|s| s["name"] == "La Nef")
            .and_then(|s| s["id"].as_i64())
            .expect("La Nef");
        let day = bookable_day(7);
        let slot =
            format!("/book/confirm?space={nef}&date={day}&from=09%3A00&to=13%3A00&people=150");
        let (status, _, html) = page_as(app, &slot, &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("Dites pour qui vous réservez"), "{html}");
        assert!(html.contains("Un client extérieur"), "{html}");
        let (status, _, html) = page_as(app, &format!("{slot}&customer=outsider&customer_name=Mairie%20de%20Rez%C3%A9&customer_email=evenements%40reze.example.org"), &session)
        .await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Total HT"),
            "the price for an outsider: {html}"
        );
        assert!(
            html.contains(r#"name="form[customer]" value="outsider""#),
            "{html}"
        );

        let made = app
            .post_form(
                "/api/fn/create_booking",
                &[
                    ("form[space_id]", nef.to_string().as_str()),
                    ("form[date]", day.to_string().as_str()),
                    ("form[from]", "09:00"),
                    ("form[to]", "13:00"),
                    ("form[title]", "Forum des associations"),
                    ("form[attendees]", "150"),
                    ("form[customer]", "outsider"),
                    ("form[customer_name]", "Mairie de Rezé"),
                    ("form[customer_email]", "evenements@reze.example.org"),
                ],
                Some(&session),
            )
            .await;
        assert!(made.status().is_redirection(), "{}", made.status());
        let location = made.headers()["location"]
            .to_str()
            .expect("location")
            .to_owned();
        assert!(location.starts_with("/bookings?created="), "{location}");
        let mails = mail_outbox::Entity::find()
            .all(app.test_db.db.read())
            .await
            .expect("outbox");
        let told = mails
            .iter()
            .find(|m| m.recipient == "evenements@reze.example.org")
            .expect("the customer is told");
        assert_eq!(told.subject, "Réservation confirmée : La Nef");
        assert_eq!(told.attachment_name.as_deref(), Some("reservation.ics"));
    }
);

http_test!(
    closures_and_space_rules_pages_work_without_javascript,
    async |app: &TestApp| {
        let session = app
            .sign_in("gestion@solilab.localhost", crate::helpers::DEMO_PASSWORD)
            .await;
        let (status, _, html) = page_as(app, "/admin/closures", &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Fermetures des sites</h1>"), "{html}");
        assert!(html.contains("Aucune fermeture prévue."), "{html}");
        let added = app
            .post_from_page(
                "/admin/closures",
                "/api/fn/add_closure",
                &[
                    ("site_id", "1"),
                    ("starts_on", "2030-08-05"),
                    ("ends_on", "2030-08-16"),
                    ("reason", "Fermeture estivale"),
                ],
                Some(&session),
            )
            .await;
        assert!(added.status().is_redirection(), "{}", added.status());
        let (_, _, html) = page_as(app, "/admin/closures", &session).await;
        assert!(html.contains("Fermeture estivale"), "{html}");
        assert!(
            html.contains("du lundi 5 août 2030 au vendredi 16 août 2030"),
            "{html}"
        );
        // A reversed range comes back to the page with the field named.
        let refused = app
            .post_from_page(
                "/admin/closures",
                "/api/fn/add_closure",
                &[
                    ("site_id", "1"),
                    ("starts_on", "2030-08-16"),
                    ("ends_on", "2030-08-05"),
                    ("reason", "Erreur"),
                ],
                Some(&session),
            )
            .await;
        let back = refused.headers()["location"]
            .to_str()
            .expect("location")
            .trim_start_matches(&app.base)
            .to_owned();
        assert!(back.starts_with("/admin/closures?"), "{back}");
        let (_, _, html) = page_as(app, &back, &session).await;
        assert!(
            html.contains("Le dernier jour doit suivre le premier."),
            "{html}"
        );

        let room = app.salle_loire().await;
        let rules = format!("/admin/spaces/{room}/rules");
        let (status, _, html) = page_as(app, &rules, &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Règles de réservation</h1>"), "{html}");
        assert!(
            html.contains(r#"name="rules[opens][0]""#) && html.contains(r#"value="08:00""#),
            "{html}"
        );
        let mut fields: Vec<(String, String)> = (0..7)
            .flat_map(|d| {
                let open = d < 6;
                [
                    (
                        format!("rules[opens][{d}]"),
                        if open { "08:00".into() } else { String::new() },
                    ),
                    (
                        format!("rules[closes][{d}]"),
                        if open { "20:00".into() } else { String::new() },
                    ),
                ]
            })
            .collect();
        for (name, value) in [
            ("min_minutes", "30"),
            ("max_minutes", "600"),
            ("step_minutes", "30"),
            ("buffer_minutes", "15"),
            ("max_advance_days", "365"),
            ("min_notice_hours", "0"),
            ("cancel_free_hours", "24"),
            ("cancel_fee_percent", "0"),
            ("hold_hours", "48"),
        ] {
            fields.push((format!("rules[{name}]"), value.into()));
        }
        fields.push(("id".into(), room.to_string()));
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let saved = app
            .post_from_page(
                &rules,
                "/api/fn/update_space_rules",
                &borrowed,
                Some(&session),
            )
            .await;
        assert_eq!(
            saved.headers()["location"].to_str().expect("location"),
            format!("/admin/spaces/{room}/rules?saved=1")
        );
        let (_, _, html) = page_as(app, &format!("{rules}?saved=1"), &session).await;
        assert!(html.contains("Règles enregistrées."), "{html}");
        assert!(
            html.contains(r#"name="rules[buffer_minutes]""#) && html.contains(r#"value="15""#),
            "{html}"
        );
        // Tenants are not let in.
        let tenant = app
            .sign_in("tenant@solilab.localhost", crate::helpers::DEMO_PASSWORD)
            .await;
        let (status, _, _) = page_as(app, &rules, &tenant).await;
        assert_eq!(status, 403);
    }
);
