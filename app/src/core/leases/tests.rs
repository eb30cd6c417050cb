//! Leases on both engines: the database refuses a space leased twice, shares stop at 100 %,
//! a lease lives from draft to move-out, and the yearly revision reads the index values.
use chrono::{NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use super::*;
use crate::core::Db;
use crate::core::entities::{lease, structure};
use crate::core::testing::demo_viewer;
use crate::db_test;
use crate::domain::{
    AppError, IndexValueInput, LeaseInput, LeaseStatus, LeaseStep, NewIndexValue, NewLease,
    StructureStatus,
};

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

/// A new office no demo lease touches.
async fn fresh_office(db: &Db, code: &str) -> i32 {
    crate::core::testing::fresh_office(db, code, 20.0).await.id
}

/// A hosted structure of the demo with no lease.
async fn new_structure(db: &Db, name: &str) -> i32 {
    let mut row: structure::ActiveModel = structure::Entity::find()
        .one(db.read())
        .await
        .expect("query")
        .expect("a structure")
        .into();
    row.id = sea_orm::ActiveValue::NotSet;
    row.name = Set(name.into());
    row.siret = Set(None);
    row.status = Set(StructureStatus::Hosted.as_str().into());
    row.customer_kind = Set("hosted".into());
    row.created_at = Set(Utc::now());
    row.insert(db.write()).await.expect("structure").id
}

fn lease_of(
    space: i32,
    structure: i32,
    from: &str,
    to: Option<&str>,
    share: Option<i32>,
) -> NewLease {
    NewLease::try_from(LeaseInput {
        space_id: space,
        structure_id: structure,
        starts_on: day(from),
        ends_on: to.map(day),
        monthly_rent_cents: 100_000,
        monthly_charges_cents: 10_000,
        vat_rate_percent: 20.0,
        share_percent: share,
        deposit_cents: None,
        notice_months: None,
        included_hours_per_month: None,
        documents: None,
        rent_index: Some("ilat".into()),
        reference_quarter: Some("2025-T1".into()),
    })
    .expect("valid lease")
}

db_test!(a_space_is_never_leased_twice, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("seed");
    let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
    let office = fresh_office(&db, "T-01").await;
    let (a, b) = (
        new_structure(&db, "Alpha").await,
        new_structure(&db, "Beta").await,
    );
    let first = create(&db, &manager, lease_of(office, a, "2027-01-01", None, None))
        .await
        .expect("first lease");
    assert_eq!(first.status, LeaseStatus::Draft);
    assert_eq!(
        create(
            &db,
            &manager,
            lease_of(office, b, "2027-06-01", Some("2027-12-31"), None)
        )
        .await,
        Err(AppError::Conflict("lease.overlap".into()))
    );
    // The database itself refuses it, whatever the code in front of it.
    let mut raw: lease::ActiveModel = lease::Entity::find_by_id(first.id)
        .one(db.read())
        .await
        .expect("query")
        .expect("lease")
        .into();
    raw.id = sea_orm::ActiveValue::NotSet;
    raw.structure_id = Set(b);
    raw.starts_on = Set(day("2030-01-01"));
    raw.ends_on = Set(Some(day("2030-01-31")));
    assert_eq!(
        raw.insert(db.write())
            .await
            .map_err(AppError::from)
            .map(|_| ()),
        Err(AppError::Conflict("lease.overlap".into()))
    );
    // Before it, it is free.
    let before = create(
        &db,
        &manager,
        lease_of(office, b, "2026-01-01", Some("2026-12-31"), None),
    )
    .await
    .expect("an earlier lease");
    assert_eq!(before.structure_name, "Beta");
});

