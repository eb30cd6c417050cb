//! Markets and events (*marchés et événements*): a market's recurring days, the calendar's
//! month, and the applications exhibitors send for an edition.
use super::enums::vocabulary;

mod application;
mod event_input;
mod event_view;
mod market;
mod market_view;
mod month;
mod report;
mod series;
mod visitors;

pub use application::{ApplicationInput, NewApplication, decision_allowed};
pub use event_input::{
    EditionInput, EventInput, MAX_NEW_STALLS, NewEdition, StallPlace, StallTypeForm,
    StallTypeInput, StallsInput,
};
pub use event_view::{EditionDetail, EditionSummary, EventDetail, StallRow};
pub use market::{
    ExceptionInput, MarketInput, MarketPatch, NewException, NewMarket, WEEKDAYS, read_weekly_rule,
    weekly_rule,
};
pub use market_view::{
    EventRow, ExceptionView, MarketDetail, ProducerInput, ProducerRow, RosterInput,
};
pub use month::MonthGrid;
pub use report::{EditionFigures, EditionReport, FeeLine, change_percent, tally};
pub use series::{
    ExceptionKind, MAX_OCCURRENCES, MarketSeries, Occurrence, SeriesException, paris_span,
};
#[cfg(feature = "ssr")]
pub use series::{falls_on, occurrences, validate_rule};
pub use visitors::{
    MAX_VISITORS, NewVisitorCount, VisitorCount, VisitorCountInput, visitors_by_entrance,
    visitors_by_entrance_day, visitors_by_hour, visitors_total,
};

vocabulary!(
    /// What a calendar entry is: a recurring market, or an event with yearly editions.
    EventKind, "event_kind", {
        Market => "market",
        Event => "event",
    }
);

vocabulary!(
    /// Where an exhibitor's application stands; `Waiting` is the waiting list.
    ApplicationStatus, "application_status", {
        Received => "received",
        Accepted => "accepted",
        Waiting => "waiting",
        Refused => "refused",
        Withdrawn => "withdrawn",
    }
);

#[cfg(test)]
mod tests;
