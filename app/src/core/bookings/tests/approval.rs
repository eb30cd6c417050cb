//! Requests for spaces that need a manager: held, queued, approved or refused, and mailed.
use super::*;

db_test!(event_spaces_wait_for_a_manager, |db: Db| async move {
    let (tenant, structure, _) = setup(&db).await;
    let nef = space_named(&db, "La Nef").await;
    let mut open = nef.clone().into_active_model();
    open.opening_hours =
        Set("08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,08:00-23:00,".into());
    open.update(db.write()).await.expect("hours");
    let mut new = request(
        nef.id,
        structure,
        "2027-03-05T09:00:00+01:00",
        "2027-03-05T13:00:00+01:00",
    );
    new.attendees = 80;
    let pending = create(&db, &tenant, new.clone(), now(), BASE)
        .await
        .expect("requested");
    assert_eq!(pending.status, BookingStatus::Pending);
    assert!(pending.hold_expires_at.is_some());
    // The hold keeps other requests off the slot…
    let other = viewer(&db, "tenant2@solilab.localhost").await;
    let theirs = NewBooking {
        customer: crate::domain::BookingFor::Structure(other.acting.expect("acting")),
        ..new.clone()
    };
    assert_eq!(
        create(&db, &other, theirs.clone(), now(), BASE).await,
        Err(AppError::Conflict("booking.overlap".into()))
    );
    let manager = viewer(&db, "gestion@solilab.localhost").await;
    let queue_now = queue(&db, &manager, now()).await.expect("queue");
    assert_eq!(
        queue_now.iter().map(|b| b.id).collect::<Vec<_>>(),
        [pending.id]
    );
    assert_eq!(queue(&db, &tenant, now()).await, Err(AppError::Forbidden));
    let approved = decide(
        &db,
        &manager,
        pending.id,
        Decision::Approve,
        now(),
        "https://solilab.example",
    )
    .await
    .expect("approved");
    assert_eq!(approved.status, BookingStatus::Confirmed);
    // …and once its hold runs out, a request stops holding the slot.
    let later = NewBooking {
        range: crate::domain::TimeRange::new(
            at("2027-03-08T09:00:00+01:00"),
            at("2027-03-08T13:00:00+01:00"),
        )
        .expect("r"),
        ..new.clone()
    };
    let stale = create(&db, &tenant, later.clone(), now(), BASE)
        .await
        .expect("requested");
    let after_hold = now() + chrono::Duration::days(3);
    let theirs_later = NewBooking {
        range: later.range,
        ..theirs
    };
    let fresh = create(&db, &other, theirs_later, after_hold, BASE)
        .await
        .expect("the old hold ran out");
    assert_eq!(
        decide(
            &db,
            &manager,
            stale.id,
            Decision::Approve,
            after_hold,
            "https://x"
        )
        .await,
        Err(AppError::Conflict("booking.not_pending".into()))
    );
    assert_eq!(
        decide(
            &db,
            &manager,
            fresh.id,
            Decision::Refuse { reason: " ".into() },
            after_hold,
            "https://x"
        )
        .await,
        Err(AppError::invalid("reason", "booking.reason_invalid"))
    );
    let refused = decide(
        &db,
        &manager,
        fresh.id,
        Decision::Refuse {
            reason: "Salle réservée pour la Braderie".into(),
        },
        after_hold,
        "https://x",
    )
    .await
    .expect("refused");
    assert_eq!(refused.status, BookingStatus::Refused);
    // Each of the three requests was told to every manager, once, with a link to the queue.
    let all = mail_outbox::Entity::find()
        .all(db.read())
        .await
        .expect("outbox");
    let managers: Vec<String> = crate::core::entities::account::Entity::find()
        .filter(crate::core::entities::account::Column::Role.eq("manager"))
        .all(db.read())
        .await
        .expect("managers")
        .into_iter()
        .map(|a| a.email)
        .collect();
    assert!(!managers.is_empty());
    let (waiting, mails): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|m| m.subject.starts_with("Demande à valider"));
    assert_eq!(waiting.len(), 3 * managers.len());
    assert!(waiting.iter().all(|m| managers.contains(&m.recipient)
        && m.body_text.contains("La Nef")
        && m.body_text.contains("/admin/bookings")));
    // Both requesters were told, in the outbox, in French.
    let subjects: Vec<&str> = mails.iter().map(|m| m.subject.as_str()).collect();
    assert_eq!(subjects.len(), 2, "{subjects:?}");
    assert!(
        mails[0].recipient == "tenant@solilab.localhost" && mails[0].body_text.contains("La Nef")
    );
    // The approval carries the invitation; the refusal does not.
    assert_eq!(mails[0].attachment_name.as_deref(), Some("reservation.ics"));
    assert!(
        mails[0]
            .attachment_body
            .as_deref()
            .is_some_and(|ics| ics.contains(&format!("UID:booking-{}@solilab.example", pending.id)))
    );
    assert_eq!(mails[1].attachment_name, None);
    assert!(
        mails[1].recipient == "tenant2@solilab.localhost"
            && mails[1]
                .body_text
                .contains("Salle réservée pour la Braderie")
    );
});
