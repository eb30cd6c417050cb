//! Accounts end to end on both engines: invitations through a real SMTP server, resets,
//! sessions (rotation, sign-out, password change, timeouts, disabled accounts), rate limits.
use chrono::{Duration, Utc};
use lettre::message::Mailbox;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::*;
use crate::core::Db;
use crate::core::accounts::set_disabled;
use crate::core::entities::{account, mail_outbox, session};
use crate::core::mail::{Transport, deliver_due};
use crate::core::structures::add_member;
use crate::core::testing::SmtpServer;
use crate::db_test;
use crate::domain::{AppError, Locale, Viewer};

const BASE: &str = "http://solilab.test";
const DEMO_PASSWORD: &str = "solilab-demo-2026";

fn client() -> Client {
    Client {
        ip: Some("192.0.2.7".into()),
        user_agent: Some("tests".into()),
    }
}

fn anonymous() -> Caller {
    Caller {
        client: client(),
        ..Caller::default()
    }
}

async fn caller_for(db: &Db, email: &str) -> Caller {
    let (secret, viewer) = sign_in(db, &anonymous(), email, DEMO_PASSWORD)
        .await
        .expect("demo account signs in");
    Caller {
        viewer: Some(viewer),
        session: Some(secret),
        bearer: false,
        client: client(),
    }
}

async fn resolves(db: &Db, secret: &str) -> Option<Viewer> {
    authenticate(db, None, Some(secret), client())
        .await
        .expect("lookup")
        .viewer
}

/// The secret of the last `kind` link (`invitation` or `reset`) mailed to `to`, from the outbox.
async fn link_in_outbox(db: &Db, to: &str, kind: &str) -> String {
    let mail = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Recipient.eq(to))
        .all(db.read())
        .await
        .expect("outbox")
        .pop()
        .expect("a mail was queued");
    link_in(&mail.body_text, kind).expect("the mail carries the link")
}

/// Finds `/{kind}/<64 hex>` in a mail, undoing quoted-printable soft line breaks.
fn link_in(raw: &str, kind: &str) -> Option<String> {
    let text = raw
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=");
    let marker = format!("/{kind}/");
    let start = text.find(&marker)? + marker.len();
    let secret: String = text[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect();
    (secret.len() == 64).then_some(secret)
}

fn from() -> Mailbox {
    "Solilab <no-reply@solilab.localhost>"
        .parse()
        .expect("mailbox")
}

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
            redeem_link(
                &db,
                &anonymous(),
                LinkPurpose::Invitation,
                &secret,
                "un jardin sur le toit",
                "un jardin sur le tiot"
            )
            .await,
            Err(AppError::invalid("confirm", "account.password_mismatch"))
        );
        assert_eq!(
            redeem_link(
                &db,
                &anonymous(),
                LinkPurpose::Invitation,
                &secret,
                "motdepasse",
                "motdepasse"
            )
            .await,
            Err(AppError::invalid("password", "account.password_common"))
        );
        let (first, viewer) = redeem_link(
            &db,
            &anonymous(),
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
            redeem_link(
                &db,
                &anonymous(),
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
    let (session, _) = redeem_link(
        &db,
        &anonymous(),
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
    let (late, _) = sign_in(
        &db,
        &anonymous(),
        "tenant@solilab.localhost",
        "une nouvelle phrase",
    )
    .await
    .expect("in");
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
    let (live, _) = sign_in(
        &db,
        &anonymous(),
        "tenant@solilab.localhost",
        "une nouvelle phrase",
    )
    .await
    .expect("in");
    let admin = caller_for(&db, "admin@solilab.localhost").await;
    let tenant_id = current.viewer.as_ref().expect("viewer").id;
    set_disabled(&db, &admin, tenant_id, true)
        .await
        .expect("disabled");
    assert!(resolves(&db, &live).await.is_none());
    assert_eq!(
        sign_in(
            &db,
            &anonymous(),
            "tenant@solilab.localhost",
            "une nouvelle phrase"
        )
        .await
        .map(|_| ()),
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
