//! The booking rules, on real Paris days: hours, lengths, steps, holidays, clock changes.
use super::*;

const WEEKDAYS: &str = "08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,,";

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("valid instant")
        .with_timezone(&Utc)
}

fn range(from: &str, to: &str) -> TimeRange {
    TimeRange::parse(from, to, "starts_at", "ends_at").expect("valid range")
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("valid date")
}

fn with_hours(text: &str) -> BookingRules {
    BookingRules {
        opening_hours: OpeningHours::parse(text).expect("valid hours"),
        ..BookingRules::default()
    }
}

/// Checks a booking on `rules` from New Year's Day 2027, with no closure.
fn judge(rules: &BookingRules, from: &str, to: &str) -> Result<(), RuleBreach> {
    check(rules, range(from, to), at("2027-01-01T00:00:00Z"), &[])
}

#[test]
fn opening_hours_round_trip_through_text() {
    let text = "08:00-20:00,08:00-20:00,,08:30-12:15,00:00-24:00,09:00-13:00,";
    let hours = OpeningHours::parse(text).expect("valid");
    assert_eq!(hours.to_string(), text);
    assert_eq!(hours.day(Weekday::Mon), Some((480, 1200)));
    assert_eq!(hours.day(Weekday::Wed), None);
    assert_eq!(hours.day(Weekday::Fri), Some((0, 1440)));
    assert_eq!(BookingRules::default().opening_hours.to_string(), WEEKDAYS);
    let json = serde_json::to_string(&BookingRules::default()).expect("serialised");
    assert!(json.contains(WEEKDAYS), "{json}");
    let back: BookingRules = serde_json::from_str(&json).expect("deserialised");
    assert_eq!(back, BookingRules::default());
}

#[test]
fn malformed_opening_hours_are_refused() {
    let bad = [
        "08:00-20:00,,,,,",   // six days
        "08:00-20:00,,,,,,,", // eight days
        "8:00-20:00,,,,,,",   // one digit
        "08:00-20:60,,,,,,",  // minute 60
        "08:00-24:30,,,,,,",  // past midnight
        "24:00-24:00,,,,,,",  // empty
        "20:00-08:00,,,,,,",  // reversed
        "08:00,,,,,,",        // no closing time
        "08h00-20h00,,,,,,",  // not HH:MM
    ];
    for text in bad {
        assert_eq!(
            OpeningHours::parse(text),
            Err(AppError::invalid(
                "opening_hours",
                "rules.opening_hours_invalid"
            )),
            "{text}"
        );
    }
    assert!(serde_json::from_str::<OpeningHours>("\"x\"").is_err());
}

#[test]
fn paris_time_decides_whatever_the_offset_written() {
    let rules = BookingRules::default();
    let judged = |from: &str, to: &str| judge(&rules, from, to);
    // Tuesday 2 March 2027, winter (+01:00): 07:00Z is 08:00 in Paris, 19:00Z is 20:00.
    assert_eq!(
        judged("2027-03-02T07:00:00Z", "2027-03-02T08:00:00Z"),
        Ok(())
    );
    assert_eq!(
        judged("2027-03-02T18:00:00Z", "2027-03-02T19:00:00Z"),
        Ok(())
    );
    let early = judged("2027-03-02T06:30:00Z", "2027-03-02T08:00:00Z");
    assert_eq!(early, Err(RuleBreach::Closed));
    // Tuesday 6 July 2027, summer (+02:00): 06:00Z is 08:00, 18:00Z is 20:00.
    assert_eq!(
        judged("2027-07-06T06:00:00Z", "2027-07-06T07:00:00Z"),
        Ok(())
    );
    let late = judged("2027-07-06T18:00:00Z", "2027-07-06T19:00:00Z");
    assert_eq!(late, Err(RuleBreach::Closed));
}

#[test]
fn bookings_may_touch_opening_and_closing_times() {
    let rules = BookingRules::default();
    let judged = |from: &str, to: &str| judge(&rules, from, to);
    assert_eq!(
        judged("2027-03-02T08:00:00+01:00", "2027-03-02T09:00:00+01:00"),
        Ok(())
    );
    assert_eq!(
        judged("2027-03-02T19:00:00+01:00", "2027-03-02T20:00:00+01:00"),
        Ok(())
    );
    let late = judged("2027-03-02T19:30:00+01:00", "2027-03-02T20:30:00+01:00");
    assert_eq!(late, Err(RuleBreach::Closed));
    let early = judged("2027-03-02T07:30:00+01:00", "2027-03-02T08:30:00+01:00");
    assert_eq!(early, Err(RuleBreach::Closed));
    let saturday = judged("2027-03-06T10:00:00+01:00", "2027-03-06T11:00:00+01:00");
    assert_eq!(saturday, Err(RuleBreach::Closed));
}

