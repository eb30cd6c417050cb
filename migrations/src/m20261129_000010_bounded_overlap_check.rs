//! SQLite's never-twice triggers look only at bookings starting in the two days before the new
//! one (no booking holds a space longer: a day at most, plus its buffer), so a space's history
//! does not slow each booking down. PostgreSQL's exclusion constraints use their GiST index.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const DROP: [&str; 2] = [
    "DROP TRIGGER IF EXISTS bookings_no_overlap_insert",
    "DROP TRIGGER IF EXISTS bookings_no_overlap_update",
];

/// Stored instants read `2027-03-02T13:00:00+00:00`; the bound, without its offset, sorts just
/// before the same instant, which only widens the window.
const BOUNDED: [&str; 2] = [
    "CREATE TRIGGER bookings_no_overlap_insert BEFORE INSERT ON bookings
     WHEN NEW.status IN ('confirmed', 'pending')
     BEGIN
       SELECT RAISE(ABORT, 'bookings_no_overlap') WHERE EXISTS (
         SELECT 1 FROM bookings b WHERE b.space_id = NEW.space_id AND b.status = NEW.status
           AND b.starts_at > strftime('%Y-%m-%dT%H:%M:%S', NEW.starts_at, '-2 days')
           AND b.starts_at < NEW.held_until AND NEW.starts_at < b.held_until);
     END",
    "CREATE TRIGGER bookings_no_overlap_update BEFORE UPDATE OF status, starts_at, held_until ON bookings
     WHEN NEW.status IN ('confirmed', 'pending')
     BEGIN
       SELECT RAISE(ABORT, 'bookings_no_overlap') WHERE EXISTS (
         SELECT 1 FROM bookings b WHERE b.space_id = NEW.space_id AND b.status = NEW.status
           AND b.id <> NEW.id
           AND b.starts_at > strftime('%Y-%m-%dT%H:%M:%S', NEW.starts_at, '-2 days')
           AND b.starts_at < NEW.held_until AND NEW.starts_at < b.held_until);
     END",
];

async fn replace(manager: &SchemaManager<'_>, triggers: [&str; 2]) -> Result<(), DbErr> {
    if manager.get_database_backend() != DbBackend::Sqlite {
        return Ok(());
    }
    let db = manager.get_connection();
    for sql in DROP.into_iter().chain(triggers) {
        db.execute_unprepared(sql).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        replace(manager, BOUNDED).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        replace(manager, super::m20261129_000005_bookings::SQLITE_NO_OVERLAP).await
    }
}
