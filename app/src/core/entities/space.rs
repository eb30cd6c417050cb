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
    /// Opening hours, Monday first: `08:00-20:00,…` (see `domain::rules::OpeningHours`).
    pub opening_hours: String,
    pub min_minutes: i32,
    pub max_minutes: i32,
    pub step_minutes: i32,
    pub buffer_minutes: i32,
    pub max_advance_days: i32,
    pub min_notice_minutes: i32,
    /// Cancelling is free until this many hours before the start.
    pub cancel_free_hours: i32,
    /// After that, this share of the price is charged.
    pub cancel_fee_percent: i32,
    /// How long a pending request holds its slot, in minutes.
    pub hold_minutes: i32,
    /// The space's rectangle on its floor's plan (1000 × 600 units), when drawn.
    pub plan_x: Option<i32>,
    pub plan_y: Option<i32>,
    pub plan_w: Option<i32>,
    pub plan_h: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