#[test]
fn a_booking_may_end_at_midnight_or_run_past_it() {
    // Fridays 18:00–24:00, Saturdays all day, Sundays closed.
    let rules = with_hours(",,,,18:00-24:00,00:00-24:00,");
    let friday = "2027-03-05T22:00:00+01:00";
    assert_eq!(judge(&rules, friday, "2027-03-06T00:00:00+01:00"), Ok(()));
    assert_eq!(judge(&rules, friday, "2027-03-06T02:00:00+01:00"), Ok(()));
    let into_sunday = judge(
        &rules,
        "2027-03-06T22:00:00+01:00",
        "2027-03-07T01:00:00+01:00",
    );
    assert_eq!(into_sunday, Err(RuleBreach::Closed));
}

#[test]
fn the_past_and_short_notice_are_refused() {
    let rules = BookingRules {
        min_notice_minutes: 120,
        ..BookingRules::default()
    };
    let now = at("2027-03-02T08:00:00+01:00");
    let booking = |from: &str| {
        let ends = at(from) + TimeDelta::hours(1);
        check(
            &rules,
            TimeRange::new(at(from), ends).expect("valid"),
            now,
            &[],
        )
    };
    assert_eq!(
        booking("2027-03-02T07:30:00+01:00"),
        Err(RuleBreach::InPast)
    );
    assert_eq!(
        booking("2027-03-02T09:30:00+01:00"),
        Err(RuleBreach::TooSoon { minutes: 120 })
    );
    assert_eq!(booking("2027-03-02T10:00:00+01:00"), Ok(()));
}

#[test]
fn advance_is_counted_in_paris_days() {
    let rules = BookingRules {
        max_advance_days: 60,
        ..BookingRules::default()
    };
    // From noon on 1 January, 60 days ahead is 2 March, bookable until it closes.
    let now = at("2027-01-01T12:00:00+01:00");
    let last = range("2027-03-02T19:00:00+01:00", "2027-03-02T20:00:00+01:00");
    assert_eq!(check(&rules, last, now, &[]), Ok(()));
    let beyond = range("2027-03-03T08:00:00+01:00", "2027-03-03T09:00:00+01:00");
    assert_eq!(
        check(&rules, beyond, now, &[]),
        Err(RuleBreach::TooFarAhead { days: 60 })
    );
}

#[test]
fn length_and_step_are_enforced() {
    let rules = BookingRules {
        min_minutes: 60,
        ..BookingRules::default()
    };
    let judged = |from: &str, to: &str| judge(&rules, from, to);
    let short = judged("2027-03-02T08:00:00+01:00", "2027-03-02T08:30:00+01:00");
    assert_eq!(short, Err(RuleBreach::TooShort { minutes: 60 }));
    let long = judged("2027-03-02T08:00:00+01:00", "2027-03-02T18:30:00+01:00");
    assert_eq!(long, Err(RuleBreach::TooLong { minutes: 600 }));
    let off_start = judged("2027-03-02T08:15:00+01:00", "2027-03-02T09:15:00+01:00");
    assert_eq!(off_start, Err(RuleBreach::OffStep { minutes: 30 }));
    let off_length = judged("2027-03-02T08:00:00+01:00", "2027-03-02T09:15:00+01:00");
    assert_eq!(off_length, Err(RuleBreach::OffStep { minutes: 30 }));
    let quarters = BookingRules {
        step_minutes: 15,
        ..rules.clone()
    };
    let fine = judge(
        &quarters,
        "2027-03-02T08:15:00+01:00",
        "2027-03-02T09:30:00+01:00",
    );
    assert_eq!(fine, Ok(()));
}

/// A space open all Sunday, booked at most three hours.
fn sunday_rules() -> BookingRules {
    BookingRules {
        max_minutes: 180,
        ..with_hours(&format!("{WEEKDAYS}00:00-24:00"))
    }
}

#[test]
fn daylight_saving_sundays_are_judged_on_real_length() {
    let rules = sunday_rules();
    // 28 March 2027, 01:00–04:00 on the wall: two real hours.
    let march = judge(
        &rules,
        "2027-03-28T01:00:00+01:00",
        "2027-03-28T04:00:00+02:00",
    );
    assert_eq!(march, Ok(()));
    // 31 October 2027, 01:00–04:00 on the wall: four real hours.
    let october = judge(
        &rules,
        "2027-10-31T01:00:00+02:00",
        "2027-10-31T04:00:00+01:00",
    );
    assert_eq!(october, Err(RuleBreach::TooLong { minutes: 180 }));
    let longer = BookingRules {
        max_minutes: 240,
        ..rules
    };
    let october = judge(
        &longer,
        "2027-10-31T01:00:00+02:00",
        "2027-10-31T04:00:00+01:00",
    );
    assert_eq!(october, Ok(()));
}

