//! Bookings of spaces, the rules each space sets for them, site closures and idempotency keys.
//!
//! No two confirmed bookings of a space overlap, and no two pending requests hold the same slot:
//! on PostgreSQL an exclusion constraint says so, on SQLite a trigger does (bookings are written
//! in `BEGIN IMMEDIATE` transactions, so its check and the insert happen under one writer).
//! A booking blocks `[starts_at, held_until)`, where `held_until` adds the space's buffer.
use sea_orm_migration::sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    name: &str,
    from: &str,
    column: &str,
    to: &str,
    action: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.to_owned(), column.to_owned())
        .to(to.to_owned(), "id")
        .on_delete(action)
        .to_owned()
}

fn index(name: &str, table: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table.to_owned());
    for column in columns {
        index.col(std::string::ToString::to_string(column));
    }
    index.to_owned()
}

/// Columns added to `spaces`: the booking rules and the cancellation policy.
fn space_rule_columns() -> Vec<ColumnDef> {
    vec![
        string_len("opening_hours", 120)
            .default("08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,,")
            .to_owned(),
        integer("min_minutes").default(30).to_owned(),
        integer("max_minutes").default(600).to_owned(),
        integer("step_minutes").default(30).to_owned(),
        integer("buffer_minutes").default(0).to_owned(),
        integer("max_advance_days").default(365).to_owned(),
        integer("min_notice_minutes").default(0).to_owned(),
        integer("cancel_free_hours").default(24).to_owned(),
        integer("cancel_fee_percent").default(0).to_owned(),
        integer("hold_minutes").default(2880).to_owned(),
    ]
}

/// Columns added to `structures`: what kind of customer it is, its solidarity rate and the
/// meeting-room time included each month.
fn structure_pricing_columns() -> Vec<ColumnDef> {
    vec![
        string_len("customer_kind", 16).default("hosted").to_owned(),
        integer("discount_percent").default(0).to_owned(),
        integer("included_minutes_per_month").default(0).to_owned(),
    ]
}

/// SQLite's never-twice triggers; migration `000010` bounds them and restores these on `down`.
pub(crate) const SQLITE_NO_OVERLAP: [&str; 2] = [
    "CREATE TRIGGER bookings_no_overlap_insert BEFORE INSERT ON bookings
     WHEN NEW.status IN ('confirmed', 'pending')
     BEGIN
       SELECT RAISE(ABORT, 'bookings_no_overlap') WHERE EXISTS (
         SELECT 1 FROM bookings b WHERE b.space_id = NEW.space_id AND b.status = NEW.status
           AND b.starts_at < NEW.held_until AND NEW.starts_at < b.held_until);
     END",
    "CREATE TRIGGER bookings_no_overlap_update BEFORE UPDATE OF status, starts_at, held_until ON bookings
     WHEN NEW.status IN ('confirmed', 'pending')
     BEGIN
       SELECT RAISE(ABORT, 'bookings_no_overlap') WHERE EXISTS (
         SELECT 1 FROM bookings b WHERE b.space_id = NEW.space_id AND b.status = NEW.status
           AND b.id <> NEW.id
           AND b.starts_at < NEW.held_until AND NEW.starts_at < b.held_until);
     END",
];

