use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "floor_pictures")]
/// The plan picture of one floor of a site.
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: i32,
    pub floor: i32,
    /// `image/png` or `image/svg+xml`.
    pub content_type: String,
    pub data: Vec<u8>,
    /// The picture's own size, for its proportions on the plan.
    pub width: i32,
    pub height: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
