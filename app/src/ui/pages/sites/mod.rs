//! The admins' pages of the sites: the list, a new site, a site's details.
mod fields;
mod form;
mod list;
mod plan;

pub use fields::site_fields;
pub use form::{EditSitePage, NewSitePage};
pub use list::SitesPage;
pub use plan::PlanAdminPage;
