use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "parcels")]
/// An arrival logged at a site's desk for a structure.
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: i32,
    pub structure_id: i32,
    pub carrier: String,
    pub count: i32,
    /// A `ParcelSize` word.
    pub size: String,
    pub note: Option<String>,
    pub logged_at: DateTimeUtc,
    /// The desk's account that logged it.
    pub logged_by: Option<i32>,
    /// When the structure's members were mailed about its batch.
    pub notified_at: Option<DateTimeUtc>,
    /// When the structure was reminded that it still waits.
    pub reminded_at: Option<DateTimeUtc>,
    pub picked_up_at: Option<DateTimeUtc>,
    /// The name of who took it.
    pub picked_up_by: Option<String>,
    /// The desk's account that handed it over.
    pub handed_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
