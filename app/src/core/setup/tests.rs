use super::*;
use crate::core::testing::new_viewer;
use crate::db_test;

fn account() -> SetupAccount {
    SetupAccount {
        admin_email: "direction@ecossimo.example".into(),
        admin_name: "Direction".into(),
        password: "une longue phrase de passe".into(),
        confirm: "une longue phrase de passe".into(),
    }
}

fn site() -> SiteInput {
    SiteInput {
        name: "Solilab".into(),
        address: "8 rue Saint-Domingue".into(),
        postcode: "44200".into(),
        city: "Nantes".into(),
        ..SiteInput::default()
    }
}

/// The token of a link `open_link` made.
fn token_of(link: &str) -> String {
    link.split("token=").nth(1).expect("a token").to_owned()
}

/// The token of a new setup link.
async fn new_token(db: &Db, now: DateTime<Utc>) -> String {
    let link = open_link(db, "http://x", now).await.expect("link");
    token_of(&link.expect("a link while not set up"))
}

db_test!(
    the_first_run_link_creates_the_admin_and_the_site_once,
    |db: Db| async move {
        let now = Utc::now();
        assert!(pending(db.read()).await.expect("pending"));
        let link = open_link(&db, "https://solilab.example/", now)
            .await
            .expect("link")
            .expect("a link while not set up");
        assert!(
            link.starts_with("https://solilab.example/setup?token="),
            "{link}"
        );
        let token = token_of(&link);
        check(db.read(), &token).await.expect("a live link");
        assert_eq!(check(db.read(), "nope").await, Err(AppError::NotFound));

        let client = Client::default();
        let (session, site) = complete(&db, &client, &token, account(), site(), now)
            .await
            .expect("set up");
        assert!(!session.is_empty());
        assert_eq!(site.slug, "solilab");
        assert!(!pending(db.read()).await.expect("pending"));
        assert_eq!(check(db.read(), &token).await, Err(AppError::NotFound));
        let again = complete(
            &db,
            &client,
            &token,
            account(),
            site_input_named("Autre"),
            now,
        )
        .await;
        assert_eq!(again, Err(AppError::NotFound));
        assert_eq!(
            open_link(&db, "https://solilab.example", now).await,
            Ok(None)
        );
        let admin = crate::core::auth::sign_in(
            &db,
            &crate::core::auth::Caller {
                viewer: None,
                session: None,
                bearer: false,
                client,
            },
            "direction@ecossimo.example",
            "une longue phrase de passe",
        )
        .await;
        assert!(
            admin.is_ok(),
            "the first admin signs in with the password chosen"
        );
    }
);

fn site_input_named(name: &str) -> SiteInput {
    SiteInput {
        name: name.into(),
        ..site()
    }
}

db_test!(
    bad_fields_are_named_and_nothing_is_written,
    |db: Db| async move {
        let now = Utc::now();
        let token = new_token(&db, now).await;
        let bad = SetupAccount {
            admin_email: "direction@".into(),
            password: "court".into(),
            ..account()
        };
        let no_site = SiteInput {
            postcode: "4".into(),
            ..site()
        };
        let Err(AppError::Invalid(errors)) =
            complete(&db, &Client::default(), &token, bad, no_site, now).await
        else {
            panic!("refused");
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["admin_email", "password", "postcode"]);
        let mismatch = SetupAccount {
            confirm: "une autre phrase de passe".into(),
            ..account()
        };
        let Err(AppError::Invalid(errors)) =
            complete(&db, &Client::default(), &token, mismatch, site(), now).await
        else {
            panic!("refused");
        };
        assert_eq!(errors[0].field, "confirm");
        assert!(pending(db.read()).await.expect("pending"));
        check(db.read(), &token)
            .await
            .expect("the link still works");
    }
);

db_test!(
    an_admin_made_by_the_command_line_closes_the_setup,
    |db: Db| async move {
        let now = Utc::now();
        let token = new_token(&db, now).await;
        new_viewer(&db, "admin@example.org", Role::Admin).await;
        assert_eq!(check(db.read(), &token).await, Err(AppError::NotFound));
        assert_eq!(open_link(&db, "http://x", now).await, Ok(None));
    }
);
