//! A data table: its caption, a heading per column, and the rows.
use leptos::prelude::*;

/// How a table reads: its caption, shown or for screen readers only (`caption_hidden`), the
/// heading of each column, and the heading of a last column of links or actions, for screen
/// readers only.
pub struct Columns {
    pub caption: String,
    pub caption_hidden: bool,
    pub headings: Vec<String>,
    pub actions: Option<String>,
}

/// The table of `rows` (each a `<tr>`) under `columns`.
pub fn data_table(columns: Columns, rows: impl IntoView + 'static) -> AnyView {
    let caption_class = columns.caption_hidden.then_some("visually-hidden");
    let headings = columns
        .headings
        .into_iter()
        .map(|heading| view! { <th scope="col">{heading}</th> })
        .collect_view();
    let actions = columns.actions.map(|heading| {
        view! { <th scope="col"><span class="visually-hidden">{heading}</span></th> }
    });
    view! {
        <table class="table">
            <caption class=caption_class>{columns.caption}</caption>
            <thead><tr>{headings}{actions}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
