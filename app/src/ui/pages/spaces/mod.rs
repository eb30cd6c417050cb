//! The catalogue of spaces, each space's page, and the managers' form of a space.
mod card;
mod catalogue;
mod detail;
mod edit;
mod filters;
mod form_fields;

pub use catalogue::CataloguePage;
pub use detail::SpacePage;
pub use edit::{EditSpacePage, NewSpacePage};
