//! HTTP tests over the real router, on SQLite and on PostgreSQL.
mod helpers;

mod api_spaces;
mod health_and_openapi;
mod pages;
