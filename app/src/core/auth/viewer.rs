//! The signed-in person as pages and the API see them, and the structure they act for.
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::core::Db;
use crate::core::entities::{account, membership, session};
use crate::core::secret::digest;
use crate::domain::{AppError, Role, Viewer};

/// The [`Viewer`] of `account`, acting for `acting` if it is still one of their structures,
/// else for their first one.
pub async fn viewer_for(
    db: &Db,
    account: &account::Model,
    acting: Option<i32>,
) -> Result<Viewer, AppError> {
    let ids: Vec<i32> = membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account.id))
        .all(db.read())
        .await?
        .into_iter()
        .map(|m| m.structure_id)
        .collect();
    let structures = crate::core::structures::refs(db, Some(ids)).await?;
    let acting = acting
        .filter(|id| structures.iter().any(|s| s.id == *id))
        .or_else(|| structures.first().map(|s| s.id));
    Ok(Viewer {
        id: account.id,
        email: account.email.clone(),
        display_name: account.display_name.clone(),
        role: account.role.parse().unwrap_or(Role::Visitor),
        structures,
        acting,
    })
}

/// Makes the session act for `structure_id`, one of the person's structures.
pub async fn switch_structure(
    db: &Db,
    viewer: &Viewer,
    session_secret: &str,
    structure_id: i32,
) -> Result<(), AppError> {
    if !viewer.is_member_of(structure_id) {
        return Err(AppError::NotFound);
    }
    session::Entity::update_many()
        .col_expr(
            session::Column::ActingStructureId,
            Some(structure_id).into(),
        )
        .filter(session::Column::TokenHash.eq(digest(session_secret)))
        .filter(session::Column::AccountId.eq(viewer.id))
        .exec(db.write())
        .await?;
    Ok(())
}
