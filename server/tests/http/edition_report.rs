//! After the day, without JavaScript: a manager reads an edition's report, records, replaces
//! and deletes a visitor count, and downloads the report's tables; an accepted exhibitor reads
//! its fee statement. Tenants see none of the managers' part.
use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;
use crate::pages::{page, page_as};

const ENTRANCE: &str = "Porte de la Cour";

/// The report's address of the Braderie's 2024 edition, found from the event page's links.
async fn report_2024(app: &TestApp, manager: &str) -> String {
    let (_, _, html) = page_as(app, "/events/braderie", manager).await;
    for link in html.split("href=\"/admin/editions/").skip(1) {
        let Some(id) = link.split('/').next() else {
            continue;
        };
        let path = format!("/admin/editions/{id}/report");
        let (_, _, report) = page_as(app, &path, manager).await;
        if report.contains("Bilan de La Braderie des Ecossolies 2024") {
            return path;
        }
    }
    panic!("no report of the 2024 Braderie in {html}")
}

/// The first `<option value="…">` after `marker`.
fn option_after(html: &str, marker: &str) -> String {
    let rest = &html[html.find(marker).unwrap_or_else(|| panic!("{marker}"))..];
    let start = rest.find("<option value=\"").expect("an option") + 15;
    rest[start..].split('"').next().expect("quoted").to_owned()
}

/// The visitors of the report's first key figure, digits only.
fn visitors(html: &str) -> i64 {
    let start = html.find("class=\"stat-value\">").expect("a key figure") + 18;
    html[start..]
        .split('<')
        .next()
        .expect("its text")
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a number")
}

