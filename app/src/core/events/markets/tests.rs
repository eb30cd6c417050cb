use chrono::{Duration, NaiveDate, Utc};

use super::*;
use crate::core::events::{
    add_producer, change_day, public_feed, remove_producer, restore_day, set_roster,
};
use crate::core::testing::{first_site, new_viewer};
use crate::db_test;
use crate::domain::events::{ExceptionInput, ProducerInput};
use crate::domain::{AuditAction, Role};

fn saturday_market() -> MarketInput {
    MarketInput {
        site: "solilab".into(),
        name: "Marché du samedi".into(),
        weekdays: vec!["SA".into()],
        opens: "08:00".into(),
        closes: "13:00".into(),
        first_day: "2027-01-02".into(),
        place: "Parvis".into(),
        ..MarketInput::default()
    }
}

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a day")
}

db_test!(
    a_manager_creates_a_market_and_cancels_a_day_from_an_empty_database,
    |db: Db| async move {
        let admin = first_site(&db).await;
        let manager = new_viewer(&db, "gestion@example.org", Role::Manager).await;
        let today = day("2027-01-01");
        let slug = create_market(&db, &manager, saturday_market(), Utc::now())
            .await
            .expect("created");
        assert_eq!(slug, "marche-du-samedi");
        let detail = market_detail(&db, &manager, &slug, today)
            .await
            .expect("detail");
        assert_eq!(detail.sequence, 0);
        assert_eq!(detail.input.weekdays, ["SA"]);
        assert_eq!(detail.days.first(), Some(&day("2027-01-02")));
        assert_eq!(detail.days.get(1), Some(&day("2027-01-09")));

        let cancel = ExceptionInput {
            day: "2027-01-09".into(),
            reason: "Gel annoncé".into(),
            ..ExceptionInput::default()
        };
        change_day(&db, &manager, &slug, cancel, Utc::now())
            .await
            .expect("cancelled");
        let feed = public_feed(&db, None, "https://solilab.example.org")
            .await
            .expect("feed");
        assert!(
            feed.body.contains("RRULE:FREQ=WEEKLY;BYDAY=SA"),
            "{}",
            feed.body
        );
        assert!(
            feed.body
                .contains("EXDATE;TZID=Europe/Paris:20270109T080000"),
            "{}",
            feed.body
        );
        assert!(feed.body.contains("SEQUENCE:1"), "{}", feed.body);

        // The same day moved instead: the exception is replaced, the sequence rises again.
        let moved = ExceptionInput {
            day: "2027-01-09".into(),
            moved_day: "2027-01-08".into(),
            reason: "Avancé au vendredi".into(),
            ..ExceptionInput::default()
        };
        change_day(&db, &manager, &slug, moved, Utc::now())
            .await
            .expect("moved");
        let detail = market_detail(&db, &manager, &slug, today)
            .await
            .expect("detail");
        assert_eq!(detail.sequence, 2);
        assert_eq!(detail.exceptions.len(), 1);
        assert_eq!(detail.exceptions[0].moved_day, Some(day("2027-01-08")));
        restore_day(&db, &manager, &slug, day("2027-01-09"), Utc::now())
            .await
            .expect("restored");
        let detail = market_detail(&db, &manager, &slug, today)
            .await
            .expect("detail");
        assert!(detail.exceptions.is_empty());
        assert_eq!(detail.sequence, 3);
        let again = restore_day(&db, &manager, &slug, day("2027-01-09"), Utc::now()).await;
        assert_eq!(again, Err(AppError::NotFound));

        let audit = crate::core::audit::list(&db, &admin, None, 10)
            .await
            .expect("audit");
        assert!(audit.iter().any(|e| e.action == AuditAction::MarketCreated));
    }
);

