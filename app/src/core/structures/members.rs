//! Adding a person to a structure: a known account becomes a member; a new address gets an
//! account and an invitation mail, in the same transaction.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};

use crate::core::accounts::{NewAccount, insert};
use crate::core::audit::{self, Event};
use crate::core::auth::rate_limit::{self, INVITE_ACCOUNT, INVITE_IP};
use crate::core::auth::{Caller, send_invitation};
use crate::core::entities::{account, membership, structure};
use crate::core::{Db, access};
use crate::domain::account::parse_email;
use crate::domain::{AppError, AuditAction, Locale, MemberAdded, Role};

/// Adds the person with `email` to structure `structure_id` (managers only).
pub async fn add_member(
    db: &Db,
    caller: &Caller,
    structure_id: i32,
    email: &str,
    locale: Locale,
    base_url: &str,
) -> Result<MemberAdded, AppError> {
    let viewer = caller.signed_in()?;
    access::manage_structure(viewer, structure_id)?;
    let email = parse_email(email)?;
    let txn = db.write().begin().await?;
    let ip = caller.client.ip.as_deref().unwrap_or("-");
    rate_limit::hit(
        &txn,
        &format!("invite:account:{}", viewer.id),
        INVITE_ACCOUNT,
    )
    .await?;
    rate_limit::hit(&txn, &format!("invite:ip:{ip}"), INVITE_IP).await?;
    let structure = structure::Entity::find_by_id(structure_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let existing = account::Entity::find()
        .filter(account::Column::Email.eq(&email))
        .one(&txn)
        .await?;
    let person = match existing {
        Some(person) => {
            let already = membership::Entity::find()
                .filter(membership::Column::AccountId.eq(person.id))
                .filter(membership::Column::StructureId.eq(structure_id))
                .one(&txn)
                .await?;
            if already.is_some() {
                return Err(AppError::Conflict("structure.already_member".into()));
            }
            membership::ActiveModel {
                account_id: Set(person.id),
                structure_id: Set(structure_id),
                created_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            person
        }
        None => {
            let new = NewAccount {
                email: email.clone(),
                role: Role::Tenant,
                display_name: None,
                structure_id: Some(structure_id),
                password: None,
            };
            insert(&txn, new).await?
        }
    };
    let invited = person.password_hash.is_none();
    if invited {
        send_invitation(&txn, viewer, &person, &structure, locale, base_url).await?;
    }
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::MemberAdded)
            .subject(person.id)
            .structure(structure_id)
            .ip(caller.client.ip.as_deref()),
    )
    .await?;
    txn.commit().await?;
    Ok(MemberAdded {
        account_id: person.id,
        email: person.email,
        invited,
    })
}

/// The members of structure `id`, by name: for its members and managers.
pub async fn members(
    db: &Db,
    viewer: &crate::domain::Viewer,
    id: i32,
) -> Result<Vec<crate::domain::MemberView>, AppError> {
    use sea_orm::QueryOrder;
    access::see_structure(viewer, id)?;
    let ids: Vec<i32> = membership::Entity::find()
        .filter(membership::Column::StructureId.eq(id))
        .all(db.read())
        .await?
        .into_iter()
        .map(|m| m.account_id)
        .collect();
    Ok(account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .order_by_asc(account::Column::DisplayName)
        .all(db.read())
        .await?
        .into_iter()
        .map(|a| crate::domain::MemberView {
            id: a.id,
            email: a.email,
            display_name: a.display_name,
            invited: a.password_hash.is_none(),
        })
        .collect())
}
