//! The day grid: free, busy and closed half-hours, and the real length of clock-change days.
use super::*;

db_test!(
    the_day_grid_shows_free_busy_and_closed,
    |db: Db| async move {
        use crate::domain::grid::Cell;
        let (tenant, structure, loire) = setup(&db).await;
        book(&db, &tenant, loire.id, structure, TUESDAY_2PM, TUESDAY_4PM)
            .await
            .expect("booked");
        let tuesday = chrono::NaiveDate::from_ymd_opt(2027, 3, 2).expect("date");
        let grid = day_grid(&db, Some("solilab"), tuesday, false, now())
            .await
            .expect("grid");
        // From 08:00 (rooms open) to 23:00 (event spaces close): thirty half-hours.
        assert_eq!(grid.columns.len(), 30);
        assert_eq!(grid.columns[0], at("2027-03-02T08:00:00+01:00"));
        let column = |hhmm: &str| {
            let wanted = at(&format!("2027-03-02T{hhmm}:00+01:00"));
            grid.columns
                .iter()
                .position(|c| *c == wanted)
                .expect("column")
        };
        let row = |name: &str| grid.rows.iter().find(|r| r.name == name).expect("row");
        let loire_row = row("Salle Loire");
        assert_eq!(loire_row.cells[column("13:30")], Cell::Free);
        assert_eq!(loire_row.cells[column("14:00")], Cell::Busy);
        assert_eq!(loire_row.cells[column("15:30")], Cell::Busy);
        assert_eq!(loire_row.cells[column("16:00")], Cell::Free);
        assert_eq!(
            loire_row.cells[column("20:00")],
            Cell::Closed,
            "rooms close at 20:00"
        );
        // Event spaces need two days' notice: seen on Monday morning, Tuesday is out of reach.
        assert!(row("La Nef").cells.iter().all(|c| *c == Cell::Closed));
        assert_eq!(
            grid.rows.first().map(|r| r.capacity),
            Some(6),
            "smallest room first"
        );
    }
);

db_test!(
    the_day_grid_has_the_real_half_hours_of_clock_change_days,
    |db: Db| async move {
        let (_, _, loire) = setup(&db).await;
        let mut always = loire.into_active_model();
        always.opening_hours = Set(["00:00-24:00"; 7].join(","));
        always.update(db.write()).await.expect("hours");
        let day = |m: u32, d: u32| chrono::NaiveDate::from_ymd_opt(2027, m, d).expect("date");
        let columns = |date| {
            let db = db.clone();
            async move {
                day_grid(&db, Some("solilab"), date, false, now())
                    .await
                    .expect("grid")
                    .columns
                    .len()
            }
        };
        assert_eq!(
            columns(day(3, 28)).await,
            46,
            "23 hours on the last Sunday of March"
        );
        assert_eq!(
            columns(day(10, 31)).await,
            50,
            "25 hours on the last Sunday of October"
        );
        // (Monday 29 March 2027 is Easter Monday, a holiday.)
        assert_eq!(columns(day(3, 30)).await, 48);
    }
);
