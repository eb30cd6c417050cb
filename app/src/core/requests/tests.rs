//! Space requests on both engines: sent by anyone, matched to a free office, offered by mail,
//! closed with a reason.
use chrono::NaiveDate;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::*;
use crate::core::Db;
use crate::core::auth::{Caller, Client};
use crate::core::entities::mail_outbox;
use crate::core::testing::demo_viewer;
use crate::db_test;
use crate::domain::{AppError, Locale, NewSpaceRequest, RequestStatus, SpaceRequestInput};

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn wish(organisation: &str) -> NewSpaceRequest {
    NewSpaceRequest::try_from(SpaceRequestInput {
        organisation: organisation.into(),
        contact_name: "Awa Diallo".into(),
        email: "awa@jardins.example.org".into(),
        kind: "office".into(),
        surface_min: "26".into(),
        surface_max: "28".into(),
        wanted_from: "2027-03-01".into(),
        sector: "food_short_supply".into(),
        ..Default::default()
    })
    .expect("valid")
}

fn visitor(ip: &str) -> Caller {
    Caller {
        client: Client {
            ip: Some(ip.into()),
            user_agent: None,
        },
        ..Caller::default()
    }
}

db_test!(
    a_request_is_matched_offered_and_closed,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
        // A 27 m² office nobody leases: no demo office has that surface.
        let office = crate::core::testing::fresh_office(&db, "T-20", 27.0).await;
        let id = submit(
            &db,
            &visitor("192.0.2.7"),
            wish("Les Jardins"),
            Locale::Fr,
            "http://s.test",
        )
        .await
        .expect("sent");
        let today = day("2027-02-15");
        let requests = list(&db, &manager, today).await.expect("list");
        let mine = requests.iter().find(|r| r.id == id).expect("listed");
        assert_eq!(mine.status, RequestStatus::Open);
        let best = mine.matches.first().expect("a match");
        assert_eq!(best.candidate.space_id, office.id);
        assert_eq!(best.score, 100);
        // Tenants see no requests.
        let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
        assert_eq!(
            list(&db, &tenant, today).await.map(|_| ()),
            Err(AppError::Forbidden)
        );
        offer(&db, &manager, id, office.id, today, "http://s.test")
            .await
            .expect("offered");
        let mails = mail_outbox::Entity::find()
            .filter(mail_outbox::Column::Recipient.eq("awa@jardins.example.org"))
            .order_by_asc(mail_outbox::Column::Id)
            .all(db.read())
            .await
            .expect("mails");
        assert_eq!(mails.len(), 2, "an acknowledgement, then the offer");
        assert!(
            mails[1].body_text.contains("Bureau T-20"),
            "{}",
            mails[1].body_text
        );
        assert_eq!(
            close(&db, &manager, id, Outcome::Refused { reason: " ".into() }).await,
            Err(AppError::invalid("reason", "request.reason_invalid"))
        );
        close(
            &db,
            &manager,
            id,
            Outcome::Refused {
                reason: "Trop tard".into(),
            },
        )
        .await
        .expect("closed");
        assert_eq!(
            close(&db, &manager, id, Outcome::Withdrawn).await,
            Err(AppError::Conflict("request.closed".into()))
        );
        let closed = list(&db, &manager, today).await.expect("list");
        let mine = closed.iter().find(|r| r.id == id).expect("listed");
        assert_eq!(mine.status, RequestStatus::Refused);
        assert_eq!(mine.offered_space.as_deref(), Some("Bureau T-20"));
        assert!(mine.matches.is_empty());
    }
);

db_test!(one_address_cannot_flood_the_form, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("seed");
    for n in 0..10 {
        submit(
            &db,
            &visitor("192.0.2.8"),
            wish(&format!("Org {n}")),
            Locale::En,
            "http://s.test",
        )
        .await
        .expect("sent");
    }
    assert!(matches!(
        submit(
            &db,
            &visitor("192.0.2.8"),
            wish("Org 11"),
            Locale::En,
            "http://s.test"
        )
        .await,
        Err(AppError::TooManyRequests(_))
    ));
    submit(
        &db,
        &visitor("192.0.2.9"),
        wish("Another"),
        Locale::En,
        "http://s.test",
    )
    .await
    .expect("another address is free to send");
});
