//! `GET /admin/editions/{id}/report.csv?table=…`: one table of an edition's report as CSV, for
//! managers: `years`, `entrances`, `hours`, `counts`, `sectors`, `legal_forms`, `fees`, or
//! `exhibitors` (each accepted exhibitor with its stall, fee and declared sales, to invoice).
//! Amounts are euros with a dot (`60.00`), days ISO 8601.
use app::core::AppState;
use app::domain::events::{ApplicationStatus, EditionReport};
use app::domain::locale::translate;
use app::domain::{AppError, Locale, Viewer};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use crate::csv_file::{CsvFile, chosen, respond};
use crate::rest::{Id, SignedIn};

#[derive(Debug, Default, Deserialize)]
pub struct ReportQuery {
    #[serde(default)]
    pub table: String,
}

const TABLES: [&str; 8] = [
    "years",
    "entrances",
    "hours",
    "counts",
    "sectors",
    "legal_forms",
    "fees",
    "exhibitors",
];

fn euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

fn hour(h: Option<i32>) -> String {
    h.map(|h| format!("{h:02}:00")).unwrap_or_default()
}

/// The header row and the rows of `name`, read from the report.
fn table(name: &str, report: EditionReport, locale: Locale) -> (Vec<String>, Vec<Vec<String>>) {
    let t = |key: &str| translate(locale, key);
    let head = |keys: &[&str]| keys.iter().map(|k| t(k)).collect::<Vec<_>>();
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    match name {
        "years" => (
            head(&[
                "report.year",
                "report.visitors",
                "report.exhibitors",
                "report.fees_short",
                "report.sales",
                "report.declared",
                "report.average_sale",
            ]),
            report
                .history
                .iter()
                .map(|f| {
                    vec![
                        f.year.to_string(),
                        opt(f.visitors),
                        f.exhibitors.to_string(),
                        euros(f.fees_cents),
                        euros(f.sales_cents),
                        f.declared.to_string(),
                        f.average_sales_cents().map(euros).unwrap_or_default(),
                    ]
                })
                .collect(),
        ),
        "entrances" => (
            head(&["visitors.entrance", "report.visitors"]),
            report
                .by_entrance
                .into_iter()
                .map(|(e, n)| vec![e, n.to_string()])
                .collect(),
        ),
        "hours" => (
            head(&["visitors.hour", "report.visitors"]),
            report
                .by_hour
                .into_iter()
                .map(|(h, n)| vec![hour(Some(h)), n.to_string()])
                .collect(),
        ),
        "counts" => (
            head(&[
                "visitors.day",
                "visitors.entrance",
                "visitors.hour",
                "visitors.visitors",
            ]),
            report
                .counts
                .into_iter()
                .map(|c| {
                    vec![
                        c.day.to_string(),
                        c.entrance,
                        hour(c.hour),
                        c.visitors.to_string(),
                    ]
                })
                .collect(),
        ),
        "sectors" => (
            head(&["structure.sector", "report.exhibitors"]),
            report
                .sectors
                .into_iter()
                .map(|(s, n)| vec![t(&s.label_key()), n.to_string()])
                .collect(),
        ),
        "legal_forms" => (
            head(&["structure.legal_form", "report.exhibitors"]),
            report
                .legal_forms
                .into_iter()
                .map(|(f, n)| vec![t(&f.label_key()), n.to_string()])
                .collect(),
        ),
        _ => (
            head(&[
                "exhibitors.stall_type",
                "report.price",
                "report.exhibitors",
                "report.owed",
            ]),
            report
                .fees
                .into_iter()
                .map(|f| {
                    vec![
                        f.stall_type,
                        euros(f.price_cents),
                        f.exhibitors.to_string(),
                        euros(f.total_cents),
                    ]
                })
                .collect(),
        ),
    }
}

/// Each accepted exhibitor with what it owes and what it declared.
async fn exhibitors(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    today: chrono::NaiveDate,
    locale: Locale,
) -> Result<(Vec<String>, Vec<Vec<String>>), AppError> {
    let t = |key: &str| translate(locale, key);
    let rows = app::core::events::applications(
        &state.db,
        viewer,
        id,
        Some(ApplicationStatus::Accepted),
        today,
    )
    .await?;
    let head = [
        "exhibitors.organisation",
        "statement.siret",
        "structure.legal_form",
        "structure.sector",
        "exhibitors.contact",
        "exhibitors.email",
        "exhibitors.stall_type",
        "exhibitors.number",
        "report.owed",
        "report.sales",
    ];
    Ok((
        head.iter().map(|k| t(k)).collect(),
        rows.into_iter()
            .map(|a| {
                vec![
                    a.organisation,
                    a.siret.unwrap_or_default(),
                    t(&a.legal_form.label_key()),
                    t(&a.sector.label_key()),
                    a.contact_name,
                    a.email,
                    a.stall_type,
                    a.stall.map(|n| n.to_string()).unwrap_or_default(),
                    euros(a.fee_cents),
                    a.sales_cents.map(euros).unwrap_or_default(),
                ]
            })
            .collect(),
    ))
}

/// Answers the chosen table of edition `id`'s report as a CSV file.
pub async fn export(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
    query: Result<Query<ReportQuery>, QueryRejection>,
) -> Response {
    let (viewer, locale) = (&user.viewer, user.locale);
    let run = async {
        let unknown = "report.table_unknown";
        let (_, name) = chosen(viewer, query, |q| &q.table, &TABLES, unknown)?;
        let today = state.today();
        let report = app::core::events::edition_report(&state.db, viewer, id, today).await?;
        let file = format!(
            "bilan-{}-{}-{name}.csv",
            report.edition.event_slug, report.edition.year
        );
        let (head, rows) = if name == "exhibitors" {
            exhibitors(&state, viewer, id, today, locale).await?
        } else {
            table(name, report, locale)
        };
        Ok(CsvFile {
            name: file,
            head,
            rows,
        })
    };
    respond(run.await, locale)
}
