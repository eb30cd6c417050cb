//! One folder or file per area of the site.
pub mod account;
mod admin;
mod bookings;
mod error;
mod home;
mod occupancy;
mod spaces;
mod structures;

pub use account::{AccountPage, ForgotPage, InvitationPage, ResetPage, SignInPage, TokensPage};
pub use admin::{AccountsPage, AuditPage, ClosuresPage, SpaceRulesPage};
pub use bookings::{
    ApprovalPage, CalendarPage, ConfirmPage, FindPage, GridPage, MovePage, MyBookingsPage,
    OfferPage, PlanPage, WeekPage,
};
pub use error::{ErrorPage, NotFoundPage};
pub use home::HomePage;
pub use occupancy::{IndicesPage, OccupancyPage, RequestFormPage, RequestsPage};
pub use spaces::{CataloguePage, SpacePage};
pub use structures::{
    DirectoryPage, LeaseFormPage, NewStructurePage, OwnStructurePage, PublicDirectoryPage,
    StructurePage,
};
