//! Public holidays in metropolitan France: eight fixed dates and three that follow Easter.
use chrono::{Datelike, Days, NaiveDate};

/// The fixed public holidays, as (month, day).
const FIXED: [(u32, u32); 8] = [
    (1, 1),   // Jour de l'an
    (5, 1),   // Fête du travail
    (5, 8),   // Victoire 1945
    (7, 14),  // Fête nationale
    (8, 15),  // Assomption
    (11, 1),  // Toussaint
    (11, 11), // Armistice
    (12, 25), // Noël
];

/// Days after Easter Sunday of the movable holidays: Easter Monday, Ascension, Whit Monday.
const AFTER_EASTER: [u64; 3] = [1, 39, 50];

/// Easter Sunday of `year` by the Gregorian computus (the anonymous Meeus/Jones/Butcher method).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let (b, c) = (year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b.div_euclid(4), b.rem_euclid(4));
    let g = (b - (b + 8).div_euclid(25) + 1).div_euclid(3);
    // h: days from the spring equinox to the Paschal full moon; l: from it to the next Sunday.
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c.div_euclid(4), c.rem_euclid(4));
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(
        year,
        u32::try_from(n / 31).ok()?,
        u32::try_from(n % 31 + 1).ok()?,
    )
}

/// The eleven public holidays of `year` in metropolitan France, in calendar order.
pub fn french_public_holidays(year: i32) -> Vec<NaiveDate> {
    let fixed = FIXED
        .iter()
        .filter_map(|&(month, day)| NaiveDate::from_ymd_opt(year, month, day));
    let movable = easter_sunday(year).into_iter().flat_map(|easter| {
        AFTER_EASTER
            .iter()
            .filter_map(move |&days| easter.checked_add_days(Days::new(days)))
    });
    let mut holidays: Vec<NaiveDate> = fixed.chain(movable).collect();
    // Ascension can fall on 1 or 8 May (2008: 1 May); one day off is still one date.
    holidays.sort_unstable();
    holidays.dedup();
    holidays
}

/// Whether `date` is a public holiday in metropolitan France.
pub fn is_french_public_holiday(date: NaiveDate) -> bool {
    french_public_holidays(date.year()).contains(&date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("valid date")
    }

    #[test]
    fn easter_falls_on_known_sundays() {
        let known = [
            date(2000, 4, 23),
            date(2008, 3, 23),
            date(2019, 4, 21),
            date(2024, 3, 31),
            date(2025, 4, 20),
            date(2026, 4, 5),
            date(2027, 3, 28),
            date(2038, 4, 25), // the latest possible date
            date(2285, 3, 22), // the earliest possible date
        ];
        for easter in known {
            assert_eq!(easter_sunday(easter.year()), Some(easter));
        }
    }

    #[test]
    fn the_holidays_of_2027_in_order() {
        let expected = [
            date(2027, 1, 1),
            date(2027, 3, 29),
            date(2027, 5, 1),
            date(2027, 5, 6),
            date(2027, 5, 8),
            date(2027, 5, 17),
            date(2027, 7, 14),
            date(2027, 8, 15),
            date(2027, 11, 1),
            date(2027, 11, 11),
            date(2027, 12, 25),
        ];
        assert_eq!(french_public_holidays(2027), expected);
    }

    #[test]
    fn movable_holidays_follow_easter() {
        // 2025: Easter 20 April; 2026: Easter 5 April.
        for day in [date(2025, 4, 21), date(2025, 5, 29), date(2025, 6, 9)] {
            assert!(is_french_public_holiday(day), "{day}");
        }
        for day in [date(2026, 4, 6), date(2026, 5, 14), date(2026, 5, 25)] {
            assert!(is_french_public_holiday(day), "{day}");
        }
        assert!(!is_french_public_holiday(date(2026, 4, 5)), "Easter Sunday");
        assert!(!is_french_public_holiday(date(2027, 3, 30)));
    }

    #[test]
    fn ascension_on_labour_day_counts_once() {
        let holidays = french_public_holidays(2008);
        assert!(holidays.contains(&date(2008, 5, 1)));
        assert_eq!(holidays.len(), 10);
    }
}
