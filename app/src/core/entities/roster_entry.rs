use sea_orm::entity::prelude::*;

/// A producer present on a market day.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "roster_entries")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub producer_id: i32,
    pub day: Date,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
