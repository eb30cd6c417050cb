//! Bookings as the API and the pages take and show them.
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::enums::vocabulary;
use super::{AppError, CustomerKind, FieldError, Money, TimeRange};

vocabulary!(
    /// Where a booking stands.
    BookingStatus, "booking_status", {
        Pending => "pending",
        Confirmed => "confirmed",
        Cancelled => "cancelled",
        Refused => "refused",
        Expired => "expired",
    }
);

vocabulary!(
    /// Where a place on a slot's waiting list stands.
    WaitStatus, "wait_status", {
        Waiting => "waiting",
        Offered => "offered",
        Booked => "booked",
        Lapsed => "lapsed",
        Withdrawn => "withdrawn",
    }
);

impl BookingStatus {
    /// Whether the booking still holds its slot.
    pub const fn holds_slot(self) -> bool {
        matches!(self, BookingStatus::Pending | BookingStatus::Confirmed)
    }
}

/// The body of `POST /api/v1/bookings`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BookingInput {
    pub space_id: i32,
    /// The structure booking; omitted by a manager booking for an outside customer.
    #[serde(default)]
    pub structure_id: Option<i32>,
    /// RFC 3339 with an offset, e.g. `2027-03-02T14:00:00+01:00`.
    pub starts_at: String,
    /// RFC 3339 with an offset.
    pub ends_at: String,
    pub title: String,
    /// How many people come; 1 when omitted.
    #[serde(default)]
    pub attendees: Option<u32>,
    /// An outside customer's name (managers only, event spaces).
    #[serde(default)]
    pub customer_name: Option<String>,
    /// An outside customer's address.
    #[serde(default)]
    pub customer_email: Option<String>,
}

/// Who a booking is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BookingFor {
    Structure(i32),
    Outsider { name: String, email: String },
}

/// A booking request that passed the checks needing nothing but itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewBooking {
    pub space_id: i32,
    pub customer: BookingFor,
    pub range: TimeRange,
    pub title: String,
    pub attendees: u32,
}

fn trimmed(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

impl TryFrom<BookingInput> for NewBooking {
    type Error = AppError;

    /// Reads every field and reports every invalid one at once.
    fn try_from(input: BookingInput) -> Result<NewBooking, AppError> {
        let mut errors = Vec::new();
        let range = TimeRange::parse(&input.starts_at, &input.ends_at, "starts_at", "ends_at")
            .map_err(|e| match e {
                AppError::Invalid(fields) => errors.extend(fields),
                _ => errors.push(FieldError::new("starts_at", "time.instant_invalid")),
            });
        let title = input.title.trim().to_owned();
        if title.is_empty() || title.chars().count() > 200 {
            errors.push(FieldError::new("title", "booking.title_invalid"));
        }
        let attendees = input.attendees.unwrap_or(1);
        if attendees == 0 || attendees > 10_000 {
            errors.push(FieldError::new("attendees", "booking.attendees_invalid"));
        }
        let customer = match (input.structure_id, trimmed(&input.customer_name)) {
            (Some(id), None) => Some(BookingFor::Structure(id)),
            (None, Some(name)) => match trimmed(&input.customer_email) {
                Some(email) if email.contains('@') && email.len() <= 254 && name.len() <= 200 => {
                    Some(BookingFor::Outsider { name, email })
                }
                _ => {
                    errors.push(FieldError::new("customer_email", "booking.email_invalid"));
                    None
                }
            },
            (Some(_), Some(_)) => {
                errors.push(FieldError::new("customer_name", "booking.customer_both"));
                None
            }
            (None, None) => {
                errors.push(FieldError::new("structure_id", "booking.structure_missing"));
                None
            }
        };
        match (range, customer) {
            (Ok(range), Some(customer)) if errors.is_empty() => Ok(NewBooking {
                space_id: input.space_id,
                customer,
                range,
                title,
                attendees,
            }),
            _ => Err(AppError::Invalid(errors)),
        }
    }
}

/// A stretch of time, as the API shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Slot {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

impl From<TimeRange> for Slot {
    fn from(range: TimeRange) -> Slot {
        Slot {
            starts_at: range.starts_at(),
            ends_at: range.ends_at(),
        }
    }
}

impl Slot {
    /// The slot in Paris wall-clock time: `mardi 2 mars 2027, 16:00–18:00`.
    pub fn describe(&self, locale: super::Locale) -> String {
        let paris = chrono_tz::Europe::Paris;
        let (start, end) = (
            self.starts_at.with_timezone(&paris),
            self.ends_at.with_timezone(&paris),
        );
        let day = match locale {
            super::Locale::Fr => start
                .format_localized("%A %-d %B %Y", chrono::Locale::fr_FR)
                .to_string(),
            super::Locale::En => start.format("%A %-d %B %Y").to_string(),
        };
        let end_text = if end.date_naive() == start.date_naive() {
            end.format("%H:%M").to_string()
        } else {
            match locale {
                super::Locale::Fr => end
                    .format_localized("%-d %B %H:%M", chrono::Locale::fr_FR)
                    .to_string(),
                super::Locale::En => end.format("%-d %B %H:%M").to_string(),
            }
        };
        format!("{day}, {}\u{2013}{end_text}", start.format("%H:%M"))
    }
}

/// When a space is taken: `GET /api/v1/spaces/{id}/availability`. No names of who booked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Availability {
    /// Busy stretches in order, buffers included, merged where they touch.
    pub busy: Vec<Slot>,
}

