//! Floor plans without JavaScript: an admin gives a floor its picture (refused when too large,
//! not an image, or an SVG with a script, and then nothing changes); a manager places a room
//! on the plan by its numbers; the booking plan draws both.
use crate::helpers::{DEMO_PASSWORD, TestApp};
use crate::http_test;
use crate::pages::page_as;

/// A PNG header of `width` × `height`: enough for the checks and the proportions.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend_from_slice(&13u32.to_be_bytes());
    bytes.extend_from_slice(b"IHDR");
    bytes.extend_from_slice(&width.to_be_bytes());
    bytes.extend_from_slice(&height.to_be_bytes());
    bytes.extend_from_slice(&[8, 6, 0, 0, 0]);
    bytes
}

async fn upload(
    app: &TestApp,
    session: &str,
    site: i64,
    name: &str,
    body: Vec<u8>,
) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(body).file_name(name.to_owned());
    let form = reqwest::multipart::Form::new()
        .text("floor", "1")
        .text("site", "solilab")
        .part("file", part);
    app.client
        .post(app.url(&format!("/admin/sites/{site}/floors")))
        .header("origin", &app.base)
        .header("cookie", format!("solilab_session={session}"))
        .multipart(form)
        .send()
        .await
        .expect("sent")
}

http_test!(
    a_floor_gets_its_picture_and_a_room_its_place,
    async |app: &TestApp| {
        let admin = app.sign_in("admin@solilab.localhost", DEMO_PASSWORD).await;
        let site = app
            .get_json(
                "/api/v1/sites",
                &app.token_for("admin@solilab.localhost").await,
            )
            .await[0]["id"]
            .as_i64()
            .expect("site id");
        let (status, _, html) = page_as(app, "/admin/plan?site=solilab&floor=1", &admin).await;
        assert_eq!(status, 200);
        assert!(
            html.contains(r#"enctype="multipart/form-data""#)
                && html.contains("/api/fn/place_space"),
            "{html}"
        );

        let saved = upload(app, &admin, site, "etage1.png", png(2000, 1000)).await;
        assert_eq!(
            app.location(&saved),
            "/admin/plan?site=solilab&floor=1&uploaded=1"
        );
        let picture = app.get(&format!("/plans/{site}/1")).await;
        assert_eq!(picture.status(), 200);
        assert_eq!(picture.headers()["content-type"], "image/png");
        assert!(
            picture.headers()["content-security-policy"]
                .to_str()
                .expect("csp")
                .contains("sandbox")
        );
        let (_, _, html) = page_as(app, "/book/plan?site=solilab&floor=1", &admin).await;
        assert!(
            html.contains(&format!(r#"href="/plans/{site}/1""#)),
            "{html}"
        );

        for (name, body, key) in [
            (
                "evil.svg",
                br#"<svg viewBox="0 0 10 10"><script>alert(1)</script></svg>"#.to_vec(),
                "plan.picture_script",
            ),
            (
                "notes.pdf",
                b"%PDF-1.7 not a picture".to_vec(),
                "plan.picture_not_image",
            ),
            (
                "huge.png",
                {
                    let mut big = png(10, 10);
                    big.resize(1024 * 1024 + 10, 0);
                    big
                },
                "plan.picture_too_large",
            ),
        ] {
            let refused = upload(app, &admin, site, name, body).await;
            assert_eq!(
                app.location(&refused),
                format!("/admin/plan?site=solilab&floor=1&error={key}"),
                "{name}"
            );
            let still = app.get(&format!("/plans/{site}/1")).await;
            assert_eq!(
                still.headers()["content-type"],
                "image/png",
                "{name}: nothing written"
            );
        }
        let (_, _, html) = page_as(
            app,
            "/admin/plan?site=solilab&floor=1&error=plan.picture_script",
            &admin,
        )
        .await;
        assert!(html.contains("Ce SVG contient un script"), "{html}");

        // A manager places a room by its numbers; the booking plan draws it there.
        let manager = app
            .sign_in("gestion@solilab.localhost", DEMO_PASSWORD)
            .await;
        let refused = upload(app, &manager, site, "etage1.png", png(10, 10)).await;
        assert_eq!(refused.status(), 403, "pictures are the admins'");
        let room_id = app.salle_loire().await;
        let room_floor = app
            .get(&format!("/api/v1/spaces/{room_id}"))
            .await
            .json::<serde_json::Value>()
            .await
            .expect("json")["floor"]
            .as_i64()
            .expect("floor");
        let room = room_id.to_string();
        let form = |x: &'static str| {
            vec![
                ("id", room.clone()),
                ("site", "solilab".to_owned()),
                ("floor", "1".to_owned()),
                ("form[x]", x.to_owned()),
                ("form[y]", "321".to_owned()),
                ("form[w]", "150".to_owned()),
                ("form[h]", "90".to_owned()),
            ]
        };
        let fields = |f: &[(&'static str, String)]| {
            f.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>()
        };
        let bad = fields(&form("loin"));
        let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let refused = app
            .post_from_page(
                "/admin/plan?site=solilab&floor=1",
                "/api/fn/place_space",
                &bad,
                Some(&manager),
            )
            .await;
        let back = app.location(&refused);
        let (_, _, html) = page_as(app, &back, &manager).await;
        assert!(html.contains("Position invalide"), "{html}");
        let good = fields(&form("654"));
        let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let placed = app
            .post_from_page(
                "/admin/plan?site=solilab&floor=1",
                "/api/fn/place_space",
                &good,
                Some(&manager),
            )
            .await;
        assert!(
            app.location(&placed).contains(&format!("placed={room}")),
            "{}",
            app.location(&placed)
        );
        let (_, _, html) = page_as(
            app,
            &format!("/book/plan?site=solilab&floor={room_floor}"),
            &manager,
        )
        .await;
        assert!(
            html.contains(r#"x="654" y="321" width="150" height="90""#),
            "{html}"
        );
    }
);
