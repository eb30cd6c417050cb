use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::super::*;
use crate::core::Db;
use crate::core::entities::mail_outbox;
use crate::core::testing::demo_viewer;
use crate::db_test;
use crate::domain::AppError;
use crate::domain::visitor::{VisitorInput, VisitorQuery};

const BASE: &str = "http://solilab.test";

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("instant")
        .with_timezone(&Utc)
}

/// Tuesday 2 March 2027, 09:00 in Paris.
fn t0() -> DateTime<Utc> {
    at("2027-03-02T09:00:00+01:00")
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("day")
}

fn visit(structure_id: i32, name: &str) -> VisitorInput {
    VisitorInput {
        structure_id,
        name: name.into(),
        company: "Coopérative Oasis".into(),
        day: "2027-03-02".into(),
        expected_at: "10:30".into(),
        host_id: None,
    }
}

db_test!(
    a_visitor_is_announced_checked_in_and_the_host_mailed,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let desk = demo_viewer(&db, "gestion@solilab.localhost").await;
        let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
        let other = demo_viewer(&db, "tenant2@solilab.localhost").await;
        let structure = tenant.acting.expect("acting");
        let theirs = other.acting.expect("acting");

        let announced = announce(&db, &tenant, visit(structure, "Awa Diallo"), t0())
            .await
            .expect("announced");
        assert!(
            announced.host.is_some(),
            "the member announcing is the host"
        );
        // Another structure's member may not announce for it, nor see its visitors.
        assert_eq!(
            announce(&db, &other, visit(structure, "X"), t0()).await,
            Err(AppError::NotFound)
        );
        let query = VisitorQuery {
            structure_id: Some(structure),
            day: None,
        };
        assert_eq!(
            visitor_list(&db, &other, query, t0()).await,
            Err(AppError::NotFound)
        );
        let mine = visitor_list(&db, &other, VisitorQuery::default(), t0())
            .await
            .expect("list");
        assert!(mine.iter().all(|v| v.structure_id == theirs));
        // A host who is not a member is refused; so is a past day.
        let stranger = VisitorInput {
            host_id: Some(other.id),
            ..visit(structure, "Y")
        };
        assert_eq!(
            announce(&db, &tenant, stranger, t0()).await,
            Err(AppError::invalid("host_id", "visitor.host_unknown"))
        );
        let yesterday = VisitorInput {
            day: "2027-03-01".into(),
            ..visit(structure, "Z")
        };
        assert!(announce(&db, &tenant, yesterday, t0()).await.is_err());

        // The desk's list of today: the visitor expected; checking in mails the host at once.
        let today = VisitorQuery {
            structure_id: None,
            day: Some(day("2027-03-02")),
        };
        let expected = visitor_list(&db, &desk, today.clone(), t0())
            .await
            .expect("list");
        assert_eq!(expected.len(), 1);
        assert_eq!(expected[0].expected_at.as_deref(), Some("10:30"));
        assert_eq!(
            arrive(&db, &tenant, announced.id, BASE, t0()).await,
            Err(AppError::Forbidden)
        );
        let arrival = t0() + Duration::minutes(85);
        let arrived = arrive(&db, &desk, announced.id, BASE, arrival)
            .await
            .expect("arrived");
        assert_eq!(arrived.arrived_at, Some(arrival));
        assert_eq!(
            arrive(&db, &desk, announced.id, BASE, arrival).await,
            Err(AppError::Conflict("visitor.already_arrived".into()))
        );
        assert_eq!(
            arrive(&db, &desk, 999_999, BASE, arrival).await,
            Err(AppError::NotFound)
        );
        let mails = mail_outbox::Entity::find()
            .filter(mail_outbox::Column::Recipient.eq(tenant.email.clone()))
            .all(db.read())
            .await
            .expect("outbox");
        let told: Vec<_> = mails
            .iter()
            .filter(|m| m.subject.contains("Awa Diallo"))
            .collect();
        assert_eq!(told.len(), 1);
        assert!(told[0].body_text.contains("10:25"), "{}", told[0].body_text);
        assert!(told[0].body_text.contains("Coopérative Oasis"));
    }
);

db_test!(
    names_are_erased_after_the_retention_period_and_counts_stay,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let desk = demo_viewer(&db, "gestion@solilab.localhost").await;
        let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
        let structure = tenant.acting.expect("acting");
        for name in ["Awa Diallo", "Jean Martin"] {
            announce(&db, &tenant, visit(structure, name), t0())
                .await
                .expect("announced");
        }
        // 30 days after the visit the names are still kept; the day after, they are erased.
        assert_eq!(erase_due(&db, t0() + Duration::days(30)).await, Ok(0));
        assert_eq!(erase_due(&db, t0() + Duration::days(31)).await, Ok(2));
        assert_eq!(
            erase_due(&db, t0() + Duration::days(32)).await,
            Ok(0),
            "once"
        );
        let that_day = VisitorQuery {
            structure_id: None,
            day: Some(day("2027-03-02")),
        };
        let seen = visitor_list(&db, &desk, that_day, t0() + Duration::days(31))
            .await
            .expect("list");
        assert_eq!(seen.len(), 2, "the visits stay");
        assert!(seen.iter().all(|v| v.name.is_none() && v.company.is_none()));
        let counts = day_counts(&db, &desk, day("2027-03-01"), day("2027-03-03")).await;
        assert_eq!(counts, Ok(vec![(day("2027-03-02"), 2)]));
        assert_eq!(
            day_counts(&db, &tenant, day("2027-03-01"), day("2027-03-03")).await,
            Err(AppError::Forbidden)
        );
    }
);
