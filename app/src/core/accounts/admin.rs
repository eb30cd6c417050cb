//! What admins do with accounts: list them, change roles, disable and enable; and what each
//! person changes on their own profile.
use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

use crate::core::audit::{self, Event};
use crate::core::auth::{Caller, end_all_sessions};
use crate::core::entities::{account, membership, structure};
use crate::core::{Db, access};
use crate::domain::{AccountRow, AppError, AuditAction, Role, StructureRef, Viewer};

/// Every account with its structures, by address (managers and admins).
pub async fn list_accounts(db: &Db, viewer: &Viewer) -> Result<Vec<AccountRow>, AppError> {
    access::manager(viewer)?;
    let names: HashMap<i32, String> = structure::Entity::find()
        .all(db.read())
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let mut memberships: HashMap<i32, Vec<StructureRef>> = HashMap::new();
    for m in membership::Entity::find().all(db.read()).await? {
        if let Some(name) = names.get(&m.structure_id) {
            memberships
                .entry(m.account_id)
                .or_default()
                .push(StructureRef {
                    id: m.structure_id,
                    name: name.clone(),
                });
        }
    }
    Ok(account::Entity::find()
        .order_by_asc(account::Column::Email)
        .all(db.read())
        .await?
        .into_iter()
        .map(|a| AccountRow {
            role: a.role.parse().unwrap_or(Role::Visitor),
            structures: memberships.remove(&a.id).unwrap_or_default(),
            has_password: a.password_hash.is_some(),
            disabled: a.disabled_at.is_some(),
            id: a.id,
            email: a.email,
            display_name: a.display_name,
            created_at: a.created_at,
        })
        .collect())
}

/// Loads another person's account for an admin; one's own account is refused, so that no
/// admin locks themselves out.
async fn other_account(db: &Db, viewer: &Viewer, id: i32) -> Result<account::Model, AppError> {
    access::admin(viewer)?;
    if id == viewer.id {
        return Err(AppError::Conflict("account.not_yourself".into()));
    }
    account::Entity::find_by_id(id)
        .one(db.read())
        .await?
        .ok_or(AppError::NotFound)
}

/// Gives account `id` a new role (admins only, not on themselves).
pub async fn set_role(db: &Db, caller: &Caller, id: i32, role: Role) -> Result<(), AppError> {
    let viewer = caller.signed_in()?;
    let target = other_account(db, viewer, id).await?;
    let before = target.role.clone();
    if before == role.as_str() {
        return Ok(());
    }
    let txn = db.write().begin().await?;
    let mut row = target.into_active_model();
    row.role = Set(role.as_str().to_owned());
    row.update(&txn).await?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::RoleChanged)
            .subject(id)
            .ip(caller.client.ip.as_deref())
            .detail(&format!("{before} → {role}")),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Disables account `id` (its sessions end, its tokens stop working) or enables it again.
pub async fn set_disabled(
    db: &Db,
    caller: &Caller,
    id: i32,
    disabled: bool,
) -> Result<(), AppError> {
    let viewer = caller.signed_in()?;
    let target = other_account(db, viewer, id).await?;
    if target.disabled_at.is_some() == disabled {
        return Ok(());
    }
    let txn = db.write().begin().await?;
    let mut row = target.into_active_model();
    row.disabled_at = Set(disabled.then(Utc::now));
    row.update(&txn).await?;
    if disabled {
        end_all_sessions(&txn, id).await?;
    }
    let action = if disabled {
        AuditAction::AccountDisabled
    } else {
        AuditAction::AccountEnabled
    };
    audit::record(
        &txn,
        Event::by(viewer.id, action)
            .subject(id)
            .ip(caller.client.ip.as_deref()),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Changes the name the signed-in person is shown by.
pub async fn update_profile(db: &Db, viewer: &Viewer, display_name: &str) -> Result<(), AppError> {
    let name = display_name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(AppError::invalid("display_name", "account.name_invalid"));
    }
    account::Entity::update_many()
        .col_expr(account::Column::DisplayName, name.into())
        .filter(account::Column::Id.eq(viewer.id))
        .exec(db.write())
        .await?;
    Ok(())
}

/// The first admin account still enabled, as a viewer: who the command line acts as.
pub async fn first_admin(db: &Db) -> Result<Option<Viewer>, AppError> {
    let row = account::Entity::find()
        .filter(account::Column::Role.eq(Role::Admin.as_str()))
        .filter(account::Column::DisabledAt.is_null())
        .order_by_asc(account::Column::Id)
        .one(db.read())
        .await?;
    match row {
        Some(row) => Ok(Some(crate::core::auth::viewer_for(db, &row, None).await?)),
        None => Ok(None),
    }
}
