//! Bookings on both engines: rules, prices, conflicts the database settles, approval, cancelling.
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

use super::*;
use crate::core::Db;
use crate::core::entities::{booking, mail_outbox, space, structure};
use crate::db_test;
use crate::domain::{AppError, BookingInput, BookingQuery, BookingStatus, NewBooking, Viewer};

/// The base URL links in mails start with.
const BASE: &str = "http://solilab.test";

/// Monday 1 March 2027, 09:00 in Paris: "now" for every test here.
fn now() -> DateTime<Utc> {
    at("2027-03-01T09:00:00+01:00")
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("instant")
        .with_timezone(&Utc)
}

async fn viewer(db: &Db, email: &str) -> Viewer {
    crate::core::testing::demo_viewer(db, email).await
}

async fn space_named(db: &Db, name: &str) -> space::Model {
    space::Entity::find()
        .filter(space::Column::Name.eq(name))
        .one(db.read())
        .await
        .expect("query")
        .expect("demo space")
}

fn request(space: i32, structure: i32, from: &str, to: &str) -> NewBooking {
    NewBooking::try_from(BookingInput {
        space_id: space,
        structure_id: Some(structure),
        starts_at: from.into(),
        ends_at: to.into(),
        title: "Réunion d'équipe".into(),
        attendees: Some(8),
        ..BookingInput::default()
    })
    .expect("valid request")
}

/// Books as `who`, at the tests' "now".
async fn book(
    db: &Db,
    who: &Viewer,
    space: i32,
    structure: i32,
    from: &str,
    to: &str,
) -> Result<crate::domain::BookingView, AppError> {
    create(db, who, request(space, structure, from, to), now(), BASE).await
}

/// The demo, the tenant Alex (acting for their first structure) and the Salle Loire.
async fn setup(db: &Db) -> (Viewer, i32, space::Model) {
    crate::core::demo::seed(db).await.expect("seed");
    let tenant = viewer(db, "tenant@solilab.localhost").await;
    let structure = tenant.acting.expect("acting");
    (tenant, structure, space_named(db, "Salle Loire").await)
}

const TUESDAY_2PM: &str = "2027-03-02T14:00:00+01:00";
const TUESDAY_4PM: &str = "2027-03-02T16:00:00+01:00";

db_test!(a_tenant_books_sees_and_cancels, |db: Db| async move {
    let (tenant, structure, loire) = setup(&db).await;
    let booked = book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
        .await
        .expect("booked");
    assert_eq!(booked.status, BookingStatus::Confirmed);
    assert_eq!(booked.price_cents.cents(), 6000, "two hours at 30 €");
    assert_eq!(booked.structure_id, Some(structure));
    assert_eq!(get(&db, &tenant, booked.id).await.expect("get"), booked);
    let listed = list(&db, &tenant, &BookingQuery::default(), now())
        .await
        .expect("list");
    assert_eq!(listed.iter().map(|b| b.id).collect::<Vec<_>>(), [booked.id]);
    // A day ahead of the start, cancelling is free; the booking stays, cancelled, with who.
    let cancelled = cancel(&db, &tenant, booked.id, now())
        .await
        .expect("cancelled");
    assert_eq!(cancelled.status, BookingStatus::Cancelled);
    assert_eq!(cancelled.cancel_fee_cents.cents(), 0);
    assert_eq!(cancelled.cancelled_by.as_deref(), Some("Alex Martin"));
    assert_eq!(
        cancel(&db, &tenant, booked.id, now()).await,
        Err(AppError::Conflict("booking.not_cancellable".into()))
    );
    // The slot is free again.
    book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
        .await
        .expect("booked again");
});

db_test!(
    a_late_cancellation_pays_the_policy_fee,
    |db: Db| async move {
        let (tenant, structure, loire) = setup(&db).await;
        let mut policy = loire.clone().into_active_model();
        policy.cancel_fee_percent = Set(50);
        policy.update(db.write()).await.expect("policy");
        let booked = book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
            .await
            .expect("booked");
        let late = at("2027-03-02T10:00:00+01:00");
        let cancelled = cancel(&db, &tenant, booked.id, late)
            .await
            .expect("cancelled");
        assert_eq!(cancelled.cancel_fee_cents.cents(), 3000, "half of 60 €");
    }
);

