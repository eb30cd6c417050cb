//! The sites' pages without JavaScript: an admin lists, creates and edits sites; a manager is
//! refused.
use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;
use crate::pages::page_as;

/// The form fields of a site, with `postcode` as given.
fn site_form(postcode: &str) -> Vec<(&'static str, String)> {
    [
        ("input[name]", "La Fabrique"),
        ("input[slug]", ""),
        ("input[address]", "5 rue de la Tannerie"),
        ("input[postcode]", postcode),
        ("input[city]", "Nantes"),
        ("input[description_fr]", "Un atelier partagé."),
        ("input[description_en]", ""),
        ("input[email]", ""),
        ("input[phone]", "02 40 00 00 00"),
        ("input[opening_hours]", ""),
        ("input[legal_name]", "Ecossimo SCIC"),
        ("input[siret]", ""),
        ("input[vat_number]", ""),
        (
            "input[vat_exemption]",
            "TVA non applicable, art. 293 B du CGI",
        ),
    ]
    .into_iter()
    .map(|(name, value)| (name, value.to_owned()))
    .collect()
}

fn fields<'a>(form: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    form.iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect()
}

http_test!(an_admin_creates_and_edits_a_site, async |app: &TestApp| {
    let session = app.sign_in("admin@solilab.localhost", DEMO_PASSWORD).await;
    let (status, _, html) = page_as(app, "/admin/sites", &session).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("<h1>Sites</h1>") && html.contains("Écorce"),
        "{html}"
    );
    assert!(html.contains(r#"href="/admin/sites/new""#), "{html}");

    let refused = app
        .post_from_page(
            "/admin/sites/new",
            "/api/fn/create_site",
            &fields(&site_form("44")),
            Some(&session),
        )
        .await;
    let back = app.location(&refused);
    let (_, _, html) = page_as(app, &back, &session).await;
    assert!(
        html.contains("#site-postcode"),
        "the error links to the field: {html}"
    );
    assert!(
        html.contains("Le code postal compte cinq chiffres."),
        "{html}"
    );

    let created = app
        .post_from_page(
            "/admin/sites/new",
            "/api/fn/create_site",
            &fields(&site_form("44000")),
            Some(&session),
        )
        .await;
    let page = app.location(&created);
    assert!(
        page.starts_with("/admin/sites/") && page.ends_with("?created=1"),
        "{page}"
    );
    let id = page
        .trim_start_matches("/admin/sites/")
        .trim_end_matches("?created=1")
        .to_owned();
    let (status, _, html) = page_as(app, &page, &session).await;
    assert_eq!(status, 200);
    assert!(html.contains("Le site est créé."), "{html}");
    assert!(html.contains(r#"value="la-fabrique""#), "{html}");

    let mut form = site_form("44400");
    form.push(("id", id.clone()));
    let saved = app
        .post_from_page(&page, "/api/fn/update_site", &fields(&form), Some(&session))
        .await;
    assert_eq!(app.location(&saved), format!("/admin/sites/{id}?saved=1"));
    let (_, _, html) = page_as(app, &format!("/admin/sites/{id}?saved=1"), &session).await;
    assert!(html.contains(r#"value="44400""#), "{html}");

    let (status, _, html) = page_as(app, "/admin/sites/99999", &session).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("notice-error"), "{html}");

    let manager = app
        .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
        .await;
    let (status, _, _) = page_as(app, "/admin/sites", &manager).await;
    assert_eq!(status, 403);
    let (_, _, html) = page_as(app, "/", &manager).await;
    assert!(
        !html.contains(r#"href="/admin/sites""#),
        "no link for managers: {html}"
    );
});
