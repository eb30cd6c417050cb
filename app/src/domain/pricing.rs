//! The price of a booking: the cheapest combination of a space's hourly, half-day and day rates,
//! after the structure's included hours, with a solidarity discount. A pure function.
use serde::{Deserialize, Serialize};

use super::Money;

/// Minutes billed at once by the hourly rate: bookings go by steps of half an hour.
pub const STEP_MINUTES: i64 = 30;
/// The longest stretch one half-day rate covers.
pub const HALF_DAY_MINUTES: i64 = 240;

/// One kind of customer's rates for a space; a missing rate is not offered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateCard {
    pub hour: Option<Money>,
    pub half_day: Option<Money>,
    pub day: Option<Money>,
}

/// What one line of a quote charges for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Charge {
    /// Time at the hourly rate, in minutes (a multiple of [`STEP_MINUTES`]).
    Hours {
        minutes: i64,
    },
    HalfDays(u32),
    Days(u32),
}

/// One line of a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteLine {
    pub charge: Charge,
    pub amount: Money,
}

/// The price of a booking, line by line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Minutes taken from the structure's included hours, charged nothing.
    pub included_minutes: i64,
    /// What is paid, before the discount, grouped by kind of charge.
    pub lines: Vec<QuoteLine>,
    /// The solidarity discount, in cents (zero when none is granted).
    pub discount: Money,
    pub total: Money,
}

/// Why a booking cannot be priced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PriceError {
    /// The space has no rate that can cover this time for this customer.
    #[error("no applicable rate")]
    NoRate,
    /// A day of negative length, or a discount above 100 %.
    #[error("invalid pricing input")]
    Invalid,
}

/// The cheapest way to pay `minutes` within one day: per half-hour step, the hourly rate or a
/// half-day started there; then a whole day if that is cheaper.
fn cheapest_day(card: &RateCard, minutes: i64) -> Option<Vec<Charge>> {
    let steps = usize::try_from((minutes + STEP_MINUTES - 1) / STEP_MINUTES).ok()?;
    let half_day_steps = usize::try_from(HALF_DAY_MINUTES / STEP_MINUTES).ok()?;
    // best[k]: the cheapest way to cover the first k steps, and the charge that ends it.
    let mut best: Vec<Option<(i64, Charge, usize)>> = vec![None; steps + 1];
    best[0] = Some((0, Charge::Hours { minutes: 0 }, 0));
    for k in 1..=steps {
        let mut options = Vec::with_capacity(2);
        // Costs in half-cents, so that half an hour is exactly half the hourly rate.
        if let (Some(hour), Some((cost, _, _))) = (card.hour, best[k - 1]) {
            options.push((
                cost + hour.cents(),
                Charge::Hours {
                    minutes: STEP_MINUTES,
                },
                k - 1,
            ));
        }
        let from = k.saturating_sub(half_day_steps);
        if let (Some(half), Some((cost, _, _))) = (card.half_day, best[from]) {
            options.push((cost + 2 * half.cents(), Charge::HalfDays(1), from));
        }
        best[k] = options.into_iter().min_by_key(|(cost, _, _)| *cost);
    }
    let mut charges = Vec::new();
    let by_parts = best[steps].map(|(cost, _, _)| {
        let mut k = steps;
        while k > 0 {
            let Some((_, charge, from)) = best[k] else {
                break;
            };
            charges.push(charge);
            k = from;
        }
        charges.reverse();
        cost
    });
    match (by_parts, card.day) {
        (Some(parts), Some(day)) if 2 * day.cents() < parts => Some(vec![Charge::Days(1)]),
        (None, Some(_)) if minutes > 0 => Some(vec![Charge::Days(1)]),
        (Some(_), _) => Some(charges),
        (None, _) => None,
    }
}

/// Adds `charge` to the lines, merging it with a line of the same kind; amounts come later.
fn add(lines: &mut Vec<QuoteLine>, charge: Charge) {
    let merged = lines
        .iter_mut()
        .find_map(|line| match (&mut line.charge, charge) {
            (Charge::Hours { minutes: total }, Charge::Hours { minutes }) => {
                *total += minutes;
                Some(())
            }
            (Charge::HalfDays(total), Charge::HalfDays(n))
            | (Charge::Days(total), Charge::Days(n)) => {
                *total += n;
                Some(())
            }
            _ => None,
        });
    if merged.is_none() {
        lines.push(QuoteLine {
            charge,
            amount: Money::default(),
        });
    }
}