db_test!(
    a_shared_space_splits_its_rent_up_to_100,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
        let office = fresh_office(&db, "T-02").await;
        let (a, b, c) = (
            new_structure(&db, "Alpha").await,
            new_structure(&db, "Beta").await,
            new_structure(&db, "Gamma").await,
        );
        create(
            &db,
            &manager,
            lease_of(office, a, "2027-01-01", None, Some(60)),
        )
        .await
        .expect("60 %");
        let second = create(
            &db,
            &manager,
            lease_of(office, b, "2027-02-01", Some("2027-12-31"), Some(40)),
        )
        .await
        .expect("40 %");
        assert_eq!(second.share_percent, Some(40));
        assert_eq!(
            create(
                &db,
                &manager,
                lease_of(office, c, "2027-03-01", Some("2027-03-31"), Some(10))
            )
            .await,
            Err(AppError::Conflict("lease.shares_over_100".into()))
        );
        // After the 40 % lease ends, its part is free again.
        create(
            &db,
            &manager,
            lease_of(office, c, "2028-01-01", None, Some(40)),
        )
        .await
        .expect("40 % from 2028");
        // A lease that does not share cannot join.
        assert_eq!(
            create(&db, &manager, lease_of(office, c, "2029-01-01", None, None)).await,
            Err(AppError::Conflict("lease.overlap".into()))
        );
    }
);

db_test!(a_lease_lives_from_draft_to_move_out, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("seed");
    let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
    let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
    let office = fresh_office(&db, "T-03").await;
    let alpha = new_structure(&db, "Alpha").await;
    let lease = create(
        &db,
        &manager,
        lease_of(office, alpha, "2027-01-01", None, None),
    )
    .await
    .expect("draft");
    // Tenants do not run leases: another structure's lease does not exist for them.
    assert_eq!(
        create(
            &db,
            &tenant,
            lease_of(office, alpha, "2031-01-01", None, None)
        )
        .await,
        Err(AppError::NotFound)
    );
    assert_eq!(get(&db, &tenant, lease.id).await, Err(AppError::NotFound));
    assert_eq!(
        step(&db, &manager, lease.id, LeaseStep::MoveIn).await,
        Err(AppError::Conflict("lease.step_not_allowed".into()))
    );
    step(&db, &manager, lease.id, LeaseStep::Sign)
        .await
        .expect("signed");
    let running = step(&db, &manager, lease.id, LeaseStep::MoveIn)
        .await
        .expect("in");
    assert_eq!(running.status, LeaseStatus::Running);
    let ended = step(
        &db,
        &manager,
        lease.id,
        LeaseStep::MoveOut {
            on: day("2028-06-30"),
        },
    )
    .await
    .expect("out");
    assert_eq!(ended.status, LeaseStatus::Ended);
    assert_eq!(ended.ends_on, Some(day("2028-06-30")));
    let row = structure::Entity::find_by_id(alpha)
        .one(db.read())
        .await
        .expect("query")
        .expect("structure");
    assert_eq!(row.status, "former");
    assert_eq!(row.left_on, Some(day("2028-06-30")));
    // The space is free from the next day; the history stays.
    let beta = new_structure(&db, "Beta").await;
    create(
        &db,
        &manager,
        lease_of(office, beta, "2028-07-01", None, None),
    )
    .await
    .expect("the next tenant");
    let history = list(
        &db,
        &manager,
        &crate::domain::LeaseFilter {
            space_id: Some(office),
            ..Default::default()
        },
    )
    .await
    .expect("list");
    assert_eq!(history.len(), 2);
    // A draft can be deleted; a signed lease cannot.
    assert_eq!(
        delete_draft(&db, &manager, lease.id).await,
        Err(AppError::Conflict("lease.not_a_draft".into()))
    );
    delete_draft(&db, &manager, history[0].id)
        .await
        .expect("deleted");
});

