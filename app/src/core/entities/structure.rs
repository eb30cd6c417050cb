use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "structures")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: i32,
    pub name: String,
    pub legal_form: String,
    pub sector: String,
    pub siret: Option<String>,
    pub status: String,
    pub activity: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub public_listing: bool,
    pub created_at: DateTimeUtc,
    /// `hosted` or `network`: which rates the structure pays.
    pub customer_kind: String,
    /// The solidarity discount granted by a manager, in percent.
    pub discount_percent: i32,
    /// Meeting-room minutes included each month (a lease can grant them).
    pub included_minutes_per_month: i32,
    /// The day the structure left the building, once it has.
    pub left_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
