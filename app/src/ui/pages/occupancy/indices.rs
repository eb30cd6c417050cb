//! `/admin/indices`: the yearly rent revisions due, each with its computation and a button to
//! apply it (or the index value still to enter), then the INSEE values recorded per index and a
//! form to add the latest published one.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::tables::day;
use crate::api::leases::indexation;
use crate::api::leases::{AddIndexValue, ApplyRevision};
use crate::domain::indexation::revise;
use crate::domain::{
    IndexValue, IndexValueView, Locale, Money, Quarter, RentIndex, RevisionProposal,
};
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::{translate, translate_with, use_locale, use_t};

/// `T2 2024` from `2024-T2`; the stored text when it does not read as a quarter.
fn quarter_label(key: &str, locale: Locale) -> String {
    key.parse::<Quarter>()
        .map_or_else(|()| key.to_owned(), |q| q.label(locale))
}

/// A quarter and its value: `T4 2023 (133,69)`, or the quarter alone when its value is missing.
fn quarter_with_value(key: &str, value: Option<i64>, locale: Locale) -> String {
    let label = quarter_label(key, locale);
    // Kept on one line each, so that a narrow column breaks at the arrow between them.
    let text = match value {
        Some(v) => format!(
            "{label} ({})",
            IndexValue::from_hundredths(v).format(locale)
        ),
        None => label,
    };
    text.replace(' ', "\u{a0}")
}

fn money(cents: i64, locale: Locale) -> String {
    Money::from_cents(cents).format(locale)
}

fn revision_row(p: RevisionProposal, locale: Locale) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    let values = p.reference_hundredths.zip(p.new_hundredths);
    let quarters = format!(
        "{} → {}",
        quarter_with_value(&p.reference_quarter, p.reference_hundredths, locale),
        quarter_with_value(&p.new_quarter, p.new_hundredths, locale),
    );
    let rents = match p.new_rent_cents {
        Some(new) => format!(
            "{} → {}",
            money(p.old_rent_cents, locale),
            money(new, locale)
        ),
        None => money(p.old_rent_cents, locale),
    };
    let (computation, action) = match values {
        Some((reference, new)) => {
            let revision = revise(
                p.old_rent_cents,
                IndexValue::from_hundredths(reference),
                IndexValue::from_hundredths(new),
            );
            (
                revision.formula(locale),
                view! {
                    <form method="post" action=ApplyRevision::PATH>
                        <input type="hidden" name="lease_id" value=p.lease_id/>
                        <button class="button button-primary" type="submit">
                            {t("indices.apply")}
                            <span class="visually-hidden">{format!(" : {}, {}", p.structure_name, p.space_name)}</span>
                        </button>
                    </form>
                }
                .into_any(),
            )
        }
        None => {
            let missing = if p.reference_hundredths.is_none() {
                &p.reference_quarter
            } else {
                &p.new_quarter
            };
            let sentence = translate_with(
                locale,
                "indices.value_missing",
                &[
                    ("index", &t(p.rent_index.i18n_key())),
                    ("quarter", &quarter_label(missing, locale)),
                ],
            );
            (
                String::new(),
                view! { <a href="#indices-new">{sentence}</a> }.into_any(),
            )
        }
    };
    let lease_number = translate_with(
        locale,
        "indices.lease_number",
        &[("n", &p.lease_id.to_string())],
    );
    view! {
        <tr>
            <th scope="row">
                <a href=format!("/admin/structures/{}", p.structure_id)>{p.structure_name.clone()}</a>
                <span class="revision-lease muted">{format!("{} · {lease_number}", p.space_name)}</span>
            </th>
            <td>{day(p.due_on, locale)}</td>
            <td><abbr title=t(p.rent_index.i18n_key())>{p.rent_index.as_str().to_uppercase()}</abbr></td>
            <td>{quarters}</td>
            <td class="rent">{rents}<span class="formula muted">{computation}</span></td>
            <td>{action}</td>
        </tr>
    }
}

