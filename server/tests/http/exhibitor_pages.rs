//! The exhibitors' pages without JavaScript: a visitor applies to the Braderie whose call is
//! open and follows the application by its link; a manager decides in bulk and gives stalls on
//! the plan, where a stall goes to one exhibitor only.
use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;
use crate::pages::{page, page_as};

const ORGANISATION: &str = "Le Jardin Partagé Test";

/// The `value="…"` of the first field after `marker`.
fn value_after(html: &str, marker: &str) -> String {
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {html}"));
    let rest = &html[start..];
    let value = rest.find("value=\"").expect("a value") + 7;
    rest[value..].split('"').next().expect("quoted").to_owned()
}

/// The application ids ticked in the managers' list (`id="pick-N"`), in page order.
fn picks(html: &str) -> Vec<String> {
    html.split("id=\"pick-")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// The id of the application of `organisation` in the managers' list.
fn pick_of(html: &str, organisation: &str) -> String {
    let label = html
        .find(&format!(">Choisir {organisation}</label>"))
        .unwrap_or_else(|| panic!("{organisation} in {html}"));
    picks(&html[..label]).pop().expect("its checkbox")
}

/// The application form's fields, as a browser sends them.
fn form<'a>(
    first: (&'a str, &'a str),
    stall_type: &'a str,
    products: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        first,
        ("application[organisation]", ORGANISATION),
        ("application[siret]", ""),
        ("application[legal_form]", "association"),
        ("application[sector]", "food_short_supply"),
        ("application[contact_name]", "Inès Martin"),
        ("application[email]", "ines@jardin.example.org"),
        ("application[phone]", ""),
        ("application[products]", products),
        ("application[stall_type_id]", stall_type),
        ("application[needs]", "Un point d'eau"),
    ]
}

http_test!(
    a_visitor_applies_and_a_manager_accepts_and_places_the_exhibitor,
    async |app: &TestApp| {
        let (status, _, html) = page(app, "/events/braderie", &[]).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("/events/braderie/apply"),
            "the call is open: {html}"
        );

        let (status, _, html) = page(app, "/events/braderie/apply", &[]).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Exposer à La Braderie des Ecossolies"),
            "{html}"
        );
        assert!(
            html.contains("avec électricité") && html.contains("80,00"),
            "{html}"
        );
        let edition = value_after(&html, "name=\"edition_id\"");
        let stall_type = value_after(&html, "name=\"application[stall_type_id]\"");

        // A slip comes back to the form, linked to its field.
        let mut bad = form(("edition_id", &edition), &stall_type, "Plants et graines");
        bad[2] = ("application[siret]", "123");
        let refused = app
            .post_from_page(
                "/events/braderie/apply",
                "/api/fn/apply_to_edition",
                &bad,
                None,
            )
            .await;
        let (_, _, html) = page(app, &app.location(&refused), &[]).await;
        assert!(html.contains("href=\"#application-siret\""), "{html}");

        let fields = form(("edition_id", &edition), &stall_type, "Plants et graines");
        let sent = app
            .post_from_page(
                "/events/braderie/apply",
                "/api/fn/apply_to_edition",
                &fields,
                None,
            )
            .await;
        let follow = app.location(&sent);
        assert!(
            follow.starts_with("/applications/ex_") && follow.ends_with("?sent=1"),
            "{follow}"
        );
        let (status, _, html) = page(app, &follow, &[]).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Candidature reçue") && html.contains("Candidature envoyée"),
            "{html}"
        );
        assert!(html.contains("60,00"), "the fee of the stall type: {html}");
        assert!(html.contains("Modifier ma candidature"), "{html}");

        let secret = follow
            .trim_start_matches("/applications/")
            .trim_end_matches("?sent=1")
            .to_owned();
        let fields = form(
            ("secret", &secret),
            &stall_type,
            "Plants, graines et boutures",
        );
        let saved = app
            .post_from_page(&follow, "/api/fn/edit_application", &fields, None)
            .await;
        let page_path = format!("/applications/{secret}");
        assert_eq!(app.location(&saved), format!("{page_path}?saved=1"));
        let (_, _, html) = page(app, &format!("{page_path}?saved=1"), &[]).await;
        assert!(html.contains("Plants, graines et boutures"), "{html}");
        assert!(
            html.contains("Vos modifications sont enregistrées."),
            "{html}"
        );

        // The manager ticks it with another received one and accepts both.
        let manager = app
            .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
            .await;
        let list = format!("/admin/editions/{edition}/applications");
        let (status, _, html) = page_as(app, &format!("{list}?status=received"), &manager).await;
        assert_eq!(status, 200);
        let ours = pick_of(&html, ORGANISATION);
        let other = picks(&html)
            .into_iter()
            .find(|id| *id != ours)
            .expect("another received application");
        let confirm = format!(
            "{list}?edition_id={edition}&ids%5B%5D={ours}&ids%5B%5D={other}&reason=&confirm=refused"
        );
        let (_, _, html) = page_as(app, &confirm, &manager).await;
        assert!(
            html.contains("Refuser 2 candidatures ?") && html.contains(ORGANISATION),
            "refusing goes through a confirmation: {html}"
        );
        let decided = app
            .post_from_page(
                &list,
                "/api/fn/decide_applications",
                &[
                    ("edition_id", edition.as_str()),
                    ("ids[]", ours.as_str()),
                    ("ids[]", other.as_str()),
                    ("reason", ""),
                    ("decision", "accepted"),
                ],
                Some(&manager),
            )
            .await;
        let back = app.location(&decided);
        assert_eq!(back, format!("{list}?decided=2"));
        let (_, _, html) = page_as(app, &back, &manager).await;
        assert!(html.contains("2 candidatures mises à jour"), "{html}");
        let (_, _, html) = page(app, &page_path, &[]).await;
        assert!(
            html.contains("Acceptée") && !html.contains("Modifier ma candidature"),
            "{html}"
        );

        // The plan: the first stall goes to our exhibitor, and only to them.
        let plan = format!("/admin/editions/{edition}/plan");
        let (status, _, html) = page_as(app, &plan, &manager).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("role=\"img\"") && html.contains("viewBox=\"0 0 1000 600\""),
            "{html}"
        );
        let marker = format!("href=\"{plan}?stall=");
        let stall = html
            .split(&marker)
            .nth(1)
            .and_then(|s| s.split('#').next())
            .expect("a stall link")
            .to_owned();
        let chosen = format!("{plan}?stall={stall}");
        let (_, _, html) = page_as(app, &chosen, &manager).await;
        assert!(
            html.contains(&format!("<option value=\"{ours}\">")),
            "{html}"
        );
        let assign = |who: String| {
            let (edition, stall, chosen, manager) = (
                edition.clone(),
                stall.clone(),
                chosen.clone(),
                manager.clone(),
            );
            async move {
                app.post_from_page(
                    &chosen,
                    "/api/fn/assign_edition_stall",
                    &[
                        ("edition_id", edition.as_str()),
                        ("application_id", who.as_str()),
                        ("stall_id", stall.as_str()),
                    ],
                    Some(&manager),
                )
                .await
            }
        };
        let given = assign(ours.clone()).await;
        assert_eq!(app.location(&given), format!("{chosen}&assigned=1"));
        let twice = assign(other.clone()).await;
        let (_, _, html) = page_as(app, &app.location(&twice), &manager).await;
        assert!(
            html.contains("Ce stand est déjà attribué à un autre exposant."),
            "one exhibitor per stall: {html}"
        );
        let (_, _, html) = page_as(app, &plan, &manager).await;
        let drawn = html
            .split(&format!("href=\"{plan}?stall={stall}#assign\">"))
            .nth(1)
            .and_then(|s| s.split("</a>").next())
            .expect("the stall on the plan")
            .to_owned();
        assert!(
            drawn.contains("stall-taken") && drawn.contains(ORGANISATION),
            "{drawn}"
        );
        let (_, _, html) = page(app, &page_path, &[]).await;
        assert!(
            html.contains("n° 1"),
            "the applicant sees the stall: {html}"
        );

        // Taken back, the stall is free for the other exhibitor.
        let released = app
            .post_from_page(
                &chosen,
                "/api/fn/assign_edition_stall",
                &[
                    ("edition_id", edition.as_str()),
                    ("application_id", ours.as_str()),
                ],
                Some(&manager),
            )
            .await;
        assert_eq!(app.location(&released), format!("{plan}?released=1"));
        let given = assign(other.clone()).await;
        assert_eq!(app.location(&given), format!("{chosen}&assigned=1"));
    }
);

