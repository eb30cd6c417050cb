//! The managers' pages of the markets: the list of markets and events, a new market, and a
//! market's page with its form, changed days, producers and roster.
mod days;
mod edition;
mod event_form;
mod fields;
mod form;
mod list;
mod producers;

pub use edition::EditionPage;
pub use event_form::{EditEventPage, NewEventPage};
pub use form::{EditMarketPage, NewMarketPage};
pub use list::MarketsPage;
