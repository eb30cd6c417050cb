use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "visitors")]
/// A visitor a tenant announced for a day; name and company are erased after the site's
/// retention period.
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: i32,
    pub structure_id: i32,
    /// The member the visitor comes to see, mailed at arrival.
    pub host_id: Option<i32>,
    pub name: Option<String>,
    pub company: Option<String>,
    pub day: Date,
    /// `14:30`, when given.
    pub expected_at: Option<String>,
    pub announced_by: Option<i32>,
    pub announced_at: DateTimeUtc,
    pub arrived_at: Option<DateTimeUtc>,
    pub erased_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
