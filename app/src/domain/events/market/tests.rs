use super::*;

fn input() -> MarketInput {
    MarketInput {
        site: "solilab".into(),
        name: " Marché du samedi ".into(),
        weekdays: vec!["SA".into()],
        opens: "8h".into(),
        closes: "13:00".into(),
        first_day: "2027-01-02".into(),
        ..MarketInput::default()
    }
}

fn fields(result: Result<impl std::fmt::Debug, AppError>) -> Vec<(String, String)> {
    match result {
        Err(AppError::Invalid(errors)) => {
            errors.into_iter().map(|e| (e.field, e.message)).collect()
        }
        other => panic!("expected invalid fields, got {other:?}"),
    }
}

#[test]
fn a_market_is_read_into_a_weekly_rule() {
    let market = NewMarket::try_from(input()).expect("valid");
    assert_eq!(market.name, "Marché du samedi");
    assert_eq!(market.slug, "marche-du-samedi");
    assert_eq!(market.rule, "FREQ=WEEKLY;BYDAY=SA");
    assert_eq!(market.opens, "08:00");
    assert_eq!(market.until, None);
    let fortnightly = NewMarket::try_from(MarketInput {
        weekdays: vec!["sa".into(), "WE".into(), "SA".into()],
        every_weeks: 2,
        until: "30/06/2027".into(),
        ..input()
    })
    .expect("valid");
    assert_eq!(fortnightly.rule, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SA");
    assert_eq!(fortnightly.until, NaiveDate::from_ymd_opt(2027, 6, 30));
    assert_eq!(
        read_weekly_rule(&fortnightly.rule),
        (vec!["WE".to_owned(), "SA".to_owned()], 2)
    );
    assert_eq!(
        read_weekly_rule("FREQ=WEEKLY;BYDAY=TH"),
        (vec!["TH".to_owned()], 1)
    );
}

#[test]
fn every_bad_field_of_a_market_is_named() {
    let errors = fields(NewMarket::try_from(MarketInput {
        site: " ".into(),
        name: String::new(),
        slug: "Bad Slug".into(),
        weekdays: vec!["XX".into()],
        every_weeks: 0,
        opens: "25:00".into(),
        closes: "soir".into(),
        first_day: "demain".into(),
        until: "2027-13-01".into(),
        ..input()
    }));
    let named: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        named,
        [
            "name",
            "slug",
            "weekdays",
            "every_weeks",
            "opens",
            "closes",
            "first_day",
            "until",
            "site"
        ]
    );
}

#[test]
fn the_first_day_falls_on_a_chosen_weekday_and_the_end_after_it() {
    let errors = fields(NewMarket::try_from(MarketInput {
        first_day: "2027-01-01".into(),
        until: "2026-12-01".into(),
        closes: "08:00".into(),
        ..input()
    }));
    assert_eq!(
        errors,
        [
            ("closes".into(), "market.closes_same".into()),
            ("first_day".into(), "market.first_day_weekday".into()),
            ("until".into(), "market.until_before".into()),
        ]
    );
    let errors = fields(NewMarket::try_from(MarketInput {
        weekdays: Vec::new(),
        ..input()
    }));
    assert_eq!(
        errors,
        [("weekdays".into(), "market.weekdays_invalid".into())]
    );
}

#[test]
fn a_patch_replaces_only_what_it_gives() {
    let patched = input().patched(MarketPatch {
        weekdays: Some(vec!["SU".into()]),
        closes: Some("12:30".into()),
        ..MarketPatch::default()
    });
    assert_eq!(patched.weekdays, ["SU"]);
    assert_eq!(patched.closes, "12:30");
    assert_eq!(patched.opens, "8h");
    assert_eq!(patched.name, " Marché du samedi ");
}

#[test]
fn a_day_is_cancelled_or_moved_with_a_reason() {
    let cancelled = ExceptionInput {
        day: "2027-01-09".into(),
        reason: " Gel ".into(),
        ..ExceptionInput::default()
    };
    let read = cancelled.read("08:00", "13:00").expect("valid");
    assert_eq!(
        read.original_day,
        NaiveDate::from_ymd_opt(2027, 1, 9).expect("a day")
    );
    assert_eq!(read.moved, None);
    assert_eq!(read.reason, "Gel");
    let moved = ExceptionInput {
        moved_day: "2027-01-08".into(),
        ..cancelled.clone()
    };
    let read = moved.read("08:00", "13:00").expect("valid");
    let friday = NaiveDate::from_ymd_opt(2027, 1, 8).expect("a day");
    assert_eq!(read.moved, Some((friday, "08:00".into(), "13:00".into())));
    let shorter = ExceptionInput {
        closes: "11h".into(),
        ..cancelled.clone()
    };
    let read = shorter.read("08:00", "13:00").expect("valid");
    assert_eq!(read.moved.map(|m| m.2), Some("11:00".into()));
}

#[test]
fn a_bad_exception_names_its_fields() {
    let errors = fields(
        ExceptionInput {
            day: "hier".into(),
            moved_day: "2027-02-30".into(),
            opens: "x".into(),
            reason: String::new(),
            ..ExceptionInput::default()
        }
        .read("08:00", "13:00"),
    );
    let named: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(named, ["day", "reason", "moved_day", "opens"]);
    let nowhere = ExceptionInput {
        day: "2027-01-09".into(),
        moved_day: "2027-01-09".into(),
        reason: "Rien".into(),
        ..ExceptionInput::default()
    };
    assert_eq!(
        fields(nowhere.read("08:00", "13:00")),
        [("moved_day".into(), "exception.moved_nowhere".into())]
    );
}
