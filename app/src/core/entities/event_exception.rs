use sea_orm::entity::prelude::*;

/// A market day cancelled or moved.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_exceptions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub original_day: Date,
    /// `cancelled` or `moved`.
    pub status: String,
    pub moved_day: Option<Date>,
    pub moved_opens: Option<String>,
    pub moved_closes: Option<String>,
    pub reason: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
