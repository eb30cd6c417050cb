use super::*;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn input() -> SpaceRequestInput {
    SpaceRequestInput {
        organisation: " Les Jardins Partagés ".into(),
        contact_name: "Awa Diallo".into(),
        email: "awa@jardins.example.org".into(),
        phone: "".into(),
        kind: "office".into(),
        surface_min: "15".into(),
        surface_max: "25".into(),
        budget: "400".into(),
        wanted_from: "2027-03-01".into(),
        sector: "food_short_supply".into(),
        message: "Deux salariées.".into(),
    }
}

fn request() -> NewSpaceRequest {
    NewSpaceRequest::try_from(input()).expect("valid")
}

fn office(
    id: i32,
    area: f64,
    rent_euros: i64,
    free_from: &str,
    free_until: Option<&str>,
) -> Candidate {
    Candidate {
        space_id: id,
        name: format!("Bureau {id}"),
        kind: SpaceKind::Office,
        floor: 1,
        area_m2: area,
        monthly_rent_cents: Some(rent_euros * 100),
        free_from: day(free_from),
        free_until: free_until.map(day),
    }
}

#[test]
fn a_request_is_read_and_trimmed() {
    let r = request();
    assert_eq!(r.organisation, "Les Jardins Partagés");
    assert_eq!(r.phone, None);
    assert_eq!(r.budget_cents, Some(40_000));
    assert_eq!(r.kind, SpaceKind::Office);
}

#[test]
fn every_slip_is_named() {
    let Err(AppError::Invalid(errors)) = NewSpaceRequest::try_from(SpaceRequestInput {
        organisation: " ".into(),
        email: "awa".into(),
        kind: "meeting_room".into(),
        surface_min: "30".into(),
        surface_max: "20".into(),
        budget: "beaucoup".into(),
        wanted_from: "mars".into(),
        sector: "banking".into(),
        ..input()
    }) else {
        panic!("refused");
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "organisation",
            "email",
            "kind",
            "surface_max",
            "budget",
            "wanted_from",
            "sector"
        ]
    );
}

#[test]
fn a_space_that_fits_exactly_scores_100() {
    assert_eq!(
        score(&request(), &office(1, 20.0, 350, "2027-02-01", None)),
        Some(100)
    );
}

#[test]
fn what_does_not_fit_is_left_out() {
    let r = request();
    // Another kind, far too big, far over budget, free too late.
    let mut storage = office(1, 20.0, 300, "2027-02-01", None);
    storage.kind = SpaceKind::Storage;
    assert_eq!(score(&r, &storage), None);
    assert_eq!(score(&r, &office(2, 31.0, 300, "2027-02-01", None)), None);
    assert_eq!(score(&r, &office(3, 20.0, 450, "2027-02-01", None)), None);
    assert_eq!(score(&r, &office(4, 20.0, 300, "2027-06-15", None)), None);
}

#[test]
fn matches_are_ranked_best_first() {
    let r = request();
    let candidates = [
        // 27 m²: 2/25 = 8 % over the range → 100 − 12 = 88.
        office(1, 27.0, 380, "2027-03-01", None),
        // Free 30 days late → 100 − 10 = 90.
        office(2, 20.0, 380, "2027-03-31", None),
        office(3, 18.0, 300, "2027-01-01", None),
        // Free only five months → 100 − 20 = 80.
        office(4, 20.0, 300, "2027-03-01", Some("2027-07-31")),
    ];
    let ranked = rank(&r, &candidates, 3);
    let order: Vec<(i32, u32)> = ranked
        .iter()
        .map(|m| (m.candidate.space_id, m.score))
        .collect();
    assert_eq!(order, [(3, 100), (2, 90), (1, 88)]);
}
