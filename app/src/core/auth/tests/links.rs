//! Invitations and password resets, through the outbox and a real SMTP server.
use super::*;

db_test!(
    an_invited_person_sets_a_password_and_signs_in,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let smtp = SmtpServer::start().await;
        let manager = caller_for(&db, "gestion@solilab.localhost").await;
        let added = add_member(&db, &manager, 5, "Nouvelle@Example.org", Locale::Fr, BASE)
            .await
            .expect("invited");
        assert!(added.invited);
        assert_eq!(added.email, "nouvelle@example.org");

        let transport = Transport::new(Some(&smtp.url()), std::env::temp_dir()).expect("transport");
        assert_eq!(
            deliver_due(&db, &transport, &from(), Utc::now())
                .await
                .expect("sent"),
            1
        );
        let received = smtp.messages();
        assert_eq!(received.len(), 1, "the SMTP server received the invitation");
        assert!(received[0].contains("To: nouvelle@example.org"));
        let secret = link_in(&received[0], "invitation").expect("link in the received mail");

        let view = link_view(&db, LinkPurpose::Invitation, &secret)
            .await
            .expect("live link");
        assert_eq!(view.email, "nouvelle@example.org");
        assert!(view.structure.is_some());
        assert_eq!(
            sign_in(&db, &anonymous(), "nouvelle@example.org", "anything at all").await,
            Err(AppError::invalid("password", "auth.credentials_wrong")),
            "no password yet, no sign-in"
        );
        assert_eq!(
            redeem(
                &db,
                LinkPurpose::Invitation,
                &secret,
                "un jardin sur le toit",
                "un jardin sur le tiot"
            )
            .await,
            Err(AppError::invalid("confirm", "account.password_mismatch"))
        );
        assert_eq!(
            redeem(
                &db,
                LinkPurpose::Invitation,
                &secret,
                "motdepasse",
                "motdepasse"
            )
            .await,
            Err(AppError::invalid("password", "account.password_common"))
        );
        let (first, viewer) = redeem(
            &db,
            LinkPurpose::Invitation,
            &secret,
            "un jardin sur le toit",
            "un jardin sur le toit",
        )
        .await
        .expect("redeemed");
        assert_eq!(viewer.acting, Some(5), "acts for the structure invited to");
        assert!(resolves(&db, &first).await.is_some());
        assert_eq!(
            redeem(
                &db,
                LinkPurpose::Invitation,
                &secret,
                "un autre jardin",
                "un autre jardin"
            )
            .await
            .map(|_| ()),
            Err(AppError::NotFound),
            "single use"
        );
        let stored = account::Entity::find()
            .filter(account::Column::Email.eq("nouvelle@example.org"))
            .one(db.read())
            .await
            .expect("query")
            .expect("row");
        assert!(
            stored
                .password_hash
                .as_deref()
                .is_some_and(|h| h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$")),
            "argon2id in the database"
        );

        let (second, _) = sign_in(
            &db,
            &anonymous(),
            "nouvelle@example.org",
            "un jardin sur le toit",
        )
        .await
        .expect("signs in");
        let signed = Caller {
            viewer: resolves(&db, &second).await,
            session: Some(second.clone()),
            bearer: false,
            client: client(),
        };
        sign_out(&db, &signed).await.expect("signed out");
        assert!(
            resolves(&db, &second).await.is_none(),
            "refused after sign-out"
        );
        assert!(
            resolves(&db, &first).await.is_some(),
            "other sessions live on"
        );
    }
);

db_test!(
    nothing_is_lost_when_smtp_is_down_at_invitation_time,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let mut smtp = SmtpServer::start().await;
        smtp.stop();
        let manager = caller_for(&db, "gestion@solilab.localhost").await;
        add_member(&db, &manager, 6, "plus-tard@example.org", Locale::En, BASE)
            .await
            .expect("invited");
        let transport = Transport::new(Some(&smtp.url()), std::env::temp_dir()).expect("transport");
        let now = Utc::now();
        assert_eq!(
            deliver_due(&db, &transport, &from(), now)
                .await
                .expect("pass"),
            0
        );
        smtp.resume().await;
        let later = now + Duration::minutes(1);
        assert_eq!(
            deliver_due(&db, &transport, &from(), later)
                .await
                .expect("pass"),
            1
        );
        let received = smtp.messages();
        assert_eq!(received.len(), 1);
        assert!(
            received[0].contains("Subject: Invitation to join"),
            "in the inviter's language"
        );
        assert!(link_in(&received[0], "invitation").is_some());
    }
);

db_test!(a_forgotten_password_is_reset_once, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("seed");
    let before = caller_for(&db, "tenant@solilab.localhost").await;
    request_reset(&db, &anonymous(), "nobody@example.org", Locale::Fr, BASE)
        .await
        .expect("same answer for unknown addresses");
    request_reset(
        &db,
        &anonymous(),
        "TENANT@solilab.localhost",
        Locale::Fr,
        BASE,
    )
    .await
    .expect("requested");
    let queued = mail_outbox::Entity::find()
        .all(db.read())
        .await
        .expect("outbox");
    assert_eq!(queued.len(), 1, "only the real account gets a mail");
    assert!(queued[0].subject.contains("mot de passe"));
    let secret = link_in_outbox(&db, "tenant@solilab.localhost", "reset").await;
    let (session, _) = redeem(
        &db,
        LinkPurpose::Reset,
        &secret,
        "le vélo bleu de Nantes",
        "le vélo bleu de Nantes",
    )
    .await
    .expect("reset");
    assert!(resolves(&db, &session).await.is_some());
    assert!(
        resolves(&db, before.session.as_deref().expect("session"))
            .await
            .is_none(),
        "a reset ends the other sessions"
    );
    assert_eq!(
        sign_in(&db, &anonymous(), "tenant@solilab.localhost", DEMO_PASSWORD)
            .await
            .map(|_| ()),
        Err(AppError::invalid("password", "auth.credentials_wrong"))
    );
    assert!(
        sign_in(
            &db,
            &anonymous(),
            "tenant@solilab.localhost",
            "le vélo bleu de Nantes"
        )
        .await
        .is_ok()
    );
    assert_eq!(
        link_view(&db, LinkPurpose::Reset, &secret).await,
        Err(AppError::NotFound),
        "used"
    );
});