db_test!(
    a_market_is_changed_by_a_patch_and_checked_whole,
    |db: Db| async move {
        first_site(&db).await;
        let manager = new_viewer(&db, "gestion@example.org", Role::Manager).await;
        let slug = create_market(&db, &manager, saturday_market(), Utc::now())
            .await
            .expect("created");
        let patch = MarketPatch {
            weekdays: Some(vec!["WE".into(), "SA".into()]),
            every_weeks: Some(2),
            slug: Some("marche-du-quai".into()),
            ..MarketPatch::default()
        };
        let slug = update_market(&db, &manager, &slug, patch, Utc::now())
            .await
            .expect("updated");
        assert_eq!(slug, "marche-du-quai");
        let detail = market_detail(&db, &manager, &slug, day("2027-01-01"))
            .await
            .expect("detail");
        assert_eq!(detail.input.weekdays, ["WE", "SA"]);
        assert_eq!(detail.input.every_weeks, 2);
        assert_eq!(detail.sequence, 1);
        // Every other week from Saturday 2 January: the 2nd, then Wednesday the 13th.
        assert_eq!(&detail.days[..2], &[day("2027-01-02"), day("2027-01-13")]);

        let bad = MarketPatch {
            first_day: Some("2027-01-04".into()),
            closes: Some("nuit".into()),
            ..MarketPatch::default()
        };
        let Err(AppError::Invalid(errors)) =
            update_market(&db, &manager, &slug, bad, Utc::now()).await
        else {
            panic!("expected invalid fields");
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["closes", "first_day"]);

        let second = create_market(
            &db,
            &manager,
            MarketInput {
                slug: "marche-du-quai".into(),
                ..saturday_market()
            },
            Utc::now(),
        )
        .await;
        assert_eq!(second, Err(AppError::Conflict("market.slug_taken".into())));
        let unknown = create_market(
            &db,
            &manager,
            MarketInput {
                site: "ailleurs".into(),
                ..saturday_market()
            },
            Utc::now(),
        )
        .await;
        assert_eq!(
            unknown,
            Err(AppError::invalid("site", "market.site_unknown"))
        );
        let tenant = new_viewer(&db, "membre@example.org", Role::Tenant).await;
        let refused = create_market(&db, &tenant, saturday_market(), Utc::now()).await;
        assert_eq!(refused, Err(AppError::Forbidden));
        let refused = market_detail(&db, &tenant, &slug, day("2027-01-01")).await;
        assert_eq!(refused, Err(AppError::Forbidden));
    }
);

db_test!(
    producers_and_their_roster_are_kept_per_market_day,
    |db: Db| async move {
        first_site(&db).await;
        let manager = new_viewer(&db, "gestion@example.org", Role::Manager).await;
        let slug = create_market(&db, &manager, saturday_market(), Utc::now())
            .await
            .expect("created");
        let farm = ProducerInput {
            name: " La Ferme du Marais ".into(),
            products: "Légumes".into(),
            town: "Bouguenais".into(),
        };
        let farm = add_producer(&db, &manager, &slug, farm)
            .await
            .expect("farm");
        let bread = ProducerInput {
            name: "Le Fournil".into(),
            ..ProducerInput::default()
        };
        let bread = add_producer(&db, &manager, &slug, bread)
            .await
            .expect("bread");
        let blank = add_producer(&db, &manager, &slug, ProducerInput::default()).await;
        assert_eq!(
            blank,
            Err(AppError::invalid("name", "producer.name_invalid"))
        );

        let saturday = day("2027-01-02");
        set_roster(&db, &manager, &slug, saturday, vec![farm, bread, farm])
            .await
            .expect("roster");
        set_roster(
            &db,
            &manager,
            &slug,
            saturday + Duration::weeks(1),
            vec![farm],
        )
        .await
        .expect("roster");
        let not_a_market_day =
            set_roster(&db, &manager, &slug, day("2027-01-04"), vec![farm]).await;
        assert_eq!(
            not_a_market_day,
            Err(AppError::invalid("day", "exception.not_a_market_day"))
        );
        let stranger = set_roster(&db, &manager, &slug, saturday, vec![farm + bread + 100]).await;
        assert_eq!(
            stranger,
            Err(AppError::invalid("producers", "roster.producer_unknown"))
        );
        let detail = market_detail(&db, &manager, &slug, day("2027-01-01"))
            .await
            .expect("detail");
        let names: Vec<(&str, usize)> = detail
            .producers
            .iter()
            .map(|p| (p.name.as_str(), p.days.len()))
            .collect();
        assert_eq!(names, [("La Ferme du Marais", 2), ("Le Fournil", 1)]);

        // Saturday again, without the bakery; then the farm leaves the market.
        set_roster(&db, &manager, &slug, saturday, vec![farm])
            .await
            .expect("roster");
        remove_producer(&db, &manager, &slug, farm)
            .await
            .expect("removed");
        let detail = market_detail(&db, &manager, &slug, day("2027-01-01"))
            .await
            .expect("detail");
        assert_eq!(detail.producers.len(), 1);
        assert!(detail.producers[0].days.is_empty());
        let gone = remove_producer(&db, &manager, &slug, farm).await;
        assert_eq!(gone, Err(AppError::NotFound));
    }
);
