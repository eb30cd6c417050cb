//! An edition of an event, read with its event.
use sea_orm::{ConnectionTrait, EntityTrait};

use crate::core::entities::{edition, event};
use crate::domain::AppError;

/// The edition `id` with its event; `NotFound` for none.
pub(super) async fn edition_of(
    conn: &impl ConnectionTrait,
    id: i32,
) -> Result<(edition::Model, event::Model), AppError> {
    let ed = edition::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let ev = event::Entity::find_by_id(ed.event_id)
        .one(conn)
        .await?
        .ok_or(AppError::Internal)?;
    Ok((ed, ev))
}
