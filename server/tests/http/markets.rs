//! Markets over HTTP: from an empty database a manager creates a market through the API,
//! cancels and restores a day, keeps its producers and roster, and the public feed follows;
//! on the demo, the same through the managers' pages without JavaScript.
use serde_json::json;

use crate::helpers::{DEMO_PASSWORD, TestApp, problem_fields};
use crate::http_test;
use crate::pages::page_as;

/// A `DELETE` or `PUT` with a bearer token and an optional JSON body.
async fn send(
    app: &TestApp,
    method: &str,
    path: &str,
    token: &str,
    body: Option<serde_json::Value>,
) -> reqwest::Response {
    let mut request = app
        .client
        .request(method.parse().expect("method"), app.url(path))
        .bearer_auth(token);
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.expect("sent")
}

http_test!(
    empty a_manager_runs_a_market_through_the_api,
    async |app: &TestApp| {
        let admin = app.admin_token().await;
        let site = json!({"name": "Solilab", "address": "8 rue Saint-Domingue",
            "postcode": "44200", "city": "Nantes"});
        assert_eq!(app.post_json("/api/v1/sites", Some(&admin), &site).await.status(), 201);

        let bad = json!({"site": "solilab", "name": "", "weekdays": ["XX"], "opens": "8",
            "closes": "13:00", "first_day": "2027-01-03"});
        let refused = app.post_json("/api/v1/markets", Some(&admin), &bad).await;
        assert_eq!(refused.status(), 422);
        let problem: serde_json::Value = refused.json().await.expect("json");
        assert_eq!(problem_fields(&problem), ["name", "slug", "weekdays", "opens"]);
        let market = json!({"site": "solilab", "name": "Marché du samedi", "weekdays": ["SA"],
            "opens": "08:00", "closes": "13:00", "first_day": "2027-01-02", "place": "Parvis"});
        let created = app.post_json("/api/v1/markets", Some(&admin), &market).await;
        assert_eq!(created.status(), 201);
        let created: serde_json::Value = created.json().await.expect("json");
        assert_eq!(created["slug"], "marche-du-samedi");
        assert_eq!(created["sequence"], 0);
        let again = app.post_json("/api/v1/markets", Some(&admin), &market).await;
        assert_eq!(again.status(), 409);

        let path = "/api/v1/markets/marche-du-samedi";
        let changed = app.patch_json(path, &admin, &json!({"closes": "13:30"})).await;
        assert_eq!(changed.status(), 200);
        let changed: serde_json::Value = changed.json().await.expect("json");
        assert_eq!((changed["input"]["closes"].clone(), changed["sequence"].clone()), (json!("13:30"), json!(1)));
        let bad_patch = app.patch_json(path, &admin, &json!({"every_weeks": 9})).await;
        assert_eq!(bad_patch.status(), 422);
        assert_eq!(app.patch_json("/api/v1/markets/nowhere", &admin, &json!({})).await.status(), 404);

        let exceptions = format!("{path}/exceptions");
        let not_a_day = json!({"day": "2027-01-04", "reason": "Gel"});
        let refused = app.post_json(&exceptions, Some(&admin), &not_a_day).await;
        assert_eq!(refused.status(), 422);
        let problem: serde_json::Value = refused.json().await.expect("json");
        assert_eq!(problem_fields(&problem), ["day"]);
        let cancel = json!({"day": "2027-01-09", "reason": "Gel annoncé"});
        let cancelled = app.post_json(&exceptions, Some(&admin), &cancel).await;
        assert_eq!(cancelled.status(), 201);
        let feed = app.get("/calendar.ics").await.text().await.expect("feed");
        assert!(feed.contains("RRULE:FREQ=WEEKLY;BYDAY=SA"), "{feed}");
        assert!(feed.contains("EXDATE;TZID=Europe/Paris:20270109T080000"), "{feed}");
        assert!(feed.contains("SEQUENCE:2"), "{feed}");
        let restored = send(app, "DELETE", &format!("{exceptions}/2027-01-09"), &admin, None).await;
        assert_eq!(restored.status(), 204);
        let twice = send(app, "DELETE", &format!("{exceptions}/2027-01-09"), &admin, None).await;
        assert_eq!(twice.status(), 404);
        let bad_day = send(app, "DELETE", &format!("{exceptions}/someday"), &admin, None).await;
        assert_eq!(bad_day.status(), 404);
        assert_eq!(bad_day.headers()["content-type"], "application/problem+json");

        let producers = format!("{path}/producers");
        let blank = app.post_json(&producers, Some(&admin), &json!({"name": " "})).await;
        assert_eq!(blank.status(), 422);
        let farm = json!({"name": "La Ferme du Marais", "products": "Légumes", "town": "Bouguenais"});
        let added = app.post_json(&producers, Some(&admin), &farm).await;
        assert_eq!(added.status(), 201);
        let added: serde_json::Value = added.json().await.expect("json");
        let farm_id = added["producers"][0]["id"].as_i64().expect("id");
        let roster = send(app, "PUT", &format!("{path}/roster/2027-01-02"), &admin, Some(json!({"producers": [farm_id]}))).await;
        assert_eq!(roster.status(), 200);
        let roster: serde_json::Value = roster.json().await.expect("json");
        assert_eq!(roster["producers"][0]["days"], json!(["2027-01-02"]));
        let stranger = send(app, "PUT", &format!("{path}/roster/2027-01-02"), &admin, Some(json!({"producers": [farm_id + 1]}))).await;
        assert_eq!(stranger.status(), 422);
        let gone = send(app, "DELETE", &format!("{producers}/{farm_id}"), &admin, None).await;
        assert_eq!(gone.status(), 204);
        let detail = app.get_json(path, &admin).await;
        assert_eq!(detail["producers"], json!([]));
    }
);

