//! The waiting list: someone who found a slot taken asks to be told when it frees. The first
//! in line is then offered it: a secret link holds the slot for them for a short time.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("booking_waits")
                    .col(pk_auto("id"))
                    .col(integer("space_id"))
                    .col(integer("structure_id"))
                    .col(integer("account_id"))
                    .col(string_len("title", 200))
                    .col(integer("attendees"))
                    .col(timestamp_with_time_zone("starts_at"))
                    .col(timestamp_with_time_zone("ends_at"))
                    // `ends_at` plus the space's buffer: what an offer holds.
                    .col(timestamp_with_time_zone("held_until"))
                    // waiting | offered | booked | lapsed | withdrawn
                    .col(string_len("status", 16))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("offered_at"))
                    .col(timestamp_with_time_zone_null("offer_expires_at"))
                    .col(string_len_null("offer_token_hash", 64))
                    .col(integer_null("booking_id"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_booking_waits_space")
                            .from("booking_waits", "space_id")
                            .to("spaces", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_booking_waits_structure")
                            .from("booking_waits", "structure_id")
                            .to("structures", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_booking_waits_account")
                            .from("booking_waits", "account_id")
                            .to("accounts", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_booking_waits_space_status")
                    .table("booking_waits")
                    .col("space_id")
                    .col("status")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_booking_waits_token")
                    .table("booking_waits")
                    .col("offer_token_hash")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("booking_waits").to_owned())
            .await
    }
}
