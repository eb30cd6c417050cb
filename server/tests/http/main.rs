//! HTTP tests over the real router, on SQLite and on PostgreSQL.
mod helpers;

mod access;
mod account_pages;
mod accounts;
mod api_bookings;
mod api_editions;
mod api_leases;
mod api_series;
mod api_sites;
mod api_space_edit;
mod api_spaces;
mod api_structures;
mod booking_pages;
mod calendars;
mod edition_report;
mod event_pages;
mod exhibitor_pages;
mod health_and_openapi;
mod markets;
mod occupancy_pages;
mod pages;
mod public_calendar;
mod setup_pages;
mod site_pages;
mod space_pages;
mod structure_pages;
