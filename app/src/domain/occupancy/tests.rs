//! Rates computed by hand; each test writes its arithmetic.
use chrono::NaiveDate;

use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn unit(space_id: i32, kind: SpaceKind, floor: i32, area_m2: f64) -> UnitInput {
    UnitInput {
        space_id,
        kind,
        floor,
        area_m2,
    }
}

fn lease(space_id: i32, starts_on: NaiveDate, ends_on: Option<NaiveDate>, share: i32) -> LeaseSpan {
    LeaseSpan {
        space_id,
        starts_on,
        ends_on,
        share_percent: share,
    }
}

fn office(space_id: i32, area_m2: f64) -> UnitInput {
    unit(space_id, SpaceKind::Office, 1, area_m2)
}

/// April 2027 has 30 days.
fn april() -> (NaiveDate, NaiveDate) {
    (date(2027, 4, 1), date(2027, 4, 30))
}

#[test]
fn one_of_two_units_leased_from_the_16th_is_a_quarter() {
    // Two units of 20 m² over 30 days: 2 × 20 × 30 = 1 200 m²-days available.
    // Unit 1 leased from the 16th to the 30th: 15 days × 20 m² = 300. 300 / 1 200 = 0.25.
    let units = [office(1, 20.0), office(2, 20.0)];
    let leases = [lease(1, date(2027, 4, 16), None, 100)];
    let (from, to) = april();
    let rate = leased_rate(&units, &leases, from, to);
    assert_eq!((rate.used, rate.available), (300.0, 1200.0));
    assert_eq!(rate.ratio(), 0.25);
    assert_eq!(rate.percent_label(Locale::Fr), "25\u{202f}%");
    assert_eq!(rate.percent_label(Locale::En), "25%");
}

#[test]
fn months_at_the_edges_of_the_period_are_cut_to_it() {
    // Period 20 March to 10 May; one 10 m² unit leased 26 March to 5 May.
    // March 20–31: 12 days, leased 26–31 = 6 → 6/12 = 0.5.
    // April: 30 days, all leased → 1.
    // May 1–10: 10 days, leased 1–5 = 5 → 0.5.
    // Whole period: (6 + 30 + 5) / (12 + 30 + 10) = 41/52.
    let units = [office(1, 10.0)];
    let leases = [lease(1, date(2027, 3, 26), Some(date(2027, 5, 5)), 100)];
    let (from, to) = (date(2027, 3, 20), date(2027, 5, 10));
    let months = leased_by_month(&units, &leases, from, to);
    let summary: Vec<(String, f64, f64)> = months
        .iter()
        .map(|(m, r)| (m.key(), r.used, r.available))
        .collect();
    assert_eq!(
        summary,
        [
            ("2027-03".to_owned(), 60.0, 120.0),
            ("2027-04".to_owned(), 300.0, 300.0),
            ("2027-05".to_owned(), 50.0, 100.0),
        ]
    );
    let whole = leased_rate(&units, &leases, from, to);
    assert_eq!((whole.used, whole.available), (410.0, 520.0));
    assert!(leased_by_month(&units, &leases, to, from).is_empty());
}

#[test]
fn a_space_shared_sixty_forty_counts_once_in_full() {
    // 60 + 40 = 100 % every day: 30 m² × 30 days used out of the same.
    let units = [office(1, 30.0)];
    let leases = [
        lease(1, date(2026, 1, 1), None, 60),
        lease(1, date(2026, 1, 1), None, 40),
    ];
    let (from, to) = april();
    assert_eq!(leased_rate(&units, &leases, from, to).ratio(), 1.0);
    // With only the 60 % lease: 0.6 × 30 × 30 = 540 of 900.
    let rate = leased_rate(&units, &leases[..1], from, to);
    assert_eq!((rate.used, rate.available), (540.0, 900.0));
    assert_eq!(rate.percent_label(Locale::En), "60%");
}

