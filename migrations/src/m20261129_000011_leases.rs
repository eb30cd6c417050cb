//! Leases (*conventions d'occupation*), the rent indices they follow and their revisions,
//! space requests, and when a structure left.
//!
//! No space is leased twice over overlapping dates unless both leases say the space is shared:
//! on PostgreSQL an exclusion constraint says so, on SQLite triggers do (leases are written in
//! `BEGIN IMMEDIATE` transactions, so the check and the write happen under one writer).
use sea_orm_migration::sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(table: &str, column: &str, to: &str, action: ForeignKeyAction) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(table.to_owned(), column.to_owned())
        .to(to.to_owned(), "id")
        .on_delete(action)
        .to_owned()
}

const SQLITE_OVERLAP: &str = "SELECT RAISE(ABORT, 'leases_no_overlap') WHERE EXISTS (
         SELECT 1 FROM leases l WHERE l.space_id = NEW.space_id AND l.id IS NOT NEW.id
           AND NOT (l.shared AND NEW.shared)
           AND l.starts_on <= COALESCE(NEW.ends_on, '9999-12-31')
           AND NEW.starts_on <= COALESCE(l.ends_on, '9999-12-31'));";

fn sqlite_no_overlap() -> [String; 2] {
    [
        format!(
            "CREATE TRIGGER leases_no_overlap_insert BEFORE INSERT ON leases
             BEGIN {SQLITE_OVERLAP} END"
        ),
        format!(
            "CREATE TRIGGER leases_no_overlap_update
             BEFORE UPDATE OF space_id, starts_on, ends_on, shared ON leases
             BEGIN {SQLITE_OVERLAP} END"
        ),
    ]
}