fn revisions_table(due: Vec<RevisionProposal>, locale: Locale) -> AnyView {
    let t = move |key: &str| translate(locale, key);
    if due.is_empty() {
        return view! { <p>{t("indices.no_revision")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll revisions" tabindex="0" role="region" aria-labelledby="indices-due-caption">
            <table class="table">
                <caption id="indices-due-caption">{t("indices.due_caption")}</caption>
                <thead><tr>
                    <th scope="col">{t("indices.lease")}</th>
                    <th scope="col">{t("indices.due_on")}</th>
                    <th scope="col">{t("indices.index")}</th>
                    <th scope="col">{t("indices.quarters")}</th>
                    <th scope="col" class="rent">{t("indices.rent")}</th>
                    <th scope="col"><span class="visually-hidden">{t("bookings.actions")}</span></th>
                </tr></thead>
                <tbody>{due.into_iter().map(|p| revision_row(p, locale)).collect_view()}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// One table per index, newest quarter first.
fn value_tables(values: Vec<IndexValueView>, locale: Locale) -> impl IntoView + use<> {
    let t = move |key: &str| translate(locale, key);
    RentIndex::ALL
        .into_iter()
        .map(|index| {
            let rows: Vec<&IndexValueView> = values.iter().filter(|v| v.rent_index == index).collect();
            let body = if rows.is_empty() {
                view! { <tr><td colspan="2">{t("indices.no_value")}</td></tr> }.into_any()
            } else {
                rows.into_iter()
                    .map(|v| view! {
                        <tr>
                            <th scope="row">{quarter_label(&v.quarter, locale)}</th>
                            <td class="num">{IndexValue::from_hundredths(v.value_hundredths).format(locale)}</td>
                        </tr>
                    })
                    .collect_view()
                    .into_any()
            };
            view! {
                <table class="table index-values">
                    <caption>{t(index.i18n_key())}</caption>
                    <thead><tr>
                        <th scope="col">{t("indices.quarter")}</th>
                        <th scope="col" class="num">{t("indices.value")}</th>
                    </tr></thead>
                    <tbody>{body}</tbody>
                </table>
            }
        })
        .collect_view()
}

#[component]
pub fn IndicesPage() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    guarded(Audience::Managers, move |_| {
        let query = use_query_map().get_untracked();
        let notice = if query.get("added").is_some() {
            Some(t("indices.added"))
        } else if query.get("revised").is_some() {
            Some(t("indices.revised"))
        } else {
            None
        };
        let error = returned_error("add_index_value").or_else(|| returned_error("apply_revision"));
        let invalid = |field: &str| field_invalid(error.as_ref(), field);
        let (index_invalid, quarter_invalid, value_invalid) =
            (invalid("rent_index"), invalid("quarter"), invalid("value"));
        let data = Resource::new(|| (), |()| indexation());
        let options = RentIndex::ALL
            .into_iter()
            .map(|i| view! { <option value=i.as_str()>{t(i.i18n_key())}</option> })
            .collect_view();
        view! {
            <Title text=t("indices.title")/>
            <section class="stack-lg">
                <h1>{t("indices.title")}</h1>
                <p class="lead">{t("indices.intro")}</p>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <ErrorSummary error=error prefix="indices"/>
                <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok((values, due)) => view! {
                                <h2>{t("indices.due")}</h2>
                                {revisions_table(due, locale)}
                                <h2>{t("indices.values")}</h2>
                                <div class="index-tables">{value_tables(values, locale)}</div>
                            }
                            .into_any(),
                            Err(e) => view! { <p class="notice notice-error">{t(&e.detail_key())}</p> }.into_any(),
                        }
                    })}
                </Suspense>
                <form id="indices-new" class="panel stack narrow" method="post" action=AddIndexValue::PATH>
                    <h2>{t("indices.new")}</h2>
                    <div class="field">
                        <label for="indices-rent_index">{t("indices.index")}</label>
                        <select id="indices-rent_index" name="value[rent_index]" aria-invalid=index_invalid.then_some("true")>{options}</select>
                    </div>
                    <Input prefix="indices" name="quarter" param="value[quarter]" label=t("indices.quarter") hint=t("indices.quarter_hint") invalid=quarter_invalid/>
                    <Input prefix="indices" name="value" param="value[value]" label=t("indices.value") hint=t("indices.value_hint") invalid=value_invalid/>
                    <button class="button button-primary" type="submit">{t("indices.add")}</button>
                </form>
            </section>
        }
    })
}
