//! Bookings in calendars: the confirmation mail's `.ics` invitation and the private feeds.
use super::*;
use crate::core::calendars::{create_feed, feed_calendar, feeds, revoke_feed};

/// The unfolded lines of an iCalendar text (RFC 5545 folds lines longer than 75 octets).
fn lines(ics: &str) -> Vec<String> {
    ics.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_owned)
        .collect()
}

db_test!(
    a_confirmation_mail_carries_the_invitation,
    |db: Db| async move {
        let (tenant, structure, loire) = setup(&db).await;
        let booked = book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
            .await
            .expect("booked");
        let mails = mail_outbox::Entity::find()
            .all(db.read())
            .await
            .expect("outbox");
        assert_eq!(mails.len(), 1);
        let mail = &mails[0];
        assert_eq!(mail.recipient, "tenant@solilab.localhost");
        assert_eq!(mail.subject, "Réservation confirmée : Salle Loire");
        assert!(
            mail.body_text
                .contains("mardi 2 mars 2027, 14:00\u{2013}16:00")
        );
        assert!(mail.body_text.contains("60,00"), "{}", mail.body_text);
        assert_eq!(
            mail.attachment_type.as_deref(),
            Some("text/calendar; charset=utf-8; method=PUBLISH")
        );
        let ics = lines(mail.attachment_body.as_deref().expect("invitation"));
        for expected in [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "METHOD:PUBLISH".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!("UID:booking-{}@solilab.test", booked.id),
            "DTSTART:20270302T130000Z".to_owned(),
            "DTEND:20270302T150000Z".to_owned(),
            "SUMMARY:Réunion d'équipe".to_owned(),
            "STATUS:CONFIRMED".to_owned(),
            "END:VCALENDAR".to_owned(),
        ] {
            assert!(ics.contains(&expected), "{expected} missing from {ics:?}");
        }
    }
);

db_test!(
    a_private_feed_shows_the_bookings_until_revoked,
    |db: Db| async move {
        let (tenant, structure, loire) = setup(&db).await;
        let booked = book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
            .await
            .expect("booked");
        let cancelled = book(
            &db,
            &tenant,
            loire.id,
            structure,
            "2027-03-03T10:00:00+01:00",
            "2027-03-03T11:00:00+01:00",
        )
        .await
        .expect("booked");
        cancel(&db, &tenant, cancelled.id, now())
            .await
            .expect("cancelled");
        let secret = create_feed(&db, &tenant, structure, now())
            .await
            .expect("feed");
        assert!(secret.starts_with("cal_") && secret.len() > 60);
        let listed = feeds(&db, &tenant, structure).await.expect("feeds");
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].last_used_at, None);

        let ics = feed_calendar(&db, &secret, BASE, now()).await.expect("ics");
        let ics = lines(&ics);
        assert!(ics.contains(&format!("UID:booking-{}@solilab.test", booked.id)));
        assert!(
            !ics.contains(&format!("UID:booking-{}@solilab.test", cancelled.id)),
            "cancelled bookings leave the feed"
        );
        assert!(ics.iter().any(|l| l.starts_with("X-WR-CALNAME:Solilab")));
        let listed = feeds(&db, &tenant, structure).await.expect("feeds");
        assert_eq!(listed[0].last_used_at, Some(now()));

        // Another structure's tenant can neither make nor revoke one.
        let other = viewer(&db, "tenant2@solilab.localhost").await;
        assert_eq!(
            create_feed(&db, &other, structure, now()).await,
            Err(AppError::NotFound)
        );
        assert_eq!(
            revoke_feed(&db, &other, listed[0].id, now()).await,
            Err(AppError::NotFound)
        );
        assert_eq!(
            feed_calendar(&db, "cal_guess", BASE, now()).await,
            Err(AppError::NotFound)
        );

        revoke_feed(&db, &tenant, listed[0].id, now())
            .await
            .expect("revoked");
        assert_eq!(
            feed_calendar(&db, &secret, BASE, now()).await,
            Err(AppError::NotFound)
        );
        assert!(
            feeds(&db, &tenant, structure)
                .await
                .expect("feeds")
                .is_empty()
        );
    }
);
