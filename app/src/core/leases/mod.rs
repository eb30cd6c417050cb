//! Leases of offices, storage and shops: creating them, their life from draft to move-out,
//! the yearly rent revision, and the index values it reads.
mod create;
mod indices;
mod renew;
mod revisions;
mod steps;
mod view;

pub use create::create;
pub(crate) use create::write;
pub use indices::{add_index_value, index_values};
pub use renew::renew;
pub use revisions::{apply_revision, due_revisions};
pub use steps::{delete_draft, step};
pub use view::{get, list, views};

/// Leases that bind: signed and not ended.
pub fn live() -> sea_orm::Condition {
    use crate::core::entities::lease;
    use sea_orm::ColumnTrait;
    sea_orm::Condition::all().add(
        lease::Column::Status.is_in(
            crate::domain::LeaseStatus::ALL
                .iter()
                .filter(|s| s.is_live())
                .map(|s| s.as_str()),
        ),
    )
}

/// Leases that bind on `day`.
pub fn live_on(day: chrono::NaiveDate) -> sea_orm::Condition {
    use crate::core::entities::lease;
    use sea_orm::ColumnTrait;
    live().add(lease::Column::StartsOn.lte(day)).add(
        sea_orm::Condition::any()
            .add(lease::Column::EndsOn.is_null())
            .add(lease::Column::EndsOn.gte(day)),
    )
}

/// Lease `id` in a write transaction, for a manager of its structure; `NotFound` for anyone
/// who may not know it exists.
async fn managed(
    txn: &sea_orm::DatabaseTransaction,
    viewer: &crate::domain::Viewer,
    id: i32,
) -> Result<crate::core::entities::lease::Model, crate::domain::AppError> {
    use sea_orm::EntityTrait;
    let row = crate::core::entities::lease::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(crate::domain::AppError::NotFound)?;
    crate::core::access::manage_structure(viewer, row.structure_id)?;
    Ok(row)
}

#[cfg(test)]
mod tests;
