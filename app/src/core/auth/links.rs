//! Single-use links sent by mail: an invitation (valid 7 days) to set a first password, and a
//! password reset (valid 1 hour). Only the secret's digest is stored.
use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
    TransactionTrait,
};

use super::password::{Password, hash_password};
use super::rate_limit::{self, RESET_ACCOUNT, RESET_IP};
use super::session::{end_all_sessions, start_session};
use super::{Caller, mails, viewer_for};
use crate::core::Db;
use crate::core::audit::{self, Event};
use crate::core::entities::{account, account_link, structure};
use crate::core::mail::enqueue;
use crate::core::secret::{digest, new_secret};
use crate::domain::account::parse_email;
use crate::domain::{AppError, AuditAction, LinkView, Locale, Viewer};

/// What a link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkPurpose {
    Invitation,
    Reset,
}

impl LinkPurpose {
    fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::Invitation => "invitation",
            LinkPurpose::Reset => "reset",
        }
    }

    /// How long a link stays valid.
    pub fn lifetime(self) -> Duration {
        match self {
            LinkPurpose::Invitation => Duration::days(7),
            LinkPurpose::Reset => Duration::hours(1),
        }
    }

    /// The page the link opens, under the site's public address.
    fn url(self, base_url: &str, secret: &str) -> String {
        format!(
            "{}/{}/{secret}",
            base_url.trim_end_matches('/'),
            self.as_str()
        )
    }
}

