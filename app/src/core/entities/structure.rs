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
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
