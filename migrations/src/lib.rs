//! Solilab's schema, one migration per change. A migration is never edited once it has landed.
pub use sea_orm_migration::prelude::*;

mod m20261129_000001_sites_and_spaces;
mod m20261129_000002_structures_and_accounts;
mod m20261129_000003_mail_outbox;
mod m20261129_000004_sessions_links_audit;
mod m20261129_000005_bookings;
mod m20261129_000006_booking_series;
mod m20261129_000007_calendars;
mod m20261129_000008_space_plan;
mod m20261129_000009_booking_waits;
mod m20261129_000010_bounded_overlap_check;
mod m20261129_000011_leases;
mod m20261129_000012_markets_and_events;
mod m20261129_000013_one_count_per_slot;
mod m20261130_000014_included_time_index;
mod m20261130_000015_booking_slot_index;
mod m20261203_000016_site_details;
mod m20261204_000017_setup_tokens;
mod m20261204_000018_import_uploads;
mod m20261204_000019_floor_pictures;
mod m20261208_000020_parcels;
mod m20261208_000021_visitors;

/// Applies Solilab's migrations in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_sites_and_spaces::Migration),
            Box::new(m20261129_000002_structures_and_accounts::Migration),
            Box::new(m20261129_000003_mail_outbox::Migration),
            Box::new(m20261129_000004_sessions_links_audit::Migration),
            Box::new(m20261129_000005_bookings::Migration),
            Box::new(m20261129_000006_booking_series::Migration),
            Box::new(m20261129_000007_calendars::Migration),
            Box::new(m20261129_000008_space_plan::Migration),
            Box::new(m20261129_000009_booking_waits::Migration),
            Box::new(m20261129_000010_bounded_overlap_check::Migration),
            Box::new(m20261129_000011_leases::Migration),
            Box::new(m20261129_000012_markets_and_events::Migration),
            Box::new(m20261129_000013_one_count_per_slot::Migration),
            Box::new(m20261130_000014_included_time_index::Migration),
            Box::new(m20261130_000015_booking_slot_index::Migration),
            Box::new(m20261203_000016_site_details::Migration),
            Box::new(m20261204_000017_setup_tokens::Migration),
            Box::new(m20261204_000018_import_uploads::Migration),
            Box::new(m20261204_000019_floor_pictures::Migration),
            Box::new(m20261208_000020_parcels::Migration),
            Box::new(m20261208_000021_visitors::Migration),
        ]
    }
}
