//! Creating a lease: a draft that already holds its space for its dates.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement,
};

use crate::core::audit::{self, Event};
use crate::core::entities::{lease, space, structure};
use crate::core::spaces::word;
use crate::core::{Db, Engine, access};
use crate::domain::{AppError, AuditAction, BookingMode, LeaseStatus, LeaseView, NewLease, Viewer};

/// The space to lease, locked against other lease writes on PostgreSQL (SQLite's write
/// transaction already holds the only writer); `Invalid` for a space booked by the hour.
pub(super) async fn lock_space(
    db: &Db,
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<space::Model, AppError> {
    if db.engine() == Engine::Postgres {
        conn.execute_raw(Statement::from_sql_and_values(
            conn.get_database_backend(),
            "SELECT id FROM spaces WHERE id = $1 FOR UPDATE",
            vec![id.into()],
        ))
        .await?;
    }
    let space = space::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|s| s.active)
        .ok_or_else(|| AppError::invalid("space_id", "lease.space_unknown"))?;
    if word::<BookingMode>(&space.booking_mode, "spaces.booking_mode")? != BookingMode::Lease {
        return Err(AppError::invalid("space_id", "lease.space_not_leasable"));
    }
    Ok(space)
}

/// The shares of the shared leases of `space_id` over the dates of `lease` (other than
/// itself) plus its own must not pass 100 %.
pub(super) async fn check_shares(
    conn: &impl ConnectionTrait,
    lease: &lease::Model,
) -> Result<(), AppError> {
    if !lease.shared {
        return Ok(());
    }
    let mut others = lease::Entity::find()
        .filter(lease::Column::SpaceId.eq(lease.space_id))
        .filter(lease::Column::Shared.eq(true))
        .filter(lease::Column::Id.ne(lease.id));
    if let Some(end) = lease.ends_on {
        others = others.filter(lease::Column::StartsOn.lte(end));
    }
    let others = others.all(conn).await?;
    // The most any one day of the lease carries: the shares only change at lease starts.
    let days = std::iter::once(lease.starts_on).chain(
        others
            .iter()
            .map(|o| o.starts_on)
            .filter(|d| *d > lease.starts_on && lease.ends_on.is_none_or(|e| *d <= e)),
    );
    for day in days {
        let taken: i32 = others
            .iter()
            .filter(|o| o.starts_on <= day && o.ends_on.is_none_or(|e| day <= e))
            .map(|o| o.share_percent)
            .sum();
        if taken + lease.share_percent > 100 {
            return Err(AppError::Conflict("lease.shares_over_100".into()));
        }
    }
    Ok(())
}

/// Creates a draft lease (managers only); `Conflict` when the space is leased over those
/// dates (the database refuses it) or when the shares would pass 100 %.
pub async fn create(db: &Db, viewer: &Viewer, new: NewLease) -> Result<LeaseView, AppError> {
    access::manage_structure(viewer, new.structure_id)?;
    let txn = db.begin_write().await?;
    let view = write(db, &txn, viewer, new, LeaseStatus::Draft).await?;
    txn.commit().await?;
    Ok(view)
}

/// Writes `new` in `txn` at `status` for `viewer`, who may manage its structure: a draft from
/// the form, or a lease already running from an import.
pub(crate) async fn write(
    db: &Db,
    txn: &sea_orm::DatabaseTransaction,
    viewer: &Viewer,
    new: NewLease,
    status: LeaseStatus,
) -> Result<LeaseView, AppError> {
    structure::Entity::find_by_id(new.structure_id)
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let space = lock_space(db, txn, new.space_id).await?;
    let (rent_index, reference_quarter) = new.rent_index.clone().unzip();
    let row = lease::Model {
        id: 0,
        space_id: space.id,
        structure_id: new.structure_id,
        status: status.as_str().to_owned(),
        starts_on: new.starts_on,
        ends_on: new.ends_on,
        monthly_rent_cents: new.monthly_rent_cents,
        monthly_charges_cents: new.monthly_charges_cents,
        vat_rate_bp: new.vat_rate_bp,
        deposit_cents: new.deposit_cents,
        notice_months: new.notice_months,
        included_minutes_per_month: new.included_minutes_per_month,
        documents: new.documents.clone(),
        shared: new.share_percent.is_some(),
        share_percent: new.share_percent.unwrap_or(100),
        rent_index,
        reference_quarter,
        last_revised_on: None,
        notice_given_on: None,
        created_at: Utc::now(),
        created_by: Some(viewer.id),
    };
    insert(txn, row, viewer, AuditAction::LeaseCreated, &space.name).await
}

/// Writes `row` (its id ignored) in `txn` once its shares pass, and records `action` on
/// `space_name` for `viewer`.
pub(super) async fn insert(
    txn: &sea_orm::DatabaseTransaction,
    row: lease::Model,
    viewer: &Viewer,
    action: AuditAction,
    space_name: &str,
) -> Result<LeaseView, AppError> {
    check_shares(txn, &row).await?;
    let mut active: lease::ActiveModel = row.into();
    active.id = sea_orm::ActiveValue::NotSet;
    let row = active.insert(txn).await?;
    audit::record(
        txn,
        Event::by(viewer.id, action)
            .structure(row.structure_id)
            .detail(space_name),
    )
    .await?;
    super::views(txn, vec![row])
        .await?
        .pop()
        .ok_or(AppError::Internal)
}