db_test!(the_yearly_revision_follows_the_index, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("seed");
    let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
    let office = fresh_office(&db, "T-04").await;
    let alpha = new_structure(&db, "Alpha").await;
    let lease = create(
        &db,
        &manager,
        lease_of(office, alpha, "2031-02-10", None, None),
    )
    .await
    .expect("lease");
    step(&db, &manager, lease.id, LeaseStep::Sign)
        .await
        .expect("signed");
    let today = day("2032-01-05");
    let value = |quarter: &str, value: &str| {
        NewIndexValue::try_from(IndexValueInput {
            rent_index: "ilat".into(),
            quarter: quarter.into(),
            value: value.into(),
        })
        .expect("valid")
    };
    // The reference quarter is 2025-T1; the new one, a year later, is not entered yet.
    let due = due_revisions(&db, &manager, today).await.expect("due");
    let mine = due
        .iter()
        .find(|p| p.lease_id == lease.id)
        .expect("proposed");
    assert_eq!(mine.due_on, day("2032-02-10"));
    assert_eq!(mine.new_rent_cents, None);
    assert_eq!(
        apply_revision(&db, &manager, lease.id, today).await,
        Err(AppError::Conflict("revision.index_missing".into()))
    );
    if !index_values(&db, &manager)
        .await
        .expect("values")
        .iter()
        .any(|v| v.quarter == "2025-T1" && v.rent_index.as_str() == "ilat")
    {
        add_index_value(&db, &manager, value("2025-T1", "100,00"))
            .await
            .expect("added");
    }
    add_index_value(&db, &manager, value("2026-T1", "103,50"))
        .await
        .ok();
    let values = index_values(&db, &manager).await.expect("values");
    let get = |q: &str| {
        values
            .iter()
            .find(|v| v.quarter == q && v.rent_index.as_str() == "ilat")
            .expect("value")
            .value_hundredths
    };
    let (old, new) = (get("2025-T1"), get("2026-T1"));
    assert_eq!(
        add_index_value(&db, &manager, value("2026-T1", "1")).await,
        Err(AppError::Conflict("index.quarter_taken".into()))
    );
    let applied = apply_revision(&db, &manager, lease.id, today)
        .await
        .expect("applied");
    let expected = (100_000i128 * i128::from(new) * 2 + i128::from(old)) / (2 * i128::from(old));
    assert_eq!(applied.new_rent_cents, Some(expected as i64));
    let revised = get_lease(&db, lease.id).await;
    assert_eq!(revised.monthly_rent_cents, expected as i64);
    assert_eq!(revised.reference_quarter.as_deref(), Some("2026-T1"));
    // Applied once: the next one falls in 2033.
    assert_eq!(
        apply_revision(&db, &manager, lease.id, today).await,
        Err(AppError::Conflict("revision.not_due".into()))
    );
});

async fn get_lease(db: &Db, id: i32) -> lease::Model {
    lease::Entity::find_by_id(id)
        .one(db.read())
        .await
        .expect("query")
        .expect("lease")
}

db_test!(a_renewal_follows_its_lease, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("seed");
    let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
    let office = fresh_office(&db, "T-09").await;
    let alpha = new_structure(&db, "Alpha").await;
    let old = create(
        &db,
        &manager,
        lease_of(office, alpha, "2025-01-01", Some("2026-12-31"), None),
    )
    .await
    .expect("draft");
    let input = |starts_on: &str| crate::domain::RenewInput {
        starts_on: day(starts_on),
        ends_on: Some(day("2029-12-31")),
        monthly_rent_cents: None,
    };
    // A draft is not renewed: it is signed first.
    assert_eq!(
        renew(&db, &manager, old.id, &input("2027-01-01")).await,
        Err(AppError::Conflict("lease.not_renewable".into()))
    );
    step(&db, &manager, old.id, LeaseStep::Sign)
        .await
        .expect("signed");
    // The revised rent and the indexation are carried over.
    let mut revised: lease::ActiveModel = get_lease(&db, old.id).await.into();
    revised.monthly_rent_cents = Set(103_000);
    revised.last_revised_on = Set(Some(day("2026-01-01")));
    revised.update(db.write()).await.expect("revised");
    assert_eq!(
        renew(&db, &manager, old.id, &input("2027-01-05")).await,
        Err(AppError::invalid("starts_on", "lease.renew_gap"))
    );
    let next = renew(&db, &manager, old.id, &input("2026-10-01"))
        .await
        .expect("renewed");
    assert_eq!(next.status, LeaseStatus::Draft);
    assert_eq!(next.monthly_rent_cents, 103_000);
    let stored = get_lease(&db, next.id).await;
    assert_eq!(stored.rent_index.as_deref(), Some("ilat"));
    assert_eq!(stored.last_revised_on, Some(day("2026-01-01")));
    assert_eq!(
        get_lease(&db, old.id).await.ends_on,
        Some(day("2026-09-30"))
    );
    let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
    assert_eq!(
        renew(&db, &tenant, old.id, &input("2026-11-01")).await,
        Err(AppError::NotFound)
    );
});
