use sea_orm::entity::prelude::*;

/// A yearly edition of an event.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "editions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub year: i32,
    pub starts_on: Date,
    pub ends_on: Date,
    pub opens: String,
    pub closes: String,
    pub call_opens_on: Date,
    pub call_closes_on: Date,
    pub published: bool,
    pub sequence: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
