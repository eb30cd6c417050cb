use super::*;
use crate::domain::{NewSpace, SpaceKind};

fn input() -> SpaceInput {
    SpaceInput {
        site: "solilab".into(),
        code: "R-201".into(),
        name: "Salle Sèvre".into(),
        kind: "meeting_room".into(),
        floor: 2,
        capacity: 12,
        area_m2: 30.5,
        needs_approval: Some(false),
        equipment: vec!["projector".into()],
        step_free_access: true,
        accessible_toilets: true,
        hearing_loop: false,
        description_fr: String::new(),
        description_en: String::new(),
        rates: vec![RateInput {
            customer: "hosted".into(),
            unit: "hour".into(),
            price_cents: 2_500,
        }],
    }
}

#[test]
fn a_patch_replaces_the_fields_it_gives_and_all_rates_at_once() {
    let patched = input().patched(SpacePatch {
        name: Some("Salle Erdre".into()),
        capacity: Some(20),
        rates: Some(vec![RateInput {
            customer: "outsider".into(),
            unit: "day".into(),
            price_cents: 30_000,
        }]),
        ..SpacePatch::default()
    });
    let space = NewSpace::try_from(patched).expect("valid");
    assert_eq!((space.name.as_str(), space.capacity), ("Salle Erdre", 20));
    assert_eq!((space.code.as_str(), space.floor), ("R-201", 2));
    assert_eq!(space.rates.len(), 1);
    assert_eq!(space.kind, SpaceKind::MeetingRoom);
    let kept = input().patched(SpacePatch::default());
    assert_eq!(kept, input());
}

#[test]
fn a_patched_space_passes_the_rules_of_a_new_one() {
    let patched = input().patched(SpacePatch {
        capacity: Some(0),
        code: Some("R 201".into()),
        ..SpacePatch::default()
    });
    let Err(crate::domain::AppError::Invalid(errors)) = NewSpace::try_from(patched) else {
        panic!("refused");
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["code", "capacity"]);
}
