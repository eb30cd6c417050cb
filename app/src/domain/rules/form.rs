//! A space's booking rules as the managers' form shows and sends them: plain text fields,
//! read into checked values with every bad field named at once.
use serde::{Deserialize, Serialize};

use super::{DAY_MINUTES, OpeningHours, read_time};
use crate::domain::{AppError, FieldError};

/// The rules and policy of one space, as text fields (`08:00`, `30`…).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpaceRulesForm {
    /// Per weekday, Monday first: opening and closing times, both empty when closed.
    pub opens: [String; 7],
    pub closes: [String; 7],
    pub min_minutes: String,
    pub max_minutes: String,
    pub step_minutes: String,
    pub buffer_minutes: String,
    pub max_advance_days: String,
    /// Notice in hours.
    pub min_notice_hours: String,
    pub cancel_free_hours: String,
    pub cancel_fee_percent: String,
    /// How long a pending request holds its slot, in hours.
    pub hold_hours: String,
    /// `on` when a manager must approve each booking.
    pub needs_approval: Option<String>,
}

/// A space's rules as its managers' page shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpaceRulesView {
    pub space_id: i32,
    pub space_name: String,
    pub form: SpaceRulesForm,
}

/// The checked rules, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpaceRules {
    pub opening_hours: OpeningHours,
    pub min_minutes: i32,
    pub max_minutes: i32,
    pub step_minutes: i32,
    pub buffer_minutes: i32,
    pub max_advance_days: i32,
    pub min_notice_minutes: i32,
    pub cancel_free_hours: i32,
    pub cancel_fee_percent: i32,
    pub hold_minutes: i32,
    pub needs_approval: bool,
}

/// The form's weekday fields are named `opens_0` … `closes_6`; the error names them so.
fn day_field(kind: &str, day: usize) -> String {
    format!("{kind}_{day}")
}

impl TryFrom<SpaceRulesForm> for SpaceRules {
    type Error = AppError;

    fn try_from(form: SpaceRulesForm) -> Result<SpaceRules, AppError> {
        let mut errors = Vec::new();
        let mut days = [None; 7];
        for (day, slot) in days.iter_mut().enumerate() {
            let (opens, closes) = (form.opens[day].trim(), form.closes[day].trim());
            match (opens.is_empty(), closes.is_empty()) {
                (true, true) => {}
                // A closing time of 00:00 (what a time field can say) is the midnight ending
                // the day.
                (false, false) => match (
                    read_time(opens),
                    read_time(closes).map(|c| if c == 0 { DAY_MINUTES } else { c }),
                ) {
                    (Ok(o), Ok(c)) if o < c && c <= DAY_MINUTES => *slot = Some((o, c)),
                    (Ok(_), Ok(_)) => errors.push(FieldError::new(
                        day_field("closes", day),
                        "space_rules.day_reversed",
                    )),
                    _ => errors.push(FieldError::new(
                        day_field("opens", day),
                        "time.time_invalid",
                    )),
                },
                _ => errors.push(FieldError::new(
                    day_field("opens", day),
                    "space_rules.day_half",
                )),
            }
        }
        let mut number = |field: &str, text: &str, min: i32, max: i32| -> i32 {
            match text.trim().parse::<i32>() {
                Ok(n) if (min..=max).contains(&n) => n,
                _ => {
                    errors.push(FieldError::new(
                        field,
                        format!("space_rules.number|min={min}|max={max}"),
                    ));
                    min
                }
            }
        };
        let step = number("step_minutes", &form.step_minutes, 5, 240);
        let min = number("min_minutes", &form.min_minutes, 5, 1440);
        let max = number("max_minutes", &form.max_minutes, 5, 1440);
        let buffer = number("buffer_minutes", &form.buffer_minutes, 0, 480);
        let advance = number("max_advance_days", &form.max_advance_days, 1, 730);
        let notice = number("min_notice_hours", &form.min_notice_hours, 0, 720);
        let free = number("cancel_free_hours", &form.cancel_free_hours, 0, 2160);
        let fee = number("cancel_fee_percent", &form.cancel_fee_percent, 0, 100);
        let hold = number("hold_hours", &form.hold_hours, 1, 720);
        if min > max {
            errors.push(FieldError::new("max_minutes", "space_rules.min_over_max"));
        }
        if step > 0 && (min % step != 0 || max % step != 0) {
            errors.push(FieldError::new("step_minutes", "space_rules.step_fits"));
        }
        let opening_hours = OpeningHours::new(days);
        match opening_hours {
            Ok(opening_hours) if errors.is_empty() => Ok(SpaceRules {
                opening_hours,
                min_minutes: min,
                max_minutes: max,
                step_minutes: step,
                buffer_minutes: buffer,
                max_advance_days: advance,
                min_notice_minutes: notice * 60,
                cancel_free_hours: free,
                cancel_fee_percent: fee,
                hold_minutes: hold * 60,
                needs_approval: form.needs_approval.is_some_and(|v| !v.is_empty()),
            }),
            _ => Err(AppError::Invalid(errors)),
        }
    }
}