async fn create_link(
    conn: &impl ConnectionTrait,
    purpose: LinkPurpose,
    account_id: i32,
    structure_id: Option<i32>,
    created_by: Option<i32>,
) -> Result<String, AppError> {
    let secret = new_secret("");
    let now = Utc::now();
    account_link::ActiveModel {
        purpose: Set(purpose.as_str().to_owned()),
        token_hash: Set(digest(&secret)),
        account_id: Set(account_id),
        structure_id: Set(structure_id),
        created_by: Set(created_by),
        created_at: Set(now),
        expires_at: Set(now + purpose.lifetime()),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(secret)
}

/// Writes an invitation to `structure` for `invitee` and queues its mail, in the caller's
/// transaction.
pub async fn send_invitation(
    conn: &impl ConnectionTrait,
    inviter: &Viewer,
    invitee: &account::Model,
    structure: &structure::Model,
    locale: Locale,
    base_url: &str,
) -> Result<(), AppError> {
    let secret = create_link(
        conn,
        LinkPurpose::Invitation,
        invitee.id,
        Some(structure.id),
        Some(inviter.id),
    )
    .await?;
    let link = LinkPurpose::Invitation.url(base_url, &secret);
    let mail = mails::invitation(
        locale,
        &invitee.email,
        &inviter.display_name,
        &structure.name,
        &link,
    );
    enqueue(conn, mail).await?;
    audit::record(
        conn,
        Event::by(inviter.id, AuditAction::InvitationSent)
            .subject(invitee.id)
            .structure(structure.id)
            .email(&invitee.email),
    )
    .await
}

/// Mails a reset link if `email` belongs to an enabled account; answers the same either way,
/// so that nobody learns which addresses have accounts.
pub async fn request_reset(
    db: &Db,
    caller: &Caller,
    email: &str,
    locale: Locale,
    base_url: &str,
) -> Result<(), AppError> {
    let email = parse_email(email)?;
    let txn = db.write().begin().await?;
    let ip = caller.client.ip.as_deref().unwrap_or("-");
    rate_limit::hit(&txn, &format!("reset:ip:{ip}"), RESET_IP).await?;
    rate_limit::hit(&txn, &format!("reset:account:{email}"), RESET_ACCOUNT).await?;
    let found = account::Entity::find()
        .filter(account::Column::Email.eq(&email))
        .filter(account::Column::DisabledAt.is_null())
        .one(&txn)
        .await?;
    let mut event = Event::anonymous(AuditAction::ResetRequested)
        .email(&email)
        .ip(caller.client.ip.as_deref());
    if let Some(account) = found {
        retire_links(&txn, account.id, LinkPurpose::Reset).await?;
        let secret = create_link(&txn, LinkPurpose::Reset, account.id, None, None).await?;
        let link = LinkPurpose::Reset.url(base_url, &secret);
        enqueue(&txn, mails::reset(locale, &account.email, &link)).await?;
        event = event.subject(account.id);
    }
    audit::record(&txn, event).await?;
    txn.commit().await?;
    Ok(())
}

/// Marks every unused link of that purpose as used.
async fn retire_links(
    conn: &impl ConnectionTrait,
    account_id: i32,
    purpose: LinkPurpose,
) -> Result<(), AppError> {
    account_link::Entity::update_many()
        .col_expr(account_link::Column::UsedAt, Some(Utc::now()).into())
        .filter(account_link::Column::AccountId.eq(account_id))
        .filter(account_link::Column::Purpose.eq(purpose.as_str()))
        .filter(account_link::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// The live link behind `secret`; used, expired or unknown links are `NotFound`.
async fn live_link(
    conn: &impl ConnectionTrait,
    purpose: LinkPurpose,
    secret: &str,
) -> Result<(account_link::Model, account::Model), AppError> {
    let link = account_link::Entity::find()
        .filter(account_link::Column::TokenHash.eq(digest(secret)))
        .filter(account_link::Column::Purpose.eq(purpose.as_str()))
        .filter(account_link::Column::UsedAt.is_null())
        .filter(account_link::Column::ExpiresAt.gt(Utc::now()))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let account = account::Entity::find_by_id(link.account_id)
        .filter(account::Column::DisabledAt.is_null())
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((link, account))
}

/// What the link's page shows: whose account, for which structure, until when.
pub async fn link_view(db: &Db, purpose: LinkPurpose, secret: &str) -> Result<LinkView, AppError> {
    let (link, account) = live_link(db.read(), purpose, secret).await?;
    let structure = match link.structure_id {
        Some(id) => structure::Entity::find_by_id(id)
            .one(db.read())
            .await?
            .map(|s| s.name),
        None => None,
    };
    Ok(LinkView {
        email: account.email,
        structure,
        expires_at: link.expires_at,
    })
}

/// Uses the link once: sets the password, ends the account's other sessions and signs in.
pub async fn redeem_link(
    db: &Db,
    caller: &Caller,
    purpose: LinkPurpose,
    secret: &str,
    password: &str,
    confirm: &str,
) -> Result<(String, Viewer), AppError> {
    let password = Password::parse(password)?;
    if password.as_str() != confirm {
        return Err(AppError::invalid("confirm", "account.password_mismatch"));
    }
    let hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|_| AppError::Internal)??;
    let txn = db.write().begin().await?;
    let (link, account) = live_link(&txn, purpose, secret).await?;
    // Single use, even when two requests race: only one update finds the link unused.
    let used = account_link::Entity::update_many()
        .col_expr(account_link::Column::UsedAt, Some(Utc::now()).into())
        .filter(account_link::Column::Id.eq(link.id))
        .filter(account_link::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(AppError::NotFound);
    }
    let mut row = account.clone().into_active_model();
    row.password_hash = Set(Some(hash));
    row.update(&txn).await?;
    end_all_sessions(&txn, account.id).await?;
    if let Some(previous) = &caller.session {
        super::end_session(&txn, previous).await?;
    }
    let session = start_session(&txn, account.id, link.structure_id, &caller.client).await?;
    let action = match purpose {
        LinkPurpose::Invitation => AuditAction::InvitationAccepted,
        LinkPurpose::Reset => AuditAction::PasswordReset,
    };
    let mut event = Event::by(account.id, action)
        .subject(account.id)
        .ip(caller.client.ip.as_deref());
    if let Some(structure) = link.structure_id {
        event = event.structure(structure);
    }
    audit::record(&txn, event).await?;
    txn.commit().await?;
    let viewer = viewer_for(db, &account, link.structure_id).await?;
    Ok((session, viewer))
}
