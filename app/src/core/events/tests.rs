//! Markets and events on both engines: the market's days around the holidays, the feed that
//! says the same, and a stall that two managers give at once to two exhibitors.
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use super::*;
use crate::core::Db;
use crate::core::entities::{application, edition, event, stall};
use crate::core::testing::demo_viewer;
use crate::db_test;
use crate::domain::events::ApplicationStatus;
use crate::domain::{AppError, EventKind, EventsQuery};

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

db_test!(
    the_market_moves_and_closes_around_the_holidays,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let filter = EventsQuery {
            from: Some("2026-12-01".into()),
            to: Some("2027-01-10".into()),
            site: Some("solilab".into()),
            kind: Some("market".into()),
        }
        .parse(day("2026-11-29"))
        .expect("valid");
        let days: Vec<NaiveDate> = occurrences(db.read(), &filter)
            .await
            .expect("occurrences")
            .into_iter()
            .map(|o| o.day)
            .collect();
        let expected: Vec<NaiveDate> = [
            "2026-12-03",
            "2026-12-10",
            "2026-12-17",
            "2026-12-23",
            "2027-01-07",
        ]
        .into_iter()
        .map(day)
        .collect();
        assert_eq!(days, expected);
        let all = occurrences(
            db.read(),
            &EventsQuery::default()
                .parse(day("2027-06-01"))
                .expect("valid"),
        )
        .await
        .expect("occurrences");
        assert!(
            all.iter()
                .any(|o| o.kind == EventKind::Event && o.name == "La Braderie des Ecossolies")
        );
        assert!(matches!(
            occurrences(
                db.read(),
                &EventsQuery {
                    site: Some("atlantis".into()),
                    ..EventsQuery::default()
                }
                .parse(day("2027-06-01"))
                .expect("valid")
            )
            .await,
            Err(AppError::Invalid(_))
        ));
    }
);

db_test!(
    the_feed_is_one_series_with_its_exceptions,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let feed = public_feed(&db, None, "https://solilab.example.org")
            .await
            .expect("feed");
        let body = feed.body.replace("\r\n ", "");
        for line in [
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Paris",
            "UID:market-marche-paysan@solilab.example.org",
            "RRULE:FREQ=WEEKLY;BYDAY=TH",
            "DTSTART;TZID=Europe/Paris:20240104T160000",
            "EXDATE;TZID=Europe/Paris:20261231T160000",
            "RECURRENCE-ID;TZID=Europe/Paris:20261224T160000",
            "DTSTART;TZID=Europe/Paris:20261223T150000",
            "SEQUENCE:2",
            "UID:edition-braderie-2027@solilab.example.org",
        ] {
            assert!(body.contains(line), "{line} in {body}");
        }
        assert_eq!(body.matches("BEGIN:VTIMEZONE").count(), 1);
        assert!(body.find("BEGIN:VTIMEZONE") < body.find("BEGIN:VEVENT"));
        let again = public_feed(&db, None, "https://solilab.example.org")
            .await
            .expect("feed");
        assert_eq!(again.etag, feed.etag, "the same feed has the same tag");
        let ecorce = public_feed(&db, Some("ecorce"), "https://solilab.example.org")
            .await
            .expect("feed");
        assert!(
            !ecorce.body.contains("BEGIN:VEVENT"),
            "L'Écorce has no market"
        );
        assert_ne!(ecorce.etag, feed.etag);
        assert_eq!(
            public_feed(&db, Some("atlantis"), "https://s.test").await,
            Err(AppError::NotFound)
        );
    }
);

db_test!(a_stall_goes_to_one_exhibitor, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("seed");
    let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
    // The coming edition: its exhibitors are accepted but have no stall yet.
    let (coming, _) = open_call(&db).await;
    let stall = stall::Entity::find()
        .filter(stall::Column::EditionId.eq(coming.id))
        .order_by_desc(stall::Column::Number)
        .one(db.read())
        .await
        .expect("query")
        .expect("a stall");
    let free: Vec<application::Model> = application::Entity::find()
        .filter(application::Column::EditionId.eq(coming.id))
        .filter(application::Column::Status.eq(ApplicationStatus::Accepted.as_str()))
        .filter(application::Column::StallId.is_null())
        .all(db.read())
        .await
        .expect("query");
    assert!(free.len() >= 2, "accepted exhibitors without a stall");
    // Two managers give the same stall to two exhibitors at the same moment.
    let (a, b) = tokio::join!(
        assign_stall(&db, &manager, free[0].id, Some(stall.id)),
        assign_stall(&db, &manager, free[1].id, Some(stall.id)),
    );
    let outcomes = [a, b];
    assert_eq!(
        outcomes.iter().filter(|o| o.is_ok()).count(),
        1,
        "{outcomes:?}"
    );
    assert!(outcomes.contains(&Err(AppError::Conflict("stall.taken".into()))));
    let holders = application::Entity::find()
        .filter(application::Column::StallId.eq(stall.id))
        .count(db.read())
        .await
        .expect("count");
    assert_eq!(holders, 1);
    // A refused or waiting application gets no stall; a stall of another edition is unknown.
    let waiting = application::Entity::find()
        .filter(application::Column::EditionId.eq(coming.id))
        .filter(application::Column::Status.eq(ApplicationStatus::Waiting.as_str()))
        .one(db.read())
        .await
        .expect("query")
        .expect("a waiting application");
    assert_eq!(
        assign_stall(&db, &manager, waiting.id, Some(stall.id)).await,
        Err(AppError::Conflict("stall.not_accepted".into()))
    );
    let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
    assert_eq!(
        assign_stall(&db, &tenant, free[2].id, Some(stall.id)).await,
        Err(AppError::Forbidden)
    );
});

/// The Braderie's editions, oldest first.
async fn braderie_editions(db: &Db) -> Vec<edition::Model> {
    let braderie = event::Entity::find()
        .filter(event::Column::Slug.eq("braderie"))
        .one(db.read())
        .await
        .expect("query")
        .expect("the Braderie");
    edition::Entity::find()
        .filter(edition::Column::EventId.eq(braderie.id))
        .order_by_asc(edition::Column::Year)
        .all(db.read())
        .await
        .expect("editions")
}

/// The coming Braderie edition and a day its call is open.
async fn open_call(db: &Db) -> (edition::Model, NaiveDate) {
    let coming = braderie_editions(db).await.pop().expect("an edition");
    let day = coming.call_opens_on + chrono::Days::new(1);
    (coming, day)
}

mod applications;
mod report;