/// `share_key` is 0 for every shared lease and the lease's own id otherwise, so two leases of
/// one space over overlapping dates conflict unless both are shared.
const POSTGRES_NO_OVERLAP: [&str; 3] = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    "ALTER TABLE leases ADD COLUMN share_key integer
       GENERATED ALWAYS AS (CASE WHEN shared THEN 0 ELSE id END) STORED",
    "ALTER TABLE leases ADD CONSTRAINT leases_no_overlap EXCLUDE USING gist
       (space_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&, share_key WITH <>)",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("structures")
                    .add_column(date_null("left_on"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("leases")
                    .col(pk_auto("id"))
                    .col(integer("space_id"))
                    .col(integer("structure_id"))
                    // draft | signed | running | notice | ended
                    .col(string_len("status", 16))
                    .col(date("starts_on"))
                    // The last day (inclusive); none while open-ended.
                    .col(date_null("ends_on"))
                    .col(big_integer("monthly_rent_cents"))
                    .col(big_integer("monthly_charges_cents"))
                    // VAT in basis points: 2000 is 20 %.
                    .col(integer("vat_rate_bp"))
                    .col(big_integer("deposit_cents").default(0))
                    .col(integer("notice_months").default(3))
                    .col(integer("included_minutes_per_month").default(0))
                    .col(text("documents"))
                    .col(boolean("shared").default(false))
                    .col(integer("share_percent").default(100))
                    .col(string_len_null("rent_index", 8))
                    .col(string_len_null("reference_quarter", 8))
                    .col(date_null("last_revised_on"))
                    .col(date_null("notice_given_on"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(integer_null("created_by"))
                    .foreign_key(&mut fk(
                        "leases",
                        "space_id",
                        "spaces",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "leases",
                        "structure_id",
                        "structures",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "leases",
                        "created_by",
                        "accounts",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(
                        Expr::col("ends_on")
                            .is_null()
                            .or(Expr::col("ends_on").gte(Expr::col("starts_on"))),
                    )
                    .check(Expr::col("share_percent").between(1, 100))
                    .check(
                        Expr::col("shared")
                            .eq(true)
                            .or(Expr::col("share_percent").eq(100)),
                    )
                    .check(Expr::col("monthly_rent_cents").gte(0))
                    .check(Expr::col("monthly_charges_cents").gte(0))
                    .check(Expr::col("vat_rate_bp").between(0, 10_000))
                    .check(
                        Expr::col("status")
                            .is_in(["draft", "signed", "running", "notice", "ended"]),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            ("ix_leases_space_starts", ["space_id", "starts_on"]),
            ("ix_leases_structure_starts", ["structure_id", "starts_on"]),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table("leases")
                        .col(columns[0])
                        .col(columns[1])
                        .to_owned(),
                )
                .await?;
        }
        let conn = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                for sql in POSTGRES_NO_OVERLAP {
                    conn.execute_unprepared(sql).await?;
                }
            }
            _ => {
                for sql in sqlite_no_overlap() {
                    conn.execute_unprepared(&sql).await?;
                }
            }
        }
        manager
            .create_table(
                Table::create()
                    .table("index_values")
                    .col(pk_auto("id"))
                    // ilat | ilc | icc
                    .col(string_len("rent_index", 8))
                    // `2024-T2`
                    .col(string_len("quarter", 8))
                    .col(big_integer("value_hundredths"))
                    .col(timestamp_with_time_zone("created_at"))
                    .check(Expr::col("value_hundredths").gt(0))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_index_values_index_quarter")
                    .table("index_values")
                    .col("rent_index")
                    .col("quarter")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("lease_revisions")
                    .col(pk_auto("id"))
                    .col(integer("lease_id"))
                    .col(date("due_on"))
                    .col(string_len("rent_index", 8))
                    .col(string_len("reference_quarter", 8))
                    .col(big_integer("reference_hundredths"))
                    .col(string_len("new_quarter", 8))
                    .col(big_integer("new_hundredths"))
                    .col(big_integer("old_rent_cents"))
                    .col(big_integer("new_rent_cents"))
                    .col(integer_null("applied_by"))
                    .col(timestamp_with_time_zone("applied_at"))
                    .foreign_key(&mut fk(
                        "lease_revisions",
                        "lease_id",
                        "leases",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "lease_revisions",
                        "applied_by",
                        "accounts",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        // A revision is applied once.
        manager
            .create_index(
                Index::create()
                    .name("ux_lease_revisions_lease_due")
                    .table("lease_revisions")
                    .col("lease_id")
                    .col("due_on")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("space_requests")
                    .col(pk_auto("id"))
                    .col(integer("site_id"))
                    .col(integer_null("structure_id"))
                    .col(string_len("organisation", 200))
                    .col(string_len("contact_name", 200))
                    .col(string_len("email", 254))
                    .col(string_len_null("phone", 32))
                    .col(string_len("kind", 32))
                    .col(integer("surface_min_m2"))
                    .col(integer("surface_max_m2"))
                    // The most the requester can pay each month, excluding VAT.
                    .col(big_integer_null("budget_cents"))
                    .col(date("wanted_from"))
                    .col(string_len("sector", 32))
                    .col(text("message"))
                    .col(string_len("locale", 8))
                    // open | offered | leased | refused | withdrawn
                    .col(string_len("status", 16))
                    .col(integer_null("offered_space_id"))
                    .col(timestamp_with_time_zone_null("offered_at"))
                    .col(integer_null("lease_id"))
                    .col(string_len_null("decision_reason", 500))
                    .col(timestamp_with_time_zone_null("closed_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "space_requests",
                        "site_id",
                        "sites",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "space_requests",
                        "structure_id",
                        "structures",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "space_requests",
                        "offered_space_id",
                        "spaces",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "space_requests",
                        "lease_id",
                        "leases",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(Expr::col("surface_max_m2").gte(Expr::col("surface_min_m2")))
                    .check(Expr::col("status").is_in([
                        "open",
                        "offered",
                        "leased",
                        "refused",
                        "withdrawn",
                    ]))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "space_requests",
            "lease_revisions",
            "index_values",
            "leases",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table("structures")
                    .drop_column("left_on")
                    .to_owned(),
            )
            .await
    }
}
