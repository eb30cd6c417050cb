//! The bookings of a space by start, with what tells whether each holds its slot. Before every
//! booking, the free-slot check and (on SQLite) the never-twice trigger read the space's
//! bookings starting in the 48 hours before the new one; through the index of space and start
//! alone, each of those bookings was then read from the table for its end, status and hold. With
//! them in the index, both read the index only. It replaces the narrower index.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE INDEX ix_bookings_space_slot
             ON bookings (space_id, starts_at, held_until, status, hold_expires_at)",
        )
        .await?;
        db.execute_unprepared("DROP INDEX ix_bookings_space_starts")
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE INDEX ix_bookings_space_starts ON bookings (space_id, starts_at)",
        )
        .await?;
        db.execute_unprepared("DROP INDEX ix_bookings_space_slot")
            .await?;
        Ok(())
    }
}
