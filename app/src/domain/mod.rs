//! Plain types shared by the browser and the server. A value that exists is valid.
pub mod account;
pub mod availability;
pub mod booking;
pub mod calendar;
pub mod checks;
pub mod dashboard;
pub mod directory;
mod enums;
pub mod error;
pub mod events;
pub mod exhibitors;
pub mod grid;
pub mod holidays;
pub mod import;
pub mod indexation;
pub mod kinds;
pub mod lease;
pub mod locale;
pub mod money;
pub mod occupancy;
pub mod parcel;
pub mod picture;
pub mod plan;
pub mod pricing;
pub mod recurrence;
pub mod request;
pub mod revision;
pub mod rules;
pub mod setup;
pub mod siret;
pub mod site;
pub mod site_input;
pub mod space;
pub mod space_form;
pub mod space_input;
pub mod space_patch;
pub mod structure;
pub mod time;
pub mod visitor;

pub use account::{AccountRow, AuditAction, AuditEntry, LinkView, StructureRef, TokenView, Viewer};
pub use booking::{
    Availability, BookingFor, BookingInput, BookingPreview, BookingQuery, BookingStatus,
    BookingView, ClosureView, FeedView, NearbySlots, NewBooking, SearchResult, Slot, WaitStatus,
    WaitView,
};
pub use calendar::{
    ApplicationView, ChangeView, EditionView, EventPage, EventsFilter, EventsQuery, ExhibitorView,
    OccurrenceView, ProducerView,
};
pub use dashboard::{MonthRates, OccupancyQuery, OccupancyRates, OccupancyView, VacancyView};
pub use directory::{
    Facts, FactsInput, PathwayStep, PublicStructure, StructureDetail, StructureFilter,
    StructureQuery, StructureRow, TermsInput,
};
pub use error::{AppError, FieldError};
pub use events::{
    ApplicationInput, ApplicationStatus, EventKind, ExceptionKind, MarketSeries, MonthGrid,
    NewApplication, Occurrence, SeriesException,
};
pub use indexation::{IndexValue, Quarter, RentIndex};
pub use kinds::{
    BookingMode, CustomerKind, LegalForm, RateUnit, Role, Sector, SpaceKind, StructureStatus,
};
pub use lease::{
    LeaseFilter, LeaseForm, LeaseInput, LeaseStatus, LeaseStep, LeaseView, NewLease, RenewInput,
    renewal_refused,
};
pub use locale::Locale;
pub use money::Money;
pub use request::{
    Candidate, NewSpaceRequest, RequestMatch, RequestStatus, SpaceRequestInput, SpaceRequestView,
};
pub use revision::{IndexValueInput, IndexValueView, NewIndexValue, RevisionProposal};
pub use setup::{SetupAccount, SetupPending};
pub use siret::Siret;
pub use site::{SiteOverview, SiteView};
pub use site_input::{NewSite, SiteInput, SitePatch};
pub use space::{RateView, SpaceFilter, SpaceQuery, SpaceSummary, SpaceView};
pub use space_form::SpaceForm;
pub use space_input::{NewSpace, RateInput, SpaceInput};
pub use space_patch::{SpaceHolder, SpacePatch};
pub use structure::{
    MemberAdded, MemberInput, MemberView, NewStructure, StructureInput, StructureView,
};
pub use time::TimeRange;
