use crate::helpers::TestApp;
use crate::http_test;

async fn page(
    app: &TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, reqwest::header::HeaderMap, String) {
    let mut request = app.client.get(app.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("sent");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (
        status,
        headers,
        without_markers(&response.text().await.expect("body")),
    )
}

/// A page as the person whose session cookie is `session` sees it.
async fn page_as(
    app: &TestApp,
    path: &str,
    session: &str,
) -> (u16, reqwest::header::HeaderMap, String) {
    let cookie = format!("solilab_session={session}");
    page(
        app,
        path,
        &[("accept", "text/html"), ("cookie", cookie.as_str())],
    )
    .await
}

/// The HTML without Leptos's hydration markers (`<!>` and `<!--…-->`), as a reader sees it.
fn without_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let end = if tail.starts_with("<!--") {
            tail.find("-->").map(|e| e + 3)
        } else {
            tail.find('>').map(|e| e + 1)
        };
        let keep_doctype = tail.starts_with("<!DOCTYPE");
        match end {
            Some(end) if !keep_doctype => rest = &tail[end..],
            Some(end) => {
                out.push_str(&tail[..end]);
                rest = &tail[end..];
            }
            None => {
                rest = tail;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

http_test!(
    pages_speak_french_by_default_and_english_on_request,
    async |app: &TestApp| {
        let (status, _, html) = page(app, "/", &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"<html lang="fr""#), "French by default");
        assert!(html.contains(
            "<h1>Solilab, le tiers-lieu de l'économie sociale et solidaire à Nantes</h1>"
        ));
        assert!(
            html.contains("60</span>"),
            "the home page shows the offices"
        );

        let (_, headers, html) = page(app, "/?lang=en", &[]).await;
        assert!(html.contains(r#"<html lang="en""#));
        assert!(html.contains("the social and solidarity economy hub of Nantes"));
        let cookie = headers["set-cookie"].to_str().expect("cookie");
        assert!(cookie.starts_with("lang=en;"), "{cookie}");

        let (_, _, html) = page(app, "/spaces", &[("Cookie", "lang=en")]).await;
        assert!(
            html.contains("Space catalogue"),
            "the remembered choice holds"
        );
        let (_, _, html) = page(app, "/spaces", &[("Accept-Language", "en-US,en;q=0.8")]).await;
        assert!(
            html.contains("Space catalogue"),
            "the browser's language is heard"
        );
    }
);

http_test!(
    the_catalogue_page_filters_without_javascript,
    async |app: &TestApp| {
        let (status, _, html) =
            page(app, "/spaces?site=&kind=meeting_room&min_capacity=15", &[]).await;
        assert_eq!(status, 200);
        assert_eq!(html.matches(r#"class="space-card""#).count(), 2);
        assert!(html.contains("Salle Loire") && html.contains("Salle Erdre"));
        assert!(html.contains("2 espaces"));
        assert!(
            html.contains(r#"<option value="meeting_room" selected"#),
            "the chosen kind stays selected"
        );

        let (status, _, html) = page(app, "/spaces?min_capacity=-3", &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"aria-invalid="true""#));
        assert!(html.contains("Indiquez un nombre de personnes"));

        let (_, _, html) = page(app, "/spaces?kind=meeting_room&min_capacity=500", &[]).await;
        assert!(html.contains("Aucun espace ne correspond à ces critères."));
    }
);

http_test!(a_space_page_and_the_404s, async |app: &TestApp| {
    let rooms: serde_json::Value = app
        .get("/api/v1/spaces?kind=meeting_room&min_capacity=40")
        .await
        .json()
        .await
        .expect("json");
    let id = rooms[0]["id"].as_i64().expect("id");
    let (status, _, html) = page(app, &format!("/spaces/{id}"), &[]).await;
    assert_eq!(status, 200);
    assert!(html.contains("<h1>Salle Loire</h1>"));
    assert!(html.contains("40 personnes"));
    assert!(html.contains("Structure hébergée"));

    for missing in ["/spaces/999999", "/spaces/abc", "/nope"] {
        let (status, _, html) = page(app, missing, &[]).await;
        assert_eq!(status, 404, "{missing}");
        assert!(html.contains("Page introuvable"), "{missing}");
    }
});

http_test!(
    every_response_carries_security_headers,
    async |app: &TestApp| {
        let (_, headers, html) = page(app, "/spaces", &[]).await;
        let csp = headers["content-security-policy"].to_str().expect("ascii");
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .expect("the page policy carries a nonce");
        assert!(
            html.contains(&format!(r#"<script type="module" nonce="{nonce}">"#)),
            "the hydration script has it"
        );
        assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"));
        let (_, other, _) = page(app, "/spaces", &[]).await;
        assert_ne!(
            other["content-security-policy"], headers["content-security-policy"],
            "a new nonce each time"
        );

        for path in ["/spaces", "/api/v1/spaces", "/healthz", "/nope"] {
            let (_, headers, _) = page(app, path, &[]).await;
            assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
            assert_eq!(headers["x-frame-options"], "DENY", "{path}");
            assert_eq!(
                headers["referrer-policy"], "strict-origin-when-cross-origin",
                "{path}"
            );
            assert!(headers.contains_key("content-security-policy"), "{path}");
        }
    }
);

http_test!(
    booking_pages_render_without_javascript,
    async |app: &TestApp| {
        use app::core::testing::bookable_day;
        let day = bookable_day(7);
        let (status, _, html) = page(app, &format!("/book/grid?date={day}"), &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Grille du jour</h1>"), "{html}");
        assert!(html.contains("Salle Loire, 10:00 : libre, réserver"));
        let (status, _, html) = page(
            app,
            &format!("/book?people=8&date={day}&from=14%3A00&to=16%3A00"),
            &[("accept-language", "en")],
        )
        .await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Book a space</h1>"), "{html}");
        assert!(html.contains("Salle Chézine"), "free rooms listed");
        assert!(!html.contains("Salle Cens"), "rooms too small left out");
        let (status, _, html) = page(app, "/book/grid?date=2027-02-30", &[]).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Indiquez une date"),
            "a bad date is explained"
        );
        let (status, _, html) = page(app, "/book/plan", &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Plan des étages</h1>"), "{html}");
        assert!(html.contains("<svg"), "the drawing");
        assert!(html.contains(r#"aria-label="Salle Loire : "#), "{html}");
        assert!(html.contains("En bref"), "the same facts in words");
        let (status, _, html) = page(app, "/book/plan?floor=99", &[]).await;
        assert_eq!(status, 200);
        assert!(!html.contains("<svg"), "no such floor");
        let room = app.salle_loire().await;
        let (status, _, html) = page(app, &format!("/spaces/{room}/week?date={day}"), &[]).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("<h1>Planning de l’espace</h1>")
                || html.contains("<h1>Planning de l'espace</h1>")
                || html.contains("<h1>Planning de l&#x27;espace</h1>"),
            "{html}"
        );
        assert!(html.contains("10:00 : libre, réserver"), "{html}");
        let (status, _, html) =
            page(app, &format!("/spaces/{room}/week?date={day}&days=1"), &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("Voir la semaine"), "{html}");
        // Pages of a signed-in person send visitors to sign in first.
        let (status, headers, _) = page(app, "/bookings", &[("accept", "text/html")]).await;
        assert_eq!(status, 302);
        assert!(
            headers["location"]
                .to_str()
                .expect("location")
                .starts_with("/signin?next=")
        );
    }
);

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
