//! The CSV files managers upload to import: kept, decoded to text, between the preview that
//! names every bad line and the import that writes them all or nothing.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Alias::new("import_uploads"))
                    .col(pk_auto("id"))
                    .col(string_len("kind", 16))
                    .col(string_len("file_name", 200))
                    .col(text("content"))
                    .col(integer("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("imported_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Alias::new("import_uploads")).to_owned())
            .await
    }
}
