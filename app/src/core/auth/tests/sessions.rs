//! Sessions: rotation, sign-out, password change, timeouts, disabled accounts; rate limits.
use super::*;

/// The demo tenant signs in with the password the session test gives it.
async fn tenant_signs_in(db: &Db) -> Result<(String, Viewer), AppError> {
    sign_in(
        db,
        &anonymous(),
        "tenant@solilab.localhost",
        "une nouvelle phrase",
    )
    .await
}

db_test!(sessions_rotate_and_end, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("seed");
    let first = caller_for(&db, "tenant@solilab.localhost").await;
    let old = first.session.clone().expect("session");
    let (rotated, _) = sign_in(&db, &first, "tenant@solilab.localhost", DEMO_PASSWORD)
        .await
        .expect("signs in again");
    assert_ne!(old, rotated);
    assert!(
        resolves(&db, &old).await.is_none(),
        "the old id is dead after sign-in"
    );
    assert!(resolves(&db, &rotated).await.is_some());

    // Password change: every session ends; the caller gets a fresh one.
    let other = caller_for(&db, "tenant@solilab.localhost").await;
    let current = Caller {
        viewer: resolves(&db, &rotated).await,
        session: Some(rotated.clone()),
        bearer: false,
        client: client(),
    };
    assert_eq!(
        change_password(
            &db,
            &current,
            "wrong",
            "une nouvelle phrase",
            "une nouvelle phrase"
        )
        .await,
        Err(AppError::invalid(
            "current",
            "account.current_password_wrong"
        ))
    );
    let fresh = change_password(
        &db,
        &current,
        DEMO_PASSWORD,
        "une nouvelle phrase",
        "une nouvelle phrase",
    )
    .await
    .expect("changed");
    assert!(resolves(&db, &rotated).await.is_none());
    assert!(
        resolves(&db, other.session.as_deref().expect("s"))
            .await
            .is_none()
    );
    assert!(resolves(&db, &fresh).await.is_some());

    // Idle timeout, then absolute timeout.
    let hash = crate::core::secret::digest(&fresh);
    session::Entity::update_many()
        .col_expr(
            session::Column::LastSeenAt,
            (Utc::now() - IDLE_TIMEOUT - Duration::minutes(1)).into(),
        )
        .filter(session::Column::TokenHash.eq(&hash))
        .exec(db.write())
        .await
        .expect("age");
    assert!(resolves(&db, &fresh).await.is_none(), "idle too long");
    assert!(
        session::Entity::find()
            .filter(session::Column::TokenHash.eq(&hash))
            .one(db.read())
            .await
            .expect("q")
            .is_none(),
        "deleted"
    );
    let (late, _) = tenant_signs_in(&db).await.expect("in");
    session::Entity::update_many()
        .col_expr(
            session::Column::ExpiresAt,
            (Utc::now() - Duration::seconds(1)).into(),
        )
        .filter(session::Column::TokenHash.eq(crate::core::secret::digest(&late)))
        .exec(db.write())
        .await
        .expect("expire");
    assert!(
        resolves(&db, &late).await.is_none(),
        "past the absolute timeout"
    );

    // Disabling an account ends its sessions.
    let (live, _) = tenant_signs_in(&db).await.expect("in");
    let admin = caller_for(&db, "admin@solilab.localhost").await;
    let tenant_id = current.viewer.as_ref().expect("viewer").id;
    set_disabled(&db, &admin, tenant_id, true)
        .await
        .expect("disabled");
    assert!(resolves(&db, &live).await.is_none());
    assert_eq!(
        tenant_signs_in(&db).await.map(|_| ()),
        Err(AppError::invalid("password", "auth.credentials_wrong"))
    );
});

db_test!(repeated_failures_are_rate_limited, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("seed");
    for _ in 0..rate_limit::SIGN_IN_ACCOUNT.hits {
        assert_eq!(
            sign_in(
                &db,
                &anonymous(),
                "tenant2@solilab.localhost",
                "not the password"
            )
            .await
            .map(|_| ()),
            Err(AppError::invalid("password", "auth.credentials_wrong"))
        );
    }
    match sign_in(
        &db,
        &anonymous(),
        "tenant2@solilab.localhost",
        DEMO_PASSWORD,
    )
    .await
    {
        Err(AppError::TooManyRequests(seconds)) => {
            assert!((1..=900).contains(&seconds), "{seconds}")
        }
        other => panic!("expected 429, got {other:?}"),
    }
    assert!(
        sign_in(&db, &anonymous(), "tenant@solilab.localhost", DEMO_PASSWORD)
            .await
            .is_ok(),
        "another account from the same address is not blocked yet"
    );
    for _ in 0..rate_limit::RESET_ACCOUNT.hits {
        request_reset(
            &db,
            &anonymous(),
            "admin@solilab.localhost",
            Locale::Fr,
            BASE,
        )
        .await
        .expect("ok");
    }
    assert!(matches!(
        request_reset(
            &db,
            &anonymous(),
            "admin@solilab.localhost",
            Locale::Fr,
            BASE
        )
        .await,
        Err(AppError::TooManyRequests(_))
    ));
});
