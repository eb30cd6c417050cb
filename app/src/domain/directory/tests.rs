use super::*;

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

#[test]
fn a_filter_reads_known_words_and_names_unknown_ones() {
    let filter = StructureFilter::parse(&StructureQuery {
        q: Some("  coop ".into()),
        sector: Some("digital".into()),
        legal_form: Some("".into()),
        status: Some("hosted".into()),
    })
    .expect("valid");
    assert_eq!(filter.q.as_deref(), Some("coop"));
    assert_eq!(filter.sector, Some(Sector::Digital));
    assert_eq!(filter.legal_form, None);
    let Err(AppError::Invalid(errors)) = StructureFilter::parse(&StructureQuery {
        status: Some("gone".into()),
        sector: Some("banking".into()),
        ..Default::default()
    }) else {
        panic!("refused");
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["sector", "status"]);
}

#[test]
fn facts_are_trimmed_and_checked() {
    let facts = Facts::try_from(FactsInput {
        activity: " Réparation de vélos ".into(),
        website: "https://velocoop.example.org".into(),
        email: "".into(),
        phone: "02 40 12 34 56".into(),
        public_listing: true,
    })
    .expect("valid");
    assert_eq!(facts.activity, "Réparation de vélos");
    assert_eq!(facts.email, None);
    let Err(AppError::Invalid(errors)) = Facts::try_from(FactsInput {
        activity: String::new(),
        website: "velocoop.org".into(),
        email: "nobody".into(),
        phone: "call me".into(),
        public_listing: false,
    }) else {
        panic!("refused");
    };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["website", "email", "phone"]);
}

#[test]
fn terms_stay_within_bounds() {
    let terms = TermsInput {
        status: StructureStatus::Hosted,
        customer_kind: CustomerKind::Network,
        discount_percent: 30,
        included_hours_per_month: 10,
    };
    assert!(terms.check().is_ok());
    assert!(
        TermsInput {
            discount_percent: 101,
            ..terms.clone()
        }
        .check()
        .is_err()
    );
}

fn lease(id: i32, kind: SpaceKind, from: &str, to: Option<&str>, status: LeaseStatus) -> LeaseView {
    LeaseView {
        id,
        space_id: id,
        space_name: format!("Espace {id}"),
        space_kind: kind,
        area_m2: 12.0,
        structure_id: 1,
        structure_name: "Vélocoop".into(),
        status,
        starts_on: day(from),
        ends_on: to.map(day),
        monthly_rent_cents: 0,
        monthly_charges_cents: 0,
        vat_rate_percent: 20.0,
        deposit_cents: 0,
        notice_months: 3,
        included_hours_per_month: 0,
        documents: String::new(),
        share_percent: None,
        rent_index: None,
        reference_quarter: None,
        notice_given_on: None,
        last_revised_on: None,
    }
}

#[test]
fn the_pathway_runs_from_arrival_through_leases_to_departure() {
    let leases = [
        lease(
            2,
            SpaceKind::Office,
            "2021-01-01",
            Some("2024-06-30"),
            LeaseStatus::Ended,
        ),
        lease(
            1,
            SpaceKind::CoworkingDesk,
            "2019-09-01",
            Some("2020-12-31"),
            LeaseStatus::Ended,
        ),
        lease(3, SpaceKind::Office, "2030-01-01", None, LeaseStatus::Draft),
    ];
    let steps = pathway(day("2019-06-15"), &leases, Some(day("2024-06-30")));
    assert_eq!(steps.len(), 4);
    assert_eq!(
        steps[0],
        PathwayStep::Arrived {
            on: day("2019-06-15")
        }
    );
    assert!(matches!(
        &steps[1],
        PathwayStep::Occupied {
            kind: SpaceKind::CoworkingDesk,
            ..
        }
    ));
    assert!(matches!(
        &steps[2],
        PathwayStep::Occupied {
            kind: SpaceKind::Office,
            until: Some(_),
            ..
        }
    ));
    assert_eq!(
        steps[3],
        PathwayStep::Left {
            on: day("2024-06-30")
        }
    );
}
