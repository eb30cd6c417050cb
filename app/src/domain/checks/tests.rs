use super::*;

fn fields(checks: Checks) -> Vec<String> {
    match checks.finish() {
        Err(AppError::Invalid(errors)) => errors.into_iter().map(|e| e.field).collect(),
        other => panic!("expected invalid fields, got {other:?}"),
    }
}

#[test]
fn every_bad_field_is_named_with_its_prefixed_key() {
    let mut checks = Checks::new("market");
    assert_eq!(checks.text("name", "  Marché  ", 1..=10), "Marché");
    checks.text("place", "", 1..=10);
    checks.day("first_day", "2027-02-30");
    let errors = match checks.finish() {
        Err(AppError::Invalid(errors)) => errors,
        other => panic!("{other:?}"),
    };
    assert_eq!(errors[0], FieldError::new("place", "market.place_invalid"));
    assert_eq!(errors[1].field, "first_day");
    assert_eq!(errors.len(), 2);
}

#[test]
fn days_are_read_in_iso_and_french_forms() {
    let mut checks = Checks::new("x");
    let expected = NaiveDate::from_ymd_opt(2027, 3, 6);
    assert_eq!(checks.day("a", "2027-03-06"), expected);
    assert_eq!(checks.day("b", " 06/03/2027 "), expected);
    assert_eq!(checks.optional_day("c", "  "), None);
    assert!(checks.passed());
    assert_eq!(checks.day("d", "6 mars"), None);
    assert_eq!(fields(checks), ["d"]);
}

#[test]
fn times_accept_the_french_hour_mark() {
    let mut checks = Checks::new("x");
    assert_eq!(checks.time("a", "08:00").as_deref(), Some("08:00"));
    assert_eq!(checks.time("b", "8h30").as_deref(), Some("08:30"));
    assert_eq!(checks.time("c", "16h").as_deref(), Some("16:00"));
    assert!(checks.passed());
    assert_eq!(checks.time("d", "25:00"), None);
    assert_eq!(checks.time("e", ""), None);
    assert_eq!(fields(checks), ["d", "e"]);
}

#[test]
fn slugs_are_made_from_names_when_blank() {
    let mut checks = Checks::new("x");
    assert_eq!(
        checks.slug("", "Marché paysan du Quai"),
        "marche-paysan-du-quai"
    );
    assert_eq!(checks.slug(" braderie ", "ignored"), "braderie");
    assert!(checks.passed());
    checks.slug("Not A Slug", "");
    assert_eq!(fields(checks), ["slug"]);
}

#[test]
fn slug_rules() {
    assert!(slug_valid("ecorce-2"));
    assert!(!slug_valid("a"));
    assert!(!slug_valid("double--dash"));
    assert!(!slug_valid("-edge"));
    assert!(!slug_valid("Upper"));
}
