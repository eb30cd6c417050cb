//! One folder or file per area of the site.
mod error;
mod home;
mod spaces;

pub use error::{ErrorPage, NotFoundPage};
pub use home::HomePage;
pub use spaces::{CataloguePage, SpacePage};
