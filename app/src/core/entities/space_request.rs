use sea_orm::entity::prelude::*;

/// A request for premises (*demande de locaux*).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "space_requests")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: i32,
    pub structure_id: Option<i32>,
    pub organisation: String,
    pub contact_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub kind: String,
    pub surface_min_m2: i32,
    pub surface_max_m2: i32,
    pub budget_cents: Option<i64>,
    pub wanted_from: Date,
    pub sector: String,
    pub message: String,
    pub locale: String,
    /// `open`, `offered`, `leased`, `refused` or `withdrawn`.
    pub status: String,
    pub offered_space_id: Option<i32>,
    pub offered_at: Option<DateTimeUtc>,
    pub lease_id: Option<i32>,
    pub decision_reason: Option<String>,
    pub closed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
