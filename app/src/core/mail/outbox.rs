//! Queuing a mail in the caller's transaction.
use chrono::Utc;
use sea_orm::{ConnectionTrait, EntityTrait, Set};

use crate::core::entities::mail_outbox;
use crate::domain::AppError;
use crate::domain::account::parse_email;

/// A mail to send: plain text, with an HTML alternative when there is one, and at most one
/// attached file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    pub attachment: Option<Attachment>,
}

/// A file attached to a mail, such as a booking's `.ics` invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The file's name, `reservation.ics`.
    pub name: String,
    /// Its MIME type, `text/calendar; charset=utf-8; method=PUBLISH`.
    pub content_type: String,
    pub body: String,
}

impl OutgoingMail {
    /// The same mail with `attachment`.
    pub fn attach(self, attachment: Attachment) -> OutgoingMail {
        OutgoingMail {
            attachment: Some(attachment),
            ..self
        }
    }
}

/// Writes the mail to the outbox; it leaves when the transaction commits, never before.
pub async fn enqueue(conn: &impl ConnectionTrait, mail: OutgoingMail) -> Result<i32, AppError> {
    let recipient = parse_email(&mail.to)?;
    let now = Utc::now();
    let row = mail_outbox::ActiveModel {
        recipient: Set(recipient),
        subject: Set(mail.subject.chars().take(300).collect()),
        body_text: Set(mail.text),
        body_html: Set(mail.html),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        sent_at: Set(None),
        last_error: Set(None),
        attachment_name: Set(mail.attachment.as_ref().map(|a| a.name.clone())),
        attachment_type: Set(mail.attachment.as_ref().map(|a| a.content_type.clone())),
        attachment_body: Set(mail.attachment.map(|a| a.body)),
        ..Default::default()
    };
    // Only the id comes back, not the mail just written.
    let written = mail_outbox::Entity::insert(row).exec(conn).await?;
    Ok(written.last_insert_id)
}