http_test!(
    a_manager_counts_visitors_and_reads_the_report,
    async |app: &TestApp| {
        let manager = app
            .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
            .await;
        let report = report_2024(app, &manager).await;
        let (status, _, html) = page_as(app, &report, &manager).await;
        assert_eq!(status, 200);
        for part in [
            "Visiteurs par entrée",
            "Parvis",
            "Exposants par secteur",
            "Exposants par forme juridique",
            "Droits de place",
            "Édition par édition",
            "role=\"img\"",
            "report.csv?table=years",
        ] {
            assert!(html.contains(part), "{part} in {html}");
        }
        let (_, _, english) = page_as(app, &format!("{report}?lang=en"), &manager).await;
        assert!(
            english.contains("Report of La Braderie des Ecossolies 2024")
                && english.contains("Visitors by entrance"),
            "{english}"
        );
        let before = visitors(&html);
        assert!(before > 0, "the demo counted the 2024 Braderie");
        let day = option_after(&html, "id=\"count-day\"");
        let edition = report
            .trim_start_matches("/admin/editions/")
            .trim_end_matches("/report")
            .to_owned();
        let count = |hour: &'static str, n: &'static str| {
            let (report, manager, edition, day) = (
                report.clone(),
                manager.clone(),
                edition.clone(),
                day.clone(),
            );
            async move {
                app.post_from_page(
                    &report,
                    "/api/fn/record_visitor_count",
                    &[
                        ("edition_id", edition.as_str()),
                        ("count[day]", day.as_str()),
                        ("count[entrance]", ENTRANCE),
                        ("count[hour]", hour),
                        ("count[visitors]", n),
                    ],
                    Some(&manager),
                )
                .await
            }
        };
        // A slip comes back to the form, linked to its field.
        let slip = count("", "-5").await;
        let (_, _, html) = page_as(app, &app.location(&slip), &manager).await;
        assert!(html.contains("href=\"#count-visitors\""), "{html}");
        assert!(
            html.contains("Indiquez un nombre entier de visiteurs"),
            "{html}"
        );
        // Recorded, then typed again: replaced, not added.
        let done = count("", "1 200").await;
        let back = app.location(&done);
        assert_eq!(back, format!("{report}?counted=1#counts"));
        let (_, _, html) = page_as(app, &back, &manager).await;
        assert!(html.contains("Comptage enregistré."), "{html}");
        assert_eq!(visitors(&html), before + 1200);
        let again = count("", "1300").await;
        assert_eq!(app.location(&again), format!("{report}?replaced=1#counts"));
        let (_, _, html) = page_as(app, &report, &manager).await;
        assert_eq!(visitors(&html), before + 1300);
        // Deleting asks first, naming the count.
        let counts = html.find("id=\"counts\"").expect("the counts");
        let row = counts
            + html[counts..]
                .find(&format!("<th scope=\"row\">{ENTRANCE}</th>"))
                .expect("the count in the table");
        let marker = format!("href=\"{report}?delete=");
        let id = html[row..]
            .split(&marker)
            .nth(1)
            .and_then(|s| s.split('#').next())
            .expect("its delete link")
            .to_owned();
        let (_, _, html) = page_as(app, &format!("{report}?delete={id}"), &manager).await;
        assert!(html.contains("Supprimer ce comptage\u{a0}?"), "{html}");
        assert!(html.contains("role=\"alertdialog\""), "{html}");
        let deleted = app
            .post_from_page(
                &report,
                "/api/fn/delete_visitor_count",
                &[("edition_id", edition.as_str()), ("count_id", id.as_str())],
                Some(&manager),
            )
            .await;
        assert_eq!(app.location(&deleted), format!("{report}?deleted=1#counts"));
        let (_, _, html) = page_as(app, &report, &manager).await;
        assert_eq!(visitors(&html), before);

        // Each table downloads as CSV, headed in the page's language.
        let csv = |table: &'static str| {
            let (report, manager) = (report.clone(), manager.clone());
            async move {
                app.get_as(&format!("{report}.csv?table={table}"), &manager)
                    .await
            }
        };
        let years = csv("years").await;
        assert_eq!(years.status(), 200);
        assert_eq!(
            years.headers()["content-type"].to_str().expect("ascii"),
            "text/csv; charset=utf-8"
        );
        let body = years.text().await.expect("text");
        assert!(body.starts_with("Année,Visiteurs,Exposants"), "{body}");
        assert!(body.contains("\n2024,"), "{body}");
        let body = csv("exhibitors").await.text().await.expect("text");
        assert!(
            body.contains(",60.00,") || body.contains(",80.00,"),
            "{body}"
        );
        for table in [
            "entrances",
            "hours",
            "counts",
            "sectors",
            "legal_forms",
            "fees",
        ] {
            assert_eq!(csv(table).await.status(), 200, "{table}");
        }
        let unknown = csv("nope").await;
        assert_eq!(unknown.status(), 422);
        assert_eq!(
            unknown.headers()["content-type"].to_str().expect("ascii"),
            "application/problem+json"
        );

        // Tenants get neither the page, the form, nor the files.
        let tenant = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        let (status, _, _) = page_as(app, &report, &tenant).await;
        assert_eq!(status, 403);
        assert_eq!(
            app.get_as(&format!("{report}.csv?table=years"), &tenant)
                .await
                .status(),
            403
        );
        // Posted by hand, without a page to go back to: the refusal keeps its status.
        let refused = app
            .client
            .post(app.url("/api/fn/record_visitor_count"))
            .header("origin", &app.base)
            .header("cookie", format!("solilab_session={tenant}"))
            .form(&[
                ("edition_id", edition.as_str()),
                ("count[day]", day.as_str()),
                ("count[entrance]", ENTRANCE),
                ("count[hour]", ""),
                ("count[visitors]", "5"),
            ])
            .send()
            .await
            .expect("sent");
        assert_eq!(refused.status(), 403);
    }
);

http_test!(
    an_accepted_exhibitor_reads_its_fee_statement,
    async |app: &TestApp| {
        let braderie = app.braderie().await;
        // The demo's first exhibitor of 2024 is accepted; its eleventh was refused.
        let accepted = format!("/applications/demo-{braderie}-2024-0");
        let (_, _, html) = page(app, &accepted, &[]).await;
        assert!(html.contains(&format!("{accepted}/statement")), "{html}");
        let (status, _, html) = page(app, &format!("{accepted}/statement"), &[]).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("Relevé des droits de place n°\u{a0}BRADERIE-2024-"),
            "{html}"
        );
        for part in [
            "Total dû",
            "8 rue Saint-Domingue",
            "Ce relevé n'est pas une facture",
        ] {
            assert!(html.contains(part), "{part} in {html}");
        }
        assert!(html.contains("noindex"), "{html}");
        let refused = format!("/applications/demo-{braderie}-2024-10");
        let (_, _, html) = page(app, &refused, &[]).await;
        assert!(!html.contains("/statement"), "{html}");
        let (status, _, html) = page(app, &format!("{refused}/statement"), &[]).await;
        assert_eq!(status, 200);
        assert!(html.contains("Rien n'est dû"), "{html}");
        let (status, _, _) = page(app, "/applications/ex_nothing/statement", &[]).await;
        assert_eq!(status, 404);
    }
);
