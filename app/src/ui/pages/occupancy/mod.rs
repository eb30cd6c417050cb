//! Occupancy (*taux d'occupation*) and what feeds it: the managers' dashboard, space requests
//! matched to vacancies, the public request form, and rent index values with the revisions due.
mod dashboard;
mod indices;
mod request_form;
mod requests;
mod tables;

pub use dashboard::OccupancyPage;
pub use indices::IndicesPage;
pub use request_form::RequestFormPage;
pub use requests::RequestsPage;
