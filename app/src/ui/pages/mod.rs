//! One folder or file per area of the site.
pub mod account;
mod admin;
mod bookings;
mod calendar;
mod desk;
mod error;
mod exhibitors;
mod home;
mod markets;
mod occupancy;
mod setup;
mod sites;
mod spaces;
mod structures;

pub use account::{AccountPage, ForgotPage, InvitationPage, ResetPage, SignInPage, TokensPage};
pub use admin::{
    AccountsPage, AuditPage, ClosuresPage, ImportPage, ImportPreviewPage, SpaceRulesPage,
};
pub use bookings::{
    ApprovalPage, CalendarPage, ConfirmPage, FindPage, GridPage, MovePage, MyBookingsPage,
    OfferPage, PlanPage, WeekPage,
};
pub use calendar::{EventPageView, PublicCalendarPage};
pub use desk::{
    DeskParcelsPage, DeskVisitorsPage, MyParcelsPage, MyVisitorsPage, ParcelRegisterPage,
};
pub use error::{ErrorPage, NotFoundPage};
pub use exhibitors::{
    ApplyPage, EditionApplicationsPage, EditionReportPage, FollowApplicationPage, StallPlanPage,
    StatementPage,
};
pub use home::HomePage;
pub use markets::{
    EditEventPage, EditMarketPage, EditionPage, MarketsPage, NewEventPage, NewMarketPage,
};
pub use occupancy::{IndicesPage, OccupancyPage, RequestFormPage, RequestsPage};
pub use setup::SetupPage;
pub use sites::{EditSitePage, NewSitePage, PlanAdminPage, SitesPage};
pub use spaces::{CataloguePage, EditSpacePage, NewSpacePage, SpacePage};
pub use structures::{
    DirectoryPage, LeaseFormPage, NewStructurePage, OwnStructurePage, PublicDirectoryPage,
    StructurePage,
};
