use sea_orm::entity::prelude::*;

/// A numbered stall on an edition's plan.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "stalls")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub edition_id: i32,
    pub stall_type_id: i32,
    pub number: i32,
    pub x: i32,
    pub y: i32,
    pub w: i32,
    pub h: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
