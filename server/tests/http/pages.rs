use crate::helpers::TestApp;
use crate::http_test;

pub async fn page(
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
pub async fn page_as(
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
        // The plan at a chosen moment says which; a bad moment is explained, the form kept.
        let (status, _, html) = page(app, "/book/plan?date=2027-03-01&time=23:30", &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("à 23:30"), "{html}");
        assert!(
            html.contains(r#"aria-label="Salle Loire : Fermé""#),
            "{html}"
        );
        assert!(html.contains("Revenir au plan de maintenant"), "{html}");
        let (status, _, html) = page(app, "/book/plan?date=demain&time=25h", &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("Indiquez une date"), "{html}");
        assert!(html.contains("Indiquez une heure"), "{html}");
        assert!(html.contains(r#"value="demain""#), "{html}");
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
