//! The Saturday farmers' market of 2027, across both clock changes.
use super::*;

fn day(text: &str) -> NaiveDate {
    text.parse().expect("date")
}

fn time(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").expect("time")
}

fn saturdays() -> MarketSeries {
    MarketSeries {
        rule: "FREQ=WEEKLY;BYDAY=SA".into(),
        first_day: day("2027-03-06"),
        opens: time("08:00"),
        closes: time("13:00"),
        until: None,
    }
}

fn read(
    series: &MarketSeries,
    exceptions: &[SeriesException],
    from: &str,
    to: &str,
) -> Vec<Occurrence> {
    occurrences(series, exceptions, day(from), day(to)).expect("occurrences")
}

fn days(found: &[Occurrence]) -> Vec<String> {
    found.iter().map(|o| o.original_day.to_string()).collect()
}

fn utc(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

#[test]
fn march_2027_has_four_market_saturdays() {
    let march = read(&saturdays(), &[], "2027-03-01", "2027-03-31");
    assert_eq!(
        days(&march),
        ["2027-03-06", "2027-03-13", "2027-03-20", "2027-03-27"]
    );
    assert!(march.iter().all(|o| !o.moved));
    assert_eq!(utc(march[0].starts_at), "2027-03-06 07:00");
    assert_eq!(utc(march[0].ends_at), "2027-03-06 12:00");
}

#[test]
fn eight_o_clock_in_paris_moves_in_utc_when_summer_time_starts() {
    // Summer time starts on Sunday 28 March 2027.
    let found = read(&saturdays(), &[], "2027-03-27", "2027-04-03");
    assert_eq!(utc(found[0].starts_at), "2027-03-27 07:00");
    assert_eq!(utc(found[1].starts_at), "2027-04-03 06:00");
    assert_eq!(utc(found[1].ends_at), "2027-04-03 11:00");
}

#[test]
fn eight_o_clock_in_paris_moves_back_when_winter_time_returns() {
    // Winter time returns on Sunday 31 October 2027.
    let found = read(&saturdays(), &[], "2027-10-30", "2027-11-06");
    assert_eq!(days(&found), ["2027-10-30", "2027-11-06"]);
    assert_eq!(utc(found[0].starts_at), "2027-10-30 06:00");
    assert_eq!(utc(found[1].starts_at), "2027-11-06 07:00");
}

#[test]
fn a_cancelled_public_holiday_is_dropped() {
    let may_day = SeriesException {
        original_day: day("2027-05-01"),
        kind: ExceptionKind::Cancelled,
        reason: "1er mai".into(),
    };
    let found = read(&saturdays(), &[may_day], "2027-04-24", "2027-05-08");
    assert_eq!(days(&found), ["2027-04-24", "2027-05-08"]);
}

fn moved_to_friday() -> SeriesException {
    SeriesException {
        original_day: day("2027-07-10"),
        kind: ExceptionKind::Moved {
            day: day("2027-07-09"),
            opens: time("16:00"),
            closes: time("20:00"),
        },
        reason: "Braderie".into(),
    }
}

#[test]
fn a_moved_day_appears_once_on_its_new_day() {
    let found = read(
        &saturdays(),
        &[moved_to_friday()],
        "2027-07-01",
        "2027-07-31",
    );
    assert_eq!(found.len(), 5, "3, 9 (for 10), 17, 24 and 31 July");
    let moved: Vec<&Occurrence> = found.iter().filter(|o| o.moved).collect();
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].original_day, day("2027-07-10"));
    assert_eq!(utc(moved[0].starts_at), "2027-07-09 14:00");
    assert_eq!(utc(moved[0].ends_at), "2027-07-09 18:00");
    assert_eq!(found[1], *moved[0], "sorted by start");
}

#[test]
fn a_move_counts_where_the_new_day_falls() {
    // Friday 9 July is in range, Saturday 10 July is not: kept.
    let found = read(
        &saturdays(),
        &[moved_to_friday()],
        "2027-07-09",
        "2027-07-09",
    );
    assert_eq!(days(&found), ["2027-07-10"]);
    // Saturday 10 July is in range, Friday 9 July is not: gone from this range.
    let found = read(
        &saturdays(),
        &[moved_to_friday()],
        "2027-07-10",
        "2027-07-16",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_exception_off_the_series_invents_no_day() {
    let wednesday = SeriesException {
        original_day: day("2027-07-07"),
        ..moved_to_friday()
    };
    assert!(read(&saturdays(), &[wednesday], "2027-07-09", "2027-07-09").is_empty());
}

#[test]
fn until_stops_the_series() {
    let series = MarketSeries {
        until: Some(day("2027-03-20")),
        ..saturdays()
    };
    let found = read(&series, &[], "2027-03-01", "2027-04-30");
    assert_eq!(days(&found), ["2027-03-06", "2027-03-13", "2027-03-20"]);
}

#[test]
fn nothing_comes_before_the_first_day() {
    let found = read(&saturdays(), &[], "2027-02-01", "2027-03-06");
    assert_eq!(days(&found), ["2027-03-06"]);
}

#[test]
fn the_range_includes_both_ends() {
    let found = read(&saturdays(), &[], "2027-03-13", "2027-03-20");
    assert_eq!(days(&found), ["2027-03-13", "2027-03-20"]);
    assert!(read(&saturdays(), &[], "2027-03-14", "2027-03-19").is_empty());
    assert!(read(&saturdays(), &[], "2027-03-20", "2027-03-13").is_empty());
}

#[test]
fn an_unreadable_rule_is_refused() {
    for rule in ["", "FREQ=SOMETIMES", "FREQ=WEEKLY;BYDAY=XX", "FREQ=HOURLY"] {
        let series = MarketSeries {
            rule: rule.into(),
            ..saturdays()
        };
        assert_eq!(
            occurrences(&series, &[], day("2027-03-01"), day("2027-03-31")),
            Err(AppError::invalid("rule", "event.rule_invalid")),
            "{rule}"
        );
        assert_eq!(
            validate_rule(rule),
            Err(AppError::invalid("rule", "event.rule_invalid"))
        );
    }
    assert_eq!(validate_rule("FREQ=WEEKLY;BYDAY=SA"), Ok(()));
    assert_eq!(validate_rule("RRULE:FREQ=MONTHLY;BYDAY=1SU"), Ok(()));
}

#[test]
fn a_long_range_is_cut_not_refused() {
    let daily = MarketSeries {
        rule: "FREQ=DAILY".into(),
        ..saturdays()
    };
    let found = read(&daily, &[], "2027-03-01", "2030-12-31");
    assert_eq!(found.len(), MAX_OCCURRENCES);
    assert_eq!(found[0].original_day, day("2027-03-06"));
    assert!(found.windows(2).all(|w| w[0].starts_at < w[1].starts_at));
}

#[test]
fn a_night_market_closes_the_next_day() {
    let (starts, ends) = paris_span(day("2027-06-18"), time("19:00"), time("01:00"));
    assert_eq!(utc(starts), "2027-06-18 17:00");
    assert_eq!(utc(ends), "2027-06-18 23:00");
    let (_, midnight) = paris_span(day("2027-01-15"), time("18:00"), time("00:00"));
    assert_eq!(utc(midnight), "2027-01-15 23:00");
}
