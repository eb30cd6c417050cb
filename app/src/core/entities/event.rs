use sea_orm::entity::prelude::*;

/// A market or an event, with a market's series in Paris wall-clock time.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub site_id: i32,
    pub slug: String,
    /// `market` or `event`.
    pub kind: String,
    pub name: String,
    pub summary_fr: String,
    pub summary_en: String,
    pub description_fr: String,
    pub description_en: String,
    pub place: String,
    pub access_fr: String,
    pub access_en: String,
    /// A market's RRULE body, e.g. `FREQ=WEEKLY;BYDAY=SA`.
    pub rule: Option<String>,
    pub first_day: Option<Date>,
    pub until: Option<Date>,
    /// `08:00`
    pub opens: Option<String>,
    pub closes: Option<String>,
    pub sequence: i32,
    pub updated_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
