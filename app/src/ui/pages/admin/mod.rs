//! The pages of those who run the site: accounts and roles, invitations, the audit log, site
//! closures and each space's booking rules.
mod accounts;
mod audit;
mod closures;
mod import;
mod space_rules;

pub use accounts::AccountsPage;
pub use audit::AuditPage;
pub use closures::ClosuresPage;
pub use import::{ImportPage, ImportPreviewPage};
pub use space_rules::SpaceRulesPage;
