//! Plain types shared by the browser and the server. A value that exists is valid.
pub mod account;
pub mod availability;
pub mod booking;
mod enums;
pub mod error;
pub mod grid;
pub mod holidays;
pub mod kinds;
pub mod locale;
pub mod money;
pub mod plan;
pub mod pricing;
pub mod recurrence;
pub mod rules;
pub mod siret;
pub mod site;
pub mod space;
pub mod structure;
pub mod time;

pub use account::{AccountRow, AuditAction, AuditEntry, LinkView, StructureRef, TokenView, Viewer};
pub use booking::{
    Availability, BookingFor, BookingInput, BookingPreview, BookingQuery, BookingStatus,
    BookingView, ClosureView, FeedView, NearbySlots, NewBooking, SearchResult, Slot, WaitView,
};
pub use error::{AppError, FieldError};
pub use kinds::{
    BookingMode, CustomerKind, LegalForm, RateUnit, Role, Sector, SpaceKind, StructureStatus,
};
pub use locale::Locale;
pub use money::Money;
pub use siret::Siret;
pub use site::SiteOverview;
pub use space::{RateView, SpaceFilter, SpaceQuery, SpaceSummary, SpaceView};
pub use structure::{MemberAdded, MemberInput, NewStructure, StructureInput, StructureView};
pub use time::TimeRange;
