//! Repeating bookings and moves, on both engines.
use sea_orm::QueryOrder;

use super::*;
use crate::domain::TimeRange;
use crate::domain::recurrence::SeriesPlan;
use crate::domain::time::paris_day;

/// Every Thursday 14:00–16:00 from 4 March to 27 May 2027: thirteen dates, one of them
/// Ascension Day (6 May), across the spring clock change (28 March).
const THURSDAYS: &str = "FREQ=WEEKLY;UNTIL=20270527T215959Z";
const FIRST_FROM: &str = "2027-03-04T14:00:00+01:00";
const FIRST_TO: &str = "2027-03-04T16:00:00+01:00";

fn days(list: &[&str]) -> Vec<chrono::NaiveDate> {
    crate::domain::recurrence::parse_days(list).expect("days")
}

fn problems(plan: &SeriesPlan) -> Vec<(String, String)> {
    plan.dates
        .iter()
        .filter_map(|d| {
            d.problem
                .clone()
                .map(|p| (paris_day(d.slot.starts_at).to_string(), p))
        })
        .collect()
}

async fn bookings_of_series(db: &Db, series: i32) -> Vec<booking::Model> {
    booking::Entity::find()
        .filter(booking::Column::SeriesId.eq(series))
        .order_by_asc(booking::Column::StartsAt)
        .all(db.read())
        .await
        .expect("query")
}

db_test!(
    a_series_names_the_dates_in_the_way_then_books_the_others,
    |db: Db| async move {
        let (tenant, structure, loire) = setup(&db).await;
        let other = viewer(&db, "tenant2@solilab.localhost").await;
        let theirs = other.acting.expect("acting");
        book(
            &db,
            &other,
            loire.id,
            theirs,
            "2027-03-18T15:00:00+01:00",
            "2027-03-18T17:00:00+01:00",
        )
        .await
        .expect("their booking");
        let first = request(loire.id, structure, FIRST_FROM, FIRST_TO);

        let plan = plan_series(&db, &tenant, &first, THURSDAYS, now())
            .await
            .expect("plan");
        assert_eq!(plan.dates.len(), 13);
        assert_eq!(
            problems(&plan),
            [
                ("2027-03-18".to_owned(), "booking.overlap".to_owned()),
                (
                    "2027-05-06".to_owned(),
                    "rules.holiday|date=06/05/2027".to_owned()
                ),
            ]
        );
        assert_eq!(plan.booked(), 11);
        assert_eq!(plan.total().cents(), 11 * 6000);
        assert_eq!(plan.days_in_the_way(), "2027-03-18,2027-05-06");
        assert_eq!(plan.series_id, None);
        assert!(plan.dates.iter().all(|d| d.booking_id.is_none()));
        let all = booking::Entity::find().all(db.read()).await.expect("rows");
        assert_eq!(all.len(), 1, "planning books nothing");

        // Without dropping the dates in the way, nothing is booked.
        assert_eq!(
            create_series(&db, &tenant, &first, THURSDAYS, &[], now(), BASE).await,
            Err(AppError::Conflict("booking.series_conflict|count=2".into()))
        );
        assert_eq!(
            booking::Entity::find()
                .all(db.read())
                .await
                .expect("rows")
                .len(),
            1
        );

        let made = create_series(
            &db,
            &tenant,
            &first,
            THURSDAYS,
            &days(&["2027-03-18,2027-05-06"]),
            now(),
            BASE,
        )
        .await
        .expect("series");
        let series = made.series_id.expect("booked");
        assert_eq!(made.booked(), 11);
        let rows = bookings_of_series(&db, series).await;
        assert_eq!(rows.len(), 11);
        assert!(rows.iter().all(|r| r.status == "confirmed"));
        // 14:00 in Paris on both sides of the clock change.
        let starts: Vec<String> = rows.iter().map(|r| r.starts_at.to_rfc3339()).collect();
        assert!(starts.contains(&"2027-03-25T13:00:00+00:00".to_owned()));
        assert!(starts.contains(&"2027-04-01T12:00:00+00:00".to_owned()));
    }
);

