use super::*;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn input(day: &str, entrance: &str, hour: &str, visitors: &str) -> VisitorCountInput {
    VisitorCountInput {
        day: day.into(),
        entrance: entrance.into(),
        hour: hour.into(),
        visitors: visitors.into(),
    }
}

/// The edition of 12–13 June 2027, counted on 20 June.
fn parse(i: &VisitorCountInput) -> Result<NewVisitorCount, AppError> {
    NewVisitorCount::parse(i, day("2027-06-12"), day("2027-06-13"), day("2027-06-20"))
}

fn fields(i: VisitorCountInput) -> Vec<(String, String)> {
    let Err(AppError::Invalid(errors)) = parse(&i) else {
        panic!("expected invalid fields")
    };
    errors.into_iter().map(|e| (e.field, e.message)).collect()
}

fn count(day_: &str, entrance: &str, hour: Option<i32>, visitors: i32) -> VisitorCount {
    VisitorCount {
        id: 0,
        day: day(day_),
        entrance: entrance.into(),
        hour,
        visitors,
    }
}

#[test]
fn a_count_is_read_trimmed_with_thousands_spaced() {
    let c = parse(&input(" 2027-06-13 ", " Parvis ", "14", "1 250")).expect("valid");
    assert_eq!(
        c,
        NewVisitorCount {
            day: day("2027-06-13"),
            entrance: "Parvis".into(),
            hour: Some(14),
            visitors: 1250,
        }
    );
    let total = parse(&input("2027-06-12", "Quai", "", "0")).expect("valid");
    assert_eq!(total.hour, None);
    assert_eq!(total.visitors, 0);
}

#[test]
fn each_bad_field_is_named() {
    assert_eq!(
        fields(input("12/06/2027", " ", "24", "-3")),
        vec![
            ("day".into(), "visitors.day_invalid".into()),
            ("entrance".into(), "visitors.entrance_invalid".into()),
            ("hour".into(), "visitors.hour_invalid".into()),
            ("visitors".into(), "visitors.count_invalid".into()),
        ]
    );
    assert_eq!(
        fields(input("2027-06-11", "Parvis", "", "12.5")),
        vec![
            ("day".into(), "visitors.day_outside".into()),
            ("visitors".into(), "visitors.count_invalid".into()),
        ]
    );
    let long = "x".repeat(101);
    assert_eq!(
        fields(input("2027-06-14", &long, "", "1")),
        vec![
            ("day".into(), "visitors.day_outside".into()),
            ("entrance".into(), "visitors.entrance_invalid".into()),
        ]
    );
    assert_eq!(
        fields(input("2027-06-12", "Parvis", "", "1000001")),
        vec![("visitors".into(), "visitors.count_invalid".into())]
    );
}

#[test]
fn a_day_to_come_cannot_be_counted() {
    let early = NewVisitorCount::parse(
        &input("2027-06-13", "Parvis", "", "10"),
        day("2027-06-12"),
        day("2027-06-13"),
        day("2027-06-12"),
    );
    let Err(AppError::Invalid(errors)) = early else {
        panic!("expected the day refused")
    };
    assert_eq!(errors, vec![FieldError::new("day", "visitors.day_future")]);
}

#[test]
fn a_total_and_hourly_counts_of_one_entrance_day_are_never_added() {
    let counts = [
        // Parvis on Saturday: counted by the hour, and a total that replaces them.
        count("2027-06-12", "Parvis", Some(10), 300),
        count("2027-06-12", "Parvis", Some(11), 450),
        count("2027-06-12", "Parvis", None, 800),
        // Quai on Saturday: by the hour only.
        count("2027-06-12", "Quai", Some(10), 120),
        count("2027-06-12", "Quai", Some(11), 80),
        // Parvis on Sunday: a total only.
        count("2027-06-13", "Parvis", None, 640),
    ];
    let by = visitors_by_entrance_day(&counts);
    assert_eq!(by[&(day("2027-06-12"), "Parvis".into())], 800);
    assert_eq!(by[&(day("2027-06-12"), "Quai".into())], 200);
    assert_eq!(by[&(day("2027-06-13"), "Parvis".into())], 640);
    assert_eq!(visitors_total(&counts), 1640);
    assert_eq!(
        visitors_by_entrance(&counts),
        vec![("Parvis".into(), 1440), ("Quai".into(), 200)]
    );
    assert_eq!(visitors_by_hour(&counts), vec![(10, 420), (11, 530)]);
}

#[test]
fn no_counts_make_no_visitors() {
    assert_eq!(visitors_total(&[]), 0);
    assert!(visitors_by_hour(&[count("2027-06-12", "Quai", None, 9)]).is_empty());
    assert!(visitors_by_entrance(&[]).is_empty());
}