db_test!(
    overlaps_are_refused_with_nearby_free_slots,
    |db: Db| async move {
        let (tenant, structure, loire) = setup(&db).await;
        book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
            .await
            .expect("booked");
        let other = viewer(&db, "tenant2@solilab.localhost").await;
        let theirs = other.acting.expect("acting");
        let clash = request(
            loire.id,
            theirs,
            "2027-03-02T15:00:00+01:00",
            "2027-03-02T17:00:00+01:00",
        );
        assert_eq!(
            create(&db, &other, clash.clone(), now(), BASE).await,
            Err(AppError::Conflict("booking.overlap".into()))
        );
        let near = suggest(&db, loire.id, clash.range, now(), 3)
            .await
            .expect("suggestions");
        assert_eq!(
            near[0].starts_at,
            at(TUESDAY_4PM),
            "right after the booking"
        );
        assert_eq!(near[1].starts_at, at("2027-03-02T16:30:00+01:00"));
        // Touching is not overlapping.
        book(
            &db,
            &other,
            loire.id,
            theirs,
            TUESDAY_4PM,
            "2027-03-02T17:00:00+01:00",
        )
        .await
        .expect("back to back");
        let busy = availability(
            &db,
            loire.id,
            crate::domain::TimeRange::new(
                at("2027-03-02T00:00:00+01:00"),
                at("2027-03-03T00:00:00+01:00"),
            )
            .expect("day"),
            now(),
        )
        .await
        .expect("availability");
        assert_eq!(busy.busy.len(), 1, "touching bookings merge");
        assert_eq!(
            (busy.busy[0].starts_at, busy.busy[0].ends_at),
            (at(TUESDAY_2PM), at("2027-03-02T17:00:00+01:00"))
        );
    }
);

db_test!(buffers_count_as_busy, |db: Db| async move {
    let (tenant, structure, loire) = setup(&db).await;
    let mut rules = loire.clone().into_active_model();
    rules.buffer_minutes = Set(30);
    rules.update(db.write()).await.expect("buffer");
    book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
        .await
        .expect("booked");
    let right_after = request(
        loire.id,
        structure,
        TUESDAY_4PM,
        "2027-03-02T17:00:00+01:00",
    );
    assert_eq!(
        create(&db, &tenant, right_after, now(), BASE).await,
        Err(AppError::Conflict("booking.overlap".into()))
    );
    let right_before = request(
        loire.id,
        structure,
        "2027-03-02T13:00:00+01:00",
        TUESDAY_2PM,
    );
    assert_eq!(
        create(&db, &tenant, right_before, now(), BASE).await,
        Err(AppError::Conflict("booking.overlap".into())),
        "its own buffer would run into the next booking"
    );
    book(
        &db,
        &tenant,
        loire.id,
        structure,
        "2027-03-02T16:30:00+01:00",
        "2027-03-02T17:00:00+01:00",
    )
    .await
    .expect("after the buffer");
});

db_test!(the_database_itself_refuses_overlaps, |db: Db| async move {
    let (tenant, structure, loire) = setup(&db).await;
    let first = book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
        .await
        .expect("booked");
    // Going around the code: a raw insert of an overlapping confirmed row is refused…
    let row = booking::Entity::find_by_id(first.id)
        .one(db.read())
        .await
        .expect("q")
        .expect("row");
    let mut copy = row.clone().into_active_model();
    copy.id = sea_orm::ActiveValue::NotSet;
    copy.starts_at = Set(at("2027-03-02T15:00:00+01:00"));
    let refused = copy
        .clone()
        .insert(db.write())
        .await
        .expect_err("overlap refused");
    assert_eq!(
        AppError::from(refused),
        AppError::Conflict("booking.overlap".into())
    );
    // …while a cancelled one may overlap, and cannot be revived over the live one.
    copy.status = Set(BookingStatus::Cancelled.as_str().into());
    let cancelled = copy
        .insert(db.write())
        .await
        .expect("cancelled rows do not hold");
    let mut revive = cancelled.into_active_model();
    revive.status = Set(BookingStatus::Confirmed.as_str().into());
    let refused = revive
        .update(db.write())
        .await
        .expect_err("revival refused");
    assert_eq!(
        AppError::from(refused),
        AppError::Conflict("booking.overlap".into())
    );
});

db_test!(two_hundred_at_once_make_one_booking, |db: Db| async move {
    let (tenant, structure, loire) = setup(&db).await;
    let mut tasks = Vec::new();
    for i in 0..200_i64 {
        let (db, tenant) = (db.clone(), tenant.clone());
        // Overlapping slots, all different: 14:00–16:00 shifted by 0 to 90 minutes.
        let start = at(TUESDAY_2PM) + chrono::Duration::minutes((i % 4) * 30);
        let end = start + chrono::Duration::hours(2);
        let new = request(loire.id, structure, &start.to_rfc3339(), &end.to_rfc3339());
        tasks.push(tokio::spawn(async move {
            create(&db, &tenant, new, now(), BASE).await
        }));
    }
    let mut confirmed = 0;
    for task in tasks {
        match task.await.expect("task") {
            Ok(b) => {
                assert_eq!(b.status, BookingStatus::Confirmed);
                confirmed += 1;
            }
            Err(e) => assert_eq!(e, AppError::Conflict("booking.overlap".into())),
        }
    }
    assert_eq!(confirmed, 1);
    let live = booking::Entity::find()
        .filter(booking::Column::SpaceId.eq(loire.id))
        .all(db.read())
        .await
        .expect("rows");
    assert_eq!(live.len(), 1, "nothing else was written");
});

mod approval;
mod calendars;
mod closures;
mod grid;
mod rules;
mod series;
mod waitlist;
