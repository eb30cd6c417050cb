//! A lease's life: signing, moving in, notice, moving out; and deleting a draft.
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

use crate::core::Db;
use crate::core::audit::{self, Event};
use crate::core::entities::{lease, structure};
use crate::core::spaces::word;
use crate::domain::{
    AppError, AuditAction, CustomerKind, LeaseStatus, LeaseStep, LeaseView, StructureStatus, Viewer,
};

/// Takes `step` on lease `id` (managers only). Moving out ends the lease that day; when the
/// structure then holds no other lease and is no network member, it becomes a former
/// structure, which may no longer book.
pub async fn step(
    db: &Db,
    viewer: &Viewer,
    id: i32,
    step: LeaseStep,
) -> Result<LeaseView, AppError> {
    let txn = db.begin_write().await?;
    let row = super::managed(&txn, viewer, id).await?;
    let to = step.transition(word(&row.status, "leases.status")?)?;
    let (structure_id, starts_on) = (row.structure_id, row.starts_on);
    let mut change = row.into_active_model();
    change.status = Set(to.as_str().to_owned());
    let action = match step {
        LeaseStep::Sign => AuditAction::LeaseSigned,
        LeaseStep::MoveIn => AuditAction::MovedIn,
        LeaseStep::GiveNotice { given_on, ends_on } => {
            if ends_on < given_on || ends_on < starts_on {
                return Err(AppError::invalid("ends_on", "lease.ends_before_start"));
            }
            change.notice_given_on = Set(Some(given_on));
            change.ends_on = Set(Some(ends_on));
            AuditAction::NoticeGiven
        }
        LeaseStep::MoveOut { on } => {
            if on < starts_on {
                return Err(AppError::invalid("on", "lease.ends_before_start"));
            }
            change.ends_on = Set(Some(on));
            AuditAction::MovedOut
        }
    };
    let row = change.update(&txn).await?;
    match step {
        LeaseStep::MoveOut { on } => leave_if_last(&txn, structure_id, row.id, on).await?,
        LeaseStep::MoveIn => welcome_back(&txn, structure_id).await?,
        _ => {}
    }
    audit::record(
        &txn,
        Event::by(viewer.id, action)
            .structure(structure_id)
            .detail(&row.ends_on.map(|d| d.to_string()).unwrap_or_default()),
    )
    .await?;
    let view = super::views(&txn, vec![row]).await?.pop();
    txn.commit().await?;
    view.ok_or(AppError::Internal)
}

/// Marks the structure as former from `on` when no other live lease keeps it in the building
/// after that day and it is no network member.
async fn leave_if_last(
    txn: &sea_orm::DatabaseTransaction,
    structure_id: i32,
    except: i32,
    on: chrono::NaiveDate,
) -> Result<(), AppError> {
    let others = lease::Entity::find()
        .filter(lease::Column::StructureId.eq(structure_id))
        .filter(lease::Column::Id.ne(except))
        .filter(super::live())
        .all(txn)
        .await?;
    if others.iter().any(|l| l.ends_on.is_none_or(|end| end > on)) {
        return Ok(());
    }
    let row = structure::Entity::find_by_id(structure_id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if word::<CustomerKind>(&row.customer_kind, "structures.customer_kind")?
        == CustomerKind::Network
    {
        return Ok(());
    }
    let mut change = row.into_active_model();
    change.status = Set(StructureStatus::Former.as_str().to_owned());
    change.left_on = Set(Some(on));
    change.update(txn).await?;
    Ok(())
}

/// A structure moving in is hosted again, whatever it was before.
async fn welcome_back(
    txn: &sea_orm::DatabaseTransaction,
    structure_id: i32,
) -> Result<(), AppError> {
    structure::Entity::update_many()
        .col_expr(
            structure::Column::Status,
            StructureStatus::Hosted.as_str().into(),
        )
        .col_expr(
            structure::Column::LeftOn,
            Option::<chrono::NaiveDate>::None.into(),
        )
        .filter(structure::Column::Id.eq(structure_id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Deletes a lease still in draft (managers only); a signed one is kept and moved out instead.
pub async fn delete_draft(db: &Db, viewer: &Viewer, id: i32) -> Result<(), AppError> {
    let txn = db.begin_write().await?;
    let row = super::managed(&txn, viewer, id).await?;
    if row.status != LeaseStatus::Draft.as_str() {
        return Err(AppError::Conflict("lease.not_a_draft".into()));
    }
    let structure_id = row.structure_id;
    lease::Entity::delete_by_id(id).exec(&txn).await?;
    audit::record(
        &txn,
        Event::by(viewer.id, AuditAction::LeaseDeleted).structure(structure_id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
