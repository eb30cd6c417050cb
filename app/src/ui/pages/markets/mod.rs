//! The managers' pages of the markets: the list of markets and events, a new market, and a
//! market's page with its form, changed days, producers and roster.
mod days;
mod fields;
mod form;
mod list;
mod producers;

pub use form::{EditMarketPage, NewMarketPage};
pub use list::MarketsPage;
