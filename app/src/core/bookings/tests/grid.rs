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

db_test!(
    a_space_week_shows_the_real_hours_of_clock_change_sundays,
    |db: Db| async move {
        use crate::domain::grid::Cell;
        let (tenant, structure, loire) = setup(&db).await;
        let mut always = loire.clone().into_active_model();
        always.opening_hours = Set("00:00-24:00,".repeat(7).trim_end_matches(',').to_owned());
        always.update(db.write()).await.expect("hours");
        let day = |d: u32, m: u32| chrono::NaiveDate::from_ymd_opt(2027, m, d).expect("date");

        // Week of 25 October 2027: Sunday the 31st has 25 hours, 02:00 and 02:30 twice.
        let autumn = space_week(&db, loire.id, day(25, 10), 7, now())
            .await
            .expect("week");
        assert_eq!(autumn.days.len(), 7);
        assert_eq!(autumn.rows.len(), 48, "every wall-clock half-hour");
        let two = autumn
            .rows
            .iter()
            .find(|r| r.label == "02:00")
            .expect("row");
        assert_eq!(two.days[5].len(), 1, "Saturday");
        assert_eq!(two.days[6].len(), 2, "Sunday repeats 02:00");
        let sunday: usize = autumn.rows.iter().map(|r| r.days[6].len()).sum();
        assert_eq!(sunday, 50, "25 hours");

        // Week of 22 March 2027: Sunday the 28th has 23 hours, no 02:00 nor 02:30.
        book(
            &db,
            &tenant,
            loire.id,
            structure,
            "2027-03-23T10:00:00+01:00",
            "2027-03-23T11:00:00+01:00",
        )
        .await
        .expect("booked");
        let spring = space_week(&db, loire.id, day(22, 3), 7, now())
            .await
            .expect("week");
        let row = |label: &str| spring.rows.iter().find(|r| r.label == label).expect("row");
        assert!(row("02:00").days[6].is_empty() && row("02:30").days[6].is_empty());
        let sunday: usize = spring.rows.iter().map(|r| r.days[6].len()).sum();
        assert_eq!(sunday, 46, "23 hours");
        assert_eq!(
            row("10:00").days[1][0].cell,
            Cell::Busy,
            "Tuesday's booking"
        );
        assert_eq!(row("10:00").days[0][0].cell, Cell::Free);
        assert_eq!(row("11:00").days[1][0].cell, Cell::Free);

        // The day view is one column; seen before the notice allows, hours are closed.
        let one = space_week(&db, loire.id, day(23, 3), 1, now())
            .await
            .expect("day");
        assert_eq!(one.days, ["2027-03-23"]);
        let past = space_week(&db, loire.id, day(22, 2), 1, now())
            .await
            .expect("past day");
        assert_eq!(past.rows.len(), 48, "its usual hours, all closed");
        assert!(past.rows.iter().all(|r| r.days[0][0].cell == Cell::Closed));
    }
);

db_test!(the_floor_plan_shows_what_is_free_now, |db: Db| async move {
    use crate::domain::plan::Now;
    let (tenant, structure, loire) = setup(&db).await;
    let earlier = at("2027-03-01T08:00:00+01:00");
    create(
        &db,
        &tenant,
        request(
            loire.id,
            structure,
            "2027-03-01T09:00:00+01:00",
            "2027-03-01T10:00:00+01:00",
        ),
        earlier,
        BASE,
    )
    .await
    .expect("booked");
    let plan = floor_plan(&db, Some("solilab"), Some(0), now(), now())
        .await
        .expect("plan");
    assert_eq!(plan.floor, 0);
    assert!(plan.floors.contains(&0) && plan.floors.contains(&1));
    let space = |name: &str| {
        plan.spaces
            .iter()
            .find(|s| s.name == name)
            .expect("on the ground floor")
    };
    assert_eq!(space("Salle Loire").now, Now::Busy);
    assert_eq!(
        space("Salle Loire").until,
        Some(at("2027-03-01T10:00:00+01:00"))
    );
    assert_eq!(space("Salle Erdre").now, Now::Free);
    assert_eq!(
        space("Salle Erdre").until,
        Some(at("2027-03-01T20:00:00+01:00"))
    );
    assert_eq!(space("La Cantine").now, Now::Leased);
    assert!(
        plan.spaces.iter().all(|s| s.rect.is_some()),
        "the demo draws every space"
    );
    assert!(plan.height > 100);
    // Rectangles of a floor never overlap.
    let rects: Vec<(i32, i32, i32, i32)> = plan.spaces.iter().filter_map(|s| s.rect).collect();
    for (i, a) in rects.iter().enumerate() {
        for b in &rects[i + 1..] {
            let apart =
                a.0 + a.2 <= b.0 || b.0 + b.2 <= a.0 || a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1;
            assert!(apart, "{a:?} and {b:?} overlap");
        }
    }
    // At night every room is closed.
    let night = floor_plan(
        &db,
        Some("solilab"),
        Some(0),
        at("2027-03-01T23:30:00+01:00"),
        now(),
    )
    .await
    .expect("plan");
    assert!(
        night
            .spaces
            .iter()
            .all(|s| matches!(s.now, Now::Closed | Now::Leased))
    );
    // Seen beforehand: the plan of a chosen moment shows the booking then, and free before it.
    let ahead = floor_plan(
        &db,
        Some("solilab"),
        Some(0),
        at("2027-03-01T09:30:00+01:00"),
        earlier,
    )
    .await
    .expect("plan");
    let loire_then = ahead.spaces.iter().find(|s| s.name == "Salle Loire");
    assert_eq!(loire_then.map(|s| s.now), Some(Now::Busy));
    assert_eq!(ahead.at, at("2027-03-01T09:30:00+01:00"));
    assert_eq!(
        floor_plan(&db, Some("solilab"), Some(99), now(), now()).await,
        Err(AppError::NotFound)
    );
});
