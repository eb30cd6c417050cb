//! `/admin/structures/new`: a manager creates a structure; a SIRET is checked, and may be
//! left out for a project in incubation.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::choices::{vocabulary_select, words};
use crate::api::structures::CreateStructure;
use crate::domain::{LegalForm, Sector};
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::use_t;

#[component]
pub fn NewStructurePage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |_| {
        let error = returned_error("create_structure");
        let invalid = |field: &str| field_invalid(error.as_ref(), field);
        let (name_invalid, siret_invalid) = (invalid("name"), invalid("siret"));
        view! {
            <Title text=t("structure.new_title")/>
            <section class="stack-lg narrow">
                <p><a href="/admin/structures">{t("directory.back")}</a></p>
                <h1>{t("structure.new_title")}</h1>
                <ErrorSummary error=error prefix="structure"/>
                <form class="panel stack" method="post" action=CreateStructure::PATH>
                    <Input prefix="structure" name="name" param="input[name]" label=t("structure.name") invalid=name_invalid/>
                    {vocabulary_select("structure-legal_form".into(), "input[legal_form]", t("structure.legal_form"), words!(LegalForm), None, None)}
                    {vocabulary_select("structure-sector".into(), "input[sector]", t("structure.sector"), words!(Sector), None, None)}
                    <Input prefix="structure" name="siret" param="input[siret]" label=t("structure.siret") hint=t("structure.siret_hint") required=false invalid=siret_invalid/>
                    <button class="button button-primary" type="submit">{t("structure.create")}</button>
                </form>
            </section>
        }
    })
}
