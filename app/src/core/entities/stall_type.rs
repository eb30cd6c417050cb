use sea_orm::entity::prelude::*;

/// A kind of stall of an edition: size, price, power.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "stall_types")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub edition_id: i32,
    pub name: String,
    pub width_cm: i32,
    pub depth_cm: i32,
    pub price_cents: i64,
    pub power: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
