//! The audit log: sign-ins, failures, password and role changes, invitations. Written in the
//! same transaction as what it records; read by admins.
use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use crate::core::entities::{account, audit_event};
use crate::core::{Db, access};
use crate::domain::{AppError, AuditAction, AuditEntry, Viewer};

/// One thing that happened, built with [`Event::by`] or [`Event::anonymous`].
#[derive(Debug, Clone)]
pub struct Event {
    action: AuditAction,
    actor: Option<i32>,
    subject: Option<i32>,
    structure: Option<i32>,
    email: Option<String>,
    ip: Option<String>,
    detail: String,
}

impl Event {
    /// Something done by the account `actor`.
    pub fn by(actor: i32, action: AuditAction) -> Event {
        Event {
            actor: Some(actor),
            ..Event::anonymous(action)
        }
    }

    /// Something done by someone not signed in.
    pub fn anonymous(action: AuditAction) -> Event {
        Event {
            action,
            actor: None,
            subject: None,
            structure: None,
            email: None,
            ip: None,
            detail: String::new(),
        }
    }

    /// The account it concerns.
    pub fn subject(mut self, id: i32) -> Event {
        self.subject = Some(id);
        self
    }

    /// The structure it concerns.
    pub fn structure(mut self, id: i32) -> Event {
        self.structure = Some(id);
        self
    }

    /// The address typed, kept for failures on unknown accounts.
    pub fn email(mut self, email: &str) -> Event {
        self.email = Some(email.chars().take(254).collect());
        self
    }

    /// Where the request came from.
    pub fn ip(mut self, ip: Option<&str>) -> Event {
        self.ip = ip.map(|ip| ip.chars().take(64).collect());
        self
    }

    /// A short free text (a token's name, the new role).
    pub fn detail(mut self, detail: &str) -> Event {
        self.detail = detail.chars().take(500).collect();
        self
    }
}

/// Writes `event` within the caller's transaction.
pub async fn record(conn: &impl ConnectionTrait, event: Event) -> Result<(), AppError> {
    audit_event::ActiveModel {
        at: Set(Utc::now()),
        action: Set(event.action.as_str().to_owned()),
        actor_id: Set(event.actor),
        subject_id: Set(event.subject),
        structure_id: Set(event.structure),
        email: Set(event.email),
        client_ip: Set(event.ip),
        detail: Set(event.detail),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The latest events, newest first, `limit` at most, older than `before` when given: admins only.
pub async fn list(
    db: &Db,
    viewer: &Viewer,
    before: Option<i32>,
    limit: u64,
) -> Result<Vec<AuditEntry>, AppError> {
    access::admin(viewer)?;
    let mut query = audit_event::Entity::find().order_by_desc(audit_event::Column::Id);
    if let Some(before) = before {
        query = query.filter(audit_event::Column::Id.lt(before));
    }
    entries(db, query.limit(limit.clamp(1, 500)).all(db.read()).await?).await
}

/// The latest events about structure `id`, newest first: its history, for managers.
pub async fn for_structure(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    limit: u64,
) -> Result<Vec<AuditEntry>, AppError> {
    access::manage_structure(viewer, id)?;
    let events = audit_event::Entity::find()
        .filter(audit_event::Column::StructureId.eq(id))
        .order_by_desc(audit_event::Column::Id)
        .limit(limit.clamp(1, 500))
        .all(db.read())
        .await?;
    entries(db, events).await
}

/// The entries of `events`, with the names they refer to read in two queries.
async fn entries(db: &Db, events: Vec<audit_event::Model>) -> Result<Vec<AuditEntry>, AppError> {
    let account_ids: Vec<i32> = events
        .iter()
        .flat_map(|e| [e.actor_id, e.subject_id])
        .flatten()
        .collect();
    let structure_ids: Vec<i32> = events.iter().filter_map(|e| e.structure_id).collect();
    let accounts: HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(account_ids))
        .all(db.read())
        .await?
        .into_iter()
        .map(|a| (a.id, a.email))
        .collect();
    let structures = crate::core::structures::names(db.read(), structure_ids).await?;
    Ok(events
        .into_iter()
        .filter_map(|e| {
            let action = e.action.parse().ok()?;
            Some(AuditEntry {
                id: e.id,
                at: e.at,
                action,
                actor: e.actor_id.and_then(|id| accounts.get(&id).cloned()),
                subject: e.subject_id.and_then(|id| accounts.get(&id).cloned()),
                structure: e.structure_id.and_then(|id| structures.get(&id).cloned()),
                email: e.email,
                client_ip: e.client_ip,
                detail: e.detail,
            })
        })
        .collect())
}
