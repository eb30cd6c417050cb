//! Adding a space on both engines: managers only, one code per site, and the new room is
//! bookable at once with its prices.
use super::*;
use crate::core::testing::{demo_viewer, room_input};
use crate::db_test;
use crate::domain::SpaceKind;

fn room(code: &str) -> NewSpace {
    NewSpace::try_from(room_input(code)).expect("valid")
}

db_test!(
    a_manager_adds_a_room_that_books_at_once,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
        let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
        assert_eq!(
            create(&db, &tenant, room("R-777")).await.map(|_| ()),
            Err(AppError::Forbidden)
        );
        let made = create(&db, &manager, room("R-777")).await.expect("created");
        assert_eq!(made.summary.kind, SpaceKind::MeetingRoom);
        assert_eq!(
            (made.summary.site.as_str(), made.site_name.as_str()),
            ("solilab", "Solilab")
        );
        assert_eq!(made.equipment, ["projector"]);
        assert!(made.hearing_loop && !made.summary.needs_approval);
        assert_eq!(made.rates.len(), 1);
        assert_eq!(
            create(&db, &manager, room("R-777")).await.map(|_| ()),
            Err(AppError::Conflict("space.code_taken".into()))
        );
        let mut elsewhere = room("R-778");
        elsewhere.site = "atlantis".into();
        assert_eq!(
            create(&db, &manager, elsewhere).await.map(|_| ()),
            Err(AppError::invalid("site", "space.site_unknown"))
        );
        // Its rules are the defaults: a weekday afternoon books, priced at its rate.
        let structure = tenant.acting.expect("a structure");
        let booked = crate::core::bookings::create(
            &db,
            &tenant,
            crate::domain::NewBooking::try_from(crate::domain::BookingInput {
                space_id: made.summary.id,
                structure_id: Some(structure),
                title: "Réunion".into(),
                attendees: Some(8),
                starts_at: "2027-03-02T14:00:00+01:00".into(),
                ends_at: "2027-03-02T16:00:00+01:00".into(),
                customer_name: None,
                customer_email: None,
            })
            .expect("valid"),
            "2027-03-01T09:00:00+01:00".parse().expect("instant"),
            "https://solilab.example.org",
        )
        .await
        .expect("booked");
        assert_eq!(booked.space_id, made.summary.id);
    }
);
