//! Structures: the managers' directory and each structure's page with its leases, a member's
//! own structure, and the public list of hosted structures.
mod choices;
mod detail;
mod directory;
mod lease_form;
mod leases;
mod new;
mod own;
mod pathway;
mod public;

pub use detail::StructurePage;
pub use directory::DirectoryPage;
pub use lease_form::LeaseFormPage;
pub use new::NewStructurePage;
pub use own::OwnStructurePage;
pub use public::PublicDirectoryPage;
