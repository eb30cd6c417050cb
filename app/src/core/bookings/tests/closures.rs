//! What managers keep: site closures (nothing is booked on those days until they reopen) and
//! each space's rules.
use super::*;

db_test!(
    a_closed_site_takes_no_booking_until_reopened,
    |db: Db| async move {
        let (tenant, structure, loire) = setup(&db).await;
        let manager = viewer(&db, "gestion@solilab.localhost").await;
        let today = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).expect("date");
        assert_eq!(
            add_closure(
                &db,
                &tenant,
                loire.site_id,
                ("2027-03-02", "2027-03-03"),
                "Travaux"
            )
            .await,
            Err(AppError::Forbidden)
        );
        let Err(AppError::Invalid(fields)) = add_closure(
            &db,
            &manager,
            loire.site_id,
            ("2027-03-03", "2027-03-02"),
            " ",
        )
        .await
        else {
            panic!("refused");
        };
        let named: Vec<(&str, &str)> = fields
            .iter()
            .map(|f| (f.field.as_str(), f.message.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                ("ends_on", "closure.reversed"),
                ("reason", "closure.reason_invalid")
            ]
        );
        let id = add_closure(
            &db,
            &manager,
            loire.site_id,
            ("2027-03-02", "2027-03-03"),
            "Travaux de toiture",
        )
        .await
        .expect("closed");
        let listed = closures(&db, &manager, today).await.expect("list");
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].site_name, "Solilab");
        assert_eq!(
            book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM).await,
            Err(AppError::invalid(
                "starts_at",
                "rules.site_closed|date=02/03/2027|reason=Travaux de toiture"
            ))
        );
        remove_closure(&db, &manager, id).await.expect("reopened");
        assert_eq!(
            remove_closure(&db, &manager, id).await,
            Err(AppError::NotFound)
        );
        book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
            .await
            .expect("booked once reopened");
    }
);

db_test!(managers_set_a_spaces_rules, |db: Db| async move {
    let (tenant, structure, loire) = setup(&db).await;
    let manager = viewer(&db, "gestion@solilab.localhost").await;
    assert_eq!(
        space_rules(&db, &tenant, loire.id).await,
        Err(AppError::Forbidden)
    );
    let shown = space_rules(&db, &manager, loire.id).await.expect("rules");
    assert_eq!(shown.space_name, "Salle Loire");
    assert_eq!(shown.form.opens[0], "08:00");
    assert!(shown.form.opens[5].is_empty(), "closed on Saturdays");
    let saturday = ("2027-03-06T10:00:00+01:00", "2027-03-06T11:00:00+01:00");
    assert!(matches!(
        book(&db, &tenant, loire.id, structure, saturday.0, saturday.1).await,
        Err(AppError::Invalid(_))
    ));
    let mut form = shown.form.clone();
    form.opens[5] = "09:00".into();
    form.closes[5] = "13:00".into();
    form.min_minutes = "60".into();
    update_space_rules(&db, &manager, loire.id, form.clone())
        .await
        .expect("saved");
    book(&db, &tenant, loire.id, structure, saturday.0, saturday.1)
        .await
        .expect("open on Saturday mornings now");
    assert_eq!(
        book(
            &db,
            &tenant,
            loire.id,
            structure,
            "2027-03-03T10:00:00+01:00",
            "2027-03-03T10:30:00+01:00"
        )
        .await,
        Err(AppError::invalid("ends_at", "rules.too_short|minutes=60"))
    );
    let mut bad = form;
    bad.cancel_fee_percent = "150".into();
    assert!(matches!(
        update_space_rules(&db, &manager, loire.id, bad).await,
        Err(AppError::Invalid(_))
    ));
    assert_eq!(
        update_space_rules(&db, &tenant, loire.id, shown.form).await,
        Err(AppError::Forbidden)
    );
});
