//! `/admin/leases/new?structure=ID`: a manager drafts a lease for a structure on a space that
//! is free (or will be), with its rent, charges, VAT, share, deposit, notice and index.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::leases::CreateLease;
use crate::api::leases::leasable_spaces;
use crate::domain::indexation::RentIndex;
use crate::domain::locale::long_date;
use crate::domain::{Candidate, Locale, Money};
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::format::area;
use crate::ui::i18n::{translate_with, use_locale, use_t};

fn option(c: Candidate, locale: Locale) -> impl IntoView {
    let t = use_t();
    let free = translate_with(
        locale,
        "lease.free_from",
        &[("date", &long_date(c.free_from, locale))],
    );
    let rent = c
        .monthly_rent_cents
        .map(|r| format!(" — {}", Money::from_cents(r).format(locale)))
        .unwrap_or_default();
    let label = format!(
        "{} — {} · {} — {free}{rent}",
        c.name,
        t(&c.kind.label_key()),
        area(c.area_m2, locale)
    );
    view! { <option value=c.space_id>{label}</option> }
}

#[component]
pub fn LeaseFormPage() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    guarded(Audience::Managers, move |_| {
        let structure = use_query_map()
            .get_untracked()
            .get("structure")
            .and_then(|s| s.parse::<i32>().ok())
            .unwrap_or(0);
        let error = returned_error("create_lease");
        let invalid = |field: &str| field_invalid(error.as_ref(), field);
        let spaces = Resource::new(|| (), |()| leasable_spaces());
        let field = |name: &'static str,
                     param: &'static str,
                     label: &str,
                     kind: &'static str,
                     value: &str,
                     required: bool| {
            view! {
                <Input prefix="lease" name=name param=param label=t(label) kind=kind value=value.to_owned() required=required invalid=invalid(name)/>
            }
        };
        view! {
            <Title text=t("lease.new_title")/>
            <section class="stack-lg narrow">
                <p><a href=format!("/admin/structures/{structure}")>{t("lease.back")}</a></p>
                <h1>{t("lease.new_title")}</h1>
                <p class="lead">{t("lease.new_intro")}</p>
                <ErrorSummary error=error.clone() prefix="lease"/>
                <form class="panel stack" method="post" action=CreateLease::PATH>
                    <input type="hidden" name="lease[structure_id]" value=structure/>
                    <div class="field">
                        <label for="lease-space_id">{t("lease.space")}</label>
                        <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
                            {move || Suspend::new(async move {
                                let options = spaces.await.unwrap_or_default();
                                if options.is_empty() {
                                    return view! { <p>{t("lease.no_space")}</p> }.into_any();
                                }
                                view! {
                                    <select id="lease-space_id" name="lease[space_id]" required>
                                        {options.into_iter().map(|c| option(c, locale)).collect_view()}
                                    </select>
                                }
                                .into_any()
                            })}
                        </Suspense>
                    </div>
                    <div class="form-row">
                        {field("starts_on", "lease[starts_on]", "lease.starts_on", "date", "", true)}
                        {field("ends_on", "lease[ends_on]", "lease.ends_on_optional", "date", "", false)}
                    </div>
                    <div class="form-row">
                        {field("rent", "lease[rent]", "lease.rent_euros", "text", "", true)}
                        {field("charges", "lease[charges]", "lease.charges_euros", "text", "0", false)}
                        {field("vat_rate", "lease[vat_rate]", "lease.vat_rate", "text", "20", true)}
                    </div>
                    <div class="form-row">
                        {field("deposit", "lease[deposit]", "lease.deposit_euros", "text", "", false)}
                        {field("notice_months", "lease[notice_months]", "lease.notice_months", "number", "3", false)}
                        {field("included_hours", "lease[included_hours]", "lease.included_hours", "number", "0", false)}
                    </div>
                    <Input prefix="lease" name="share_percent" param="lease[share_percent]" label=t("lease.share_percent") hint=t("lease.share_hint") kind="number" min="1" required=false invalid=invalid("share_percent")/>
                    <div class="form-row">
                        <div class="field">
                            <label for="lease-rent_index">{t("lease.index")}</label>
                            <select id="lease-rent_index" name="lease[rent_index]">
                                <option value="">{t("lease.no_index")}</option>
                                {RentIndex::ALL.iter().map(|i| view! { <option value=i.as_str()>{t(i.i18n_key())}</option> }).collect_view()}
                            </select>
                        </div>
                        <Input prefix="lease" name="reference_quarter" param="lease[reference_quarter]" label=t("lease.reference_quarter") hint=t("lease.reference_hint") required=false invalid=invalid("reference_quarter")/>
                    </div>
                    <div class="field">
                        <label for="lease-documents">{t("lease.documents")}</label>
                        <textarea id="lease-documents" name="lease[documents]" rows="2"></textarea>
                    </div>
                    <button class="button button-primary" type="submit">{t("lease.create")}</button>
                </form>
            </section>
        }
    })
}