impl From<&SpaceRules> for SpaceRulesForm {
    /// The form filled with stored rules.
    fn from(rules: &SpaceRules) -> SpaceRulesForm {
        // Midnight ending the day is 00:00 to a time field.
        let text = |minutes: u16| format!("{:02}:{:02}", (minutes / 60) % 24, minutes % 60);
        let mut form = SpaceRulesForm {
            min_minutes: rules.min_minutes.to_string(),
            max_minutes: rules.max_minutes.to_string(),
            step_minutes: rules.step_minutes.to_string(),
            buffer_minutes: rules.buffer_minutes.to_string(),
            max_advance_days: rules.max_advance_days.to_string(),
            min_notice_hours: (rules.min_notice_minutes / 60).to_string(),
            cancel_free_hours: rules.cancel_free_hours.to_string(),
            cancel_fee_percent: rules.cancel_fee_percent.to_string(),
            hold_hours: (rules.hold_minutes / 60).to_string(),
            needs_approval: rules.needs_approval.then(|| "on".to_owned()),
            ..SpaceRulesForm::default()
        };
        use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
        for (day, weekday) in [Mon, Tue, Wed, Thu, Fri, Sat, Sun].into_iter().enumerate() {
            if let Some((opens, closes)) = rules.opening_hours.day(weekday) {
                form.opens[day] = text(opens);
                form.closes[day] = text(closes);
            }
        }
        form
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weekdays() -> SpaceRulesForm {
        let open =
            |t: &str| std::array::from_fn(|d| if d < 5 { t.to_owned() } else { String::new() });
        SpaceRulesForm {
            opens: open("08:00"),
            closes: open("20:00"),
            min_minutes: "30".into(),
            max_minutes: "600".into(),
            step_minutes: "30".into(),
            buffer_minutes: "0".into(),
            max_advance_days: "365".into(),
            min_notice_hours: "2".into(),
            cancel_free_hours: "24".into(),
            cancel_fee_percent: "50".into(),
            hold_hours: "48".into(),
            needs_approval: None,
        }
    }

    #[test]
    fn a_filled_form_reads_and_round_trips() {
        let rules = SpaceRules::try_from(weekdays()).expect("valid");
        assert_eq!(
            rules.opening_hours.to_string(),
            "08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,,"
        );
        assert_eq!(rules.min_notice_minutes, 120);
        assert_eq!(rules.hold_minutes, 2880);
        assert!(!rules.needs_approval);
        assert_eq!(SpaceRulesForm::from(&rules), weekdays());
        let mut late = weekdays();
        late.closes[5] = "00:00".into();
        late.opens[5] = "18:00".into();
        let rules = SpaceRules::try_from(late.clone()).expect("until midnight");
        assert!(rules.opening_hours.to_string().ends_with(",18:00-24:00,"));
        assert_eq!(SpaceRulesForm::from(&rules), late);
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut form = weekdays();
        form.opens[0] = "20:00".into();
        form.closes[0] = "08:00".into();
        form.closes[1] = String::new();
        form.opens[2] = "8h".into();
        form.min_minutes = "700".into();
        form.cancel_fee_percent = "150".into();
        form.step_minutes = "45".into();
        let Err(AppError::Invalid(errors)) = SpaceRules::try_from(form) else {
            panic!("refused");
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "closes_0",
                "opens_1",
                "opens_2",
                "cancel_fee_percent",
                "max_minutes",
                "step_minutes"
            ]
        );
        assert_eq!(errors[3].message, "space_rules.number|min=0|max=100");
    }
}
