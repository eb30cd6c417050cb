//! Where mail goes: an SMTP server, or `.eml` files in a folder when none is configured.
use std::path::PathBuf;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use tokio::io::AsyncWriteExt;

use crate::core::entities::mail_outbox;

/// How mail leaves.
#[derive(Clone)]
pub enum Transport {
    /// Over SMTP (`SMTP_URL`).
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// As one `.eml` file per mail in this folder (`data/outbox/` by default).
    Files(PathBuf),
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Transport::Smtp(_) => f.write_str("Transport::Smtp"),
            Transport::Files(dir) => write!(f, "Transport::Files({})", dir.display()),
        }
    }
}

impl Transport {
    /// SMTP when `smtp_url` is set, files in `outbox_dir` otherwise.
    pub fn new(
        smtp_url: Option<&str>,
        outbox_dir: PathBuf,
    ) -> Result<Transport, lettre::transport::smtp::Error> {
        Ok(match smtp_url {
            Some(url) => {
                Transport::Smtp(AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build())
            }
            None => Transport::Files(outbox_dir),
        })
    }

    /// Sends one mail from the outbox; the error says why, for the log and the row.
    pub async fn send(&self, from: &Mailbox, mail: &mail_outbox::Model) -> Result<(), String> {
        let message = message(from, mail)?;
        match self {
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Transport::Files(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| e.to_string())?;
                let name = format!(
                    "{}-{:08}.eml",
                    mail.created_at.format("%Y%m%dT%H%M%S"),
                    mail.id
                );
                let path = dir.join(name);
                // create_new: a mail written twice would be an error, never a silent overwrite.
                let mut file = tokio::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&path)
                    .await
                    .map_err(|e| e.to_string())?;
                let written = match file.write_all(&message.formatted()).await {
                    Ok(()) => file.sync_all().await,
                    Err(e) => Err(e),
                };
                if let Err(e) = written {
                    // A half-written file would block every retry of this mail: remove it.
                    let _ = tokio::fs::remove_file(&path).await;
                    return Err(e.to_string());
                }
                Ok(())
            }
        }
    }
}

fn message(from: &Mailbox, mail: &mail_outbox::Model) -> Result<Message, String> {
    let to: Mailbox = mail
        .recipient
        .parse()
        .map_err(|e: lettre::address::AddressError| e.to_string())?;
    let builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .message_id(Some(format!(
            "<outbox-{}-{}@solilab>",
            mail.id,
            mail.created_at.timestamp()
        )));
    let text = || SinglePart::plain(mail.body_text.clone());
    let attachment = match (
        &mail.attachment_name,
        &mail.attachment_type,
        &mail.attachment_body,
    ) {
        (Some(name), Some(kind), Some(body)) => {
            Some(lettre::message::Attachment::new(name.clone()).body(
                body.clone(),
                ContentType::parse(kind).map_err(|e| e.to_string())?,
            ))
        }
        _ => None,
    };
    let built = match (&mail.body_html, attachment) {
        (Some(html), None) => builder.multipart(MultiPart::alternative_plain_html(
            mail.body_text.clone(),
            html.clone(),
        )),
        (Some(html), Some(file)) => builder.multipart(
            MultiPart::mixed()
                .multipart(MultiPart::alternative_plain_html(
                    mail.body_text.clone(),
                    html.clone(),
                ))
                .singlepart(file),
        ),
        (None, Some(file)) => {
            builder.multipart(MultiPart::mixed().singlepart(text()).singlepart(file))
        }
        (None, None) => builder
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body_text.clone()),
    };
    built.map_err(|e| e.to_string())
}