#[test]
fn holidays_and_site_closures_are_refused() {
    let rules = BookingRules::default();
    let bastille = judge(
        &rules,
        "2027-07-14T10:00:00+02:00",
        "2027-07-14T11:00:00+02:00",
    );
    let holiday = RuleBreach::Holiday {
        date: date(2027, 7, 14),
    };
    assert_eq!(bastille, Err(holiday.clone()));
    assert_eq!(holiday.message_key(), "rules.holiday|date=14/07/2027");
    // A booking from the evening before runs into the holiday.
    let all_week = with_hours("00:00-24:00,00:00-24:00,00:00-24:00,,,,");
    let overnight = judge(
        &all_week,
        "2027-07-13T22:00:00+02:00",
        "2027-07-14T01:00:00+02:00",
    );
    assert_eq!(overnight, Err(holiday));

    let inventory = [Closure {
        starts_on: date(2027, 12, 23),
        ends_on: date(2027, 12, 24),
        reason: "Inventaire".into(),
    }];
    let now = at("2027-01-01T00:00:00Z");
    let on = |day: u32| {
        let from = format!("2027-12-{day:02}T10:00:00+01:00");
        let to = format!("2027-12-{day:02}T11:00:00+01:00");
        check(&rules, range(&from, &to), now, &inventory)
    };
    let closed = RuleBreach::SiteClosed {
        date: date(2027, 12, 24),
        reason: "Inventaire".into(),
    };
    assert_eq!(on(24), Err(closed.clone()));
    assert_eq!(
        closed.message_key(),
        "rules.site_closed|date=24/12/2027|reason=Inventaire"
    );
    assert!(matches!(on(23), Err(RuleBreach::SiteClosed { .. })));
    assert_eq!(on(22), Ok(()));
    assert_eq!(on(27), Ok(()));
}

#[test]
fn breaches_name_their_key_and_field() {
    let too_long = RuleBreach::TooLong { minutes: 600 };
    assert_eq!(too_long.message_key(), "rules.too_long|minutes=600");
    assert_eq!(too_long.field(), "ends_at");
    assert_eq!(RuleBreach::TooShort { minutes: 30 }.field(), "ends_at");
    assert_eq!(RuleBreach::InPast.message_key(), "rules.in_past");
    assert_eq!(RuleBreach::Closed.message_key(), "rules.closed");
    assert_eq!(RuleBreach::Closed.field(), "starts_at");
    assert_eq!(
        RuleBreach::TooFarAhead { days: 365 }.message_key(),
        "rules.too_far_ahead|days=365"
    );
    let odd = RuleBreach::SiteClosed {
        date: date(2027, 1, 4),
        reason: "Travaux | peinture".into(),
    };
    assert_eq!(
        odd.message_key(),
        "rules.site_closed|date=04/01/2027|reason=Travaux / peinture"
    );
}

#[test]
fn open_window_follows_hours_holidays_and_closures() {
    let rules = BookingRules::default();
    let tuesday = open_window(&rules, date(2027, 3, 2), &[]);
    let expected = range("2027-03-02T07:00:00Z", "2027-03-02T19:00:00Z");
    assert_eq!(tuesday, Some(expected));
    assert_eq!(open_window(&rules, date(2027, 3, 6), &[]), None, "Saturday");
    assert_eq!(open_window(&rules, date(2027, 7, 14), &[]), None, "holiday");
    let works = [Closure {
        starts_on: date(2027, 3, 1),
        ends_on: date(2027, 3, 2),
        reason: "Travaux".into(),
    }];
    assert_eq!(open_window(&rules, date(2027, 3, 2), &works), None);
    assert!(open_window(&rules, date(2027, 3, 3), &works).is_some());
}

#[test]
fn open_window_lasts_23_and_25_hours_on_clock_change_sundays() {
    let rules = sunday_rules();
    let length = |day: NaiveDate| {
        open_window(&rules, day, &[]).map(|w| (w.ends_at() - w.starts_at()).num_hours())
    };
    assert_eq!(length(date(2027, 3, 28)), Some(23));
    assert_eq!(length(date(2027, 10, 31)), Some(25));
}

#[test]
fn skipped_and_repeated_wall_times_resolve_sensibly() {
    let rules = with_hours(",,,,,,02:30-12:00");
    // 28 March 2027: 02:30 does not exist; the day opens when the clocks reach 03:00.
    let march = open_window(&rules, date(2027, 3, 28), &[]).expect("open");
    assert_eq!(march.starts_at(), at("2027-03-28T03:00:00+02:00"));
    // 31 October 2027: 02:30 happens twice; the first one counts.
    let october = open_window(&rules, date(2027, 10, 31), &[]).expect("open");
    assert_eq!(october.starts_at(), at("2027-10-31T02:30:00+02:00"));
}
