//! Booking from the pages: search, the views, preview, book (once or repeating), my bookings,
//! move and cancel. What managers do is in `manage`, calendars and waiting lists in `follow`.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::bookings;
use crate::domain::{AppError, BookingPreview, BookingView, SearchResult};

mod follow;
mod manage;

pub use follow::*;
pub use manage::*;

/// The booking a form describes: a Paris day and wall-clock times.
#[cfg(feature = "ssr")]
fn new_booking(
    viewer: &crate::domain::Viewer,
    form: BookingForm,
) -> Result<crate::domain::NewBooking, AppError> {
    use crate::domain::{BookingInput, NewBooking, TimeRange};
    let range = TimeRange::from_paris(&form.date, &form.from, &form.to)?;
    // A manager books for an outside customer by choosing so; anyone else for a structure.
    let outsider = form.customer.as_deref() == Some("outsider");
    let structure_id = if outsider {
        None
    } else {
        form.structure_id.or(viewer.acting)
    };
    NewBooking::try_from(BookingInput {
        space_id: form.space_id,
        structure_id,
        starts_at: range.starts_at().to_rfc3339(),
        ends_at: range.ends_at().to_rfc3339(),
        title: form.title.unwrap_or_default(),
        attendees: form.attendees,
        customer_name: form.customer_name.filter(|_| outsider),
        customer_email: form.customer_email.filter(|_| outsider),
    })
}

/// A taken slot explained: the nearest free one named, with its times for a link to it.
#[cfg(feature = "ssr")]
async fn explain(
    request: &super::context::Request,
    space_id: i32,
    range: crate::domain::TimeRange,
    error: AppError,
) -> AppError {
    let (db, now) = (&request.state.db, request.state.now());
    bookings::explain(db, error, space_id, range, request.locale, 1, now)
        .await
        .0
}

/// A booking form's fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BookingForm {
    pub space_id: i32,
    /// `2027-03-02`
    pub date: String,
    /// `14:00`
    pub from: String,
    /// `16:00`
    pub to: String,
    pub title: Option<String>,
    pub attendees: Option<u32>,
    /// Managers choose the structure; tenants book for the one they act for.
    pub structure_id: Option<i32>,
    /// `outsider` when a manager books for an outside customer; a structure otherwise.
    pub customer: Option<String>,
    /// The outside customer's name and address.
    pub customer_name: Option<String>,
    pub customer_email: Option<String>,
    /// `weekly`, `fortnightly` or `monthly` to repeat; empty for one date.
    pub repeat: Option<String>,
    /// The last day of a repetition, `2027-06-29`.
    pub until: Option<String>,
    /// Days of the repetition not to book, `2027-03-09,2027-03-16`.
    pub skip: Option<String>,
}

impl BookingForm {
    /// How often it repeats, when it does.
    pub fn frequency(&self) -> Option<crate::domain::recurrence::Frequency> {
        crate::domain::recurrence::Frequency::parse(self.repeat.as_deref().unwrap_or_default())
    }
}

/// The RRULE a form's repetition makes, from its first day to its `until` day.
#[cfg(feature = "ssr")]
fn form_rule(
    form: &BookingForm,
    frequency: crate::domain::recurrence::Frequency,
) -> Result<String, AppError> {
    let day = |value: &str, field: &str| {
        chrono::NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::invalid(field, "time.date_invalid"))
    };
    let first = day(&form.date, "date")?;
    let until = day(form.until.as_deref().unwrap_or_default(), "until")?;
    frequency.rule(first, until)
}

/// Spaces for `people` free on `date` from `from` to `to`, or the nearest free slots.
#[server(prefix = "/api/fn", endpoint = "find_spaces")]
pub async fn find_spaces(
    date: String,
    from: String,
    to: String,
    people: u32,
) -> Result<SearchResult, AppError> {
    let request = super::context::request()?;
    let range = crate::domain::TimeRange::from_paris(&date, &from, &to)?;
    if people == 0 || people > 10_000 {
        return Err(AppError::invalid("people", "booking.attendees_invalid"));
    }
    bookings::find(&request.state.db, range, people, None, request.state.now()).await
}

/// The day grid of the first site's rooms and event spaces: free, busy or closed half-hours.
#[server(prefix = "/api/fn", endpoint = "day_grid")]
pub async fn day_grid(date: String) -> Result<crate::domain::grid::DayGrid, AppError> {
    let request = super::context::request()?;
    let date = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::invalid("date", "time.date_invalid"))?;
    bookings::day_grid(&request.state.db, None, date, false, request.state.now()).await
}

/// A floor of a site (the first site and lowest floor when not given), free or busy now, or
/// at the Paris `date` and `time` given.
#[server(prefix = "/api/fn", endpoint = "floor_plan")]
pub async fn floor_plan(
    site: Option<String>,
    floor: Option<i32>,
    date: Option<String>,
    time: Option<String>,
) -> Result<crate::domain::plan::FloorPlan, AppError> {
    let request = super::context::request()?;
    let site = site.filter(|s| !s.trim().is_empty());
    let now = request.state.now();
    let at = crate::domain::time::paris_moment(
        date.as_deref().unwrap_or_default(),
        time.as_deref().unwrap_or_default(),
        now,
    )?;
    bookings::floor_plan(&request.state.db, site.as_deref(), floor, at, now).await
}

