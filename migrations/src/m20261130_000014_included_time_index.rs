//! The bookings that used a structure's included meeting-room time, by structure and start.
//! Every booking of a meeting room sums what its structure used that month; through the index
//! of all its bookings that read every booking of the month, a few hundred for a busy structure.
//! Only the bookings that used included time count, and there are a few a month at most: the
//! sum reads those alone. The same statement on both engines: a partial index.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX ix_bookings_structure_included
                 ON bookings (structure_id, starts_at) WHERE included_minutes > 0",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX ix_bookings_structure_included")
            .await?;
        Ok(())
    }
}
