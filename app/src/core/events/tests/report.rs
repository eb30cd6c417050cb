//! Visitor counts and the edition's report on both engines: a count typed again replaces the
//! first, a day's total stands for its hourly counts, and the figures match the rows.
use super::*;
use crate::core::entities::{stall_type, visitor_count};
use crate::domain::events::VisitorCountInput;

fn input(day: NaiveDate, entrance: &str, hour: &str, visitors: &str) -> VisitorCountInput {
    VisitorCountInput {
        day: day.to_string(),
        entrance: entrance.into(),
        hour: hour.into(),
        visitors: visitors.into(),
    }
}

db_test!(
    an_edition_reports_its_counts_and_figures,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
        let today = crate::domain::time::paris_day(chrono::Utc::now());
        let editions = braderie_editions(&db).await;
        let last = editions
            .iter()
            .rfind(|e| e.starts_on < today)
            .expect("a past edition")
            .clone();
        let report = edition_report(&db, &manager, last.id, today)
            .await
            .expect("report");
        // The demo counted three entrances, the main one by the hour.
        let rows = visitor_count::Entity::find()
            .filter(visitor_count::Column::EditionId.eq(last.id))
            .all(db.read())
            .await
            .expect("counts");
        assert!(rows.iter().any(|c| c.hour.is_some()));
        let counted: i64 = rows.iter().map(|c| i64::from(c.visitors)).sum();
        assert_eq!(report.figures.visitors, Some(counted));
        assert_eq!(report.by_entrance.len(), 3);
        assert_eq!(report.by_hour.first().map(|h| h.0), Some(10));
        // Exhibitors are the accepted applications; each owes its stall type's price.
        let accepted = application::Entity::find()
            .filter(application::Column::EditionId.eq(last.id))
            .filter(application::Column::Status.eq(ApplicationStatus::Accepted.as_str()))
            .all(db.read())
            .await
            .expect("accepted");
        assert_eq!(report.figures.exhibitors as usize, accepted.len());
        let mut fees = 0;
        for a in &accepted {
            let t = stall_type::Entity::find_by_id(a.stall_type_id)
                .one(db.read())
                .await
                .expect("query")
                .expect("type");
            fees += t.price_cents;
        }
        assert_eq!(report.figures.fees_cents, fees);
        assert_eq!(report.fees.iter().map(|f| f.total_cents).sum::<i64>(), fees);
        let sales: i64 = accepted.iter().filter_map(|a| a.sales_cents).sum();
        assert_eq!(report.figures.sales_cents, sales);
        let by_sector: u32 = report.sectors.iter().map(|(_, n)| n).sum();
        let by_form: u32 = report.legal_forms.iter().map(|(_, n)| n).sum();
        assert_eq!(
            (by_sector, by_form),
            (report.figures.exhibitors, report.figures.exhibitors)
        );
        // Every edition up to this one, oldest first, each with its own visitors.
        let years: Vec<i32> = report.history.iter().map(|f| f.year).collect();
        let expected: Vec<i32> = editions
            .iter()
            .filter(|e| e.year <= last.year)
            .map(|e| e.year)
            .collect();
        assert_eq!(years, expected);
        let previous = report.previous().expect("an earlier edition");
        assert!(previous.visitors.expect("counted") < counted);
        // The coming edition has no count yet, and nobody counts a day to come.
        let coming = editions.last().expect("coming").clone();
        assert!(coming.starts_on > today);
        let ahead = edition_report(&db, &manager, coming.id, today)
            .await
            .expect("report");
        assert_eq!((ahead.figures.visitors, ahead.counting_open), (None, false));
        let early = record_visitors(
            &db,
            &manager,
            coming.id,
            &input(coming.starts_on, "Parvis", "", "10"),
            today,
        )
        .await;
        assert!(
            matches!(early, Err(AppError::Invalid(e)) if e[0].message == "visitors.day_future")
        );
        // Tenants read no report and record nothing.
        let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
        assert_eq!(
            edition_report(&db, &tenant, last.id, today)
                .await
                .map(|_| ()),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            record_visitors(
                &db,
                &tenant,
                last.id,
                &input(last.starts_on, "Quai", "", "1"),
                today
            )
            .await,
            Err(AppError::Forbidden)
        );
        assert_eq!(
            edition_report(&db, &manager, 999_999, today)
                .await
                .map(|_| ()),
            Err(AppError::NotFound)
        );
    }
);

db_test!(
    a_count_typed_again_replaces_the_first,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
        let today = crate::domain::time::paris_day(chrono::Utc::now());
        let editions = braderie_editions(&db).await;
        let past = editions[0].clone();
        let (id, day) = (past.id, past.starts_on);
        let total = || {
            let (db, manager) = (db.clone(), manager.clone());
            async move {
                let report = edition_report(&db, &manager, id, today).await;
                report.expect("report").figures.visitors.expect("counted")
            }
        };
        let before = total().await;
        let record = |hour: &'static str, n: &'static str| {
            let (db, manager) = (db.clone(), manager.clone());
            async move { record_visitors(&db, &manager, id, &input(day, "Cour", hour, n), today).await }
        };
        assert_eq!(record("10", "100").await, Ok(false));
        assert_eq!(record("11", "50").await, Ok(false));
        assert_eq!(total().await, before + 150);
        // The same hour again replaces its count.
        assert_eq!(record("10", "120").await, Ok(true));
        assert_eq!(total().await, before + 170);
        // A day's total stands for the entrance's hours, never added to them.
        assert_eq!(record("", "200").await, Ok(false));
        assert_eq!(total().await, before + 200);
        let whole_day = visitor_count::Entity::find()
            .filter(visitor_count::Column::EditionId.eq(past.id))
            .filter(visitor_count::Column::Entrance.eq("Cour"))
            .filter(visitor_count::Column::Hour.is_null())
            .one(db.read())
            .await
            .expect("query")
            .expect("the total");
        // The database itself keeps one total per entrance and day, though the hour is empty.
        let twice = visitor_count::ActiveModel {
            edition_id: sea_orm::Set(past.id),
            day: sea_orm::Set(day),
            entrance: sea_orm::Set("Cour".into()),
            hour: sea_orm::Set(None),
            visitors: sea_orm::Set(1),
            ..Default::default()
        };
        assert!(
            sea_orm::ActiveModelTrait::insert(twice, db.write())
                .await
                .is_err()
        );
        // Deleting the total brings the hours back; another edition's count is not found.
        assert_eq!(
            delete_visitor_count(&db, &manager, editions[1].id, whole_day.id).await,
            Err(AppError::NotFound)
        );
        delete_visitor_count(&db, &manager, past.id, whole_day.id)
            .await
            .expect("deleted");
        assert_eq!(total().await, before + 170);
        // Two managers typing the same count at once leave one row.
        let (a, b) = tokio::join!(record("12", "30"), record("12", "40"));
        for outcome in [&a, &b] {
            let meanwhile = Err(AppError::Conflict("visitors.counted_meanwhile".into()));
            assert!(outcome.is_ok() || *outcome == meanwhile, "{outcome:?}");
        }
        let noon = visitor_count::Entity::find()
            .filter(visitor_count::Column::EditionId.eq(past.id))
            .filter(visitor_count::Column::Entrance.eq("Cour"))
            .filter(visitor_count::Column::Hour.eq(12))
            .count(db.read())
            .await
            .expect("count");
        assert_eq!(noon, 1);
    }
);
