//! Revisions checked by hand on values INSEE published (see `published.rs` for each source).
use chrono::NaiveDate;

use super::*;

fn value(raw: &str) -> IndexValue {
    IndexValue::parse(raw).expect("a valid index value")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn published(index: RentIndex, key: &str) -> IndexValue {
    let (_, _, hundredths) = PUBLISHED
        .iter()
        .find(|(i, k, _)| *i == index && *k == key)
        .expect("a published value");
    IndexValue::from_hundredths(*hundredths)
}

#[test]
fn rent_index_words_round_trip() {
    for index in RentIndex::ALL {
        assert_eq!(index.as_str().parse::<RentIndex>(), Ok(index));
    }
    assert_eq!(RentIndex::Ilat.i18n_key(), "index.ilat");
    assert_eq!("ILAT".parse::<RentIndex>(), Err(()));
    let json = serde_json::to_string(&RentIndex::Icc).expect("json");
    assert_eq!(json, "\"icc\"");
}

#[test]
fn quarter_parses_the_three_spellings() {
    let q2 = Quarter::new(2024, 2).expect("valid");
    assert_eq!("2024-T2".parse::<Quarter>(), Ok(q2));
    assert_eq!("2024-Q2".parse::<Quarter>(), Ok(q2));
    assert_eq!("T2 2024".parse::<Quarter>(), Ok(q2));
    assert_eq!(" q2 2024 ".parse::<Quarter>(), Ok(q2));
    for bad in [
        "2024-T5",
        "2024-T0",
        "2024",
        "T2",
        "2024-T22",
        "T2 2024 x",
        "20x4-T1",
        "",
    ] {
        assert_eq!(bad.parse::<Quarter>(), Err(()), "{bad}");
    }
    assert_eq!(Quarter::new(2024, 5), None);
}

#[test]
fn quarter_keys_labels_and_steps() {
    let q4 = Quarter::new(2023, 4).expect("valid");
    assert_eq!(q4.as_key(), "2023-T4");
    assert_eq!(q4.as_key().parse::<Quarter>(), Ok(q4));
    assert_eq!(q4.label(Locale::Fr), "T4 2023");
    assert_eq!(q4.label(Locale::En), "Q4 2023");
    assert_eq!(q4.previous_year(), Quarter::new(2022, 4).expect("valid"));
    assert_eq!(q4.next(), Quarter::new(2024, 1).expect("valid"));
    assert_eq!(q4.next().next(), Quarter::new(2024, 2).expect("valid"));
    assert_eq!(
        Quarter::containing(date(2024, 3, 31)),
        Quarter::new(2024, 1).expect("valid")
    );
    assert_eq!(
        Quarter::containing(date(2024, 10, 1)),
        Quarter::new(2024, 4).expect("valid")
    );
    assert!(Quarter::new(2023, 4) < Quarter::new(2024, 1));
}

#[test]
fn index_values_parse_and_format_round_trip() {
    assert_eq!(value("136,18").hundredths(), 13618);
    assert_eq!(value("136.18").hundredths(), 13618);
    assert_eq!(value("2162").hundredths(), 216_200);
    assert_eq!(value("2 162").hundredths(), 216_200);
    assert_eq!(value("126,1").hundredths(), 12610);
    assert_eq!(value("136,18").format(Locale::Fr), "136,18");
    assert_eq!(value("136,18").format(Locale::En), "136.18");
    assert_eq!(value("2162").format(Locale::Fr), "2162");
    assert_eq!(value("126,1").format(Locale::Fr), "126,10");
    assert_eq!(value("137,05").format(Locale::En), "137.05");
    for (_, _, hundredths) in PUBLISHED {
        let v = IndexValue::from_hundredths(*hundredths);
        for locale in Locale::ALL {
            assert_eq!(IndexValue::parse(&v.format(locale)), Ok(v));
        }
    }
}

#[test]
fn index_values_refuse_what_insee_never_publishes() {
    for bad in [
        "", "0", "0,00", "-136,18", "136,183", "136,", ",18", "1,2,3", "abc", "1e3",
    ] {
        assert_eq!(IndexValue::parse(bad), Err(()), "{bad}");
    }
    assert!(serde_json::from_str::<IndexValue>("0").is_err());
    assert_eq!(
        serde_json::to_string(&value("136,18")).expect("json"),
        "13618"
    );
    assert!(serde_json::from_str::<IndexValue>("-5").is_err());
}

#[test]
fn ilat_revision_on_real_values() {
    // INSEE, published 29 March 2024: ILAT T4 2023 = 133.69; published 25 March 2025:
    // ILAT T4 2024 = 137.29 (+2.69 % on a year).
    // 1 200,00 € × 137,29 / 133,69: 120 000 × 13 729 = 1 647 480 000; ÷ 13 369 = 123 231.356…
    let revision = revise(
        120_000,
        published(RentIndex::Ilat, "2023-T4"),
        published(RentIndex::Ilat, "2024-T4"),
    );
    assert_eq!(revision.new_rent_cents, 123_231);
    // 360 / 13 369 = 2.6928 %: the +2.69 % INSEE announced.
    assert_eq!(revision.change_percent_hundredths(), 269);
}

#[test]
fn ilc_revisions_match_the_yearly_changes_insee_announced() {
    // ILC T1 2022 = 120.61 → T1 2023 = 128.68 (INSEE, 23 June 2023: +6.69 %).
    // 1 500,00 € × 128,68 / 120,61: 150 000 × 12 868 / 12 061 = 160 036.48… → 160 036.
    let first = revise(150_000, value("120,61"), value("128,68"));
    assert_eq!(first.new_rent_cents, 160_036);
    assert_eq!(first.change_percent_hundredths(), 669);
    // ILC T1 2023 = 128.68 → T1 2024 = 134.58 (+4.59 %).
    // 150 000 × 13 458 / 12 868 = 156 877.53… → 156 878.
    let second = revise(150_000, value("128,68"), value("134,58"));
    assert_eq!(second.new_rent_cents, 156_878);
    assert_eq!(second.change_percent_hundredths(), 459);
}

#[test]
fn icc_rises_then_falls() {
    // ICC T4 2022 = 2052 → T4 2023 = 2162 (INSEE, 29 March 2024: +5.36 %).
    // 1 000,00 € × 2162 / 2052 = 105 360.62… cents → 105 361.
    let rise = revise(100_000, value("2052"), value("2162"));
    assert_eq!(rise.new_rent_cents, 105_361);
    assert_eq!(rise.change_percent_hundredths(), 536);
    // ICC T4 2023 = 2162 → T4 2024 = 2108 (INSEE, 25 March 2025): the rent goes down.
    // 850,00 € × 2108 / 2162: 85 000 × 2108 = 179 180 000; ÷ 2162 = 82 876.97… → 82 877.
    let fall = revise(85_000, value("2162"), value("2108"));
    assert_eq!(fall.new_rent_cents, 82_877);
    assert!(fall.new_rent_cents < fall.old_rent_cents);
    // −54 / 2162 = −2.4977 % → −250 hundredths.
    assert_eq!(fall.change_percent_hundredths(), -250);
}

#[test]
fn rounding_is_half_away_from_zero() {
    let hundred = value("100");
    // 1 cent × 1.5 = 1.5 → 2; × 1.4999 → 1; a credit of −1 cent × 1.5 = −1.5 → −2.
    assert_eq!(revise(1, hundred, value("150")).new_rent_cents, 2);
    assert_eq!(revise(1, hundred, value("149,99")).new_rent_cents, 1);
    assert_eq!(revise(-1, hundred, value("150")).new_rent_cents, -2);
    assert_eq!(revise(5, hundred, value("110")).new_rent_cents, 6);
    assert_eq!(revise(0, hundred, value("110")).new_rent_cents, 0);
    // Same index: nothing moves, even on a huge rent.
    let same = revise(i64::MAX / 2, value("137,29"), value("137,29"));
    assert_eq!(same.new_rent_cents, i64::MAX / 2);
    assert_eq!(same.change_percent_hundredths(), 0);
    // A broken stored value revises nothing rather than dividing by zero.
    let broken = revise(85_000, IndexValue::from_hundredths(0), value("2108"));
    assert_eq!(broken.new_rent_cents, 85_000);
    assert_eq!(broken.change_percent_hundredths(), 0);
}

#[test]
fn formula_reads_in_both_languages() {
    let revision = revise(120_000, value("133,69"), value("137,29"));
    assert_eq!(
        revision.formula(Locale::Fr),
        "1\u{202f}200,00\u{a0}€ × 137,29 / 133,69 = 1\u{202f}232,31\u{a0}€"
    );
    assert_eq!(
        revision.formula(Locale::En),
        "€1,200.00 × 137.29 / 133.69 = €1,232.31"
    );
}

#[test]
fn published_table_is_well_formed() {
    for index in RentIndex::ALL {
        let rows: Vec<_> = PUBLISHED.iter().filter(|(i, _, _)| *i == index).collect();
        assert!(rows.len() >= 2, "{index:?}");
        let quarters: Vec<Quarter> = rows
            .iter()
            .map(|(_, key, _)| key.parse().expect("a quarter key"))
            .collect();
        assert!(quarters.windows(2).all(|w| w[0] < w[1]), "{index:?} sorted");
        for ((_, key, hundredths), quarter) in rows.iter().zip(&quarters) {
            assert_eq!(&quarter.as_key(), key);
            assert!(*hundredths > 0);
        }
    }
    // ICC values are whole numbers.
    assert!(
        PUBLISHED
            .iter()
            .filter(|(i, _, _)| *i == RentIndex::Icc)
            .all(|(_, _, h)| h % 100 == 0)
    );
}

#[test]
fn next_revision_is_the_first_anniversary_after_the_last() {
    let start = date(2023, 3, 15);
    assert_eq!(
        next_revision_on(start, None, date(2023, 6, 1)),
        date(2024, 3, 15)
    );
    // Due today.
    assert_eq!(
        next_revision_on(start, None, date(2024, 3, 15)),
        date(2024, 3, 15)
    );
    let revised = Some(date(2024, 3, 15));
    assert_eq!(
        next_revision_on(start, revised, date(2024, 4, 1)),
        date(2025, 3, 15)
    );
    // Revised late, in April: the next one is still on the anniversary.
    let late = Some(date(2024, 4, 2));
    assert_eq!(
        next_revision_on(start, late, date(2024, 4, 2)),
        date(2025, 3, 15)
    );
    // Revised before the anniversary in the same year: that year's anniversary comes next.
    let early = Some(date(2024, 1, 10));
    assert_eq!(
        next_revision_on(start, early, date(2024, 1, 10)),
        date(2024, 3, 15)
    );
}

#[test]
fn missed_anniversaries_collapse_into_the_latest() {
    let start = date(2019, 3, 15);
    let last = Some(date(2021, 3, 15));
    // 2022 and 2023 went by: one revision on the 2024 anniversary catches up.
    assert_eq!(
        next_revision_on(start, last, date(2024, 6, 1)),
        date(2024, 3, 15)
    );
    assert_eq!(
        next_revision_on(start, None, date(2024, 2, 1)),
        date(2023, 3, 15)
    );
}

#[test]
fn leap_day_leases_are_revised_on_the_28th_in_common_years() {
    let start = date(2024, 2, 29);
    assert_eq!(
        next_revision_on(start, None, date(2024, 5, 1)),
        date(2025, 2, 28)
    );
    let revised = Some(date(2025, 2, 28));
    assert_eq!(
        next_revision_on(start, revised, date(2025, 3, 1)),
        date(2026, 2, 28)
    );
    let revised = Some(date(2027, 2, 28));
    assert_eq!(
        next_revision_on(start, revised, date(2027, 3, 1)),
        date(2028, 2, 29)
    );
}
