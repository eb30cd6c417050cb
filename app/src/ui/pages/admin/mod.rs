//! The pages of those who run the site: accounts and roles, invitations, the audit log.
mod accounts;
mod audit;

pub use accounts::AccountsPage;
pub use audit::AuditPage;
