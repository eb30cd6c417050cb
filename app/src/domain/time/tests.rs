use super::*;

#[test]
fn offsets_are_required_and_kept() {
    let range = TimeRange::parse(
        "2027-03-02T14:00:00+01:00",
        "2027-03-02T16:00:00+01:00",
        "from",
        "to",
    )
    .expect("valid range");
    assert_eq!(range.starts_at().to_rfc3339(), "2027-03-02T13:00:00+00:00");
    let err = TimeRange::parse("2027-03-02T14:00:00", "2027-03-02T16:00:00Z", "from", "to")
        .expect_err("no offset");
    assert_eq!(err, AppError::invalid("from", "time.instant_invalid"));
}

#[test]
fn empty_and_reversed_ranges_are_refused() {
    let t = "2027-03-02T14:00:00+01:00";
    assert!(TimeRange::parse(t, t, "from", "to").is_err());
    assert!(TimeRange::parse("2027-03-02T15:00:00+01:00", t, "from", "to").is_err());
}

#[test]
fn a_moment_is_read_from_a_day_and_a_time_in_paris() {
    let now = DateTime::parse_from_rfc3339("2027-03-02T08:15:00Z")
        .expect("instant")
        .with_timezone(&Utc);
    assert_eq!(paris_moment("", "", now), Ok(now));
    let at = |s: &str| {
        DateTime::parse_from_rfc3339(s)
            .expect("instant")
            .with_timezone(&Utc)
    };
    assert_eq!(
        paris_moment("2027-07-14", "10:30", now),
        Ok(at("2027-07-14T10:30:00+02:00"))
    );
    // Only a time: today; only a day: the time of day it is now.
    assert_eq!(
        paris_moment("", "18:00", now),
        Ok(at("2027-03-02T18:00:00+01:00"))
    );
    assert_eq!(
        paris_moment("2027-03-05", "", now),
        Ok(at("2027-03-05T09:15:00+01:00"))
    );
    let Err(AppError::Invalid(fields)) = paris_moment("05/03", "25h", now) else {
        panic!("both fields are wrong")
    };
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(names, ["date", "time"]);
}

#[test]
fn both_bad_fields_are_reported() {
    let err = TimeRange::parse("x", "y", "free_from", "free_to").expect_err("invalid");
    let AppError::Invalid(fields) = err else {
        panic!("expected Invalid")
    };
    assert_eq!(fields.len(), 2);
}

fn instant(raw: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(raw)
        .expect("instant")
        .with_timezone(&Utc)
}

#[test]
fn days_and_months_are_those_of_paris() {
    // 23:30 UTC is already the next day in Paris, winter and summer alike.
    assert_eq!(
        paris_day(instant("2027-03-02T23:30:00Z")).to_string(),
        "2027-03-03"
    );
    assert_eq!(
        paris_day(instant("2027-07-14T21:59:00Z")).to_string(),
        "2027-07-14"
    );
    assert_eq!(
        paris_day(instant("2027-07-14T22:00:00Z")).to_string(),
        "2027-07-15"
    );
    assert_eq!(paris_time(instant("2027-07-14T22:05:00Z")), "00:05");
    let (first, next) = paris_month(instant("2027-03-31T22:30:00Z"));
    assert_eq!(
        (first.to_string(), next.to_string()),
        ("2027-04-01".into(), "2027-05-01".into())
    );
    let day = NaiveDate::from_ymd_opt(2027, 3, 28).expect("day");
    assert_eq!(paris_midnight(day), instant("2027-03-27T23:00:00Z"));
    assert_eq!(
        paris_midnight(day + chrono::Days::new(1)),
        instant("2027-03-28T22:00:00Z")
    );
}

#[test]
fn a_set_clock_stands_still_until_moved_with_all_its_copies() {
    let clock = Clock::at(instant("2027-03-02T23:30:00Z"));
    let copy = clock.clone();
    assert_eq!(copy.now(), instant("2027-03-02T23:30:00Z"));
    assert_eq!(copy.today().to_string(), "2027-03-03");
    clock.set(instant("2027-12-31T12:00:00Z"));
    assert_eq!(copy.now(), instant("2027-12-31T12:00:00Z"));
    assert_eq!(copy.today().to_string(), "2027-12-31");
    let system = Clock::system();
    system.set(instant("2000-01-01T00:00:00Z"));
    assert!(system.now() > instant("2026-01-01T00:00:00Z"));
}

fn range(from: &str, to: &str) -> TimeRange {
    TimeRange::parse(from, to, "from", "to").expect("valid")
}

#[test]
fn a_range_is_split_at_paris_midnights() {
    assert_eq!(
        range("2027-03-02T14:00:00+01:00", "2027-03-02T16:30:00+01:00").paris_day_minutes(),
        [150]
    );
    // 22:00 to 02:00 Paris time: two hours on each day, whatever the offset written.
    assert_eq!(
        range("2027-03-02T21:00:00Z", "2027-03-03T01:00:00Z").paris_day_minutes(),
        [120, 120]
    );
    assert_eq!(
        range("2027-03-01T00:00:00+01:00", "2027-03-04T00:00:00+01:00").paris_day_minutes(),
        [1440, 1440, 1440]
    );
}

#[test]
fn forms_are_read_in_paris_time() {
    let winter = TimeRange::from_paris("2027-03-02", "14:00", "16:30").expect("valid");
    assert_eq!(
        winter,
        range("2027-03-02T14:00:00+01:00", "2027-03-02T16:30:00+01:00")
    );
    let summer = TimeRange::from_paris("2027-07-06", "09:00", "24:00").expect("valid");
    assert_eq!(
        summer,
        range("2027-07-06T09:00:00+02:00", "2027-07-07T00:00:00+02:00")
    );
    // 01:00 to 04:00 on the night the clocks go forward lasts two real hours.
    let spring = TimeRange::from_paris("2027-03-28", "01:00", "04:00").expect("valid");
    assert_eq!(spring.paris_day_minutes(), [120]);
    let Err(AppError::Invalid(fields)) = TimeRange::from_paris("2027-02-30", "9h", "10:00") else {
        panic!("refused")
    };
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(names, ["date", "from"]);
    assert_eq!(
        TimeRange::from_paris("2027-03-02", "16:00", "14:00"),
        Err(AppError::invalid("to", "time.range_reversed"))
    );
}

#[test]
fn the_last_sunday_of_march_has_23_hours() {
    // 28 March 2027: at 02:00 the clocks jump to 03:00.
    assert_eq!(
        range("2027-03-28T01:00:00+01:00", "2027-03-28T04:00:00+02:00").paris_day_minutes(),
        [120],
        "01:00 to 04:00 on the wall lasts two hours"
    );
    assert_eq!(
        range("2027-03-28T00:00:00+01:00", "2027-03-29T00:00:00+02:00").paris_day_minutes(),
        [23 * 60]
    );
}

#[test]
fn the_last_sunday_of_october_has_25_hours() {
    // 31 October 2027: at 03:00 the clocks go back to 02:00.
    assert_eq!(
        range("2027-10-31T01:00:00+02:00", "2027-10-31T04:00:00+01:00").paris_day_minutes(),
        [240],
        "01:00 to 04:00 on the wall lasts four hours"
    );
    assert_eq!(
        range("2027-10-31T00:00:00+02:00", "2027-11-01T00:00:00+01:00").paris_day_minutes(),
        [25 * 60]
    );
}
