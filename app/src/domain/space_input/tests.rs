use super::*;

fn input() -> SpaceInput {
    SpaceInput {
        site: " solilab ".into(),
        code: " R-201 ".into(),
        name: " Salle Sèvre ".into(),
        kind: "meeting_room".into(),
        floor: 2,
        capacity: 12,
        area_m2: 30.5,
        needs_approval: None,
        equipment: vec!["projector".into(), " screen ".into()],
        step_free_access: true,
        accessible_toilets: true,
        hearing_loop: false,
        description_fr: "Lumineuse, sur la cour.".into(),
        description_en: "Bright, on the courtyard.".into(),
        rates: vec![RateInput {
            customer: "hosted".into(),
            unit: "hour".into(),
            price_cents: 2_500,
        }],
    }
}

fn fields(input: SpaceInput) -> Vec<(String, String)> {
    let Err(AppError::Invalid(errors)) = NewSpace::try_from(input) else {
        panic!("expected invalid fields")
    };
    errors.into_iter().map(|e| (e.field, e.message)).collect()
}

#[test]
fn a_space_is_read_trimmed_with_its_rates() {
    let space = NewSpace::try_from(input()).expect("valid");
    assert_eq!(
        (
            space.site.as_str(),
            space.code.as_str(),
            space.name.as_str()
        ),
        ("solilab", "R-201", "Salle Sèvre")
    );
    assert_eq!(space.kind, SpaceKind::MeetingRoom);
    assert!(!space.needs_approval);
    assert_eq!(space.equipment, ["projector", "screen"]);
    assert_eq!(space.rates, [(CustomerKind::Hosted, RateUnit::Hour, 2_500)]);
}

#[test]
fn an_event_space_waits_for_approval_unless_told() {
    let mut hall = input();
    hall.kind = "event_space".into();
    assert!(
        NewSpace::try_from(hall.clone())
            .expect("valid")
            .needs_approval
    );
    hall.needs_approval = Some(false);
    assert!(!NewSpace::try_from(hall).expect("valid").needs_approval);
}

#[test]
fn each_bad_field_is_named() {
    let mut bad = input();
    bad.code = "R 201/2".into();
    bad.name = " ".into();
    bad.floor = 99;
    bad.capacity = 0;
    bad.area_m2 = f64::NAN;
    bad.equipment = vec!["Vidéo projecteur".into()];
    bad.rates.push(RateInput {
        customer: "hosted".into(),
        unit: "hour".into(),
        price_cents: 3_000,
    });
    bad.rates.push(RateInput {
        customer: "friends".into(),
        unit: "hour".into(),
        price_cents: 1,
    });
    assert_eq!(
        fields(bad),
        vec![
            ("code".into(), "space.code_invalid".into()),
            ("name".into(), "space.name_invalid".into()),
            ("floor".into(), "space.floor_invalid".into()),
            ("capacity".into(), "space.capacity_invalid".into()),
            ("area_m2".into(), "space.area_invalid".into()),
            ("equipment".into(), "space.equipment_invalid".into()),
            ("rates".into(), "space.rate_twice".into()),
            ("rates".into(), "space.rate_invalid".into()),
        ]
    );
    let mut kind = input();
    kind.kind = "garage".into();
    kind.capacity = 0;
    assert_eq!(
        fields(kind),
        vec![("kind".into(), "space.kind_invalid".into())],
        "with no kind, any capacity from 0 passes"
    );
}

#[test]
fn storage_may_hold_nobody_but_a_room_may_not() {
    let mut storage = input();
    storage.kind = "storage".into();
    storage.capacity = 0;
    storage.rates.clear();
    assert!(NewSpace::try_from(storage).is_ok());
    let mut free = input();
    free.rates[0].price_cents = -1;
    assert_eq!(
        fields(free),
        vec![("rates".into(), "space.rate_invalid".into())]
    );
}
