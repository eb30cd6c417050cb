//! The catalogue of spaces and each space's page.
mod card;
mod catalogue;
mod detail;
mod filters;

pub use catalogue::CataloguePage;
pub use detail::SpacePage;