http_test!(
    a_manager_creates_a_market_from_its_pages,
    async |app: &TestApp| {
        let session = app
            .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
            .await;
        let (status, _, html) = page_as(app, "/admin/markets", &session).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Marché paysan du Solilab")
                && html.contains("La Braderie des Ecossolies"),
            "{html}"
        );
        let (status, _, html) = page_as(app, "/admin/markets/new", &session).await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"name="input[weekdays][5]""#), "{html}");

        let form = |first_day: &'static str| {
            vec![
                ("input[site]", "solilab"),
                ("input[name]", "Marché du soir"),
                ("input[slug]", ""),
                ("input[place]", "Cour"),
                ("input[weekdays][1]", "TU"),
                ("input[weekdays][4]", "FR"),
                ("input[every_weeks]", "2"),
                ("input[opens]", "17:00"),
                ("input[closes]", "21:00"),
                ("input[first_day]", first_day),
                ("input[until]", ""),
                ("input[summary_fr]", "Le marché du soir."),
                ("input[summary_en]", ""),
                ("input[description_fr]", ""),
                ("input[description_en]", ""),
                ("input[access_fr]", ""),
                ("input[access_en]", ""),
            ]
        };
        let refused = app
            .post_from_page(
                "/admin/markets/new",
                "/api/fn/create_market",
                &form("2027-01-06"),
                Some(&session),
            )
            .await;
        let back = app.location(&refused);
        let (_, _, html) = page_as(app, &back, &session).await;
        assert!(
            html.contains("#market-first_day"),
            "the error links to the field: {html}"
        );
        assert!(
            html.contains("Le premier jour doit tomber un des jours cochés."),
            "{html}"
        );

        let created = app
            .post_from_page(
                "/admin/markets/new",
                "/api/fn/create_market",
                &form("2027-01-05"),
                Some(&session),
            )
            .await;
        let page = app.location(&created);
        assert_eq!(page, "/admin/markets/marche-du-soir?created=1");
        let (status, _, html) = page_as(app, &page, &session).await;
        assert_eq!(status, 200);
        assert!(html.contains("Marché créé"), "{html}");
        assert!(html.contains(r#"<option value="2" selected"#), "{html}");

        let changed = app
            .post_from_page(
                &page,
                "/api/fn/change_market_day",
                &[
                    ("slug", "marche-du-soir"),
                    ("input[day]", "2027-01-05"),
                    ("input[moved_day]", "2027-01-06"),
                    ("input[opens]", ""),
                    ("input[closes]", ""),
                    ("input[reason]", "Salle prise"),
                ],
                Some(&session),
            )
            .await;
        assert_eq!(
            app.location(&changed),
            "/admin/markets/marche-du-soir?day_changed=1#days"
        );
        let added = app
            .post_from_page(
                &page,
                "/api/fn/add_market_producer",
                &[
                    ("slug", "marche-du-soir"),
                    ("input[name]", "Le Fournil"),
                    ("input[products]", "Pain"),
                    ("input[town]", "Nantes"),
                ],
                Some(&session),
            )
            .await;
        assert_eq!(
            app.location(&added),
            "/admin/markets/marche-du-soir?producer_added=1#producers"
        );
        let (_, _, html) = page_as(app, "/admin/markets/marche-du-soir", &session).await;
        assert!(
            html.contains("Salle prise") && html.contains("Le Fournil"),
            "{html}"
        );
        assert!(html.contains(r#"name="producers[]""#), "{html}");

        let tenant = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        let (status, _, _) = page_as(app, "/admin/markets", &tenant).await;
        assert_eq!(status, 403);
    }
);
