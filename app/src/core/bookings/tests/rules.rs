//! Rules named when broken, structures kept apart, and prices with included time and the
//! solidarity rate.
use super::*;

db_test!(rules_are_named_when_broken, |db: Db| async move {
    let (tenant, structure, loire) = setup(&db).await;
    let refused = |from: &str, to: &str| {
        let (db, tenant) = (db.clone(), tenant.clone());
        let new = request(loire.id, structure, from, to);
        async move {
            match create(&db, &tenant, new, now(), BASE).await {
                Err(AppError::Invalid(fields)) => fields[0].message.clone(),
                other => panic!("expected a broken rule, got {other:?}"),
            }
        }
    };
    assert_eq!(
        refused("2027-03-02T07:00:00+01:00", "2027-03-02T09:00:00+01:00").await,
        "rules.closed"
    );
    assert_eq!(
        refused("2027-03-06T10:00:00+01:00", "2027-03-06T12:00:00+01:00").await,
        "rules.closed",
        "Saturday"
    );
    assert!(
        refused("2027-03-02T14:00:00+01:00", "2027-03-02T14:15:00+01:00")
            .await
            .starts_with("rules.too_short")
    );
    assert!(
        refused("2027-03-02T14:10:00+01:00", "2027-03-02T15:10:00+01:00")
            .await
            .starts_with("rules.off_step")
    );
    assert!(
        refused("2027-02-26T14:00:00+01:00", "2027-02-26T15:00:00+01:00")
            .await
            .starts_with("rules.in_past")
    );
    assert!(
        refused("2027-05-06T14:00:00+02:00", "2027-05-06T15:00:00+02:00")
            .await
            .starts_with("rules.holiday"),
        "Ascension"
    );
    let too_many = NewBooking {
        attendees: 41,
        ..request(loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
    };
    assert_eq!(
        create(&db, &tenant, too_many, now(), BASE).await,
        Err(AppError::invalid(
            "attendees",
            "booking.over_capacity|capacity=40"
        ))
    );
});

db_test!(
    other_structures_do_not_exist_for_a_tenant,
    |db: Db| async move {
        let (tenant, structure, loire) = setup(&db).await;
        let other = viewer(&db, "tenant2@solilab.localhost").await;
        let theirs = other.acting.expect("acting");
        assert_eq!(
            book(&db, &tenant, loire.id, theirs, TUESDAY_2PM, TUESDAY_4PM).await,
            Err(AppError::NotFound),
            "booking for a structure one is not part of"
        );
        let mine = book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
            .await
            .expect("booked");
        assert_eq!(get(&db, &other, mine.id).await, Err(AppError::NotFound));
        assert_eq!(
            cancel(&db, &other, mine.id, now()).await,
            Err(AppError::NotFound)
        );
        let query = BookingQuery {
            structure_id: Some(structure.to_string()),
            ..BookingQuery::default()
        };
        assert_eq!(
            list(&db, &other, &query, now()).await,
            Err(AppError::NotFound)
        );
        let manager = viewer(&db, "gestion@solilab.localhost").await;
        assert_eq!(
            list(&db, &manager, &query, now())
                .await
                .expect("managers see all")
                .len(),
            1
        );
    }
);

db_test!(
    prices_use_included_time_and_the_solidarity_rate,
    |db: Db| async move {
        let (tenant, structure, loire) = setup(&db).await;
        let row = structure::Entity::find_by_id(structure)
            .one(db.read())
            .await
            .expect("q")
            .expect("row");
        let mut change = row.into_active_model();
        change.included_minutes_per_month = Set(90);
        change.discount_percent = Set(20);
        change.update(db.write()).await.expect("terms");
        let first = book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
            .await
            .expect("booked");
        assert_eq!(first.included_minutes, 90);
        assert_eq!(
            first.price_cents.cents(),
            1200,
            "30 minutes at 30 €/h, less 20 %"
        );
        let second = book(
            &db,
            &tenant,
            loire.id,
            structure,
            "2027-03-03T10:00:00+01:00",
            "2027-03-03T11:00:00+01:00",
        )
        .await
        .expect("booked");
        assert_eq!(
            second.included_minutes, 0,
            "the month's included time is used up"
        );
        assert_eq!(second.price_cents.cents(), 2400);
    }
);
