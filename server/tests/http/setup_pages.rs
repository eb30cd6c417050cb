//! The first run without JavaScript: the logged link opens the setup page, which creates the
//! first admin and site and signs in; the link then works no more.
use crate::helpers::{TestApp, session_cookie};
use crate::http_test;
use crate::pages::{page, page_as};

fn form<'a>(token: &'a str, postcode: &'a str, confirm: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("token", token),
        ("account[admin_email]", "direction@ecossimo.example"),
        ("account[admin_name]", "Direction"),
        ("account[password]", "une longue phrase de passe"),
        ("account[confirm]", confirm),
        ("input[name]", "Solilab"),
        ("input[slug]", ""),
        ("input[address]", "8 rue Saint-Domingue"),
        ("input[postcode]", postcode),
        ("input[city]", "Nantes"),
        ("input[description_fr]", ""),
        ("input[description_en]", ""),
        ("input[email]", ""),
        ("input[phone]", ""),
        ("input[opening_hours]", ""),
        ("input[legal_name]", ""),
        ("input[siret]", ""),
        ("input[vat_number]", ""),
        ("input[vat_exemption]", ""),
    ]
}

http_test!(
    empty the_setup_link_creates_the_first_admin_and_site,
    async |app: &TestApp| {
        let html_only = [("accept", "text/html")];
        let (status, _, _) = page(app, "/setup", &html_only).await;
        assert_eq!(status, 404);
        let link = app::core::setup::open_link(&app.test_db.db, &app.base, chrono::Utc::now())
            .await
            .expect("link")
            .expect("a link on an empty database");
        let path = link.trim_start_matches(&app.base).to_owned();
        let token = path.trim_start_matches("/setup?token=").to_owned();
        let (status, _, html) = page(app, &path, &html_only).await;
        assert_eq!(status, 200);
        assert!(html.contains("Installer Solilab") && html.contains(r#"name="account[password]""#), "{html}");
        assert!(!html.contains("setup-banner"), "{html}");
        let (_, _, home) = page(app, "/", &html_only).await;
        assert!(home.contains("setup-banner"), "{home}");

        let refused = app
            .post_from_page(&path, "/api/fn/complete_setup", &form(&token, "44", "autre chose"), None)
            .await;
        let back = app.location(&refused);
        let (_, _, html) = page(app, &back, &html_only).await;
        assert!(html.contains("#site-confirm") && html.contains("#site-postcode"), "{html}");

        let good = form(&token, "44200", "une longue phrase de passe");
        let done = app
            .post_from_page(&path, "/api/fn/complete_setup", &good, None)
            .await;
        let next = app.location(&done);
        assert!(next.starts_with("/admin/sites/") && next.ends_with("?created=1"), "{next}");
        let session = session_cookie(&done).expect("signed in");
        let (status, _, html) = page_as(app, &next, &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("Le site est créé.") && html.contains(r#"value="solilab""#), "{html}");
        assert!(!html.contains("setup-banner"), "{html}");

        let (status, _, _) = page(app, &path, &html_only).await;
        assert_eq!(status, 404, "the link works once");
        let twice = app
            .post_from_page(&path, "/api/fn/complete_setup", &good, None)
            .await;
        assert!(session_cookie(&twice).is_none());
    }
);
