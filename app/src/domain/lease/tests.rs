use super::*;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn input() -> LeaseInput {
    LeaseInput {
        space_id: 1,
        structure_id: 2,
        starts_on: day("2027-01-01"),
        ends_on: None,
        monthly_rent_cents: 120_000,
        monthly_charges_cents: 15_000,
        vat_rate_percent: 5.5,
        share_percent: None,
        deposit_cents: None,
        notice_months: None,
        included_hours_per_month: Some(4),
        documents: Some("  Convention 2027-014 \n".into()),
        rent_index: Some("ilat".into()),
        reference_quarter: Some("2026-T2".into()),
    }
}

#[test]
fn a_valid_lease_is_read_in_its_units() {
    let new = NewLease::try_from(input()).expect("valid");
    assert_eq!(new.vat_rate_bp, 550);
    assert_eq!(new.notice_months, 3);
    assert_eq!(new.included_minutes_per_month, 240);
    assert_eq!(new.documents, "Convention 2027-014");
    assert_eq!(new.rent_index, Some(("ilat".into(), "2026-T2".into())));
}

#[test]
fn each_bad_field_is_named() {
    let mut bad = input();
    bad.ends_on = Some(day("2026-12-31"));
    bad.monthly_rent_cents = -1;
    bad.vat_rate_percent = f64::NAN;
    bad.share_percent = Some(0);
    bad.rent_index = Some("irl".into());
    let Err(AppError::Invalid(errors)) = NewLease::try_from(bad) else {
        panic!("refused");
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "ends_on",
            "monthly_rent_cents",
            "vat_rate_percent",
            "share_percent",
            "rent_index"
        ]
    );
    let mut no_quarter = input();
    no_quarter.reference_quarter = Some("summer".into());
    assert!(NewLease::try_from(no_quarter).is_err());
}

#[test]
fn the_form_reads_euros_and_names_its_own_fields() {
    let form = LeaseForm {
        space_id: "7".into(),
        structure_id: 2,
        starts_on: "2027-01-01".into(),
        rent: "1 200,50".into(),
        vat_rate: "5,5".into(),
        included_hours: "4".into(),
        rent_index: "ilc".into(),
        reference_quarter: "2026-T3".into(),
        ..LeaseForm::default()
    };
    let new = NewLease::try_from(form.clone()).expect("valid");
    assert_eq!(new.monthly_rent_cents, 120_050);
    assert_eq!(new.monthly_charges_cents, 0);
    assert_eq!(new.vat_rate_bp, 550);
    assert_eq!(new.ends_on, None);
    let Err(AppError::Invalid(errors)) = NewLease::try_from(LeaseForm {
        rent: "beaucoup".into(),
        ends_on: "2026-01-01".into(),
        ..form.clone()
    }) else {
        panic!("refused");
    };
    assert_eq!(errors[0].field, "rent");
    let Err(AppError::Invalid(errors)) = NewLease::try_from(LeaseForm {
        ends_on: "2026-01-01".into(),
        ..form
    }) else {
        panic!("refused");
    };
    assert_eq!(errors[0].field, "ends_on");
}

#[test]
fn steps_follow_the_life_of_a_lease() {
    use LeaseStatus::*;
    let on = day("2027-06-30");
    assert_eq!(LeaseStep::Sign.transition(Draft), Ok(Signed));
    assert_eq!(LeaseStep::MoveIn.transition(Signed), Ok(Running));
    assert_eq!(LeaseStep::MoveOut { on }.transition(Notice), Ok(Ended));
    assert!(LeaseStep::MoveIn.transition(Draft).is_err());
    assert!(LeaseStep::Sign.transition(Running).is_err());
    assert!(LeaseStep::MoveOut { on }.transition(Ended).is_err());
    assert!(!Draft.is_live() && Running.is_live() && !Ended.is_live());
}

#[test]
fn the_monthly_total_adds_vat_to_the_cent() {
    let new = NewLease::try_from(input()).expect("valid");
    let view = LeaseView {
        id: 1,
        space_id: 1,
        space_name: "B201".into(),
        space_kind: SpaceKind::Office,
        area_m2: 18.0,
        structure_id: 2,
        structure_name: "Vélocoop".into(),
        status: LeaseStatus::Running,
        starts_on: new.starts_on,
        ends_on: Some(day("2027-12-31")),
        monthly_rent_cents: new.monthly_rent_cents,
        monthly_charges_cents: new.monthly_charges_cents,
        vat_rate_percent: 5.5,
        deposit_cents: 0,
        notice_months: 3,
        included_hours_per_month: 4,
        documents: new.documents,
        share_percent: None,
        rent_index: None,
        reference_quarter: None,
        notice_given_on: None,
        last_revised_on: None,
    };
    // (1 200 + 150) × 1.055 = 1 424.25
    assert_eq!(view.monthly_total_with_vat_cents(), 142_425);
    assert!(view.covers(day("2027-01-01")) && view.covers(day("2027-12-31")));
    assert!(!view.covers(day("2028-01-01")));
}
