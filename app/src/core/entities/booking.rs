use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "bookings")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub space_id: i32,
    pub structure_id: Option<i32>,
    pub customer_name: Option<String>,
    pub customer_email: Option<String>,
    pub booked_by: Option<i32>,
    pub title: String,
    pub attendees: i32,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// `ends_at` plus the space's buffer: the booking blocks the space until then.
    pub held_until: DateTimeUtc,
    pub status: String,
    /// Until when a pending request holds its slot.
    pub hold_expires_at: Option<DateTimeUtc>,
    pub customer_kind: String,
    pub price_cents: i64,
    pub included_minutes: i32,
    pub cancel_fee_cents: i64,
    pub created_at: DateTimeUtc,
    pub decided_by: Option<i32>,
    pub decided_at: Option<DateTimeUtc>,
    pub decision_reason: Option<String>,
    pub cancelled_by: Option<i32>,
    pub cancelled_at: Option<DateTimeUtc>,
    /// The series this booking is one date of.
    pub series_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
