use sea_orm::entity::prelude::*;

/// A lease (*convention d'occupation*). PostgreSQL also has a generated `share_key` column,
/// which only its exclusion constraint reads.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "leases")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub space_id: i32,
    pub structure_id: i32,
    /// `draft`, `signed`, `running`, `notice` or `ended`.
    pub status: String,
    pub starts_on: Date,
    /// The last day (inclusive); none while open-ended.
    pub ends_on: Option<Date>,
    pub monthly_rent_cents: i64,
    pub monthly_charges_cents: i64,
    /// VAT in basis points: 2000 is 20 %.
    pub vat_rate_bp: i32,
    pub deposit_cents: i64,
    pub notice_months: i32,
    pub included_minutes_per_month: i32,
    /// References of the signed documents, one per line.
    pub documents: String,
    pub shared: bool,
    pub share_percent: i32,
    pub rent_index: Option<String>,
    pub reference_quarter: Option<String>,
    pub last_revised_on: Option<Date>,
    pub notice_given_on: Option<Date>,
    pub created_at: DateTimeUtc,
    pub created_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
