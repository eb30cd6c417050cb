//! Accounts end to end on both engines: invitations through a real SMTP server and resets
//! (`links`), sessions and rate limits (`sessions`). The helpers below serve both.
mod links;
mod sessions;

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

/// Uses a `purpose` link with a new password and its confirmation, as the link's page does.
async fn redeem(
    db: &Db,
    purpose: LinkPurpose,
    secret: &str,
    password: &str,
    confirm: &str,
) -> Result<(String, Viewer), AppError> {
    redeem_link(db, &anonymous(), purpose, secret, password, confirm).await
}