db_test!(
    one_date_of_a_series_is_moved_or_cancelled_alone,
    |db: Db| async move {
        let (tenant, structure, loire) = setup(&db).await;
        let first = request(loire.id, structure, FIRST_FROM, FIRST_TO);
        let rule = "FREQ=WEEKLY;COUNT=4";
        let made = create_series(&db, &tenant, &first, rule, &[], now(), BASE)
            .await
            .expect("series");
        let series = made.series_id.expect("booked");
        let ids: Vec<i32> = made.dates.iter().filter_map(|d| d.booking_id).collect();
        assert_eq!(ids.len(), 4);

        let cancelled = cancel(&db, &tenant, ids[1], now()).await.expect("one");
        assert_eq!(cancelled.series_id, Some(series));
        let still: Vec<String> = bookings_of_series(&db, series)
            .await
            .into_iter()
            .map(|r| r.status)
            .collect();
        assert_eq!(still, ["confirmed", "cancelled", "confirmed", "confirmed"]);

        // The third Thursday moves to the afternoon's end; the fourth cannot move onto it.
        let later = TimeRange::parse(
            "2027-03-18T16:00:00+01:00",
            "2027-03-18T18:00:00+01:00",
            "starts_at",
            "ends_at",
        )
        .expect("range");
        let moved = reschedule(&db, &tenant, ids[2], later, now())
            .await
            .expect("moved");
        assert_eq!(moved.starts_at, later.starts_at());
        assert_eq!(moved.series_id, Some(series));
        assert_eq!(moved.price_cents.cents(), 6000);
        assert_eq!(
            reschedule(&db, &tenant, ids[3], later, now()).await,
            Err(AppError::Conflict("booking.overlap".into()))
        );
        // Its own old slot does not stand in its way: a move by half an hour is fine.
        let overlapping_itself = TimeRange::parse(
            "2027-03-18T16:30:00+01:00",
            "2027-03-18T18:30:00+01:00",
            "starts_at",
            "ends_at",
        )
        .expect("range");
        reschedule(&db, &tenant, ids[2], overlapping_itself, now())
            .await
            .expect("moved again");
        let sunday = TimeRange::parse(
            "2027-03-21T10:00:00+01:00",
            "2027-03-21T12:00:00+01:00",
            "starts_at",
            "ends_at",
        )
        .expect("range");
        assert!(matches!(
            reschedule(&db, &tenant, ids[3], sunday, now()).await,
            Err(AppError::Invalid(_))
        ));
        assert_eq!(
            reschedule(&db, &tenant, ids[1], later, now()).await,
            Err(AppError::Conflict("booking.not_movable".into())),
            "a cancelled date stays cancelled"
        );

        let other = viewer(&db, "tenant2@solilab.localhost").await;
        assert_eq!(
            reschedule(&db, &other, ids[0], later, now()).await,
            Err(AppError::NotFound)
        );
        assert_eq!(
            cancel_series(&db, &other, series, now()).await,
            Err(AppError::NotFound)
        );

        // Cancelling the series cancels the dates still coming, not the past ones.
        let after_first = at("2027-03-05T09:00:00+01:00");
        let gone = cancel_series(&db, &tenant, series, after_first)
            .await
            .expect("series cancelled");
        assert_eq!(gone.len(), 2);
        let statuses: Vec<String> = bookings_of_series(&db, series)
            .await
            .into_iter()
            .map(|r| r.status)
            .collect();
        assert_eq!(
            statuses,
            ["confirmed", "cancelled", "cancelled", "cancelled"]
        );
    }
);

db_test!(
    a_series_needing_approval_waits_as_a_whole,
    |db: Db| async move {
        let (tenant, structure, _) = setup(&db).await;
        let patio = space_named(&db, "Le Patio").await;
        let first = NewBooking {
            attendees: 20,
            ..request(
                patio.id,
                structure,
                "2027-03-09T18:00:00+01:00",
                "2027-03-09T21:00:00+01:00",
            )
        };
        let made = create_series(
            &db,
            &tenant,
            &first,
            "FREQ=WEEKLY;COUNT=3",
            &[],
            now(),
            BASE,
        )
        .await
        .expect("series");
        assert!(made.needs_approval);
        let rows = bookings_of_series(&db, made.series_id.expect("made")).await;
        assert!(rows.iter().all(|r| r.status == "pending"));
        assert_eq!(rows.len(), 3);
    }
);
