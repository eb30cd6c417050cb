//! The person an API token speaks for.
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, FromQueryResult, QueryFilter, QueryTrait};

use super::viewer::{rows_with_structures, structures_of, viewer_of};
use crate::core::Db;
use crate::core::entities::{account, api_token};
use crate::core::secret::digest;
use crate::domain::{AppError, Viewer};

/// How every API token starts.
pub const TOKEN_PREFIX: &str = "sl_";

/// The person a live token of an enabled account speaks for, if any; notes when the token was
/// last used.
pub async fn viewer_for_token(db: &Db, token: &str) -> Result<Option<Viewer>, AppError> {
    if !token.starts_with(TOKEN_PREFIX) {
        return Ok(None);
    }
    // The token, its account and the account's structures in one query: every API request
    // starts here.
    let query = api_token::Entity::find()
        .find_also_related(account::Entity)
        .filter(api_token::Column::TokenHash.eq(digest(token)))
        .filter(api_token::Column::RevokedAt.is_null())
        .into_query();
    let rows = rows_with_structures(db, query).await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let row = api_token::Model::from_query_result(first, "A_")?;
    let Some(account) = account::Model::from_query_result_optional(first, "B_")? else {
        return Ok(None);
    };
    let now = Utc::now();
    // One write a minute at most, so that a busy script does not serialise on the token row.
    if row
        .last_used_at
        .is_none_or(|at| now - at > Duration::minutes(1))
    {
        api_token::Entity::update_many()
            .col_expr(api_token::Column::LastUsedAt, now.into())
            .filter(api_token::Column::Id.eq(row.id))
            .exec(db.write())
            .await?;
    }
    if account.disabled_at.is_some() {
        return Ok(None);
    }
    let structures = structures_of(&rows)?;
    Ok(Some(viewer_of(&account, structures, None)))
}
