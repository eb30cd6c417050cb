use super::*;

fn day(text: &str) -> NaiveDate {
    text.parse().expect("date")
}

fn grid(year: i32, month: u32) -> MonthGrid {
    MonthGrid::new(year, month).expect("a month")
}

#[test]
fn february_2027_starts_on_a_monday_and_fills_four_rows() {
    let february = grid(2027, 2);
    assert_eq!(february.weeks.len(), 4);
    assert_eq!(february.weeks[0][0], Some(day("2027-02-01")));
    assert_eq!(february.weeks[3][6], Some(day("2027-02-28")));
    assert!(february.weeks.iter().flatten().all(Option::is_some));
}

#[test]
fn march_2027_takes_five_rows() {
    let march = grid(2027, 3);
    assert_eq!(march.weeks.len(), 5);
    assert_eq!(march.weeks[0][0], Some(day("2027-03-01")));
    // Saturday 6 March is in the sixth column.
    assert_eq!(march.weeks[0][5], Some(day("2027-03-06")));
    assert_eq!(march.weeks[4][2], Some(day("2027-03-31")));
    assert_eq!(march.weeks[4][3..], [None, None, None, None]);
    assert_eq!(march.weeks.iter().flatten().flatten().count(), 31);
}

#[test]
fn august_2027_starts_on_a_sunday_and_takes_six_rows() {
    let august = grid(2027, 8);
    assert_eq!(august.weeks.len(), 6);
    assert_eq!(august.weeks[0][..6], [None; 6]);
    assert_eq!(august.weeks[0][6], Some(day("2027-08-01")));
    assert_eq!(august.weeks[5][1], Some(day("2027-08-31")));
}

#[test]
fn months_step_across_years() {
    assert_eq!(grid(2027, 1).previous(), (2026, 12));
    assert_eq!(grid(2027, 12).next(), (2028, 1));
    assert_eq!(grid(2027, 3).previous(), (2027, 2));
    assert_eq!(grid(2027, 3).next(), (2027, 4));
}

#[test]
fn first_and_last_days_and_the_month_of_a_day() {
    let february = MonthGrid::containing(day("2028-02-14"));
    assert_eq!((february.year, february.month), (2028, 2));
    assert_eq!(february.first_day(), day("2028-02-01"));
    assert_eq!(
        february.last_day(),
        day("2028-02-29"),
        "2028 is a leap year"
    );
    assert_eq!(grid(2027, 12).last_day(), day("2027-12-31"));
}

#[test]
fn keys_are_read_back() {
    assert_eq!(grid(2027, 3).key(), "2027-03");
    assert_eq!("2027-03".parse::<MonthGrid>(), Ok(grid(2027, 3)));
    for bad in ["2027-13", "2027-00", "2027-3", "27-03", "mars", ""] {
        assert_eq!(bad.parse::<MonthGrid>(), Err(()), "{bad}");
    }
    assert_eq!(MonthGrid::new(2027, 13), None);
}
