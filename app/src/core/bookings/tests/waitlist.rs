//! The waiting list on both engines: in line for a taken slot, offered it when it frees (held
//! meanwhile), booked from the link, or lapsed to the next in line.
use chrono::Duration;

use super::*;
use crate::core::bookings::waitlist::{claim, join, mine, offer, offer_due, withdraw};
use crate::domain::TimeRange;

/// The secret of the last offer mailed to `email`.
async fn offer_token(db: &Db, email: &str) -> String {
    let mails = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Recipient.eq(email))
        .all(db.read())
        .await
        .expect("outbox");
    let mail = mails
        .iter()
        .rev()
        .find(|m| m.subject.starts_with("Créneau libéré"))
        .expect("an offer mail");
    let start = mail.body_text.find("token=").expect("a link") + "token=".len();
    mail.body_text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

db_test!(
    a_freed_slot_goes_to_the_first_in_line,
    |db: Db| async move {
        let (tenant, structure, loire) = setup(&db).await;
        let other = viewer(&db, "tenant2@solilab.localhost").await;
        let theirs = other.acting.expect("acting");
        let booked = book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
            .await
            .expect("booked");
        let wanted = request(loire.id, theirs, TUESDAY_2PM, TUESDAY_4PM);
        let place = join(&db, &other, &wanted, now()).await.expect("in line");
        assert!(!place.offered);
        assert_eq!(
            join(&db, &other, &wanted, now()).await,
            Err(AppError::Conflict("waitlist.already".into()))
        );
        let free = request(
            loire.id,
            theirs,
            "2027-03-02T10:00:00+01:00",
            "2027-03-02T11:00:00+01:00",
        );
        assert_eq!(
            join(&db, &other, &free, now()).await,
            Err(AppError::Conflict("waitlist.slot_free".into()))
        );
        assert_eq!(
            join(
                &db,
                &other,
                &request(loire.id, structure, TUESDAY_2PM, TUESDAY_4PM),
                now()
            )
            .await,
            Err(AppError::NotFound),
            "only for one's own structure"
        );
        // A manager asks later for an overlapping hour, for the same structure.
        let manager = viewer(&db, "gestion@solilab.localhost").await;
        let later = request(
            loire.id,
            theirs,
            "2027-03-02T15:00:00+01:00",
            "2027-03-02T16:00:00+01:00",
        );
        join(&db, &manager, &later, now() + Duration::minutes(1))
            .await
            .expect("in line too");

        assert_eq!(
            offer_due(&db, BASE, now()).await.expect("pass"),
            0,
            "still taken"
        );
        cancel(&db, &tenant, booked.id, now())
            .await
            .expect("cancelled");
        let t1 = now() + Duration::minutes(5);
        assert_eq!(
            offer_due(&db, BASE, t1).await.expect("pass"),
            1,
            "the first in line only"
        );
        assert_eq!(
            offer_due(&db, BASE, t1).await.expect("pass"),
            0,
            "offered once"
        );
        let token = offer_token(&db, "tenant2@solilab.localhost").await;
        assert!(token.starts_with("wl_"), "{token}");
        assert!(mine(&db, &other, t1).await.expect("mine")[0].offered);

        // The slot is held for them: nobody else books it meanwhile.
        assert_eq!(
            create(
                &db,
                &tenant,
                request(loire.id, structure, TUESDAY_2PM, TUESDAY_4PM),
                t1,
                BASE
            )
            .await,
            Err(AppError::Conflict("booking.overlap".into()))
        );
        let busy = availability(
            &db,
            loire.id,
            TimeRange::new(at(TUESDAY_2PM), at(TUESDAY_4PM)).expect("range"),
            t1,
        )
        .await
        .expect("busy");
        assert_eq!(busy.busy.len(), 1);
        assert_eq!(
            offer(&db, &tenant, &token, t1).await,
            Err(AppError::NotFound)
        );

        let made = claim(&db, &other, &token, t1, BASE)
            .await
            .expect("booked from the link");
        assert_eq!(made.structure_id, Some(theirs));
        assert_eq!(made.status, BookingStatus::Confirmed);
        assert_eq!(made.starts_at, at(TUESDAY_2PM));
        assert_eq!(
            claim(&db, &other, &token, t1, BASE).await,
            Err(AppError::NotFound)
        );
        assert!(mine(&db, &other, t1).await.expect("mine").is_empty());
    }
);

db_test!(an_offer_not_taken_goes_to_the_next, |db: Db| async move {
    let (tenant, structure, loire) = setup(&db).await;
    let other = viewer(&db, "tenant2@solilab.localhost").await;
    let theirs = other.acting.expect("acting");
    let booked = book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
        .await
        .expect("booked");
    let first = join(
        &db,
        &other,
        &request(loire.id, theirs, TUESDAY_2PM, TUESDAY_4PM),
        now(),
    )
    .await
    .expect("first");
    let manager = viewer(&db, "gestion@solilab.localhost").await;
    join(
        &db,
        &manager,
        &request(
            loire.id,
            theirs,
            "2027-03-02T15:00:00+01:00",
            "2027-03-02T16:00:00+01:00",
        ),
        now() + Duration::minutes(1),
    )
    .await
    .expect("second");
    cancel(&db, &tenant, booked.id, now())
        .await
        .expect("cancelled");
    let t1 = now() + Duration::minutes(5);
    assert_eq!(offer_due(&db, BASE, t1).await.expect("pass"), 1);
    let lapsed_token = offer_token(&db, "tenant2@solilab.localhost").await;
    // Two hours later the offer lapses, and the next in line is offered their hour.
    let t2 = t1 + Duration::minutes(121);
    assert_eq!(offer_due(&db, BASE, t2).await.expect("pass"), 1);
    assert_eq!(
        claim(&db, &other, &lapsed_token, t2, BASE).await,
        Err(AppError::NotFound)
    );
    let token = offer_token(&db, "gestion@solilab.localhost").await;
    claim(&db, &manager, &token, t2, BASE)
        .await
        .expect("the second books it");
    // Leaving the line.
    assert_eq!(
        withdraw(&db, &other, first.id).await,
        Err(AppError::NotFound),
        "already lapsed"
    );
});
