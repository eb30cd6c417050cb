//! One count per entrance, day and hour of an edition (or one day's total per entrance), so
//! that a count typed twice replaces the first instead of doubling the visitors. An hour may
//! be empty, and two empty values never clash in a unique index: the index reads it as −1.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The same statement on both engines: an index on an expression.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX ux_visitor_counts_slot
                 ON visitor_counts (edition_id, day, entrance, (COALESCE(hour, -1)))",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX ux_visitor_counts_slot")
            .await?;
        Ok(())
    }
}
