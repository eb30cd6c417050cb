//! `GET /admin/occupancy/export.csv?table=…&site=…&from=…&to=…`: one table of the occupancy
//! dashboard as CSV, for managers. Rates are decimals with a dot, dates ISO 8601.
use app::core::AppState;
use app::domain::locale::translate;
use app::domain::occupancy::{Month, Rate};
use app::domain::{AppError, Locale, OccupancyQuery, OccupancyView};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use crate::csv_file::{CsvFile, chosen, respond};
use crate::rest::SignedIn;

/// The address's parameters: which table, and the dashboard's site and period.
#[derive(Debug, Default, Deserialize)]
pub struct ExportQuery {
    #[serde(default)]
    pub table: String,
    pub site: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// The tables of the dashboard, by the name the address gives them.
const TABLES: [&str; 5] = ["kinds", "floors", "months", "vacancies", "ending"];

/// A rate as a decimal with a dot and four places: `0.7321`.
fn rate(rate: Rate) -> String {
    format!("{:.4}", rate.ratio())
}

/// The header row and the rows of `table`.
fn table(name: &str, view: OccupancyView, locale: Locale) -> (Vec<String>, Vec<Vec<String>>) {
    let t = |key: &str| translate(locale, key);
    let head = |keys: &[&str]| keys.iter().map(|k| t(k)).collect::<Vec<_>>();
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    match name {
        "kinds" => (
            head(&["occupancy.kind", "occupancy.measure", "occupancy.rate"]),
            view.by_kind
                .into_iter()
                .map(|(kind, r)| {
                    let measure = if kind.is_bookable() {
                        "occupancy.measure_hours"
                    } else {
                        "occupancy.measure_surface"
                    };
                    vec![t(&kind.label_key()), t(measure), rate(r)]
                })
                .collect(),
        ),
        "floors" => (
            head(&["occupancy.floor", "occupancy.rate"]),
            view.by_floor
                .into_iter()
                .map(|(floor, r)| vec![floor.to_string(), rate(r)])
                .collect(),
        ),
        "months" => (
            head(&["occupancy.month", "occupancy.leased", "occupancy.booked"]),
            view.by_month
                .into_iter()
                .map(|m| vec![m.month.key(), rate(m.leased), rate(m.booked)])
                .collect(),
        ),
        "vacancies" => (
            head(&[
                "occupancy.space",
                "occupancy.kind",
                "occupancy.floor",
                "occupancy.area_m2",
                "occupancy.free_from",
                "occupancy.free_until",
            ]),
            view.vacancies
                .into_iter()
                .map(|v| {
                    vec![
                        v.name,
                        t(&v.kind.label_key()),
                        v.floor.to_string(),
                        v.area_m2.to_string(),
                        v.free_from.to_string(),
                        date(v.free_until),
                    ]
                })
                .collect(),
        ),
        _ => (
            head(&[
                "occupancy.structure",
                "occupancy.space",
                "occupancy.ends_on",
                "occupancy.status",
            ]),
            view.ending
                .into_iter()
                .map(|l| {
                    vec![
                        l.structure_name,
                        l.space_name,
                        date(l.ends_on),
                        t(&l.status.label_key()),
                    ]
                })
                .collect(),
        ),
    }
}

/// Answers the chosen table as a CSV file named after it and the period.
pub async fn export(
    State(state): State<AppState>,
    user: SignedIn,
    query: Result<Query<ExportQuery>, QueryRejection>,
) -> Response {
    let (viewer, locale) = (&user.viewer, user.locale);
    let run = async {
        let unknown = "occupancy.table_unknown";
        let (query, name) = chosen(viewer, query, |q| &q.table, &TABLES, unknown)?;
        let today = state.today();
        let period = OccupancyQuery {
            site: query.site,
            from: query.from,
            to: query.to,
        };
        let (from, to) = period.period(today)?;
        let view = app::core::occupancy::dashboard(
            &state.db,
            viewer,
            period.site.as_deref(),
            from,
            to,
            today,
        )
        .await?;
        let (head, rows) = table(name, view, locale);
        let file = format!(
            "occupation-{name}-{}-{}.csv",
            Month::containing(from).key(),
            Month::containing(to).key()
        );
        Ok::<_, AppError>(CsvFile {
            name: file,
            head,
            rows,
        })
    };
    respond(run.await, locale)
}