/// One booking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BookingView {
    pub id: i32,
    pub space_id: i32,
    pub space_name: String,
    pub space_code: String,
    pub structure_id: Option<i32>,
    /// The structure's name, or the outside customer's.
    pub customer_name: String,
    pub customer_kind: CustomerKind,
    pub title: String,
    pub attendees: u32,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub status: BookingStatus,
    /// The price excluding VAT, in cents.
    #[cfg_attr(feature = "ssr", schema(value_type = i64))]
    pub price_cents: Money,
    /// Minutes taken from the structure's included time.
    pub included_minutes: i32,
    /// For a pending request: until when it holds the slot.
    pub hold_expires_at: Option<DateTime<Utc>>,
    /// The fee charged for a late cancellation, in cents.
    #[cfg_attr(feature = "ssr", schema(value_type = i64))]
    pub cancel_fee_cents: Money,
    pub created_at: DateTime<Utc>,
    pub cancelled_at: Option<DateTime<Utc>>,
    /// Who cancelled, by display name.
    pub cancelled_by: Option<String>,
    /// A manager's reason for refusing.
    pub decision_reason: Option<String>,
    /// The repeating series this booking is one date of.
    pub series_id: Option<i32>,
}

/// Days a whole site is closed, both ends included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosureView {
    pub id: i32,
    pub site_id: i32,
    pub site_name: String,
    pub starts_on: chrono::NaiveDate,
    pub ends_on: chrono::NaiveDate,
    pub reason: String,
}

/// A place in a waiting list for a taken slot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaitView {
    pub id: i32,
    pub space_id: i32,
    pub space_name: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Whether the slot freed and is held for this person now.
    pub offered: bool,
    /// Until when the offer holds it.
    pub offer_expires_at: Option<DateTime<Utc>>,
}

/// A private calendar feed of a structure's bookings; its address is shown once, at creation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedView {
    pub id: i32,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// What a booking would be, shown before it is confirmed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingPreview {
    pub space_id: i32,
    pub space_name: String,
    pub slot: Slot,
    /// Whose rates apply.
    pub customer_kind: CustomerKind,
    /// The price, line by line.
    pub quote: super::pricing::Quote,
    /// Whether it will wait for a manager's approval.
    pub needs_approval: bool,
}

/// A space that is not free at the time asked, with its nearest free slots.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NearbySlots {
    pub space: super::SpaceSummary,
    pub slots: Vec<Slot>,
}

/// The answer to "a room for N people, on this day, from–to".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResult {
    /// Spaces free for the whole range, smallest fitting first.
    pub free: Vec<super::SpaceSummary>,
    /// When none is free: the nearest free slots of the best-fitting spaces.
    pub nearby: Vec<NearbySlots>,
}

/// The filters of `GET /api/v1/bookings`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct BookingQuery {
    /// The structure whose bookings to list (required for tenants).
    pub structure_id: Option<String>,
    /// Only bookings ending after this instant (RFC 3339).
    pub from: Option<String>,
    /// Only bookings starting before this instant (RFC 3339).
    pub to: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> BookingInput {
        BookingInput {
            space_id: 3,
            structure_id: Some(7),
            starts_at: "2027-03-02T14:00:00+01:00".into(),
            ends_at: "2027-03-02T16:00:00+01:00".into(),
            title: " Conseil d'administration ".into(),
            attendees: Some(8),
            ..BookingInput::default()
        }
    }

    #[test]
    fn a_valid_request_is_read() {
        let new = NewBooking::try_from(input()).expect("valid");
        assert_eq!(new.title, "Conseil d'administration");
        assert_eq!(new.customer, BookingFor::Structure(7));
        assert_eq!(
            new.range.starts_at().to_rfc3339(),
            "2027-03-02T13:00:00+00:00"
        );
    }

    #[test]
    fn every_bad_field_is_named() {
        let bad = BookingInput {
            structure_id: None,
            starts_at: "demain".into(),
            title: " ".into(),
            attendees: Some(0),
            ..input()
        };
        let Err(AppError::Invalid(errors)) = NewBooking::try_from(bad) else {
            panic!("refused");
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["starts_at", "title", "attendees", "structure_id"]);
    }

    #[test]
    fn slots_read_in_paris_time() {
        let range = TimeRange::parse("2027-03-02T15:00:00Z", "2027-03-02T17:00:00Z", "from", "to")
            .expect("range");
        let slot = Slot::from(range);
        assert_eq!(
            slot.describe(crate::domain::Locale::Fr),
            "mardi 2 mars 2027, 16:00\u{2013}18:00"
        );
        assert_eq!(
            slot.describe(crate::domain::Locale::En),
            "Tuesday 2 March 2027, 16:00\u{2013}18:00"
        );
    }

    #[test]
    fn an_outside_customer_needs_an_address() {
        let outsider = BookingInput {
            structure_id: None,
            customer_name: Some("Mairie de Rezé".into()),
            customer_email: Some("evenements@reze.example.org".into()),
            ..input()
        };
        assert!(matches!(
            NewBooking::try_from(outsider.clone())
                .expect("valid")
                .customer,
            BookingFor::Outsider { .. }
        ));
        let no_mail = BookingInput {
            customer_email: None,
            ..outsider
        };
        assert_eq!(
            NewBooking::try_from(no_mail),
            Err(AppError::invalid("customer_email", "booking.email_invalid"))
        );
    }
}