#[test]
fn overlapping_shares_never_count_above_full() {
    // A handover booked twice: lease A to the 20th, lease B from the 11th, both 100 %.
    // Days 11–20 hold 200 %, counted 100 %: the month is full, not 133 %.
    let units = [office(1, 10.0)];
    let (from, to) = april();
    let handover = [
        lease(1, date(2027, 1, 1), Some(date(2027, 4, 20)), 100),
        lease(1, date(2027, 4, 11), None, 100),
    ];
    assert_eq!(leased_rate(&units, &handover, from, to).ratio(), 1.0);
    // 70 % to the 20th and 60 % from the 11th: days 1–10 at 70, 11–20 at 130 → 100,
    // 21–30 at 60: (700 + 1 000 + 600) percent-days × 10 m² / 100 = 230 of 300 m²-days.
    let partial = [
        lease(1, date(2027, 1, 1), Some(date(2027, 4, 20)), 70),
        lease(1, date(2027, 4, 11), None, 60),
    ];
    let rate = leased_rate(&units, &partial, from, to);
    assert_eq!((rate.used, rate.available), (230.0, 300.0));
    assert_eq!(rate.percent_label(Locale::Fr), "77\u{202f}%");
}

#[test]
fn open_ended_and_finished_leases() {
    // Unit 1: open-ended since 2020, full. Unit 2: ended in March, empty in April.
    // Unit 3: starts after the period. (10 × 30) / (3 × 10 × 30) = 1/3.
    let units = [office(1, 10.0), office(2, 10.0), office(3, 10.0)];
    let leases = [
        lease(1, date(2020, 9, 1), None, 100),
        lease(2, date(2026, 4, 1), Some(date(2027, 3, 31)), 100),
        lease(3, date(2027, 5, 1), None, 100),
        // A lease of a space not in the list is ignored.
        lease(9, date(2020, 1, 1), None, 100),
    ];
    let (from, to) = april();
    let rate = leased_rate(&units, &leases, from, to);
    assert_eq!((rate.used, rate.available), (300.0, 900.0));
    assert_eq!(leased_rate(&[], &leases, from, to).ratio(), 0.0);
    assert_eq!(leased_rate(&units, &leases, to, from), Rate::default());
}

#[test]
fn rates_by_kind_and_by_floor() {
    // Office 1 (20 m², floor 1) leased all April: 600 of 600.
    // Office 2 (20 m², floor 2) empty: 0 of 600.
    // Storage 3 (10 m², floor 1) leased from the 21st: 10 days × 10 = 100 of 300.
    // By kind: offices 600/1 200 = 0.5, storage 100/300 = 1/3.
    // By floor: 1 → (600 + 100)/(600 + 300) = 7/9, 2 → 0.
    let units = [
        unit(1, SpaceKind::Office, 1, 20.0),
        unit(2, SpaceKind::Office, 2, 20.0),
        unit(3, SpaceKind::Storage, 1, 10.0),
    ];
    let leases = [
        lease(1, date(2027, 1, 1), None, 100),
        lease(3, date(2027, 4, 21), None, 100),
    ];
    let (from, to) = april();
    let by_kind = leased_by(&units, &leases, from, to, |u| u.kind);
    assert_eq!(by_kind[&SpaceKind::Office].ratio(), 0.5);
    assert_eq!(by_kind[&SpaceKind::Storage].used, 100.0);
    assert_eq!(by_kind[&SpaceKind::Storage].available, 300.0);
    let by_floor = leased_by(&units, &leases, from, to, |u| u.floor);
    assert_eq!((by_floor[&1].used, by_floor[&1].available), (700.0, 900.0));
    assert_eq!(by_floor[&2].ratio(), 0.0);
    assert_eq!(by_floor.len(), 2);
}

#[test]
fn percent_labels_never_round_to_full_or_empty() {
    let rate = |used, available| Rate { used, available };
    assert_eq!(rate(72.0, 100.0).percent_label(Locale::Fr), "72\u{202f}%");
    assert_eq!(rate(997.0, 1000.0).percent_label(Locale::En), "99%");
    assert_eq!(rate(2.0, 1000.0).percent_label(Locale::En), "1%");
    assert_eq!(rate(0.0, 0.0).percent_label(Locale::En), "0%");
    assert_eq!(rate(5.0, 5.0).percent_label(Locale::Fr), "100\u{202f}%");
}

