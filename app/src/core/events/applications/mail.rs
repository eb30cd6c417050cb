//! The mails an applicant receives, in their language.
use sea_orm::ConnectionTrait;

use crate::core::entities::{application, edition, event};
use crate::core::mail::{compose, enqueue};
use crate::domain::{AppError, Locale};

/// Mails the applicant about `row` under `prefix` (`mail.application_received`, …).
pub(super) async fn tell(
    conn: &impl ConnectionTrait,
    row: &application::Model,
    ev: &event::Model,
    ed: &edition::Model,
    prefix: &str,
    link: &str,
) -> Result<(), AppError> {
    let locale = Locale::from_code(&row.locale).unwrap_or_default();
    let edition = format!("{} {}", ev.name, ed.year);
    let reason = row.decision_reason.clone().unwrap_or_default();
    let args = [
        ("name", row.contact_name.as_str()),
        ("organisation", row.organisation.as_str()),
        ("edition", edition.as_str()),
        ("reason", reason.as_str()),
    ];
    enqueue(conn, compose(locale, &row.email, prefix, &args, link)).await?;
    Ok(())
}

/// The address of an application's follow page.
pub(super) fn follow_link(base_url: &str, secret: &str) -> String {
    format!("{}/applications/{secret}", base_url.trim_end_matches('/'))
}
