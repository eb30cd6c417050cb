//! `Idempotency-Key`: a retried request gets the first answer instead of acting twice. Keys are
//! per account, kept 48 hours, and bound to the request they first came with.
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::core::Db;
use crate::core::entities::idempotency_key;
use crate::domain::AppError;

/// How long an answer is kept for replays (the contract promises at least 24 hours).
pub const KEEP: Duration = Duration::hours(48);

/// What to do with a request carrying a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Claim {
    /// First time: run it, then [`finish`] with the answer (or [`release`] on a failure).
    Fresh(i32),
    /// Seen before: send this answer again.
    Replay { status: u16, body: String },
}

/// The fingerprint of a request body, to tell a retry from another request with the same key.
pub fn request_hash(body: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(body))
}

/// Reads a key: 1 to 255 visible ASCII characters.
fn valid(key: &str) -> Result<&str, AppError> {
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(AppError::invalid(
            "Idempotency-Key",
            "idempotency.key_invalid",
        ));
    }
    Ok(key)
}

/// Claims `key` for `account_id`'s request whose body hashes to `request_hash`.
/// `Conflict` while the first request with that key is still running; `Invalid` when the key
/// was used for a different request.
pub async fn claim(
    db: &Db,
    account_id: i32,
    key: &str,
    request_hash: &str,
    now: DateTime<Utc>,
) -> Result<Claim, AppError> {
    let key = valid(key)?;
    idempotency_key::Entity::delete_many()
        .filter(idempotency_key::Column::CreatedAt.lt(now - KEEP))
        .exec(db.write())
        .await?;
    let inserted = idempotency_key::ActiveModel {
        account_id: Set(account_id),
        key: Set(key.to_owned()),
        request_hash: Set(request_hash.to_owned()),
        status: Set(None),
        response: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db.write())
    .await;
    match inserted.map_err(AppError::from) {
        Ok(row) => Ok(Claim::Fresh(row.id)),
        Err(AppError::Conflict(_)) => {
            let seen = idempotency_key::Entity::find()
                .filter(idempotency_key::Column::AccountId.eq(account_id))
                .filter(idempotency_key::Column::Key.eq(key))
                .one(db.write())
                .await?
                .ok_or(AppError::Conflict("idempotency.in_progress".into()))?;
            if seen.request_hash != request_hash {
                return Err(AppError::invalid(
                    "Idempotency-Key",
                    "idempotency.key_reused",
                ));
            }
            match (seen.status, seen.response) {
                (Some(status), Some(body)) => Ok(Claim::Replay {
                    status: u16::try_from(status).map_err(|_| AppError::Internal)?,
                    body,
                }),
                _ => Err(AppError::Conflict("idempotency.in_progress".into())),
            }
        }
        Err(err) => Err(err),
    }
}

/// Keeps the answer to the request that claimed `id`.
pub async fn finish(db: &Db, id: i32, status: u16, body: &str) -> Result<(), AppError> {
    idempotency_key::ActiveModel {
        id: Set(id),
        status: Set(Some(i32::from(status))),
        response: Set(Some(body.to_owned())),
        ..Default::default()
    }
    .update(db.write())
    .await?;
    Ok(())
}

/// Forgets the claim `id`, so that a retry runs again (after a failure on our side).
pub async fn release(db: &Db, id: i32) -> Result<(), AppError> {
    idempotency_key::Entity::delete_by_id(id)
        .exec(db.write())
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db_test;

    db_test!(a_key_replays_its_first_answer, |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let now = Utc::now();
        let Claim::Fresh(id) = claim(&db, 1, "k-1", "h1", now).await.expect("claim") else {
            panic!("first use is fresh");
        };
        assert_eq!(
            claim(&db, 1, "k-1", "h1", now).await,
            Err(AppError::Conflict("idempotency.in_progress".into()))
        );
        finish(&db, id, 201, "{\"id\":7}").await.expect("finish");
        assert_eq!(
            claim(&db, 1, "k-1", "h1", now).await,
            Ok(Claim::Replay {
                status: 201,
                body: "{\"id\":7}".into()
            })
        );
        assert_eq!(
            claim(&db, 1, "k-1", "h2", now).await,
            Err(AppError::invalid(
                "Idempotency-Key",
                "idempotency.key_reused"
            ))
        );
        assert!(
            matches!(claim(&db, 2, "k-1", "h2", now).await, Ok(Claim::Fresh(_))),
            "keys are per account"
        );
        assert!(
            matches!(
                claim(&db, 1, "k-1", "h2", now + KEEP + Duration::minutes(1)).await,
                Ok(Claim::Fresh(_))
            ),
            "forgotten after 48 h"
        );
        assert!(claim(&db, 1, "", "h", now).await.is_err());
        assert!(claim(&db, 1, "é", "h", now).await.is_err());
    });
}
