//! The events' pages without JavaScript: a manager creates an event, its edition, a stall
//! type and a row of stalls, removes one stall after a confirmation; bad input is named.
use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;
use crate::pages::page_as;

const EVENT: [(&str, &str); 10] = [
    ("input[site]", "solilab"),
    ("input[name]", "La Fête des Voisins"),
    ("input[slug]", ""),
    ("input[place]", "Cour"),
    ("input[summary_fr]", "Une fête."),
    ("input[summary_en]", ""),
    ("input[description_fr]", ""),
    ("input[description_en]", ""),
    ("input[access_fr]", ""),
    ("input[access_en]", ""),
];

http_test!(
    a_manager_makes_an_event_from_its_pages,
    async |app: &TestApp| {
        let session = app
            .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
            .await;
        let (status, _, html) = page_as(app, "/admin/events/new", &session).await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"id="event-site""#), "{html}");
        let created = app
            .post_from_page(
                "/admin/events/new",
                "/api/fn/create_event",
                &EVENT,
                Some(&session),
            )
            .await;
        let page = app.location(&created);
        assert_eq!(page, "/admin/events/la-fete-des-voisins?created=1");
        let (status, _, html) = page_as(app, &page, &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("Aucune édition pour l'instant."), "{html}");

        let edition = |starts_on: &'static str| {
            vec![
                ("slug", "la-fete-des-voisins"),
                ("input[starts_on]", starts_on),
                ("input[ends_on]", ""),
                ("input[opens]", "14:00"),
                ("input[closes]", "22:00"),
                ("input[call_opens_on]", "2027-03-01"),
                ("input[call_closes_on]", "2027-04-30"),
            ]
        };
        let refused = app
            .post_from_page(
                &page,
                "/api/fn/create_edition",
                &edition("2027-04-01"),
                Some(&session),
            )
            .await;
        let back = app.location(&refused);
        let (_, _, html) = page_as(app, &back, &session).await;
        assert!(html.contains("#edition-call_closes_on"), "{html}");
        let created = app
            .post_from_page(
                &page,
                "/api/fn/create_edition",
                &edition("2027-05-29"),
                Some(&session),
            )
            .await;
        let edition_page = app.location(&created);
        assert!(
            edition_page.starts_with("/admin/editions/") && edition_page.ends_with("?created=1"),
            "{edition_page}"
        );
        let id = edition_page
            .trim_start_matches("/admin/editions/")
            .trim_end_matches("?created=1")
            .to_owned();
        let (_, _, html) = page_as(app, &edition_page, &session).await;
        assert!(html.contains("La Fête des Voisins 2027"), "{html}");
        assert!(
            html.contains("Ajoutez d'abord un type d'emplacement."),
            "{html}"
        );

        let stall_type = [
            ("id", id.as_str()),
            ("form[name]", "Table 2 m"),
            ("form[width_cm]", "200"),
            ("form[depth_cm]", "100"),
            ("form[price]", "15,50"),
        ];
        let added = app
            .post_from_page(
                &edition_page,
                "/api/fn/add_stall_type",
                &stall_type,
                Some(&session),
            )
            .await;
        assert_eq!(
            app.location(&added),
            format!("/admin/editions/{id}?type_added=1#stall-types")
        );
        let detail = app
            .get(&format!("/api/v1/editions/{id}"))
            .await
            .json::<serde_json::Value>()
            .await
            .expect("json");
        assert_eq!(detail["stall_types"][0]["price_cents"], 1550);
        let type_id = detail["stall_types"][0]["id"].to_string();
        let stalls = [
            ("id", id.as_str()),
            ("input[stall_type_id]", type_id.as_str()),
            ("input[count]", "20"),
            ("input[per_row]", "10"),
        ];
        let added = app
            .post_from_page(&edition_page, "/api/fn/add_stalls", &stalls, Some(&session))
            .await;
        assert_eq!(
            app.location(&added),
            format!("/admin/editions/{id}?stalls_added=1#stalls")
        );
        let too_many = [
            ("id", id.as_str()),
            ("input[stall_type_id]", type_id.as_str()),
            ("input[count]", "0"),
            ("input[per_row]", "10"),
        ];
        let refused = app
            .post_from_page(
                &edition_page,
                "/api/fn/add_stalls",
                &too_many,
                Some(&session),
            )
            .await;
        let (_, _, html) = page_as(app, &app.location(&refused), &session).await;
        assert!(
            html.contains("Ajoutez de 1 à 300 emplacements à la fois."),
            "{html}"
        );

        let detail = app
            .get(&format!("/api/v1/editions/{id}"))
            .await
            .json::<serde_json::Value>()
            .await
            .expect("json");
        assert_eq!(detail["stalls"].as_array().map(Vec::len), Some(20));
        let first = detail["stalls"][0]["id"].to_string();
        let (_, _, html) = page_as(
            app,
            &format!("/admin/editions/{id}?remove_stall={first}"),
            &session,
        )
        .await;
        assert!(html.contains("Retirer cet emplacement du plan ?"), "{html}");
        let removed = app
            .post_from_page(
                &edition_page,
                "/api/fn/remove_stall",
                &[("edition", id.as_str()), ("id", first.as_str())],
                Some(&session),
            )
            .await;
        assert_eq!(
            app.location(&removed),
            format!("/admin/editions/{id}?stall_removed=1#stalls")
        );
        // Renumbered from the page, moved by the plan editor's server function.
        let second = detail["stalls"][1]["id"].to_string();
        let renumbered = app
            .post_from_page(
                &edition_page,
                "/api/fn/renumber_stall",
                &[
                    ("edition", id.as_str()),
                    ("id", second.as_str()),
                    ("number", "101"),
                ],
                Some(&session),
            )
            .await;
        assert_eq!(
            app.location(&renumbered),
            format!("/admin/editions/{id}?stall_renumbered=1#stalls")
        );
        let clash = app
            .post_from_page(
                &edition_page,
                "/api/fn/renumber_stall",
                &[
                    ("edition", id.as_str()),
                    ("id", second.as_str()),
                    ("number", "3"),
                ],
                Some(&session),
            )
            .await;
        let (_, _, html) = page_as(app, &app.location(&clash), &session).await;
        assert!(html.contains("porte déjà ce numéro"), "{html}");
        let moved = app
            .post_from_page(
                &edition_page,
                "/api/fn/move_stall",
                &[
                    ("id", second.as_str()),
                    ("x", "400"),
                    ("y", "300"),
                    ("w", "60"),
                    ("h", "44"),
                ],
                Some(&session),
            )
            .await;
        assert!(
            moved.status().is_success() || moved.status().is_redirection(),
            "{}",
            moved.status()
        );
        let detail = app
            .get(&format!("/api/v1/editions/{id}"))
            .await
            .json::<serde_json::Value>()
            .await
            .expect("json");
        let stall = detail["stalls"]
            .as_array()
            .expect("stalls")
            .iter()
            .find(|s| s["number"] == 101)
            .expect("the renumbered stall");
        assert_eq!(
            (stall["x"].clone(), stall["y"].clone()),
            (serde_json::json!(400), serde_json::json!(300))
        );
        let (_, _, html) = page_as(app, &edition_page, &session).await;
        assert!(
            html.contains("PlanEditor"),
            "the stalls' plan editor: {html}"
        );

        let (_, _, html) = page_as(app, "/admin/events/la-fete-des-voisins", &session).await;
        assert!(html.contains(r#"<td>19</td>"#), "{html}");
    }
);
