use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "booking_waits")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub space_id: i32,
    pub structure_id: i32,
    /// Who asked to be told, and is offered the slot.
    pub account_id: i32,
    pub title: String,
    pub attendees: i32,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// `ends_at` plus the space's buffer: what an offer holds.
    pub held_until: DateTimeUtc,
    /// `waiting`, `offered`, `booked`, `lapsed` or `withdrawn`.
    pub status: String,
    pub created_at: DateTimeUtc,
    pub offered_at: Option<DateTimeUtc>,
    /// Until when an offer holds the slot.
    pub offer_expires_at: Option<DateTimeUtc>,
    /// SHA-256 of the offer link's secret, in hex.
    pub offer_token_hash: Option<String>,
    /// The booking made from the offer.
    pub booking_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
