//! Changing and retiring a space on both engines.
use super::*;
use crate::core::spaces::{create, get, list};
use crate::core::testing::{demo_viewer, room_input};
use crate::db_test;
use crate::domain::{BookingInput, NewBooking, RateInput, SpaceFilter};

fn instant(text: &str) -> DateTime<Utc> {
    text.parse().expect("instant")
}

/// Books `space` for the tenant's structure on 2 March 2027, as seen on 1 March.
async fn book(db: &Db, tenant: &Viewer, space: i32) -> i32 {
    let input = BookingInput {
        space_id: space,
        structure_id: tenant.acting,
        title: "Réunion".into(),
        attendees: Some(8),
        starts_at: "2027-03-02T14:00:00+01:00".into(),
        ends_at: "2027-03-02T16:00:00+01:00".into(),
        customer_name: None,
        customer_email: None,
    };
    let new = NewBooking::try_from(input).expect("valid");
    crate::core::bookings::create(
        db,
        tenant,
        new,
        instant("2027-03-01T09:00:00+01:00"),
        "http://x",
    )
    .await
    .expect("booked")
    .id
}

db_test!(
    a_manager_changes_a_space_and_its_prices,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
        let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
        let room = NewSpace::try_from(room_input("R-777")).expect("valid");
        let room = create(&db, &manager, room).await.expect("created");
        let id = room.summary.id;
        let patch = SpacePatch {
            name: Some("Salle Erdre".into()),
            capacity: Some(16),
            rates: Some(vec![
                RateInput {
                    customer: "hosted".into(),
                    unit: "hour".into(),
                    price_cents: 1_500,
                },
                RateInput {
                    customer: "outsider".into(),
                    unit: "day".into(),
                    price_cents: 30_000,
                },
            ]),
            ..SpacePatch::default()
        };
        assert_eq!(
            update(&db, &tenant, id, patch.clone()).await,
            Err(AppError::Forbidden)
        );
        let changed = update(&db, &manager, id, patch).await.expect("changed");
        assert_eq!(
            (changed.summary.name.as_str(), changed.summary.capacity),
            ("Salle Erdre", 16)
        );
        assert_eq!(changed.rates.len(), 2);
        assert_eq!(
            changed.summary.from_price_cents.map(|m| m.cents()),
            Some(1_500)
        );
        assert_eq!(changed.summary.code, "R-777");

        let clash = SpacePatch {
            code: Some(room_code_of_another(&db, id).await),
            ..SpacePatch::default()
        };
        assert_eq!(
            update(&db, &manager, id, clash).await.map(|_| ()),
            Err(AppError::Conflict("space.code_taken".into()))
        );
        let office = SpacePatch {
            kind: Some("office".into()),
            ..SpacePatch::default()
        };
        assert_eq!(
            update(&db, &manager, id, office).await.map(|_| ()),
            Err(AppError::invalid("kind", "space.kind_mode_change"))
        );
        assert_eq!(
            update(&db, &manager, 999_999, SpacePatch::default())
                .await
                .map(|_| ()),
            Err(AppError::NotFound)
        );
    }
);

/// The code of another space of the first site than `id`.
async fn room_code_of_another(db: &Db, id: i32) -> String {
    space::Entity::find()
        .filter(space::Column::Id.ne(id))
        .filter(space::Column::SiteId.eq(1))
        .one(db.read())
        .await
        .expect("query")
        .expect("another space")
        .code
}

db_test!(
    a_held_space_is_not_retired_and_a_free_one_leaves_the_catalogue,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
        let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
        let room = NewSpace::try_from(room_input("R-778")).expect("valid");
        let id = create(&db, &manager, room)
            .await
            .expect("created")
            .summary
            .id;
        let booking = book(&db, &tenant, id).await;

        let before = instant("2027-03-01T10:00:00+01:00");
        assert_eq!(
            retire(&db, &tenant, id, before).await,
            Err(AppError::Forbidden)
        );
        let Retired::Held(held) = retire(&db, &manager, id, before).await.expect("answered") else {
            panic!("a coming booking holds the room");
        };
        assert_eq!(held.len(), 1);
        assert_eq!((held[0].kind.as_str(), held[0].id), ("booking", booking));
        assert!(!held[0].holder.is_empty());
        assert!(get(&db, id).await.is_ok(), "still in the catalogue");

        // Once the booking is past, the room retires; the booking stays in the structure's history.
        let after = instant("2027-03-05T10:00:00+01:00");
        assert_eq!(retire(&db, &manager, id, after).await, Ok(Retired::Done));
        assert_eq!(get(&db, id).await.map(|_| ()), Err(AppError::NotFound));
        let listed = list(&db, &SpaceFilter::default(), after)
            .await
            .expect("list");
        assert!(listed.iter().all(|s| s.id != id));
        let structure = tenant.acting.expect("a structure");
        let detail = crate::core::structures::detail(&db, &manager, structure, after)
            .await
            .expect("detail");
        assert!(
            detail.bookings.iter().any(|b| b.id == booking),
            "its past booking still shows"
        );

        // A leased office is held by its running lease.
        let leased = lease::Entity::find()
            .filter(lease::Column::Status.eq(LeaseStatus::Running.as_str()))
            .one(db.read())
            .await
            .expect("query")
            .expect("a running lease in the demo");
        let Retired::Held(held) = retire(&db, &manager, leased.space_id, Utc::now())
            .await
            .expect("answered")
        else {
            panic!("a running lease holds the office");
        };
        assert!(held.iter().any(|h| h.kind == "lease" && h.id == leased.id));
    }
);
