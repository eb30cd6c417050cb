//! The public calendar of markets and events (a month and a list), and each one's page.
mod event;
mod month;

pub use event::EventPageView;
pub use month::PublicCalendarPage;

use crate::domain::{Locale, OccurrenceView};

/// `16:00–19:30`, Paris time.
pub(super) fn hours(o: &OccurrenceView) -> String {
    let paris = |at: chrono::DateTime<chrono::Utc>| crate::domain::time::paris_time(at);
    format!("{}–{}", paris(o.starts_at), paris(o.ends_at))
}

/// The summary in the reader's language.
pub(super) fn summary(o: &OccurrenceView, locale: Locale) -> &str {
    match locale {
        Locale::Fr => &o.summary_fr,
        Locale::En => &o.summary_en,
    }
}
