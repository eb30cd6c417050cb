//! The import page without JavaScript: a manager downloads a template, uploads a CSV (a bad
//! one is named line by line and writes nothing), then imports it; the file is refused when it
//! is too large or empty.
use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;
use crate::pages::page_as;

/// Posts `body` as the import form's file, with the session's cookie.
async fn upload(app: &TestApp, session: &str, kind: &str, body: Vec<u8>) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(body).file_name("structures.csv");
    let form = reqwest::multipart::Form::new()
        .text("kind", kind.to_owned())
        .part("file", part);
    // A client of its own: a body over the limit is cut short, and the connection with it, which
    // a pooled connection would carry into the next request.
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
        .post(app.url("/admin/import"))
        .header("origin", &app.base)
        .header("cookie", format!("solilab_session={session}"))
        .multipart(form)
        .send()
        .await
        .expect("sent")
}

http_test!(
    a_manager_imports_structures_from_the_page,
    async |app: &TestApp| {
        let session = app
            .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
            .await;
        let (status, _, html) = page_as(app, "/admin/import", &session).await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"enctype="multipart/form-data""#), "{html}");
        let template = app
            .client
            .get(app.url("/admin/import/template/structures.csv"))
            .header("cookie", format!("solilab_session={session}"))
            .send()
            .await
            .expect("sent");
        assert_eq!(template.status(), 200);
        assert!(
            template
                .text()
                .await
                .expect("text")
                .starts_with("name;legal_form;sector;siret;site")
        );

        let bad = "name;legal_form;sector\nAtelier Neuf;association;other\n;association;other\n";
        let sent = upload(app, &session, "structures", bad.as_bytes().to_vec()).await;
        let preview = app.location(&sent);
        assert!(preview.starts_with("/admin/import/"), "{preview}");
        let (_, _, html) = page_as(app, &preview, &session).await;
        assert!(
            html.contains("1 erreur(s)") && html.contains("<th scope=\"row\">3</th>"),
            "{html}"
        );
        assert!(
            !html.contains("/api/fn/run_import"),
            "no import while a line is wrong: {html}"
        );

        let good =
            "name;legal_form;sector\nAtelier Neuf;association;other\nCoop Neuve;scop;digital\n";
        let sent = upload(app, &session, "structures", good.as_bytes().to_vec()).await;
        let preview = app.location(&sent);
        let (_, _, html) = page_as(app, &preview, &session).await;
        assert!(html.contains("Importer les 2 nouvelles lignes"), "{html}");
        let id = preview.trim_start_matches("/admin/import/").to_owned();
        let done = app
            .post_from_page(
                &preview,
                "/api/fn/run_import",
                &[("id", id.as_str())],
                Some(&session),
            )
            .await;
        assert_eq!(app.location(&done), format!("/admin/import/{id}?done=1"));
        let (_, _, html) = page_as(app, "/admin/structures?q=Coop+Neuve", &session).await;
        assert!(html.contains("Coop Neuve"), "{html}");
        let twice = app
            .post_from_page(
                &preview,
                "/api/fn/run_import",
                &[("id", id.as_str())],
                Some(&session),
            )
            .await;
        let (_, _, html) = page_as(app, &app.location(&twice), &session).await;
        assert!(html.contains("déjà été importé"), "{html}");

        let empty = upload(app, &session, "structures", Vec::new()).await;
        assert_eq!(
            app.location(&empty),
            "/admin/import?error=import.file_empty"
        );
        let huge = upload(app, &session, "structures", vec![b'a'; 3 * 1024 * 1024]).await;
        assert_eq!(
            app.location(&huge),
            "/admin/import?error=import.file_too_large"
        );
        let (_, _, html) =
            page_as(app, "/admin/import?error=import.file_too_large", &session).await;
        assert!(html.contains("Le fichier dépasse 2 Mo."), "{html}");

        let tenant = app.sign_in("tenant@solilab.localhost", DEMO_PASSWORD).await;
        let refused = upload(app, &tenant, "structures", good.as_bytes().to_vec()).await;
        assert_eq!(refused.status(), 403);
    }
);
