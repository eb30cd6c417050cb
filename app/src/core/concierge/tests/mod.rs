use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::*;
use crate::core::Db;
use crate::core::entities::{mail_outbox, membership};
use crate::core::mail::{Transport, deliver_due};
use crate::core::testing::{SmtpServer, demo_viewer, first_site, mail_from};
use crate::db_test;
use crate::domain::parcel::{ParcelInput, ParcelQuery, ParcelSize, PickupInput};
use crate::domain::{AppError, Role, StructureInput, Viewer};

const BASE: &str = "http://solilab.test";

/// Words of the two mails' subjects, in French and in English.
const ARRIVED: [&str; 2] = ["arrivé", "arrived"];
const WAITING: [&str; 2] = ["attendent", "waiting"];

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("instant")
        .with_timezone(&Utc)
}

/// Tuesday 2 March 2027, 10:00 in Paris.
fn t0() -> DateTime<Utc> {
    at("2027-03-02T10:00:00+01:00")
}

fn arrival(structure_id: i32, carrier: &str) -> ParcelInput {
    ParcelInput {
        structure_id,
        carrier: carrier.into(),
        count: 1,
        size: None,
        note: None,
    }
}

/// The desk (a manager) and a tenant of the demo acting for their structure.
async fn demo(db: &Db) -> (Viewer, Viewer, i32) {
    crate::core::demo::seed(db).await.expect("seed");
    let desk = demo_viewer(db, "gestion@solilab.localhost").await;
    let tenant = demo_viewer(db, "tenant@solilab.localhost").await;
    let structure = tenant.acting.expect("acting");
    (desk, tenant, structure)
}

/// The mails whose subject holds one of `words` (French and English).
async fn mails_about(db: &Db, words: [&str; 2]) -> Vec<mail_outbox::Model> {
    mail_outbox::Entity::find()
        .order_by_asc(mail_outbox::Column::Id)
        .all(db.read())
        .await
        .expect("outbox")
        .into_iter()
        .filter(|m| words.iter().any(|w| m.subject.contains(w)))
        .collect()
}

async fn member_count(db: &Db, structure: i32) -> usize {
    membership::Entity::find()
        .filter(membership::Column::StructureId.eq(structure))
        .all(db.read())
        .await
        .expect("members")
        .len()
}

db_test!(
    three_parcels_in_the_window_make_one_mail_per_member,
    |db: Db| async move {
        let (desk, tenant, structure) = demo(&db).await;
        for (minutes, carrier) in [(0, "Colissimo"), (2, "DHL"), (4, "Colissimo")] {
            log(
                &db,
                &desk,
                arrival(structure, carrier),
                t0() + Duration::minutes(minutes),
            )
            .await
            .expect("logged");
        }
        // Within the window nothing is sent: more parcels may join.
        assert_eq!(
            notify_due(&db, BASE, BATCH_WINDOW, t0() + Duration::minutes(9)).await,
            Ok(0)
        );
        let members = member_count(&db, structure).await;
        assert!(members >= 1);
        let sent = notify_due(&db, BASE, BATCH_WINDOW, t0() + BATCH_WINDOW)
            .await
            .expect("pass");
        assert_eq!(sent, members, "one mail to each member");
        assert_eq!(
            notify_due(&db, BASE, BATCH_WINDOW, t0() + Duration::hours(1)).await,
            Ok(0),
            "told once"
        );
        let mails = mails_about(&db, ARRIVED).await;
        assert_eq!(mails.len(), members);
        let to_tenant: Vec<_> = mails
            .iter()
            .filter(|m| m.recipient == tenant.email)
            .collect();
        assert_eq!(to_tenant.len(), 1);
        assert!(
            to_tenant[0].body_text.contains("Colissimo (2), DHL (1)"),
            "{}",
            to_tenant[0].body_text
        );
        assert!(
            to_tenant[0]
                .body_text
                .contains("http://solilab.test/parcels")
        );

        // Delivered through a real SMTP server: each member receives the one mail queued for them.
        let queued_for_tenant = mail_outbox::Entity::find()
            .filter(mail_outbox::Column::Recipient.eq(tenant.email.clone()))
            .all(db.read())
            .await
            .expect("outbox")
            .len();
        let smtp = SmtpServer::start().await;
        let transport = Transport::new(Some(&smtp.url()), std::env::temp_dir()).expect("transport");
        deliver_due(&db, &transport, &mail_from(), Utc::now())
            .await
            .expect("delivered");
        let received = smtp.messages();
        let for_tenant = received
            .iter()
            .filter(|m| m.contains(&format!("To: {}", tenant.email)))
            .count();
        assert_eq!(for_tenant, queued_for_tenant, "{received:?}");
        assert_eq!(
            received.len(),
            mail_outbox::Entity::find()
                .all(db.read())
                .await
                .expect("outbox")
                .len()
        );

        // A parcel logged later starts a batch of its own.
        log(
            &db,
            &desk,
            arrival(structure, "La Poste"),
            t0() + Duration::hours(2),
        )
        .await
        .expect("logged");
        assert_eq!(
            notify_due(
                &db,
                BASE,
                BATCH_WINDOW,
                t0() + Duration::hours(2) + BATCH_WINDOW
            )
            .await,
            Ok(members)
        );
    }
);

