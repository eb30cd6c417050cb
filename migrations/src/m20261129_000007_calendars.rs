//! Calendars: a mail may carry one attachment (the `.ics` invitation of a booking), and each
//! structure may have private iCal feeds of its bookings, reached by a secret token kept only as
//! its SHA-256 hash, revocable.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn attachment_columns() -> Vec<ColumnDef> {
    vec![
        string_len_null("attachment_name", 200).to_owned(),
        string_len_null("attachment_type", 100).to_owned(),
        text_null("attachment_body").to_owned(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for column in attachment_columns() {
            manager
                .alter_table(
                    Table::alter()
                        .table("mail_outbox")
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("calendar_feeds")
                    .col(pk_auto("id"))
                    .col(integer("structure_id"))
                    .col(string_len_uniq("token_hash", 64))
                    .col(integer_null("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("last_used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_calendar_feeds_structure")
                            .from("calendar_feeds", "structure_id")
                            .to("structures", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_calendar_feeds_created_by")
                            .from("calendar_feeds", "created_by")
                            .to("accounts", "id")
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("calendar_feeds").to_owned())
            .await?;
        for column in attachment_columns() {
            let name = column.get_column_name();
            manager
                .alter_table(
                    Table::alter()
                        .table("mail_outbox")
                        .drop_column(name)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
