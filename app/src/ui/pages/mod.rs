//! One folder or file per area of the site.
pub mod account;
mod admin;
mod bookings;
mod error;
mod home;
mod spaces;

pub use account::{AccountPage, ForgotPage, InvitationPage, ResetPage, SignInPage, TokensPage};
pub use admin::{AccountsPage, AuditPage, ClosuresPage, SpaceRulesPage};
pub use bookings::{
    ApprovalPage, CalendarPage, ConfirmPage, FindPage, GridPage, MovePage, MyBookingsPage,
    OfferPage, PlanPage, WeekPage,
};
pub use error::{ErrorPage, NotFoundPage};
pub use home::HomePage;
pub use spaces::{CataloguePage, SpacePage};
