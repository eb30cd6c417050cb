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
    // The person's structures in one query, memberships as a subquery.
    let memberships = sea_orm::sea_query::Query::select()
        .column(membership::Column::StructureId)
        .from(membership::Entity)
        .and_where(membership::Column::AccountId.eq(account.id))
        .to_owned();
    let structures = crate::core::structures::refs_where(
        db,
        crate::core::entities::structure::Column::Id.in_subquery(memberships),
    )
    .await?;
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
        mail_locale: crate::domain::Locale::from_code(&account.locale).unwrap_or_default(),
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
