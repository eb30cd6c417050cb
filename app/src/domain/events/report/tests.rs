use super::*;
use crate::domain::ApplicationView;
use crate::domain::events::ApplicationStatus;
use crate::domain::exhibitors::{StallTypeView, Statement};

fn figures(year: i32, visitors: Option<i64>) -> EditionFigures {
    EditionFigures {
        edition_id: year,
        year,
        starts_on: NaiveDate::from_ymd_opt(year, 6, 12).expect("date"),
        visitors,
        exhibitors: 0,
        fees_cents: 0,
        sales_cents: 0,
        declared: 0,
    }
}

#[test]
fn a_tally_counts_each_value_most_frequent_first() {
    use Sector::*;
    let sectors = [Digital, Other, Digital, ReuseResources, Other, Digital];
    let rows = tally(Sector::ALL, sectors);
    assert_eq!(rows, vec![(Digital, 3), (Other, 2), (ReuseResources, 1)]);
    // Ties keep the vocabulary's order: association comes before SCOP.
    let rows = tally(LegalForm::ALL, [LegalForm::Scop, LegalForm::Association]);
    assert_eq!(
        rows,
        vec![(LegalForm::Association, 1), (LegalForm::Scop, 1)]
    );
    assert!(tally::<Sector>(Sector::ALL, []).is_empty());
}

#[test]
fn a_change_is_rounded_half_away_from_zero() {
    assert_eq!(change_percent(12_000, 13_500), Some(13));
    assert_eq!(change_percent(200, 201), Some(1)); // 0.5 %
    assert_eq!(change_percent(200, 199), Some(-1)); // −0.5 %
    assert_eq!(change_percent(8, 6), Some(-25));
    assert_eq!(change_percent(1_000, 1_000), Some(0));
    assert_eq!(change_percent(0, 500), None);
}

#[test]
fn the_average_sale_counts_only_those_who_declared() {
    let mut f = figures(2026, Some(10));
    assert_eq!(f.average_sales_cents(), None);
    f.exhibitors = 5;
    f.declared = 2;
    f.sales_cents = 100_001;
    assert_eq!(f.average_sales_cents(), Some(50_000));
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 5, 2).expect("date")
}

fn view(status: ApplicationStatus, stall: Option<i32>) -> ApplicationView {
    ApplicationView {
        id: 42,
        event: "La Braderie des Ecossolies".into(),
        event_slug: "braderie".into(),
        year: 2027,
        starts_on: NaiveDate::from_ymd_opt(2027, 6, 12).expect("date"),
        ends_on: NaiveDate::from_ymd_opt(2027, 6, 13).expect("date"),
        status,
        organisation: "Atelier du Quai".into(),
        siret: None,
        legal_form: LegalForm::Association,
        sector: Sector::Digital,
        contact_name: "Camille".into(),
        email: "c@example.org".into(),
        phone: None,
        products: "Livres".into(),
        stall_type_id: 7,
        stall_type: "Stand 3 × 3 m".into(),
        fee_cents: 4_500,
        needs: String::new(),
        stall,
        decision_reason: None,
        sales_cents: None,
        editable: false,
        sales_open: false,
    }
}

#[test]
fn only_an_accepted_exhibitor_gets_a_statement() {
    let types = [StallTypeView {
        id: 7,
        name: "Stand 3 × 3 m".into(),
        width_cm: 300,
        depth_cm: 300,
        price_cents: 4_500,
        power: true,
    }];
    let s =
        Statement::of(&view(ApplicationStatus::Accepted, Some(12)), &types, day()).expect("owed");
    assert_eq!(s.number, "BRADERIE-2027-0042");
    assert_eq!((s.fee_cents, s.stall), (4_500, Some(12)));
    assert_eq!((s.width_cm, s.depth_cm), (300, 300));
    assert_eq!(s.issued_on, day());
    for status in [
        ApplicationStatus::Received,
        ApplicationStatus::Waiting,
        ApplicationStatus::Refused,
        ApplicationStatus::Withdrawn,
    ] {
        assert_eq!(Statement::of(&view(status, None), &types, day()), None);
    }
    assert_eq!(
        Statement::of(&view(ApplicationStatus::Accepted, None), &[], day()),
        None
    );
}

#[test]
fn the_previous_edition_is_the_latest_year_before() {
    let report = EditionReport {
        edition: EditionHeading {
            id: 2026,
            event: "La Braderie des Ecossolies".into(),
            event_slug: "braderie".into(),
            year: 2026,
            published: true,
        },
        starts_on: NaiveDate::from_ymd_opt(2026, 6, 13).expect("date"),
        ends_on: NaiveDate::from_ymd_opt(2026, 6, 14).expect("date"),
        opens: "10:00".into(),
        closes: "19:00".into(),
        counting_open: true,
        counts: Vec::new(),
        by_entrance: Vec::new(),
        by_hour: Vec::new(),
        sectors: Vec::new(),
        legal_forms: Vec::new(),
        fees: Vec::new(),
        figures: figures(2026, None),
        history: vec![
            figures(2023, Some(1)),
            figures(2025, Some(3)),
            figures(2026, None),
        ],
    };
    assert_eq!(report.previous().map(|f| f.year), Some(2025));
}
