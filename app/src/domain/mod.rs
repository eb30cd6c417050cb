//! Plain types shared by the browser and the server. A value that exists is valid.
mod enums;
pub mod error;
pub mod kinds;
pub mod locale;
pub mod money;
pub mod site;
pub mod space;
pub mod time;

pub use error::{AppError, FieldError};
pub use kinds::{
    BookingMode, CustomerKind, LegalForm, RateUnit, Role, Sector, SpaceKind, StructureStatus,
};
pub use locale::Locale;
pub use money::Money;
pub use site::SiteOverview;
pub use space::{RateView, SpaceFilter, SpaceQuery, SpaceSummary, SpaceView};
pub use time::TimeRange;
