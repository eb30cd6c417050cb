//! Visitors: announced by a tenant for a day, expected at the desk, checked in on arrival (their
//! host is mailed), their names erased after the site's retention period.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::AppError;
use super::checks::Checks;

/// A visitor as a tenant's form or `POST /api/v1/visitors` announces them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VisitorInput {
    pub structure_id: i32,
    pub name: String,
    #[serde(default)]
    pub company: String,
    /// The day of the visit, `2027-03-02`: today or later.
    pub day: String,
    /// When they are expected, `14:30`, if known.
    #[serde(default)]
    pub expected_at: String,
    /// The member they come to see; the one announcing them when left out.
    #[serde(default)]
    pub host_id: Option<i32>,
}

/// A visit that passed its rules (the host is checked against the structure's members apart).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewVisitor {
    pub structure_id: i32,
    pub name: String,
    pub company: Option<String>,
    pub day: NaiveDate,
    pub expected_at: Option<String>,
    pub host_id: Option<i32>,
}

impl NewVisitor {
    /// Reads `input`, each bad field named; a day before `today` is refused.
    pub fn read(input: VisitorInput, today: NaiveDate) -> Result<NewVisitor, AppError> {
        let mut checks = Checks::new("visitor");
        let name = checks.text("name", &input.name, 1..=120);
        let company = checks.text("company", &input.company, 0..=120);
        let day = checks.day("day", &input.day);
        if day.is_some_and(|day| day < today) {
            checks.fail_with("day", "visitor.day_past");
        }
        let expected_at = match input.expected_at.trim() {
            "" => None,
            raw => checks.time("expected_at", raw),
        };
        checks.check(input.structure_id > 0, "structure_id");
        checks.finish()?;
        Ok(NewVisitor {
            structure_id: input.structure_id,
            name,
            company: (!company.is_empty()).then_some(company),
            day: day.ok_or(AppError::Internal)?,
            expected_at,
            host_id: input.host_id,
        })
    }
}

/// A visit as its structure's members and the desk see it. Once erased, `name` and `company`
/// are gone and only the day and the counts remain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VisitorView {
    pub id: i32,
    pub structure_id: i32,
    pub structure_name: String,
    pub name: Option<String>,
    pub company: Option<String>,
    pub day: NaiveDate,
    pub expected_at: Option<String>,
    /// The host's name (or address), when the host is still a member.
    pub host: Option<String>,
    pub arrived_at: Option<DateTime<Utc>>,
}

/// What `GET /api/v1/visitors` filters on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct VisitorQuery {
    /// One structure's visitors; a member's own structures' (every one for the desk) when left
    /// out.
    pub structure_id: Option<i32>,
    /// One day, `2027-03-02`; today and the days after when left out.
    pub day: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, 2).expect("day")
    }

    #[test]
    fn a_visit_is_read_and_bad_fields_are_named() {
        let input = VisitorInput {
            structure_id: 4,
            name: " Awa Diallo ".into(),
            company: String::new(),
            day: "02/03/2027".into(),
            expected_at: "14h30".into(),
            host_id: None,
        };
        let visit = NewVisitor::read(input.clone(), today()).expect("valid");
        assert_eq!(visit.name, "Awa Diallo");
        assert_eq!(visit.company, None);
        assert_eq!(visit.expected_at.as_deref(), Some("14:30"));
        let past = VisitorInput {
            day: "2027-03-01".into(),
            name: String::new(),
            expected_at: "25:00".into(),
            ..input
        };
        let Err(AppError::Invalid(fields)) = NewVisitor::read(past, today()) else {
            panic!("refused")
        };
        let named: Vec<(&str, &str)> = fields
            .iter()
            .map(|f| (f.field.as_str(), f.message.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                ("name", "visitor.name_invalid"),
                ("day", "visitor.day_past"),
                ("expected_at", "visitor.expected_at_invalid")
            ]
        );
    }
}
