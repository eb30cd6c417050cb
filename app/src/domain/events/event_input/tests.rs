use super::*;

fn fields<T: std::fmt::Debug>(result: Result<T, AppError>) -> Vec<String> {
    match result {
        Err(AppError::Invalid(errors)) => errors.into_iter().map(|e| e.field).collect(),
        other => panic!("expected invalid fields, got {other:?}"),
    }
}

fn edition() -> EditionInput {
    EditionInput {
        starts_on: "2027-06-12".into(),
        ends_on: "2027-06-13".into(),
        opens: "10:00".into(),
        closes: "19h".into(),
        call_opens_on: "01/01/2027".into(),
        call_closes_on: "2027-04-30".into(),
        published: false,
    }
}

#[test]
fn an_event_is_read_trimmed_with_a_slug_from_its_name() {
    let event = EventInput {
        site: " solilab ".into(),
        name: " La Braderie ".into(),
        ..EventInput::default()
    }
    .read()
    .expect("valid");
    assert_eq!(
        (
            event.site.as_str(),
            event.name.as_str(),
            event.slug.as_str()
        ),
        ("solilab", "La Braderie", "la-braderie")
    );
    assert_eq!(
        fields(EventInput::default().read()),
        ["name", "site", "slug"]
    );
}

#[test]
fn an_edition_takes_its_year_from_its_first_day() {
    let read = NewEdition::try_from(&edition()).expect("valid");
    assert_eq!(read.year, 2027);
    assert_eq!(read.closes, "19:00");
    let one_day = NewEdition::try_from(&EditionInput {
        ends_on: String::new(),
        ..edition()
    })
    .expect("valid");
    assert_eq!(one_day.ends_on, one_day.starts_on);
}

#[test]
fn an_editions_days_and_call_come_in_order() {
    let bad = EditionInput {
        ends_on: "2027-06-11".into(),
        closes: "09:00".into(),
        call_closes_on: "2027-06-12".into(),
        ..edition()
    };
    assert_eq!(
        fields(NewEdition::try_from(&bad)),
        ["ends_on", "closes", "call_closes_on"]
    );
    let long = EditionInput {
        ends_on: "2027-06-26".into(),
        call_opens_on: "2027-05-01".into(),
        ..edition()
    };
    assert_eq!(
        fields(NewEdition::try_from(&long)),
        ["ends_on", "call_closes_on"]
    );
    let unreadable = EditionInput {
        starts_on: "juin".into(),
        opens: String::new(),
        ..edition()
    };
    assert_eq!(
        fields(NewEdition::try_from(&unreadable)),
        ["starts_on", "opens"]
    );
}

#[test]
fn a_stall_type_has_a_size_and_a_price() {
    let good = StallTypeInput {
        name: " Stand 3 × 3 m ".into(),
        width_cm: 300,
        depth_cm: 300,
        price_cents: 6000,
        power: true,
    };
    assert_eq!(good.read().expect("valid").name, "Stand 3 × 3 m");
    let bad = StallTypeInput {
        name: String::new(),
        width_cm: 0,
        price_cents: -1,
        ..good
    };
    assert_eq!(fields(bad.read()), ["name", "width_cm", "price_cents"]);
}

#[test]
fn stalls_are_laid_in_rows_below_the_plan_and_numbered_on() {
    let input = StallsInput {
        stall_type_id: 1,
        count: 12,
        per_row: Some(5),
        first_number: None,
    };
    let places = input.places(300, 0, 1).expect("valid");
    assert_eq!(places.len(), 12);
    assert_eq!(
        places[0],
        StallPlace {
            number: 1,
            x: 20,
            y: 20,
            w: 56,
            h: 44
        }
    );
    assert_eq!((places[4].x, places[4].y), (20 + 4 * 64, 20));
    assert_eq!((places[5].number, places[5].x, places[5].y), (6, 20, 80));
    let below = input.places(600, 200, 31).expect("valid");
    assert_eq!((below[0].number, below[0].y, below[0].w), (31, 216, 112));
    let bad = StallsInput {
        count: 0,
        per_row: Some(0),
        first_number: Some(0),
        ..input
    };
    assert_eq!(
        fields(bad.places(300, 0, 1)),
        ["count", "per_row", "first_number"]
    );
}
