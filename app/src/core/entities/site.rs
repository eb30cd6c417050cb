use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sites")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub address: String,
    pub city: String,
    pub description_fr: String,
    pub description_en: String,
    pub created_at: DateTimeUtc,
    pub postcode: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub opening_hours: String,
    pub legal_name: String,
    pub siret: Option<String>,
    pub vat_number: Option<String>,
    pub vat_exemption: Option<String>,
    /// After how many days a waiting parcel is flagged and its structure reminded.
    pub parcel_reminder_days: i32,
    /// After how many days visitors' names are erased.
    pub visitor_retention_days: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
