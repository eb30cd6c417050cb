//! Signing in and out through the pages' forms: cookies, rotation, CSRF, rate limits.
use crate::helpers::{DEMO_PASSWORD, TestApp, session_cookie};
use crate::http_test;

http_test!(
    sign_in_sets_a_safe_cookie_and_sign_out_ends_it,
    async |app: &TestApp| {
        let response = app
            .post_form(
                "/api/fn/sign_in",
                &[
                    ("email", "tenant@solilab.localhost"),
                    ("password", DEMO_PASSWORD),
                    ("next", "/account"),
                ],
                None,
            )
            .await;
        assert!(response.status().is_redirection(), "{}", response.status());
        assert_eq!(response.headers()["location"], "/account");
        let set_cookie = response.headers()["set-cookie"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(
            set_cookie.contains("HttpOnly")
                && set_cookie.contains("SameSite=Lax")
                && set_cookie.contains("Path=/"),
            "{set_cookie}"
        );
        assert!(
            !set_cookie.contains("Secure"),
            "plain http in tests: {set_cookie}"
        );
        let cookie = session_cookie(&response).expect("cookie");
        assert!(cookie.len() >= 32, "at least 128 random bits");

        let page = app.get_as("/account", &cookie).await;
        assert_eq!(page.status(), 200);
        assert_eq!(page.headers()["cache-control"], "private, no-store");
        assert!(
            page.text()
                .await
                .expect("body")
                .contains("tenant@solilab.localhost")
        );

        // Signing in again rotates the id: the old cookie stops working.
        let again = app
            .client
            .post(app.url("/api/fn/sign_in"))
            .header("origin", &app.base)
            .header("cookie", format!("solilab_session={cookie}"))
            .form(&[
                ("email", "tenant@solilab.localhost"),
                ("password", DEMO_PASSWORD),
            ])
            .send()
            .await
            .expect("sent");
        let rotated = session_cookie(&again).expect("new cookie");
        assert_ne!(rotated, cookie);
        let old = app.get_as("/account", &cookie).await;
        assert!(
            old.status().is_redirection(),
            "old session refused: {}",
            old.status()
        );
        assert!(
            old.headers()["location"]
                .to_str()
                .expect("ascii")
                .starts_with("/signin?next=%2Faccount")
        );

        let out = app.post_form("/api/fn/sign_out", &[], Some(&rotated)).await;
        assert!(out.status().is_redirection());
        assert!(
            out.headers()["set-cookie"]
                .to_str()
                .expect("ascii")
                .contains("Max-Age=0")
        );
        assert!(
            app.get_as("/account", &rotated)
                .await
                .status()
                .is_redirection(),
            "refused after sign-out"
        );
        let me = app
            .client
            .get(app.url("/api/v1/me"))
            .header("cookie", format!("solilab_session={rotated}"))
            .send()
            .await
            .expect("sent");
        assert_eq!(me.status(), 401);
    }
);

http_test!(
    a_wrong_password_comes_back_to_the_form_in_french,
    async |app: &TestApp| {
        let response = app
            .post_from_page(
                "/signin",
                "/api/fn/sign_in",
                &[
                    ("email", "tenant@solilab.localhost"),
                    ("password", "pas le bon"),
                ],
                None,
            )
            .await;
        assert!(response.status().is_redirection());
        assert!(session_cookie(&response).is_none());
        let location = response.headers()["location"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(location.contains("__err="), "{location}");
        let page = app
            .get(location.trim_start_matches(&app.base))
            .await
            .text()
            .await
            .expect("body");
        assert!(
            page.contains("Adresse e-mail ou mot de passe incorrect."),
            "the French message is shown"
        );
        assert!(page.contains("role=\"alert\""));
    }
);

http_test!(
    a_cookie_request_without_csrf_proof_is_refused,
    async |app: &TestApp| {
        let cookie = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        let forged = [
            vec![],
            vec![("sec-fetch-site", "cross-site")],
            vec![("sec-fetch-site", "same-site")],
            vec![("origin", "https://evil.example")],
            vec![("origin", "null")],
        ];
        for headers in forged {
            let mut request = app
                .client
                .post(app.url("/api/fn/sign_out"))
                .header("cookie", format!("solilab_session={cookie}"));
            for (name, value) in &headers {
                request = request.header(*name, *value);
            }
            let response = request.send().await.expect("sent");
            assert_eq!(response.status(), 403, "{headers:?}");
            assert_eq!(
                response.headers()["content-type"],
                "application/problem+json"
            );
            let body: serde_json::Value = response.json().await.expect("json");
            assert!(
                body["detail"]
                    .as_str()
                    .expect("detail")
                    .contains("Rechargez la page")
            );
        }
        let api = app
            .client
            .post(app.url("/api/v1/structures"))
            .header("cookie", format!("solilab_session={cookie}"))
            .json(&serde_json::json!({"name": "X", "legal_form": "scop", "sector": "digital"}))
            .send()
            .await
            .expect("sent");
        assert_eq!(api.status(), 403, "the JSON API too");
        assert_eq!(
            app.get_as("/account", &cookie).await.status(),
            200,
            "nothing changed: still signed in"
        );
    }
);

/// Signs in as a script would: no page to go back to, so the status tells what happened.
async fn script_sign_in(app: &TestApp, password: &str) -> reqwest::Response {
    app.client
        .post(app.url("/api/fn/sign_in"))
        .form(&[
            ("email", "tenant2@solilab.localhost"),
            ("password", password),
        ])
        .send()
        .await
        .expect("sent")
}

http_test!(
    sign_in_failures_are_limited_with_429,
    async |app: &TestApp| {
        for _ in 0..10 {
            assert_eq!(script_sign_in(app, "devinette").await.status(), 422);
        }
        let limited = script_sign_in(app, DEMO_PASSWORD).await;
        assert_eq!(limited.status(), 429);
        let retry: u64 = limited.headers()["retry-after"]
            .to_str()
            .expect("ascii")
            .parse()
            .expect("seconds");
        assert!((1..=900).contains(&retry), "{retry}");
        // The page says it in words.
        let back = app
            .post_from_page(
                "/signin",
                "/api/fn/sign_in",
                &[
                    ("email", "tenant2@solilab.localhost"),
                    ("password", DEMO_PASSWORD),
                ],
                None,
            )
            .await;
        let location = back.headers()["location"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(location.starts_with(&app.url("/signin?")), "{location}");
        let page = app
            .get(location.trim_start_matches(&app.base))
            .await
            .text()
            .await
            .expect("body");
        assert!(
            page.contains("Trop de tentatives. Réessayez dans"),
            "clear message in the page"
        );
    }
);

http_test!(
    resets_and_invitations_go_through_the_outbox,
    async |app: &TestApp| {
        let response = app
            .post_form(
                "/api/fn/request_reset",
                &[("email", "tenant@solilab.localhost")],
                None,
            )
            .await;
        assert!(response.status().is_redirection());
        assert_eq!(response.headers()["location"], "/forgot?sent=1");
        let unknown = app
            .post_form(
                "/api/fn/request_reset",
                &[("email", "personne@example.org")],
                None,
            )
            .await;
        assert_eq!(
            unknown.headers()["location"],
            "/forgot?sent=1",
            "the same answer"
        );
        let page = app.get("/reset/0000").await;
        assert_eq!(page.status(), 200);
        assert!(page.text().await.expect("body").contains("plus valable"));
        let secret = "ab".repeat(32);
        let fields = [
            ("kind", "reset"),
            ("token", secret.as_str()),
            ("password", "une phrase assez longue"),
            ("confirm", "une phrase assez longue"),
        ];
        let sent = app
            .post_from_page(
                &format!("/reset/{secret}"),
                "/api/fn/redeem_link",
                &fields,
                None,
            )
            .await;
        let location = sent.headers()["location"]
            .to_str()
            .expect("ascii")
            .to_owned();
        assert!(location.contains("__err="), "{location}");
        let back = app.get(location.trim_start_matches(&app.base)).await;
        let html = back.text().await.expect("body");
        assert!(
            html.contains("plus valable"),
            "a dead link says so, not a bare 404"
        );
        assert!(!html.contains("name=\"password\""), "and offers no form");
    }
);