/// One space's week (`days` = 7, from the Monday of `date`'s week) or day (`days` = 1).
#[server(prefix = "/api/fn", endpoint = "space_week")]
pub async fn space_week(
    space_id: i32,
    date: String,
    days: u32,
) -> Result<crate::domain::grid::SpaceWeek, AppError> {
    use chrono::Datelike;
    let request = super::context::request()?;
    let date = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::invalid("date", "time.date_invalid"))?;
    let (first, days) = if days == 1 {
        (date, 1)
    } else {
        let monday = date - chrono::Days::new(u64::from(date.weekday().num_days_from_monday()));
        (monday, 7)
    };
    bookings::space_week(
        &request.state.db,
        space_id,
        first,
        days,
        request.state.now(),
    )
    .await
}

/// The price and terms of a booking before it is made; the same refusals as booking it.
#[server(prefix = "/api/fn", endpoint = "preview_booking")]
pub async fn preview_booking(form: BookingForm) -> Result<BookingPreview, AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    // The title is asked on the page that shows the preview: it cannot be judged yet.
    let form = BookingForm {
        title: Some("—".into()),
        ..form
    };
    let new = new_booking(viewer, form)?;
    match bookings::preview(&request.state.db, viewer, &new, request.state.now()).await {
        Ok(preview) => Ok(preview),
        Err(e) => Err(explain(&request, new.space_id, new.range, e).await),
    }
}

/// Every date of a repeating booking, with what stands in the way of each and the price of
/// the others. Nothing is booked.
#[server(prefix = "/api/fn", endpoint = "preview_series")]
pub async fn preview_series(
    form: BookingForm,
) -> Result<crate::domain::recurrence::SeriesPlan, AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    let frequency = form
        .frequency()
        .ok_or_else(|| AppError::invalid("repeat", "recurrence.invalid"))?;
    let rule = form_rule(&form, frequency)?;
    let form = BookingForm {
        title: Some("—".into()),
        ..form
    };
    let new = new_booking(viewer, form)?;
    bookings::plan_series(&request.state.db, viewer, &new, &rule, request.state.now()).await
}

/// Books the slot, or every date of its repetition but the dropped ones; a taken slot comes
/// back with the nearest free one named and linked.
#[server(prefix = "/api/fn", endpoint = "create_booking")]
pub async fn create_booking(form: BookingForm) -> Result<(), AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    if let Some(frequency) = form.frequency() {
        let rule = form_rule(&form, frequency)?;
        let skip = crate::domain::recurrence::parse_days(&[form.skip.clone().unwrap_or_default()])?;
        let new = new_booking(viewer, form)?;
        let made = bookings::create_series(
            &request.state.db,
            viewer,
            &new,
            &rule,
            &skip,
            request.state.now(),
            &request.state.base_url,
        )
        .await?;
        let first = made
            .dates
            .iter()
            .find_map(|d| d.booking_id)
            .unwrap_or_default();
        super::context::redirect(&format!(
            "/bookings?created={first}&dates={}",
            made.booked()
        ));
        return Ok(());
    }
    let new = new_booking(viewer, form)?;
    let db = &request.state.db;
    let base_url = &request.state.base_url;
    match bookings::create(db, viewer, new.clone(), request.state.now(), base_url).await {
        Ok(booking) => {
            super::context::redirect(&format!("/bookings?created={}", booking.id));
            Ok(())
        }
        Err(e) => Err(explain(&request, new.space_id, new.range, e).await),
    }
}

/// The bookings of the structures one belongs to (all of them for managers), around today.
#[server(prefix = "/api/fn", endpoint = "my_bookings")]
pub async fn my_bookings() -> Result<Vec<BookingView>, AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    let query = crate::domain::BookingQuery {
        structure_id: if viewer.is_manager() {
            None
        } else {
            viewer.acting.map(|id| id.to_string())
        },
        ..Default::default()
    };
    bookings::list(&request.state.db, viewer, &query, request.state.now()).await
}

/// Cancels a booking, then shows the list again.
#[server(prefix = "/api/fn", endpoint = "cancel_booking")]
pub async fn cancel_booking(id: i32) -> Result<(), AppError> {
    let request = super::context::request()?;
    bookings::cancel(
        &request.state.db,
        request.viewer()?,
        id,
        request.state.now(),
    )
    .await?;
    super::context::redirect(&format!("/bookings?cancelled={id}"));
    Ok(())
}

/// One booking, for its structure's members and managers.
#[server(prefix = "/api/fn", endpoint = "booking")]
pub async fn booking(id: i32) -> Result<BookingView, AppError> {
    let request = super::context::request()?;
    bookings::get(&request.state.db, request.viewer()?, id).await
}

/// Moves a coming booking (one date of a series alone, too) to another day or time.
#[server(prefix = "/api/fn", endpoint = "move_booking")]
pub async fn move_booking(id: i32, date: String, from: String, to: String) -> Result<(), AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    let db = &request.state.db;
    let range = crate::domain::TimeRange::from_paris(&date, &from, &to)?;
    match bookings::reschedule(db, viewer, id, range, request.state.now()).await {
        Ok(_) => {
            super::context::redirect(&format!("/bookings?moved={id}"));
            Ok(())
        }
        Err(error) => {
            let space = bookings::get(db, viewer, id).await?.space_id;
            Err(explain(&request, space, range, error).await)
        }
    }
}

/// Cancels the dates of a series still to come.
#[server(prefix = "/api/fn", endpoint = "cancel_series")]
pub async fn cancel_series(id: i32) -> Result<(), AppError> {
    let request = super::context::request()?;
    let cancelled = bookings::cancel_series(
        &request.state.db,
        request.viewer()?,
        id,
        request.state.now(),
    )
    .await?;
    super::context::redirect(&format!("/bookings?series_cancelled={}", cancelled.len()));
    Ok(())
}
