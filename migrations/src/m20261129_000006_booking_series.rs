//! Repeating bookings: a series keeps the recurrence rule, and each of its dates is an ordinary
//! booking pointing at it (`bookings.series_id`), so the never-twice guarantee holds for every occurrence.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("booking_series")
                    .col(pk_auto("id"))
                    .col(integer("space_id"))
                    .col(integer_null("structure_id"))
                    // The RRULE, e.g. `FREQ=WEEKLY;UNTIL=20270630T215959Z`.
                    .col(string_len("rule", 500))
                    .col(timestamp_with_time_zone("first_starts_at"))
                    .col(integer_null("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_booking_series_space")
                            .from("booking_series", "space_id")
                            .to("spaces", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_booking_series_structure")
                            .from("booking_series", "structure_id")
                            .to("structures", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_booking_series_created_by")
                            .from("booking_series", "created_by")
                            .to("accounts", "id")
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // A plain column: SQLite cannot drop a column that carries a reference. Series are
        // never deleted on their own (a space's deletion takes its bookings with it).
        manager
            .alter_table(
                Table::alter()
                    .table("bookings")
                    .add_column(integer_null("series_id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_bookings_series")
                    .table("bookings")
                    .col("series_id")
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_bookings_series")
                    .table("bookings")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("bookings")
                    .drop_column("series_id")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table("booking_series").to_owned())
            .await
    }
}
