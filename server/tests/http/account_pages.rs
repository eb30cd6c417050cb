//! The account and administration pages, by role: what each person sees and may do.
use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;

async fn body(response: reqwest::Response) -> String {
    response.text().await.expect("body").replace("<!>", "")
}

http_test!(pages_follow_roles, async |app: &TestApp| {
    let tenant = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
    let manager = app
        .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
        .await;
    let admin = app.sign_in("admin@solilab.localhost", DEMO_PASSWORD).await;

    let refused = app.get_as("/admin/accounts", &tenant).await;
    assert_eq!(refused.status(), 403);
    assert_eq!(app.get_as("/admin/audit", &manager).await.status(), 403);

    let accounts = app.get_as("/admin/accounts", &manager).await;
    assert_eq!(accounts.status(), 200);
    let html = body(accounts).await;
    assert!(html.contains("Inviter une personne") && html.contains("tenant2@solilab.localhost"));
    assert!(!html.contains("Changer le rôle"), "roles are for admins");
    let html = body(app.get_as("/admin/accounts", &admin).await).await;
    assert!(html.contains("Changer le rôle") && html.contains("Désactiver"));

    let audit = body(app.get_as("/admin/audit", &admin).await).await;
    assert!(audit.contains("Journal d&#x27;audit") || audit.contains("Journal d'audit"));
    assert!(audit.contains("Connexion") && audit.contains("gestion@solilab.localhost"));
    let english = body(app.get_as("/admin/audit?lang=en", &admin).await).await;
    assert!(english.contains("Audit log") && english.contains("Sign-in"));
});

http_test!(
    admins_change_roles_and_disable_accounts,
    async |app: &TestApp| {
        let admin = app.sign_in("admin@solilab.localhost", DEMO_PASSWORD).await;
        let tenant = app
            .sign_in("tenant2@solilab.localhost", DEMO_PASSWORD)
            .await;
        let me: serde_json::Value = app
            .client
            .get(app.url("/api/v1/me"))
            .header("cookie", format!("solilab_session={tenant}"))
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        let id = me["id"].to_string();
        let promoted = app
            .post_form(
                "/api/fn/set_role",
                &[("id", &id), ("role", "manager")],
                Some(&admin),
            )
            .await;
        assert!(promoted.status().is_redirection());
        assert_eq!(
            app.get_as("/admin/accounts", &tenant).await.status(),
            200,
            "now a manager"
        );
        let disabled = app
            .post_form(
                "/api/fn/set_disabled",
                &[("id", &id), ("disabled", "true")],
                Some(&admin),
            )
            .await;
        assert!(disabled.status().is_redirection());
        assert!(
            app.get_as("/account", &tenant)
                .await
                .status()
                .is_redirection(),
            "a disabled account's session ends"
        );
        let audit = body(app.get_as("/admin/audit", &admin).await).await;
        assert!(audit.contains("Rôle modifié") && audit.contains("Compte désactivé"));
    }
);

http_test!(
    the_switcher_changes_the_structure_acted_for,
    async |app: &TestApp| {
        let tenant = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        let me = |cookie: String| async move {
            app.client
                .get(app.url("/api/v1/me"))
                .header("cookie", format!("solilab_session={cookie}"))
                .send()
                .await
                .expect("sent")
                .json::<serde_json::Value>()
                .await
                .expect("json")
        };
        let before = me(tenant.clone()).await;
        let ids: Vec<i64> = before["structures"]
            .as_array()
            .expect("structures")
            .iter()
            .filter_map(|s| s["id"].as_i64())
            .collect();
        assert_eq!(ids.len(), 2, "the demo tenant works for two structures");
        let other = ids
            .iter()
            .find(|id| Some(**id) != before["acting"].as_i64())
            .expect("another")
            .to_string();
        let html = body(app.get_as("/spaces", &tenant).await).await;
        assert!(
            html.contains("id=\"acting-structure\""),
            "the header shows the switcher"
        );
        let switched = app
            .post_form(
                "/api/fn/switch_structure",
                &[("structure_id", &other), ("back", "/spaces")],
                Some(&tenant),
            )
            .await;
        assert_eq!(switched.headers()["location"], "/spaces");
        assert_eq!(me(tenant.clone()).await["acting"].to_string(), other);
        let foreign = app
            .post_from_page(
                "/spaces",
                "/api/fn/switch_structure",
                &[("structure_id", "119")],
                Some(&tenant),
            )
            .await;
        let location = foreign.headers()["location"].to_str().expect("ascii");
        assert!(location.contains("__err="), "not one of theirs: {location}");
        assert_eq!(
            me(tenant.clone()).await["acting"].to_string(),
            other,
            "unchanged"
        );
    }
);