const POSTGRES_NO_OVERLAP: [&str; 3] = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist
       (space_id WITH =, tstzrange(starts_at, held_until, '[)') WITH &&)
       WHERE (status = 'confirmed')",
    "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap_pending EXCLUDE USING gist
       (space_id WITH =, tstzrange(starts_at, held_until, '[)') WITH &&)
       WHERE (status = 'pending')",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for column in space_rule_columns() {
            manager
                .alter_table(Table::alter().table("spaces").add_column(column).to_owned())
                .await?;
        }
        for column in structure_pricing_columns() {
            manager
                .alter_table(
                    Table::alter()
                        .table("structures")
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("site_closures")
                    .col(pk_auto("id"))
                    .col(integer("site_id"))
                    .col(date("starts_on"))
                    .col(date("ends_on"))
                    .col(string_len("reason", 200))
                    .foreign_key(&mut fk(
                        "fk_site_closures_site",
                        "site_closures",
                        "site_id",
                        "sites",
                        ForeignKeyAction::Cascade,
                    ))
                    .check(Expr::col("ends_on").gte(Expr::col("starts_on")))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("bookings")
                    .col(pk_auto("id"))
                    .col(integer("space_id"))
                    .col(integer_null("structure_id"))
                    .col(string_len_null("customer_name", 200))
                    .col(string_len_null("customer_email", 254))
                    .col(integer_null("booked_by"))
                    .col(string_len("title", 200))
                    .col(integer("attendees"))
                    .col(timestamp_with_time_zone("starts_at"))
                    .col(timestamp_with_time_zone("ends_at"))
                    .col(timestamp_with_time_zone("held_until"))
                    .col(string_len("status", 16))
                    .col(timestamp_with_time_zone_null("hold_expires_at"))
                    .col(string_len("customer_kind", 16))
                    .col(big_integer("price_cents"))
                    .col(integer("included_minutes"))
                    .col(big_integer("cancel_fee_cents").default(0))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(integer_null("decided_by"))
                    .col(timestamp_with_time_zone_null("decided_at"))
                    .col(string_len_null("decision_reason", 500))
                    .col(integer_null("cancelled_by"))
                    .col(timestamp_with_time_zone_null("cancelled_at"))
                    .foreign_key(&mut fk(
                        "fk_bookings_space",
                        "bookings",
                        "space_id",
                        "spaces",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "fk_bookings_structure",
                        "bookings",
                        "structure_id",
                        "structures",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "fk_bookings_booked_by",
                        "bookings",
                        "booked_by",
                        "accounts",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "fk_bookings_decided_by",
                        "bookings",
                        "decided_by",
                        "accounts",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "fk_bookings_cancelled_by",
                        "bookings",
                        "cancelled_by",
                        "accounts",
                        ForeignKeyAction::SetNull,
                    ))
                    .check(Expr::col("ends_at").gt(Expr::col("starts_at")))
                    .check(Expr::col("held_until").gte(Expr::col("ends_at")))
                    .check(Expr::col("attendees").gte(1))
                    .check(Expr::col("price_cents").gte(0))
                    .check(Expr::col("status").is_in([
                        "pending",
                        "confirmed",
                        "cancelled",
                        "refused",
                        "expired",
                    ]))
                    // Every booking is for a hosted structure or a named outside customer.
                    .check(
                        Expr::col("structure_id")
                            .is_not_null()
                            .or(Expr::col("customer_name").is_not_null()),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            ("ix_bookings_space_starts", &["space_id", "starts_at"][..]),
            (
                "ix_bookings_structure_starts",
                &["structure_id", "starts_at"],
            ),
            ("ix_bookings_status_hold", &["status", "hold_expires_at"]),
        ] {
            manager
                .create_index(index(name, "bookings", columns))
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("idempotency_keys")
                    .col(pk_auto("id"))
                    .col(integer("account_id"))
                    .col(string_len("key", 255))
                    .col(string_len("request_hash", 64))
                    .col(integer_null("status"))
                    .col(text_null("response"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "fk_idempotency_keys_account",
                        "idempotency_keys",
                        "account_id",
                        "accounts",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                index(
                    "ux_idempotency_keys_account_key",
                    "idempotency_keys",
                    &["account_id", "key"],
                )
                .unique()
                .to_owned(),
            )
            .await?;
        manager
            .create_index(index(
                "ix_idempotency_keys_created",
                "idempotency_keys",
                &["created_at"],
            ))
            .await?;
        let db = manager.get_connection();
        let statements: &[&str] = match manager.get_database_backend() {
            DbBackend::Postgres => &POSTGRES_NO_OVERLAP,
            _ => &SQLITE_NO_OVERLAP,
        };
        for sql in statements {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["idempotency_keys", "bookings", "site_closures"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for column in structure_pricing_columns() {
            let name = column.get_column_name();
            manager
                .alter_table(
                    Table::alter()
                        .table("structures")
                        .drop_column(name)
                        .to_owned(),
                )
                .await?;
        }
        for column in space_rule_columns() {
            let name = column.get_column_name();
            manager
                .alter_table(Table::alter().table("spaces").drop_column(name).to_owned())
                .await?;
        }
        Ok(())
    }
}