db_test!(
    members_see_their_parcels_and_the_desk_hands_them_over,
    |db: Db| async move {
        let (desk, tenant, structure) = demo(&db).await;
        let other = demo_viewer(&db, "tenant2@solilab.localhost").await;
        let theirs = other.acting.expect("acting");
        assert_ne!(theirs, structure);
        let parcel = log(&db, &desk, arrival(structure, "UPS"), t0())
            .await
            .expect("logged");
        assert_eq!(parcel.size, ParcelSize::Small);
        log(&db, &desk, arrival(theirs, "GLS"), t0())
            .await
            .expect("logged");

        // A tenant sees their structure's parcels, never another's.
        let mine = list(&db, &tenant, ParcelQuery::default(), t0())
            .await
            .expect("list");
        assert!(mine.iter().all(|p| p.structure_id == structure));
        assert_eq!(mine.len(), 1);
        let query = ParcelQuery {
            structure_id: Some(theirs),
            waiting: true,
        };
        assert_eq!(
            list(&db, &tenant, query, t0()).await,
            Err(AppError::NotFound)
        );
        assert_eq!(
            list(&db, &desk, ParcelQuery::default(), t0())
                .await
                .map(|l| l.len()),
            Ok(2)
        );

        // Only the desk logs and hands over.
        assert_eq!(
            log(&db, &tenant, arrival(structure, "UPS"), t0()).await,
            Err(AppError::Forbidden)
        );
        assert_eq!(
            pickup(&db, &tenant, &[parcel.id], "Alex", t0()).await,
            Err(AppError::Forbidden)
        );
        let later = t0() + Duration::hours(3);
        let taken = pickup(&db, &desk, &[parcel.id], "Alex Martin", later)
            .await
            .expect("taken");
        assert_eq!(taken[0].picked_up_by.as_deref(), Some("Alex Martin"));
        assert_eq!(taken[0].picked_up_at, Some(later));
        assert_eq!(
            pickup(&db, &desk, &[parcel.id], "Alex Martin", later).await,
            Err(AppError::Conflict("parcel.already_picked_up".into()))
        );
        assert_eq!(
            pickup(&db, &desk, &[999_999], "Alex", later).await,
            Err(AppError::NotFound)
        );
        let waiting = ParcelQuery {
            structure_id: Some(structure),
            waiting: true,
        };
        assert_eq!(list(&db, &tenant, waiting, later).await, Ok(vec![]));
        // Handed over before the batch was told: no mail about it.
        assert_eq!(
            notify_due(&db, BASE, BATCH_WINDOW, later)
                .await
                .map(|n| n > 0),
            Ok(true)
        );
        let about_ups = mails_about(&db, ARRIVED).await;
        assert!(about_ups.iter().all(|m| !m.body_text.contains("UPS")));

        // The register of the day lists the arrivals and the pick-up.
        let day = crate::domain::time::paris_day(t0());
        let day_register = register(&db, &desk, None, day, later)
            .await
            .expect("register");
        assert_eq!(day_register.arrivals.len(), 2);
        assert_eq!(day_register.pickups.len(), 1);
        assert_eq!(
            register(&db, &tenant, None, day, later).await,
            Err(AppError::Forbidden)
        );
    }
);