http_test!(
    the_managers_pages_are_closed_to_tenants_and_unknown_links_are_missing,
    async |app: &TestApp| {
        let (_, _, html) = page(app, "/events/braderie/apply", &[]).await;
        let edition = value_after(&html, "name=\"edition_id\"");
        let tenant = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        for path in ["applications", "plan"] {
            let (status, _, _) =
                page_as(app, &format!("/admin/editions/{edition}/{path}"), &tenant).await;
            assert_eq!(status, 403, "{path}");
        }
        // Posted by hand, without a page to go back to: the refusal keeps its status.
        let refused = app
            .client
            .post(app.url("/api/fn/decide_applications"))
            .header("origin", &app.base)
            .header("cookie", format!("solilab_session={tenant}"))
            .form(&[
                ("edition_id", edition.as_str()),
                ("ids[]", "1"),
                ("decision", "accepted"),
            ])
            .send()
            .await
            .expect("sent");
        assert_eq!(refused.status(), 403);

        let (status, _, html) = page(app, "/applications/ex_nothing_here", &[]).await;
        assert_eq!(status, 404);
        assert!(html.contains("Page introuvable"), "{html}");
        let (status, _, _) = page(app, "/events/atlantis/apply", &[]).await;
        assert_eq!(status, 404);

        // La Folie des Plantes calls for exhibitors later: its next call is announced.
        let (status, _, html) = page(app, "/events/folie-des-plantes/apply", &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("n'est pas ouvert en ce moment"), "{html}");
        assert!(!html.contains("name=\"edition_id\""), "{html}");
    }
);

http_test!(
    an_exhibitor_declares_sales_after_the_day,
    async |app: &TestApp| {
        let braderie = app.braderie().await;
        // The demo's first exhibitor of 2024, accepted, follows its application by this link.
        let path = format!("/applications/demo-{braderie}-2024-0");
        let (status, _, html) = page(app, &path, &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("Déclarer vos ventes"), "{html}");
        let slip = app
            .post_from_page(
                &path,
                "/api/fn/declare_application_sales",
                &[
                    ("secret", &path["/applications/".len()..]),
                    ("sales", "beaucoup"),
                ],
                None,
            )
            .await;
        let (_, _, html) = page(app, &app.location(&slip), &[]).await;
        assert!(
            html.contains("Indiquez un montant de ventes en euros."),
            "{html}"
        );
        let declared = app
            .post_from_page(
                &path,
                "/api/fn/declare_application_sales",
                &[
                    ("secret", &path["/applications/".len()..]),
                    ("sales", "1 250,50"),
                ],
                None,
            )
            .await;
        assert_eq!(app.location(&declared), format!("{path}?declared=1"));
        let (_, _, html) = page(app, &format!("{path}?declared=1"), &[]).await;
        assert!(
            html.contains("250,50") && html.contains("vos ventes sont enregistrées"),
            "{html}"
        );
    }
);
