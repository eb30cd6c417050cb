use sea_orm::entity::prelude::*;

/// A yearly rent revision, once applied.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "lease_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub lease_id: i32,
    pub due_on: Date,
    pub rent_index: String,
    pub reference_quarter: String,
    pub reference_hundredths: i64,
    pub new_quarter: String,
    pub new_hundredths: i64,
    pub old_rent_cents: i64,
    pub new_rent_cents: i64,
    pub applied_by: Option<i32>,
    pub applied_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
