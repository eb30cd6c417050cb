//! Markets and events: the public calendar (pages, API and iCalendar feed), event pages, and
//! the stall plan's rule that a stall goes to one exhibitor.
mod applications;
mod calendar;
mod edition;
mod feed;
mod making;
mod market_days;
mod markets;
mod page;
mod plan;
mod report;
mod stall_making;
mod stalls;

pub use applications::{applications, apply, decide, declare_sales, edit_followed, followed};
pub use calendar::occurrences;
pub use feed::{FeedFile, public_feed};
pub use making::{create_edition, create_event, event_detail, update_edition, update_event};
pub use market_days::{add_producer, change_day, remove_producer, restore_day, set_roster};
pub use markets::{create_market, event_rows, market_detail, update_market};
pub use page::event_page;
pub use plan::{
    apply_form, edition_heading, edition_plan, followed_stall_types, publish_exhibitors, statement,
};
pub use report::{delete_visitor_count, edition_report, record_visitors};
pub use stall_making::{
    add_stall_type, add_stalls, edition_detail, move_stall, remove_stall, renumber_stall,
};
pub use stalls::assign_stall;

#[cfg(test)]
mod tests;
