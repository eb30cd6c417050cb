//! One folder or file per area of the site.
pub mod account;
mod admin;
mod bookings;
mod calendar;
mod error;
mod exhibitors;
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
pub use calendar::{EventPageView, PublicCalendarPage};
pub use error::{ErrorPage, NotFoundPage};
pub use exhibitors::{
    ApplyPage, EditionApplicationsPage, EditionReportPage, FollowApplicationPage, StallPlanPage,
    StatementPage,
};
pub use home::HomePage;
pub use occupancy::{IndicesPage, OccupancyPage, RequestFormPage, RequestsPage};
pub use spaces::{CataloguePage, SpacePage};
pub use structures::{
    DirectoryPage, LeaseFormPage, NewStructurePage, OwnStructurePage, PublicDirectoryPage,
    StructurePage,
};
