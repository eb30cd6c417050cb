use sea_orm::EntityTrait;

use super::*;
use crate::core::Db;
use crate::core::auth::{Password, verify_password, viewer_for_token};
use crate::core::entities::{account, membership};
use crate::db_test;
use crate::domain::{AppError, Role};

fn new(email: &str) -> NewAccount {
    NewAccount {
        email: email.into(),
        role: Role::Tenant,
        display_name: None,
        structure_id: None,
        password: Some(Password::parse("a long enough secret").expect("valid")),
    }
}

db_test!(
    accounts_are_unique_by_normalised_email,
    |db: Db| async move {
        let created = add(&db, new("  Alice@Example.ORG "))
            .await
            .expect("created");
        assert_eq!(created.email, "alice@example.org");
        assert_eq!(created.display_name, "alice");
        let stored = account::Entity::find_by_id(created.id)
            .one(db.read())
            .await
            .expect("query")
            .expect("row");
        let hash = stored.password_hash.expect("hash stored");
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_password(&hash, "a long enough secret"));
        assert_eq!(
            add(&db, new("alice@example.org")).await,
            Err(AppError::Conflict("account.email_taken".into()))
        );
        assert_eq!(
            add(&db, new("not an email")).await,
            Err(AppError::invalid("email", "account.email_invalid"))
        );
    }
);

db_test!(a_member_needs_an_existing_structure, |db: Db| async move {
    let mut orphan = new("bob@example.org");
    orphan.structure_id = Some(4242);
    assert_eq!(add(&db, orphan).await, Err(AppError::NotFound));
    assert!(
        account::Entity::find()
            .all(db.read())
            .await
            .expect("query")
            .is_empty(),
        "nothing half-written"
    );
    crate::core::demo::seed(&db).await.expect("seed");
    let mut member = new("carol@example.org");
    member.structure_id = Some(3);
    let created = add(&db, member).await.expect("created");
    let memberships = membership::Entity::find()
        .all(db.read())
        .await
        .expect("query");
    assert!(
        memberships
            .iter()
            .any(|m| m.account_id == created.id && m.structure_id == 3)
    );
});

db_test!(
    tokens_are_shown_once_and_stored_hashed,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let mut member = new("dan@example.org");
        member.structure_id = Some(3);
        let created = add(&db, member).await.expect("created");
        let token = issue_token(&db, "DAN@example.org", "ci")
            .await
            .expect("issued");
        assert!(token.starts_with("sl_") && token.len() == 67, "{token}");
        let owner = viewer_for_token(&db, &token)
            .await
            .expect("lookup")
            .expect("found");
        assert_eq!((owner.id, owner.acting), (created.id, Some(3)));
        assert_eq!(owner.structures.len(), 1);
        // A second structure: the token's one query sees both, by name, as a session would.
        membership::Entity::insert(membership::ActiveModel {
            account_id: sea_orm::Set(created.id),
            structure_id: sea_orm::Set(1),
            created_at: sea_orm::Set(chrono::Utc::now()),
            ..Default::default()
        })
        .exec(db.write())
        .await
        .expect("second membership");
        let owner = viewer_for_token(&db, &token)
            .await
            .expect("lookup")
            .expect("found");
        let row = account::Entity::find_by_id(created.id)
            .one(db.read())
            .await
            .expect("query")
            .expect("row");
        let expected = crate::core::auth::viewer_for(&db, &row, None)
            .await
            .expect("viewer");
        assert_eq!(owner, expected);
        assert_eq!(owner.structures.len(), 2);
        assert!(
            owner.structures[0].name <= owner.structures[1].name,
            "{:?}",
            owner.structures
        );
        let rows = crate::core::entities::api_token::Entity::find()
            .all(db.read())
            .await
            .expect("query");
        assert_eq!(rows.len(), 1);
        assert_ne!(
            rows[0].token_hash, token,
            "the token itself is never stored"
        );
        assert_eq!(
            viewer_for_token(&db, "sl_0000").await.expect("lookup"),
            None
        );
        assert_eq!(
            viewer_for_token(&db, "garbage").await.expect("lookup"),
            None
        );
        assert_eq!(
            issue_token(&db, "nobody@example.org", "x").await,
            Err(AppError::NotFound)
        );
    }
);
