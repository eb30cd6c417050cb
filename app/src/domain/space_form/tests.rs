use super::*;
use crate::domain::NewSpace;

fn form() -> SpaceForm {
    SpaceForm {
        site: "solilab".into(),
        code: "R-201".into(),
        name: "Salle Sèvre".into(),
        kind: "meeting_room".into(),
        floor: "2".into(),
        capacity: "12".into(),
        area_m2: "30,5".into(),
        equipment: "Projector, screen, ,video-conference".into(),
        step_free_access: Some("on".into()),
        prices: vec!["25".into(), String::new(), "150,50".into()],
        ..SpaceForm::default()
    }
}

#[test]
fn a_form_reads_decimal_commas_euros_and_ticks() {
    let input = SpaceInput::try_from(form()).expect("readable");
    assert_eq!((input.floor, input.capacity, input.area_m2), (2, 12, 30.5));
    assert_eq!(input.equipment, ["projector", "screen", "video_conference"]);
    assert!(input.step_free_access && !input.accessible_toilets && !input.hearing_loop);
    let rates: Vec<(&str, &str, i64)> = input
        .rates
        .iter()
        .map(|r| (r.customer.as_str(), r.unit.as_str(), r.price_cents))
        .collect();
    assert_eq!(
        rates,
        [("hosted", "hour", 2_500), ("hosted", "day", 15_050)]
    );
    NewSpace::try_from(input).expect("valid");
}

#[test]
fn unreadable_numbers_and_prices_are_named() {
    let bad = SpaceForm {
        floor: "deux".into(),
        area_m2: String::new(),
        prices: vec!["25 euros".into()],
        ..form()
    };
    let Err(AppError::Invalid(errors)) = SpaceInput::try_from(bad) else {
        panic!("refused");
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["floor", "area_m2", "rates"]);
}

#[test]
fn a_space_fills_its_form_back() {
    let input = SpaceInput::try_from(form()).expect("readable");
    let new = NewSpace::try_from(input.clone()).expect("valid");
    let view = SpaceView {
        summary: crate::domain::SpaceSummary {
            id: 1,
            site: new.site.clone(),
            code: new.code.clone(),
            name: new.name.clone(),
            kind: new.kind,
            floor: new.floor,
            capacity: new.capacity,
            area_m2: new.area_m2,
            booking_mode: crate::domain::BookingMode::Hourly,
            needs_approval: false,
            from_price_cents: None,
            from_price_unit: None,
        },
        site_name: "Solilab".into(),
        description_fr: String::new(),
        description_en: String::new(),
        equipment: new.equipment.clone(),
        step_free_access: true,
        accessible_toilets: false,
        hearing_loop: false,
        rates: new
            .rates
            .iter()
            .map(|(customer, unit, cents)| crate::domain::RateView {
                customer: *customer,
                unit: *unit,
                price_cents: Money::from_cents(*cents),
            })
            .collect(),
    };
    let back = SpaceForm::from(view);
    assert_eq!(back.area_m2, "30,5");
    assert_eq!(back.prices[0], "25,00");
    assert_eq!(back.prices[2], "150,50");
    assert_eq!(back.prices.len(), 12);
    assert_eq!(
        SpaceInput::try_from(back).expect("readable").rates,
        input.rates
    );
}
