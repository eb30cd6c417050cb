use sea_orm::entity::prelude::*;

/// A quarterly value of a rent index, as published by INSEE.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "index_values")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `ilat`, `ilc` or `icc`.
    pub rent_index: String,
    /// `2024-T2`.
    pub quarter: String,
    pub value_hundredths: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
