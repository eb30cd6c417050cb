use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mail_outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: Option<String>,
    pub created_at: DateTimeUtc,
    /// Failed sending attempts so far.
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    /// Set while a worker is sending it, so no other worker takes it.
    pub locked_until: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    /// One attached file, e.g. `reservation.ics`.
    pub attachment_name: Option<String>,
    /// Its MIME type, e.g. `text/calendar; method=PUBLISH`.
    pub attachment_type: Option<String>,
    pub attachment_body: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
