//! The concierge desk: parcels logged and handed over by the desk, the day's register, the
//! parcels a member's structure has waiting, and visitors announced and checked in.
mod parcels;
mod register;
mod tenant;
mod visitors;

pub use parcels::DeskParcelsPage;
pub use register::ParcelRegisterPage;
pub use tenant::MyParcelsPage;
pub use visitors::{DeskVisitorsPage, MyVisitorsPage};

use crate::domain::Locale;
use crate::domain::parcel::ParcelView;
use crate::ui::format::date_time;
use crate::ui::i18n::translate;

/// `2 × Colissimo, petit colis`: what one arrival was.
fn what(parcel: &ParcelView, locale: Locale) -> String {
    format!(
        "{} × {}, {}",
        parcel.count,
        parcel.carrier,
        translate(locale, &parcel.size.label_key()).to_lowercase()
    )
}

/// When it arrived, and whether it waits too long.
fn arrived(parcel: &ParcelView, locale: Locale) -> String {
    let at = date_time(parcel.logged_at, locale);
    if parcel.overdue {
        format!("{at} · {}", translate(locale, "desk.overdue"))
    } else {
        at
    }
}
