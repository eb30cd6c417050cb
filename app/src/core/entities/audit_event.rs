use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub at: DateTimeUtc,
    /// What happened, one of `AuditAction`'s words.
    pub action: String,
    /// Who did it, when known.
    pub actor_id: Option<i32>,
    /// Whose account it concerns.
    pub subject_id: Option<i32>,
    pub structure_id: Option<i32>,
    /// The address typed, for failures on unknown accounts.
    pub email: Option<String>,
    pub client_ip: Option<String>,
    pub detail: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