#[test]
fn booked_minutes_over_opening_minutes() {
    let room = |space_id, kind, open, booked| RoomHours {
        space_id,
        kind,
        floor: 0,
        month: Month::new(2027, 4).expect("valid"),
        open_minutes: open,
        booked_minutes: booked,
    };
    // Meeting rooms: 300 of 600 and 700 (capped at its 600 open) of 600; event space 100 of 1 000.
    // All: (300 + 600 + 100) / (600 + 600 + 1 000) = 1 000 / 2 200.
    let rows = [
        room(1, SpaceKind::MeetingRoom, 600, 300),
        room(2, SpaceKind::MeetingRoom, 600, 700),
        room(3, SpaceKind::EventSpace, 1000, 100),
    ];
    let all = booked_rate(&rows);
    assert_eq!((all.used, all.available), (1000.0, 2200.0));
    let by_kind = booked_by_kind(&rows);
    assert_eq!(by_kind[&SpaceKind::MeetingRoom].ratio(), 0.75);
    assert_eq!(by_kind[&SpaceKind::EventSpace].ratio(), 0.1);
    assert_eq!(booked_rate(&[]).ratio(), 0.0);
}

#[test]
fn months_have_keys_labels_and_lengths() {
    let march = Month::new(2027, 3).expect("valid");
    assert_eq!(march.key(), "2027-03");
    assert_eq!("2027-03".parse::<Month>(), Ok(march));
    assert_eq!(march.label(Locale::Fr), "mars 2027");
    assert_eq!(march.label(Locale::En), "March 2027");
    let august = Month::new(2027, 8).expect("valid");
    assert_eq!(august.label(Locale::Fr), "août 2027");
    assert_eq!(
        (march.first_day(), march.last_day()),
        (date(2027, 3, 1), date(2027, 3, 31))
    );
    assert_eq!(Month::new(2028, 2).expect("valid").days(), 29);
    assert_eq!(Month::new(2027, 2).expect("valid").days(), 28);
    let december = Month::new(2027, 12).expect("valid");
    assert_eq!(december.next(), Month::new(2028, 1).expect("valid"));
    assert_eq!(december.last_day(), date(2027, 12, 31));
    assert_eq!(Month::containing(date(2027, 3, 17)), march);
    for bad in [
        "2027-13", "2027-00", "2027-3", "27-03", "2027/03", "", "abcd-ef",
    ] {
        assert_eq!(bad.parse::<Month>(), Err(()), "{bad}");
    }
}

#[test]
fn vacancies_now_soon_and_closed_gaps() {
    let today = date(2027, 4, 10);
    let units: Vec<UnitInput> = (1..=8).map(|id| office(id, 15.0)).collect();
    let leases = [
        // 1: never leased.
        // 2: ends on 19 May, today + 39: free from 20 May, today + 40.
        lease(2, date(2026, 1, 1), Some(date(2027, 5, 19)), 100),
        // 3: same end, but the next lease starts the next day: no gap.
        lease(3, date(2026, 1, 1), Some(date(2027, 5, 19)), 100),
        lease(3, date(2027, 5, 20), None, 100),
        // 4: ends 30 April, next lease from 1 June: free through May.
        lease(4, date(2026, 1, 1), Some(date(2027, 4, 30)), 100),
        lease(4, date(2027, 6, 1), None, 100),
        // 5: open-ended.
        lease(5, date(2026, 1, 1), None, 100),
        // 6: only a 60 % share is let.
        lease(6, date(2026, 1, 1), None, 60),
        // 7: ends in August, beyond the horizon.
        lease(7, date(2026, 1, 1), Some(date(2027, 8, 1)), 100),
        // 8: free today, leased from the 20th.
        lease(8, date(2027, 4, 20), None, 100),
    ];
    let free = |space_id, from, until| Vacancy {
        space_id,
        free_from: from,
        free_until: until,
    };
    assert_eq!(
        vacancies(&units, &leases, today, 60),
        [
            free(1, today, None),
            free(6, today, None),
            free(8, today, Some(date(2027, 4, 19))),
            free(4, date(2027, 5, 1), Some(date(2027, 5, 31))),
            free(2, date(2027, 5, 20), None),
        ]
    );
    // With a 30-day horizon, unit 2 (free in 40 days) is not listed yet.
    let soon = vacancies(&units, &leases, today, 30);
    assert!(soon.iter().all(|v| v.space_id != 2));
    assert_eq!(soon.len(), 4);
}
