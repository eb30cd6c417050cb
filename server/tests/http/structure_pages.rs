//! The structures' pages without JavaScript: the directory, creating a structure, drafting,
//! signing and ending a lease, a member's own structure and the public list.
use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;
use crate::pages::page_as;

http_test!(
    a_manager_creates_a_structure_and_runs_its_lease,
    async |app: &TestApp| {
        let session = app
            .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
            .await;
        let (status, _, html) = page_as(app, "/admin/structures?sector=digital", &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("<h1>Structures</h1>"), "{html}");
        assert!(html.contains("Numérique"), "{html}");
        assert!(
            !html.contains("Réemploi et ressources</td>"),
            "filtered by sector: {html}"
        );

        let refused = app
            .post_from_page(
                "/admin/structures/new",
                "/api/fn/create_structure",
                &[
                    ("input[name]", "Les Jardins"),
                    ("input[legal_form]", "association"),
                    ("input[sector]", "food_short_supply"),
                    ("input[siret]", "123"),
                ],
                Some(&session),
            )
            .await;
        let back = app.location(&refused);
        let (_, _, html) = page_as(app, &back, &session).await;
        assert!(
            html.contains("structure-siret"),
            "the error links to the field: {html}"
        );

        let created = app
            .post_from_page(
                "/admin/structures/new",
                "/api/fn/create_structure",
                &[
                    ("input[name]", "Les Jardins"),
                    ("input[legal_form]", "association"),
                    ("input[sector]", "food_short_supply"),
                    ("input[siret]", ""),
                ],
                Some(&session),
            )
            .await;
        let page = app.location(&created);
        assert!(page.starts_with("/admin/structures/"), "{page}");
        let id: i64 = page
            .trim_start_matches("/admin/structures/")
            .split('?')
            .next()
            .and_then(|id| id.parse().ok())
            .expect("an id");
        let (status, _, html) = page_as(app, &page, &session).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Les Jardins") && html.contains("Parcours"),
            "{html}"
        );
        assert!(html.contains("Aucune convention."), "{html}");

        let office = app::core::testing::fresh_office(&app.test_db.db, "P-01", 19.5).await;
        let (status, _, html) =
            page_as(app, &format!("/admin/leases/new?structure={id}"), &session).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Bureau P-01"),
            "the free office is offered: {html}"
        );
        let office_id = office.id.to_string();
        let structure_id = id.to_string();
        let drafted = app
            .post_from_page(
                &format!("/admin/leases/new?structure={id}"),
                "/api/fn/create_lease",
                &[
                    ("lease[structure_id]", structure_id.as_str()),
                    ("lease[space_id]", office_id.as_str()),
                    ("lease[starts_on]", "2031-01-01"),
                    ("lease[rent]", "282,75"),
                    ("lease[charges]", "40"),
                    ("lease[vat_rate]", "20"),
                    ("lease[rent_index]", "ilat"),
                    ("lease[reference_quarter]", "2030-T3"),
                ],
                Some(&session),
            )
            .await;
        let back = app.location(&drafted);
        assert!(back.contains("lease_created="), "{back}");
        let lease = back
            .split("lease_created=")
            .nth(1)
            .expect("lease id")
            .to_owned();
        let (_, _, html) = page_as(app, &back, &session).await;
        assert!(
            html.contains("Brouillon") && html.contains("282,75"),
            "{html}"
        );
        for step in ["sign", "move_in"] {
            let done = app
                .post_from_page(
                    &page,
                    "/api/fn/lease_step",
                    &[("id", lease.as_str()), ("step", step)],
                    Some(&session),
                )
                .await;
            assert!(app.location(&done).contains("lease_saved="), "{step}");
        }
        let (_, _, html) = page_as(
            app,
            &format!("/admin/structures/{id}?move_out={lease}"),
            &session,
        )
        .await;
        assert!(
            html.contains("Enregistrer le départ"),
            "a confirmation first: {html}"
        );
        let out = app
            .post_from_page(
                &page,
                "/api/fn/lease_step",
                &[
                    ("id", lease.as_str()),
                    ("step", "move_out"),
                    ("on", "2031-12-31"),
                ],
                Some(&session),
            )
            .await;
        let (_, _, html) = page_as(app, &app.location(&out), &session).await;
        assert!(html.contains("Terminée"), "{html}");
        assert!(html.contains("Ancienne"), "the structure left: {html}");
        assert!(
            html.contains("Départ"),
            "the pathway ends with the move-out: {html}"
        );
    }
);

http_test!(
    members_edit_their_own_structure_and_visitors_see_the_list,
    async |app: &TestApp| {
        let session = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        let (status, _, _) = page_as(app, "/admin/structures", &session).await;
        assert_eq!(status, 403);
        let (status, _, html) = page_as(app, "/structure", &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("Présentation et contacts"), "{html}");
        assert!(
            html.contains("Conventions d"),
            "the lease of the demo: {html}"
        );
        let token = app.token_for("tenant@solilab.localhost").await;
        let me = app.get_json("/api/v1/me", &token).await;
        let own = me["acting"].as_i64().expect("a structure").to_string();
        let saved = app
            .post_from_page(
                "/structure",
                "/api/fn/update_structure_facts",
                &[
                    ("id", own.as_str()),
                    ("facts[activity]", "Ateliers de réparation de vélos"),
                    ("facts[website]", "https://velos.example.org"),
                    ("facts[email]", ""),
                    ("facts[phone]", ""),
                    ("facts[public_listing]", "true"),
                ],
                Some(&session),
            )
            .await;
        assert_eq!(app.location(&saved), "/structure?saved=1");
        let (status, _, html) = app
            .get("/structures")
            .await
            .text()
            .await
            .map(|t| (200, (), t))
            .expect("page");
        assert_eq!(status, 200);
        assert!(html.contains("Ateliers de réparation de vélos"), "{html}");
        // Another structure's facts are not theirs to change.
        let other = if own == "1" { "5" } else { "1" };
        let refused = app
            .client
            .post(app.url("/api/fn/update_structure_facts"))
            .header("origin", &app.base)
            .header("cookie", format!("solilab_session={session}"))
            .form(&[
                ("id", other),
                ("facts[activity]", "x"),
                ("facts[website]", ""),
                ("facts[email]", ""),
                ("facts[phone]", ""),
            ])
            .send()
            .await
            .expect("sent");
        assert_eq!(
            refused.status(),
            404,
            "{:?}",
            refused.headers().get("location")
        );
    }
);
