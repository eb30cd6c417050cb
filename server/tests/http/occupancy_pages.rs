//! The occupancy dashboard and its CSV export, space requests (public form and managers' page)
//! and rent indices, over HTTP without JavaScript.
use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;
use crate::pages::{page, page_as};

async fn manager(app: &TestApp) -> String {
    app.sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
        .await
}

/// The first number written after `marker` in `html`.
fn number_after(html: &str, marker: &str) -> Option<i64> {
    let start = html.find(marker)? + marker.len();
    let digits: String = html[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

http_test!(
    the_dashboard_draws_its_charts_with_their_tables,
    async |app: &TestApp| {
        let session = manager(app).await;
        let (status, _, html) = page_as(app, "/admin/occupancy", &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Taux d"), "{html}");
        for chart in ["chart-kinds", "chart-floors", "chart-months"] {
            assert!(
                html.contains(&format!(
                    r#"role="img" aria-labelledby="{chart}-title {chart}-desc""#
                )),
                "{chart}: {html}"
            );
            assert!(
                html.contains(&format!(r#"<desc id="{chart}-desc">"#)),
                "{html}"
            );
        }
        assert!(
            html.contains("<caption>Surface louée par étage</caption>"),
            "{html}"
        );
        assert!(
            html.contains("<caption>Occupation par mois</caption>"),
            "{html}"
        );
        assert!(
            html.contains("Espaces libres aujourd"),
            "the vacancies' caption: {html}"
        );
        assert!(
            html.contains("Conventions en préavis"),
            "the ending leases: {html}"
        );
        assert!(html.contains(r#"href="/admin/indices""#), "{html}");
        assert!(html.contains(r#"href="/admin/requests""#), "{html}");
        assert!(html.contains(r#"type="month""#), "{html}");
        for table in ["kinds", "floors", "months", "vacancies", "ending"] {
            assert!(
                html.contains(&format!("/admin/occupancy/export.csv?table={table}&amp;")),
                "{table}: {html}"
            );
        }
        assert!(html.contains("Exporter en CSV"), "{html}");
        // Twelve months by default: twelve rows in the month table, each with both rates.
        assert_eq!(
            html.matches(r#"class="chart-leased"></rect>"#).count(),
            12,
            "{html}"
        );

        let (_, _, english) = page_as(app, "/admin/occupancy?lang=en", &session).await;
        assert!(
            english.contains("<caption>Occupancy by month</caption>"),
            "{english}"
        );

        let (status, _, refused) =
            page_as(app, "/admin/occupancy?from=2026-05&to=2026-01", &session).await;
        assert_eq!(status, 200);
        assert!(refused.contains("La période doit aller"), "{refused}");
        assert!(refused.contains(r##"href="#occupancy-to""##), "{refused}");

        let tenant = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        assert_eq!(app.get_as("/admin/occupancy", &tenant).await.status(), 403);
        let (status, headers, _) = page(app, "/admin/occupancy", &[("accept", "text/html")]).await;
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
    each_dashboard_table_downloads_as_csv,
    async |app: &TestApp| {
        let session = manager(app).await;
        let headers = [
            ("kinds", "Type,Mesure,Taux"),
            ("floors", "Étage,Taux"),
            ("months", "Mois,Surface louée,Heures réservées"),
            (
                "vacancies",
                "Espace,Type,Étage,Surface (m²),Libre à partir du,Jusqu'au",
            ),
            ("ending", "Structure,Espace,Fin,État"),
        ];
        for (table, header) in headers {
            let response = app
                .get_as(
                    &format!(
                        "/admin/occupancy/export.csv?table={table}&site=&from=2026-01&to=2026-12"
                    ),
                    &session,
                )
                .await;
            assert_eq!(response.status(), 200, "{table}");
            assert_eq!(
                response.headers()["content-type"],
                "text/csv; charset=utf-8"
            );
            assert_eq!(
                response.headers()["content-disposition"]
                    .to_str()
                    .expect("ascii"),
                format!(r#"attachment; filename="occupation-{table}-2026-01-2026-12.csv""#)
            );
            let body = response.text().await.expect("body");
            let mut lines = body.lines();
            assert_eq!(lines.next(), Some(header), "{body}");
            if table == "months" {
                let rows: Vec<&str> = lines.collect();
                assert_eq!(rows.len(), 12, "{body}");
                assert!(rows[0].starts_with("2026-01,"), "{body}");
                let rate = rows[0].split(',').nth(1).expect("a rate");
                assert!(
                    rate.len() == 6 && rate.parse::<f64>().is_ok_and(|r| (0.0..=1.0).contains(&r)),
                    "a decimal with a dot: {rate}"
                );
            }
        }
        let english = app
            .get_as("/admin/occupancy/export.csv?table=kinds&lang=en", &session)
            .await;
        let body = english.text().await.expect("body");
        assert!(body.starts_with("Kind,Measure,Rate\n"), "{body}");
        assert!(body.contains("Office,leased surface,"), "{body}");

        let unknown = app
            .get_as("/admin/occupancy/export.csv?table=structures", &session)
            .await;
        assert_eq!(unknown.status(), 422);
        assert_eq!(
            unknown.headers()["content-type"],
            "application/problem+json"
        );
        let problem: serde_json::Value = unknown.json().await.expect("json");
        assert_eq!(problem["errors"][0]["field"], "table");

        let tenant = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        let refused = app
            .get_as("/admin/occupancy/export.csv?table=kinds", &tenant)
            .await;
        assert_eq!(refused.status(), 403);
        assert_eq!(
            app.get("/admin/occupancy/export.csv?table=kinds")
                .await
                .status(),
            401
        );
    }
);

http_test!(
    a_public_space_request_reaches_the_managers_with_a_match,
    async |app: &TestApp| {
        use app::core::entities::mail_outbox;
        use sea_orm::EntityTrait;
        let (status, _, html) = page(app, "/requests/new", &[("accept", "text/html")]).await;
        assert_eq!(status, 200);
        assert!(
            html.contains(r#"name="request_form[organisation]""#),
            "{html}"
        );
        assert!(
            html.contains(r#"<option value="coworking_desk">"#),
            "{html}"
        );
        assert!(!html.contains(r#"<option value="meeting_room">"#), "{html}");
        assert!(
            html.contains(r#"<option value="reuse_resources">"#),
            "{html}"
        );

        let today = app::domain::time::paris_day(chrono::Utc::now()).to_string();
        let sent = app
            .post_form(
                "/api/fn/send_space_request",
                &[
                    ("request_form[organisation]", "Atelier Vélo Solidaire"),
                    ("request_form[contact_name]", "Marie Lenoir"),
                    ("request_form[email]", "marie@velo-solidaire.example.org"),
                    ("request_form[phone]", ""),
                    ("request_form[kind]", "office"),
                    ("request_form[surface_min]", "5"),
                    ("request_form[surface_max]", "60"),
                    ("request_form[budget]", ""),
                    ("request_form[wanted_from]", today.as_str()),
                    ("request_form[sector]", "reuse_resources"),
                    (
                        "request_form[message]",
                        "Un atelier de réparation de vélos.",
                    ),
                ],
                None,
            )
            .await;
        assert!(sent.status().is_redirection(), "{}", sent.status());
        assert_eq!(app.location(&sent), "/requests/new?sent=1");
        let (_, _, thanks) = page(app, "/requests/new?sent=1", &[("accept", "text/html")]).await;
        assert!(
            thanks.contains("Un e-mail de confirmation vient de vous être envoyé"),
            "{thanks}"
        );
        let mails = mail_outbox::Entity::find()
            .all(app.test_db.db.read())
            .await
            .expect("outbox");
        assert!(
            mails
                .iter()
                .any(|m| m.recipient == "marie@velo-solidaire.example.org"),
            "the requester is told"
        );

        let session = manager(app).await;
        let (status, _, html) = page_as(app, "/admin/requests", &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Demandes de locaux</h1>"), "{html}");
        let caption = "Espaces qui correspondent à la demande de Atelier Vélo Solidaire";
        let at = html.find(caption).expect("the new request has matches");
        let card = &html[at..];
        assert!(card.contains("correspondance "), "{card}");
        assert!(card.contains("Proposer cet espace"), "{card}");
        let start = html[..at]
            .rfind(r#"id="request-"#)
            .expect("the request's card");
        let id = number_after(&html[start..], r#"id="request-"#).expect("its id");
        let space = number_after(card, r#"name="space_id" value=""#).expect("a space to offer");

        let offered = app
            .post_from_page(
                "/admin/requests",
                "/api/fn/offer_space",
                &[("id", &id.to_string()), ("space_id", &space.to_string())],
                Some(&session),
            )
            .await;
        assert_eq!(
            app.location(&offered),
            format!("/admin/requests?offered={id}")
        );
        let (_, _, html) = page_as(app, &app.location(&offered), &session).await;
        assert!(
            html.contains("La proposition est partie par e-mail."),
            "{html}"
        );

        // Refusing asks for a reason first, and an empty one is named.
        let confirm = format!("/admin/requests?refuse={id}");
        let (_, _, html) = page_as(app, &confirm, &session).await;
        assert!(html.contains("Motif du refus"), "{html}");
        let empty = app
            .post_from_page(
                &confirm,
                "/api/fn/close_space_request",
                &[
                    ("id", &id.to_string()),
                    ("outcome", "refused"),
                    ("reason", " "),
                ],
                Some(&session),
            )
            .await;
        let (_, _, html) = page_as(app, &app.location(&empty), &session).await;
        assert!(html.contains("Indiquez un motif"), "{html}");
        let refused = app
            .post_from_page(
                &confirm,
                "/api/fn/close_space_request",
                &[
                    ("id", &id.to_string()),
                    ("outcome", "refused"),
                    ("reason", "Aucun atelier au rez-de-chaussée."),
                ],
                Some(&session),
            )
            .await;
        assert_eq!(
            app.location(&refused),
            format!("/admin/requests?closed={id}")
        );
        let (_, _, html) = page_as(app, "/admin/requests", &session).await;
        assert!(html.contains("Aucun atelier au rez-de-chaussée."), "{html}");
    }
);

http_test!(
    the_indices_page_shows_values_and_applies_a_revision,
    async |app: &TestApp| {
        let session = manager(app).await;
        let (status, _, html) = page_as(app, "/admin/indices", &session).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("<h1>Indices et révisions de loyer</h1>"),
            "{html}"
        );
        assert!(html.contains("T4 2023"), "{html}");
        assert!(html.contains("133,69"), "{html}");
        assert!(
            html.contains(r#"action="/api/fn/apply_revision""#),
            "a revision due: {html}"
        );
        assert!(html.contains(" × "), "the formula: {html}");
        let lease = number_after(&html, r#"name="lease_id" value=""#).expect("a lease");
        let applied = app
            .post_from_page(
                "/admin/indices",
                "/api/fn/apply_revision",
                &[("lease_id", &lease.to_string())],
                Some(&session),
            )
            .await;
        assert_eq!(
            app.location(&applied),
            format!("/admin/indices?revised={lease}")
        );
        let (_, _, html) = page_as(app, "/admin/indices?revised=1", &session).await;
        assert!(html.contains("Le loyer est révisé."), "{html}");

        let added = app
            .post_from_page(
                "/admin/indices",
                "/api/fn/add_index_value",
                &[
                    ("value[rent_index]", "ilat"),
                    ("value[quarter]", "2031-T3"),
                    ("value[value]", "150,12"),
                ],
                Some(&session),
            )
            .await;
        assert_eq!(app.location(&added), "/admin/indices?added=1");
        let (_, _, html) = page_as(app, "/admin/indices?added=1", &session).await;
        assert!(
            html.contains("T3 2031") && html.contains("150,12"),
            "{html}"
        );
        let wrong = app
            .post_from_page(
                "/admin/indices",
                "/api/fn/add_index_value",
                &[
                    ("value[rent_index]", "ilat"),
                    ("value[quarter]", "2031-T7"),
                    ("value[value]", "150,12"),
                ],
                Some(&session),
            )
            .await;
        let (_, _, html) = page_as(app, &app.location(&wrong), &session).await;
        assert!(html.contains(r##"href="#indices-quarter""##), "{html}");

        let tenant = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        assert_eq!(app.get_as("/admin/indices", &tenant).await.status(), 403);
        assert_eq!(app.get_as("/admin/requests", &tenant).await.status(), 403);
    }
);