db_test!(
    waiting_parcels_are_flagged_and_reminded_once,
    |db: Db| async move {
        let (desk, tenant, structure) = demo(&db).await;
        log(&db, &desk, arrival(structure, "Chronopost"), t0())
            .await
            .expect("logged");
        let members = member_count(&db, structure).await;
        let six_days = t0() + Duration::days(6);
        assert_eq!(remind_due(&db, BASE, six_days).await, Ok(0));
        let seen = list(&db, &tenant, ParcelQuery::default(), six_days)
            .await
            .expect("list");
        assert!(!seen[0].overdue);
        let a_week = t0() + Duration::days(7);
        let seen = list(&db, &tenant, ParcelQuery::default(), a_week)
            .await
            .expect("list");
        assert!(seen[0].overdue, "flagged after the site's 7 days");
        assert_eq!(remind_due(&db, BASE, a_week).await, Ok(members));
        assert_eq!(
            remind_due(&db, BASE, a_week + Duration::days(3)).await,
            Ok(0),
            "once"
        );
        let reminders = mails_about(&db, WAITING).await;
        assert_eq!(reminders.len(), members);
    }
);

db_test!(the_desk_works_from_an_empty_database, |db: Db| async move {
    let admin = first_site(&db).await;
    let input = StructureInput {
        name: "La Fabrique".into(),
        legal_form: "association".into(),
        sector: "digital".into(),
        siret: None,
        site: None,
    };
    let created = crate::core::structures::create(
        &db,
        &admin,
        crate::domain::NewStructure::try_from(input).expect("valid"),
    )
    .await
    .expect("structure");
    crate::core::accounts::add(
        &db,
        crate::core::accounts::NewAccount {
            email: "membre@fabrique.example".into(),
            role: Role::Tenant,
            display_name: None,
            structure_id: Some(created.id),
            password: None,
        },
    )
    .await
    .expect("member");
    let parcel = log(&db, &admin, arrival(created.id, "La Poste"), t0())
        .await
        .expect("logged");
    assert_eq!(parcel.structure_name, "La Fabrique");
    assert_eq!(
        notify_due(&db, BASE, BATCH_WINDOW, t0() + BATCH_WINDOW).await,
        Ok(1)
    );
    let mails = mails_about(&db, ARRIVED).await;
    assert_eq!(mails[0].recipient, "membre@fabrique.example");

    // Bad input names its fields and writes nothing.
    let unknown = log(&db, &admin, arrival(999_999, "DHL"), t0()).await;
    assert_eq!(
        unknown,
        Err(AppError::invalid(
            "structure_id",
            "parcel.structure_unknown"
        ))
    );
    let none = ParcelInput {
        count: 0,
        carrier: " ".into(),
        ..arrival(created.id, "")
    };
    let Err(AppError::Invalid(fields)) = log(&db, &admin, none, t0()).await else {
        panic!("refused")
    };
    assert_eq!(fields.len(), 2);
    assert_eq!(
        list(&db, &admin, ParcelQuery::default(), t0())
            .await
            .map(|l| l.len()),
        Ok(1)
    );
    assert!(
        PickupInput {
            taken_by: String::new()
        }
        .read()
        .is_err()
    );
});

mod visitors;
