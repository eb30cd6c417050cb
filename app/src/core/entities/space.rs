use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "spaces")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: i32,
    pub code: String,
    pub name: String,
    pub kind: String,
    pub floor: i32,
    pub capacity: i32,
    pub area_m2: f64,
    pub booking_mode: String,
    pub needs_approval: bool,
    /// Equipment words separated by commas.
    pub equipment: String,
    pub step_free_access: bool,
    pub accessible_toilets: bool,
    pub hearing_loop: bool,
    pub description_fr: String,
    pub description_en: String,
    pub active: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
