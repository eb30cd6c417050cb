//! Queuing a mail in the caller's transaction.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use crate::core::accounts::parse_email;
use crate::core::entities::mail_outbox;
use crate::domain::AppError;

/// A mail to send: plain text, with an HTML alternative when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
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
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(row.id)
}
