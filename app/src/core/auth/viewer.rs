//! The signed-in person as pages and the API see them, and the structure they act for.
use sea_orm::sea_query::{Expr, ExprTrait, Order, SelectStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryResult, QuerySelect, QueryTrait,
};

use crate::core::Db;
use crate::core::entities::{account, membership, session, structure};
use crate::core::secret::digest;
use crate::domain::{AppError, Role, StructureRef, Viewer};

/// The [`Viewer`] of `account`, acting for `acting` if it is still one of their structures,
/// else for their first one.
pub async fn viewer_for(
    db: &Db,
    account: &account::Model,
    acting: Option<i32>,
) -> Result<Viewer, AppError> {
    let query = account::Entity::find()
        .select_only()
        .column(account::Column::Id)
        .filter(account::Column::Id.eq(account.id))
        .into_query();
    let rows = rows_with_structures(db, query).await?;
    Ok(viewer_of(account, structures_of(&rows)?, acting))
}

/// The [`Viewer`] of `account`, a member of `structures` (by name), acting for `acting` if it
/// is one of them, else for the first.
pub(crate) fn viewer_of(
    account: &account::Model,
    structures: Vec<StructureRef>,
    acting: Option<i32>,
) -> Viewer {
    let acting = acting
        .filter(|id| structures.iter().any(|s| s.id == *id))
        .or_else(|| structures.first().map(|s| s.id));
    Viewer {
        id: account.id,
        email: account.email.clone(),
        display_name: account.display_name.clone(),
        role: account.role.parse().unwrap_or(Role::Visitor),
        structures,
        acting,
        mail_locale: crate::domain::Locale::from_code(&account.locale).unwrap_or_default(),
    }
}

/// Runs `query`, which selects an account, with that account's structures: one row for each
/// (or one row with none), by name. Read them back with [`structures_of`].
pub(super) async fn rows_with_structures(
    db: &Db,
    mut query: SelectStatement,
) -> Result<Vec<QueryResult>, AppError> {
    join_structures(&mut query);
    let conn = db.read();
    Ok(conn
        .query_all_raw(conn.get_database_backend().build(&query))
        .await?)
}

/// Adds to `query`, which selects an account, that account's structures' id and name as
/// `structure_id` and `structure_name`.
fn join_structures(query: &mut SelectStatement) {
    query
        .left_join(
            membership::Entity,
            Expr::col((membership::Entity, membership::Column::AccountId))
                .equals((account::Entity, account::Column::Id)),
        )
        .left_join(
            structure::Entity,
            Expr::col((structure::Entity, structure::Column::Id))
                .equals((membership::Entity, membership::Column::StructureId)),
        )
        .expr_as(
            Expr::col((structure::Entity, structure::Column::Id)),
            "structure_id",
        )
        .expr_as(
            Expr::col((structure::Entity, structure::Column::Name)),
            "structure_name",
        )
        .order_by((structure::Entity, structure::Column::Name), Order::Asc);
}

/// The structures the rows of [`rows_with_structures`] name.
pub(crate) fn structures_of(rows: &[QueryResult]) -> Result<Vec<StructureRef>, AppError> {
    let mut structures = Vec::new();
    for row in rows {
        if let Some(id) = row.try_get::<Option<i32>>("", "structure_id")? {
            let name = row.try_get("", "structure_name")?;
            structures.push(StructureRef { id, name });
        }
    }
    Ok(structures)
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
