//! Booking from the pages: search, preview, book, my bookings, cancel, and the approval queue.
use leptos::prelude::*;

use crate::domain::{AppError, BookingPreview, BookingView, SearchResult};

/// The booking a form describes: a Paris day and wall-clock times.
#[cfg(feature = "ssr")]
fn new_booking(
    viewer: &crate::domain::Viewer,
    form: BookingForm,
) -> Result<crate::domain::NewBooking, AppError> {
    use crate::domain::{BookingInput, NewBooking, TimeRange};
    let range = TimeRange::from_paris(&form.date, &form.from, &form.to)?;
    let structure_id = form.structure_id.or(viewer.acting);
    NewBooking::try_from(BookingInput {
        space_id: form.space_id,
        structure_id,
        starts_at: range.starts_at().to_rfc3339(),
        ends_at: range.ends_at().to_rfc3339(),
        title: form.title.unwrap_or_default(),
        attendees: form.attendees,
        ..BookingInput::default()
    })
}

/// A taken slot explained: the nearest free one named, with its times for a link to it.
#[cfg(feature = "ssr")]
async fn explain(
    request: &super::context::Request,
    new: &crate::domain::NewBooking,
    error: AppError,
) -> AppError {
    if error != AppError::Conflict("booking.overlap".into()) {
        return error;
    }
    let db = &request.state.db;
    let near = crate::core::bookings::suggest(db, new.space_id, new.range, chrono::Utc::now(), 1)
        .await
        .unwrap_or_default();
    match near.first() {
        Some(slot) => AppError::Conflict(format!(
            "booking.overlap_suggestion|slot={}|starts_at={}|ends_at={}",
            slot.describe(request.locale),
            slot.starts_at.to_rfc3339(),
            slot.ends_at.to_rfc3339()
        )),
        None => error,
    }
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
    crate::core::bookings::find(&request.state.db, range, people, None, chrono::Utc::now()).await
}

/// The day grid of the first site's rooms and event spaces: free, busy or closed half-hours.
#[server(prefix = "/api/fn", endpoint = "day_grid")]
pub async fn day_grid(date: String) -> Result<crate::domain::grid::DayGrid, AppError> {
    let request = super::context::request()?;
    let date = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::invalid("date", "time.date_invalid"))?;
    crate::core::bookings::day_grid(&request.state.db, None, date, false, chrono::Utc::now()).await
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
    match crate::core::bookings::preview(&request.state.db, viewer, &new, chrono::Utc::now()).await
    {
        Ok(preview) => Ok(preview),
        Err(e) => Err(explain(&request, &new, e).await),
    }
}

/// Books the slot; a taken slot comes back with the nearest free one named and linked.
#[server(prefix = "/api/fn", endpoint = "create_booking")]
pub async fn create_booking(form: BookingForm) -> Result<(), AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    let new = new_booking(viewer, form)?;
    match crate::core::bookings::create(&request.state.db, viewer, new.clone(), chrono::Utc::now())
        .await
    {
        Ok(booking) => {
            super::context::redirect(&format!("/bookings?created={}", booking.id));
            Ok(())
        }
        Err(e) => Err(explain(&request, &new, e).await),
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
    crate::core::bookings::list(&request.state.db, viewer, &query, chrono::Utc::now()).await
}

/// Cancels a booking, then shows the list again.
#[server(prefix = "/api/fn", endpoint = "cancel_booking")]
pub async fn cancel_booking(id: i32) -> Result<(), AppError> {
    let request = super::context::request()?;
    crate::core::bookings::cancel(&request.state.db, request.viewer()?, id, chrono::Utc::now())
        .await?;
    super::context::redirect(&format!("/bookings?cancelled={id}"));
    Ok(())
}

/// Pending requests waiting for a manager.
#[server(prefix = "/api/fn", endpoint = "approval_queue")]
pub async fn approval_queue() -> Result<Vec<BookingView>, AppError> {
    let request = super::context::request()?;
    crate::core::bookings::queue(&request.state.db, request.viewer()?, chrono::Utc::now()).await
}

/// Approves (`decision=approve`) or refuses (`decision=refuse`, with a reason) a request.
#[server(prefix = "/api/fn", endpoint = "decide_booking")]
pub async fn decide_booking(
    id: i32,
    decision: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::core::bookings::Decision;
    let request = super::context::request()?;
    let decision = match decision.as_str() {
        "approve" => Decision::Approve,
        "refuse" => Decision::Refuse {
            reason: reason.unwrap_or_default(),
        },
        _ => return Err(AppError::Malformed),
    };
    let outcome = if decision == Decision::Approve {
        "approved"
    } else {
        "refused"
    };
    crate::core::bookings::decide(
        &request.state.db,
        request.viewer()?,
        id,
        decision,
        chrono::Utc::now(),
        &request.state.base_url,
    )
    .await?;
    super::context::redirect(&format!("/admin/bookings?{outcome}={id}"));
    Ok(())
}
