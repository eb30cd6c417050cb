//! Markets and events: a recurring market is one series (an RRULE) with its exceptions and its
//! roster of producers; an event has yearly editions with stall types, stalls, exhibitors'
//! applications and the day's figures. A stall goes to one exhibitor at most: a unique index.
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

fn unique(name: &str, table: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table.to_owned()).unique();
    for column in columns {
        index.col(std::string::ToString::to_string(column));
    }
    index.to_owned()
}

fn tables() -> Vec<TableCreateStatement> {
    use ForeignKeyAction::{Cascade, Restrict, SetNull};
    vec![
        Table::create()
            .table("events")
            .col(pk_auto("id"))
            .col(integer("site_id"))
            .col(string_len_uniq("slug", 80))
            // market | event
            .col(string_len("kind", 16))
            .col(string_len("name", 200))
            .col(string_len("summary_fr", 300))
            .col(string_len("summary_en", 300))
            .col(text("description_fr"))
            .col(text("description_en"))
            .col(string_len("place", 200))
            .col(text("access_fr"))
            .col(text("access_en"))
            // A market's series: an RRULE body, its first day and Paris opening hours.
            .col(string_len_null("rule", 200))
            .col(date_null("first_day"))
            .col(date_null("until"))
            .col(string_len_null("opens", 5))
            .col(string_len_null("closes", 5))
            // Bumped at each change, for calendar apps (RFC 5545 SEQUENCE).
            .col(integer("sequence").default(0))
            .col(timestamp_with_time_zone("updated_at"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk("events", "site_id", "sites", Restrict))
            .check(Expr::col("kind").is_in(["market", "event"]))
            .to_owned(),
        Table::create()
            .table("event_exceptions")
            .col(pk_auto("id"))
            .col(integer("event_id"))
            .col(date("original_day"))
            // cancelled | moved
            .col(string_len("status", 16))
            .col(date_null("moved_day"))
            .col(string_len_null("moved_opens", 5))
            .col(string_len_null("moved_closes", 5))
            .col(string_len("reason", 200))
            .foreign_key(&mut fk("event_exceptions", "event_id", "events", Cascade))
            .check(Expr::col("status").is_in(["cancelled", "moved"]))
            .to_owned(),
        Table::create()
            .table("producers")
            .col(pk_auto("id"))
            .col(integer("event_id"))
            .col(string_len("name", 200))
            .col(string_len("products", 300))
            .col(string_len("town", 100))
            .foreign_key(&mut fk("producers", "event_id", "events", Cascade))
            .to_owned(),
        Table::create()
            .table("roster_entries")
            .col(pk_auto("id"))
            .col(integer("producer_id"))
            .col(date("day"))
            .foreign_key(&mut fk(
                "roster_entries",
                "producer_id",
                "producers",
                Cascade,
            ))
            .to_owned(),
        Table::create()
            .table("editions")
            .col(pk_auto("id"))
            .col(integer("event_id"))
            .col(integer("year"))
            .col(date("starts_on"))
            .col(date("ends_on"))
            .col(string_len("opens", 5))
            .col(string_len("closes", 5))
            .col(date("call_opens_on"))
            .col(date("call_closes_on"))
            // Whether the exhibitors' list (with stall numbers) is public.
            .col(boolean("published").default(false))
            .col(integer("sequence").default(0))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut fk("editions", "event_id", "events", Cascade))
            .check(Expr::col("ends_on").gte(Expr::col("starts_on")))
            .check(Expr::col("call_closes_on").gte(Expr::col("call_opens_on")))
            .to_owned(),
        Table::create()
            .table("stall_types")
            .col(pk_auto("id"))
            .col(integer("edition_id"))
            .col(string_len("name", 100))
            .col(integer("width_cm"))
            .col(integer("depth_cm"))
            .col(big_integer("price_cents"))
            .col(boolean("power"))
            .foreign_key(&mut fk("stall_types", "edition_id", "editions", Cascade))
            .check(Expr::col("price_cents").gte(0))
            .to_owned(),
        Table::create()
            .table("stalls")
            .col(pk_auto("id"))
            .col(integer("edition_id"))
            .col(integer("stall_type_id"))
            .col(integer("number"))
            // The stall's rectangle on the edition's plan (1000 × 600 units).
            .col(integer("x"))
            .col(integer("y"))
            .col(integer("w"))
            .col(integer("h"))
            .foreign_key(&mut fk("stalls", "edition_id", "editions", Cascade))
            .foreign_key(&mut fk("stalls", "stall_type_id", "stall_types", Restrict))
            .to_owned(),
        Table::create()
            .table("applications")
            .col(pk_auto("id"))
            .col(integer("edition_id"))
            .col(string_len_uniq("token_hash", 64))
            // received | accepted | waiting | refused | withdrawn
            .col(string_len("status", 16))
            .col(string_len("organisation", 200))
            .col(string_len_null("siret", 14))
            .col(string_len("legal_form", 32))
            .col(string_len("sector", 32))
            .col(string_len("contact_name", 200))
            .col(string_len("email", 254))
            .col(string_len_null("phone", 32))
            .col(text("products"))
            .col(integer("stall_type_id"))
            .col(text("needs"))
            .col(string_len("locale", 8))
            .col(integer_null("stall_id"))
            .col(string_len_null("decision_reason", 500))
            .col(timestamp_with_time_zone_null("decided_at"))
            .col(big_integer_null("sales_cents"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut fk("applications", "edition_id", "editions", Cascade))
            .foreign_key(&mut fk(
                "applications",
                "stall_type_id",
                "stall_types",
                Restrict,
            ))
            .foreign_key(&mut fk("applications", "stall_id", "stalls", SetNull))
            .check(Expr::col("status").is_in([
                "received",
                "accepted",
                "waiting",
                "refused",
                "withdrawn",
            ]))
            .to_owned(),
        Table::create()
            .table("visitor_counts")
            .col(pk_auto("id"))
            .col(integer("edition_id"))
            .col(date("day"))
            .col(string_len("entrance", 100))
            // The hour counted (0–23), or none for a day's total.
            .col(integer_null("hour"))
            .col(integer("visitors"))
            .foreign_key(&mut fk("visitor_counts", "edition_id", "editions", Cascade))
            .check(Expr::col("visitors").gte(0))
            .to_owned(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in tables() {
            manager.create_table(table).await?;
        }
        for index in [
            unique(
                "ux_event_exceptions_day",
                "event_exceptions",
                &["event_id", "original_day"],
            ),
            unique(
                "ux_roster_producer_day",
                "roster_entries",
                &["producer_id", "day"],
            ),
            unique("ux_editions_event_year", "editions", &["event_id", "year"]),
            unique(
                "ux_stalls_edition_number",
                "stalls",
                &["edition_id", "number"],
            ),
            // One stall, one exhibitor: a stall belongs to one edition.
            unique("ux_applications_stall", "applications", &["stall_id"]),
        ] {
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "visitor_counts",
            "applications",
            "stalls",
            "stall_types",
            "editions",
            "roster_entries",
            "producers",
            "event_exceptions",
            "events",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