/// A rate's cents, or `NoRate` when the space does not offer it.
fn rate(rate: Option<Money>) -> Result<i64, PriceError> {
    rate.map(Money::cents).ok_or(PriceError::NoRate)
}

/// Prices a booking of `day_minutes` (its real minutes on each calendar day it touches, in
/// order), using `included_minutes` of the structure's included hours first, then the cheapest
/// combination of `card`'s rates day by day, less `discount_percent`.
pub fn quote(
    card: &RateCard,
    day_minutes: &[i64],
    included_minutes: i64,
    discount_percent: u8,
) -> Result<Quote, PriceError> {
    if discount_percent > 100 || day_minutes.iter().any(|m| *m < 0) {
        return Err(PriceError::Invalid);
    }
    let mut included_left = included_minutes.max(0);
    let mut quote = Quote::default();
    for &minutes in day_minutes {
        let free = minutes.min(included_left);
        included_left -= free;
        quote.included_minutes += free;
        let paying = minutes - free;
        if paying == 0 {
            continue;
        }
        for charge in cheapest_day(card, paying).ok_or(PriceError::NoRate)? {
            add(&mut quote.lines, charge);
        }
    }
    for line in &mut quote.lines {
        line.amount = Money::from_cents(match line.charge {
            // The hourly rate prorated to the minute, rounded up to the cent once.
            Charge::Hours { minutes } => (rate(card.hour)? * minutes + 59) / 60,
            Charge::HalfDays(n) => rate(card.half_day)? * i64::from(n),
            Charge::Days(n) => rate(card.day)? * i64::from(n),
        });
    }
    let gross: i64 = quote.lines.iter().map(|l| l.amount.cents()).sum();
    // The discount is rounded down: the customer never pays a cent more than the percentage says.
    let discount = gross * i64::from(discount_percent) / 100;
    quote.discount = Money::from_cents(discount);
    quote.total = Money::from_cents(gross - discount);
    Ok(quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(cents: i64) -> Option<Money> {
        Some(Money::from_cents(cents))
    }

    /// A meeting room: 30 € an hour, 100 € a half-day, 180 € a day.
    const ROOM: RateCard = RateCard {
        hour: Some(Money::from_cents(3000)),
        half_day: Some(Money::from_cents(10_000)),
        day: Some(Money::from_cents(18_000)),
    };

    fn total(card: &RateCard, minutes: i64) -> i64 {
        quote(card, &[minutes], 0, 0).expect("priced").total.cents()
    }

    #[test]
    fn short_bookings_pay_by_the_half_hour() {
        assert_eq!(total(&ROOM, 30), 1500);
        assert_eq!(total(&ROOM, 60), 3000);
        assert_eq!(total(&ROOM, 90), 4500);
        assert_eq!(total(&ROOM, 45), 3000, "a started half-hour is due");
    }

    #[test]
    fn the_half_day_wins_once_it_is_cheaper() {
        assert_eq!(total(&ROOM, 180), 9000, "3 h: 90 € by the hour");
        assert_eq!(
            total(&ROOM, 210),
            10_000,
            "3 h 30: 105 € by the hour, 100 € the half-day"
        );
        assert_eq!(total(&ROOM, 240), 10_000);
        let q = quote(&ROOM, &[300], 0, 0).expect("priced");
        assert_eq!(q.total.cents(), 13_000, "5 h: a half-day and an hour");
        assert_eq!(
            q.lines,
            vec![
                QuoteLine {
                    charge: Charge::HalfDays(1),
                    amount: Money::from_cents(10_000)
                },
                QuoteLine {
                    charge: Charge::Hours { minutes: 60 },
                    amount: Money::from_cents(3000)
                },
            ]
        );
    }

    #[test]
    fn the_day_rate_caps_a_long_day() {
        assert_eq!(
            total(&ROOM, 420),
            18_000,
            "7 h: two half-days would be 200 €"
        );
        assert_eq!(total(&ROOM, 600), 18_000, "10 h, still one day");
        let q = quote(&ROOM, &[600], 0, 0).expect("priced");
        assert_eq!(
            q.lines,
            vec![QuoteLine {
                charge: Charge::Days(1),
                amount: Money::from_cents(18_000)
            }]
        );
    }

    #[test]
    fn missing_rates_are_never_used() {
        let hourly_only = RateCard {
            hour: eur(2000),
            ..RateCard::default()
        };
        assert_eq!(total(&hourly_only, 600), 20_000);
        let day_only = RateCard {
            day: eur(5000),
            ..RateCard::default()
        };
        assert_eq!(total(&day_only, 60), 5000);
        let half_days = RateCard {
            half_day: eur(4000),
            ..RateCard::default()
        };
        assert_eq!(total(&half_days, 300), 8000, "5 h needs two half-days");
        assert_eq!(
            quote(&RateCard::default(), &[60], 0, 0),
            Err(PriceError::NoRate)
        );
    }

    #[test]
    fn several_days_are_priced_day_by_day() {
        let q = quote(&ROOM, &[480, 480, 120], 0, 0).expect("priced");
        assert_eq!(q.total.cents(), 18_000 * 2 + 6000);
        assert_eq!(q.lines[0].charge, Charge::Days(2));
    }

    #[test]
    fn included_hours_come_first() {
        let q = quote(&ROOM, &[180], 120, 0).expect("priced");
        assert_eq!(q.included_minutes, 120);
        assert_eq!(q.total.cents(), 3000, "one paying hour left");
        let q = quote(&ROOM, &[90], 600, 0).expect("priced");
        assert_eq!((q.included_minutes, q.total.cents()), (90, 0));
        assert!(q.lines.is_empty());
        let q = quote(&ROOM, &[120, 120], 150, 0).expect("priced");
        assert_eq!(q.included_minutes, 150);
        assert_eq!(
            q.total.cents(),
            4500,
            "the second day keeps 90 paying minutes"
        );
    }

    #[test]
    fn the_solidarity_discount_is_rounded_for_the_customer() {
        let q = quote(&ROOM, &[90], 0, 50).expect("priced");
        assert_eq!((q.discount.cents(), q.total.cents()), (2250, 2250));
        let odd = RateCard {
            hour: eur(3333),
            ..RateCard::default()
        };
        let q = quote(&odd, &[60], 0, 33).expect("priced");
        assert_eq!(q.discount.cents(), 1099);
        assert_eq!(q.total.cents(), 3333 - 1099);
        assert_eq!(quote(&ROOM, &[60], 0, 101), Err(PriceError::Invalid));
        assert_eq!(quote(&ROOM, &[-5], 0, 0), Err(PriceError::Invalid));
    }

    #[test]
    fn odd_hourly_rates_are_rounded_up_once() {
        let odd = RateCard {
            hour: eur(2501),
            ..RateCard::default()
        };
        assert_eq!(total(&odd, 30), 1251);
        assert_eq!(
            total(&odd, 60),
            2501,
            "an hour costs the hourly rate, not a cent more"
        );
        assert_eq!(total(&odd, 90), 3752);
    }

    #[test]
    fn a_booking_across_a_clock_change_pays_its_real_length() {
        let spring = crate::domain::TimeRange::parse(
            "2027-03-28T01:00:00+01:00",
            "2027-03-28T04:00:00+02:00",
            "from",
            "to",
        )
        .expect("valid");
        let q = quote(&ROOM, &spring.paris_day_minutes(), 0, 0).expect("priced");
        assert_eq!(
            q.total.cents(),
            6000,
            "three hours on the wall, two in truth"
        );
        let autumn = crate::domain::TimeRange::parse(
            "2027-10-31T01:00:00+02:00",
            "2027-10-31T04:00:00+01:00",
            "from",
            "to",
        )
        .expect("valid");
        let q = quote(&ROOM, &autumn.paris_day_minutes(), 0, 0).expect("priced");
        assert_eq!(q.total.cents(), 10_000, "four real hours: a half-day");
    }

    #[test]
    fn nothing_booked_costs_nothing() {
        assert_eq!(quote(&ROOM, &[], 0, 0).expect("priced"), Quote::default());
        assert_eq!(total(&ROOM, 0), 0);
    }
}
