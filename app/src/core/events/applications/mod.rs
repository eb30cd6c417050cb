//! Exhibitors' applications: anyone applies through the public form and follows (and edits)
//! the application by a secret link until the call closes; managers decide, one by one or in
//! bulk, and each decision is mailed in the applicant's language.
mod apply;
mod decide;
mod follow;
mod mail;
mod view;

pub use apply::apply;
pub use decide::{applications, decide};
pub use follow::{declare_sales, edit_followed, followed};
