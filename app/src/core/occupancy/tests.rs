//! Occupancy on both engines: a new lease raises the rate by its surface and days, a space
//! free today is a vacancy until its lease starts, and the rates are for managers only.
use chrono::NaiveDate;

use super::*;
use crate::core::Db;
use crate::core::leases;
use crate::core::testing::demo_viewer;
use crate::db_test;
use crate::domain::{AppError, LeaseInput, LeaseStep, NewLease};

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

db_test!(a_lease_shows_on_the_dashboard, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("seed");
    let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
    let office = crate::core::testing::fresh_office(&db, "T-30", 30.0).await;
    // April 2031: 30 days; the lease covers its last 10.
    let (from, to, today) = (day("2031-04-01"), day("2031-04-30"), day("2031-04-05"));
    let before = dashboard(&db, &manager, Some("solilab"), from, to, today)
        .await
        .expect("dashboard");
    assert!(before.vacancies.iter().any(|v| v.space_id == office.id));
    let structure = manager.structures.first().map(|s| s.id).unwrap_or(1);
    let lease = leases::create(
        &db,
        &manager,
        NewLease::try_from(LeaseInput {
            space_id: office.id,
            structure_id: structure,
            starts_on: day("2031-04-21"),
            ends_on: None,
            monthly_rent_cents: 50_000,
            monthly_charges_cents: 0,
            vat_rate_percent: 20.0,
            share_percent: None,
            deposit_cents: None,
            notice_months: None,
            included_hours_per_month: None,
            documents: None,
            rent_index: None,
            reference_quarter: None,
        })
        .expect("valid"),
    )
    .await
    .expect("lease");
    // A draft holds the space but does not count as leased yet.
    let draft = dashboard(&db, &manager, Some("solilab"), from, to, today)
        .await
        .expect("dashboard");
    assert_eq!(draft.leased, before.leased);
    leases::step(&db, &manager, lease.id, LeaseStep::Sign)
        .await
        .expect("signed");
    let after = dashboard(&db, &manager, Some("solilab"), from, to, today)
        .await
        .expect("dashboard");
    assert!((after.leased.used - before.leased.used - 30.0 * 10.0).abs() < 1e-6);
    assert_eq!(after.leased.available, before.leased.available);
    let vacancy = after
        .vacancies
        .iter()
        .find(|v| v.space_id == office.id)
        .expect("free until the lease starts");
    assert_eq!(vacancy.free_until, Some(day("2031-04-20")));
    let all = rates(&db, &manager, None, from, to, today)
        .await
        .expect("rates");
    assert!(all.rate > 0.0 && all.rate <= 1.0);
    assert!(all.by_kind.contains_key("office"));
    assert!(all.by_kind.contains_key("meeting_room"));
    let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
    assert_eq!(
        rates(&db, &tenant, None, from, to, today).await.map(|_| ()),
        Err(AppError::Forbidden)
    );
    assert!(matches!(
        rates(&db, &manager, Some("atlantis"), from, to, today).await,
        Err(AppError::Invalid(_))
    ));
});
