//! The rent index values managers enter each quarter.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, QueryOrder, Set};

use crate::core::entities::index_value;
use crate::core::spaces::word;
use crate::core::{Db, access};
use crate::domain::{AppError, IndexValueView, NewIndexValue, Viewer};

/// Every index value, by index then latest quarter first (managers only).
pub async fn index_values(db: &Db, viewer: &Viewer) -> Result<Vec<IndexValueView>, AppError> {
    access::manager(viewer)?;
    let rows = index_value::Entity::find()
        .order_by_asc(index_value::Column::RentIndex)
        .order_by_desc(index_value::Column::Quarter)
        .all(db.read())
        .await?;
    rows.into_iter()
        .map(|row| {
            Ok(IndexValueView {
                rent_index: word(&row.rent_index, "index_values.rent_index")?,
                quarter: row.quarter,
                value_hundredths: row.value_hundredths,
            })
        })
        .collect()
}

/// Records a published value (managers only); `Conflict` when that quarter is already there.
pub async fn add_index_value(
    db: &Db,
    viewer: &Viewer,
    new: NewIndexValue,
) -> Result<IndexValueView, AppError> {
    access::manager(viewer)?;
    let row = index_value::ActiveModel {
        rent_index: Set(new.rent_index.as_str().to_owned()),
        quarter: Set(new.quarter.as_key()),
        value_hundredths: Set(new.value.hundredths()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db.write())
    .await
    .map_err(|e| match AppError::from(e) {
        AppError::Conflict(_) => AppError::Conflict("index.quarter_taken".into()),
        other => other,
    })?;
    Ok(IndexValueView {
        rent_index: new.rent_index,
        quarter: row.quarter,
        value_hundredths: row.value_hundredths,
    })
}
