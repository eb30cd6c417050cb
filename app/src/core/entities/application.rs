use sea_orm::entity::prelude::*;

/// An exhibitor's application to an edition.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "applications")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub edition_id: i32,
    pub token_hash: String,
    pub status: String,
    pub organisation: String,
    pub siret: Option<String>,
    pub legal_form: String,
    pub sector: String,
    pub contact_name: String,
    pub email: String,
    pub phone: Option<String>,
    pub products: String,
    pub stall_type_id: i32,
    pub needs: String,
    pub locale: String,
    pub stall_id: Option<i32>,
    pub decision_reason: Option<String>,
    pub decided_at: Option<DateTimeUtc>,
    pub sales_cents: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
