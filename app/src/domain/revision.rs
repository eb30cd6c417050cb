//! Rent index values as managers enter them, and the yearly revisions they lead to.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::indexation::{IndexValue, Quarter, RentIndex};
use super::{AppError, FieldError};

/// A quarterly index value, as the form sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexValueInput {
    /// `ilat`, `ilc` or `icc`.
    pub rent_index: String,
    /// `2026-T2`.
    pub quarter: String,
    /// `136,18`.
    pub value: String,
}

/// A quarterly index value that passed its rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NewIndexValue {
    pub rent_index: RentIndex,
    pub quarter: Quarter,
    pub value: IndexValue,
}

impl TryFrom<IndexValueInput> for NewIndexValue {
    type Error = AppError;

    fn try_from(input: IndexValueInput) -> Result<Self, AppError> {
        let rent_index = input.rent_index.trim().parse::<RentIndex>();
        let quarter = input.quarter.trim().parse::<Quarter>();
        let value = IndexValue::parse(input.value.trim());
        match (rent_index, quarter, value) {
            (Ok(rent_index), Ok(quarter), Ok(value)) => Ok(NewIndexValue {
                rent_index,
                quarter,
                value,
            }),
            (rent_index, quarter, value) => Err(AppError::Invalid(
                [
                    rent_index
                        .err()
                        .map(|_| ("rent_index", "lease.index_invalid")),
                    quarter.err().map(|_| ("quarter", "lease.quarter_invalid")),
                    value.err().map(|_| ("value", "index.value_invalid")),
                ]
                .into_iter()
                .flatten()
                .map(|(field, key)| FieldError::new(field, key))
                .collect(),
            )),
        }
    }
}

/// One stored index value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexValueView {
    pub rent_index: RentIndex,
    /// `2026-T2`.
    pub quarter: String,
    pub value_hundredths: i64,
}

/// A revision that is due (or soon), with what it computes; the new rent is missing while
/// an index value it needs is not entered yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionProposal {
    pub lease_id: i32,
    pub structure_id: i32,
    pub structure_name: String,
    pub space_name: String,
    pub due_on: NaiveDate,
    pub rent_index: RentIndex,
    pub reference_quarter: String,
    pub new_quarter: String,
    pub reference_hundredths: Option<i64>,
    pub new_hundredths: Option<i64>,
    pub old_rent_cents: i64,
    pub new_rent_cents: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_value_is_read_with_a_decimal_comma() {
        let new = NewIndexValue::try_from(IndexValueInput {
            rent_index: "ilat".into(),
            quarter: "2024-T2".into(),
            value: "136,18".into(),
        })
        .expect("valid");
        assert_eq!(new.rent_index, RentIndex::Ilat);
        assert_eq!(new.quarter.as_key(), "2024-T2");
        assert_eq!(new.value.hundredths(), 13_618);
    }

    #[test]
    fn each_bad_field_is_named() {
        let Err(AppError::Invalid(errors)) = NewIndexValue::try_from(IndexValueInput {
            rent_index: "irl".into(),
            quarter: "2024-T5".into(),
            value: "-3".into(),
        }) else {
            panic!("refused");
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["rent_index", "quarter", "value"]);
    }
}
