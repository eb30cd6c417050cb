//! `/setup?token=…`: the first run. The link `solilab serve` logs opens this form, which creates
//! the first admin and the first site and signs in; without a live link the page does not exist.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::error::NotFoundPage;
use super::sites::site_fields;
use crate::api::setup::{CompleteSetup, setup_link};
use crate::domain::{AppError, SiteInput};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::use_t;

/// The first admin's fields.
fn account_fields(error: Option<&AppError>) -> impl IntoView + use<> {
    let t = use_t();
    let invalid = |field| field_invalid(error, field);
    view! {
        <fieldset class="stack">
            <legend>{t("setup.admin")}</legend>
            <Input prefix="site" name="admin_email" param="account[admin_email]" kind="email" label=t("auth.email") autocomplete="username" invalid=invalid("admin_email")/>
            <Input prefix="site" name="admin_name" param="account[admin_name]" label=t("setup.admin_name") autocomplete="name" required=false invalid=invalid("admin_name")/>
            <Input prefix="site" name="password" param="account[password]" kind="password" label=t("auth.new_password") hint=t("auth.password_rules") autocomplete="new-password" invalid=invalid("password")/>
            <Input prefix="site" name="confirm" param="account[confirm]" kind="password" label=t("auth.confirm_password") autocomplete="new-password" invalid=invalid("confirm")/>
        </fieldset>
    }
}

#[component]
pub fn SetupPage() -> impl IntoView {
    let t = use_t();
    let token = use_query_map()
        .get_untracked()
        .get("token")
        .unwrap_or_default();
    let error = returned_error("complete_setup");
    let link = Resource::new(move || token.clone(), setup_link);
    view! {
        <Suspense fallback=move || view! { <p class="muted" role="status">{t("page.loading")}</p> }>
            {move || {
                let error = error.clone();
                Suspend::new(async move {
                    match link.await {
                        Ok(()) => {
                            let token = use_query_map().get_untracked().get("token").unwrap_or_default();
                            let account = account_fields(error.as_ref());
                            let site = site_fields(SiteInput::default(), error.as_ref());
                            view! {
                                <Title text=t("setup.title")/>
                                <section class="stack-lg narrow">
                                    <h1>{t("setup.title")}</h1>
                                    <p class="lead">{t("setup.intro")}</p>
                                    <ErrorSummary error=error prefix="site"/>
                                    <form class="panel stack" method="post" action=CompleteSetup::PATH>
                                        <input type="hidden" name="token" value=token/>
                                        {account}
                                        {site}
                                        <button class="button button-primary" type="submit">{t("setup.submit")}</button>
                                    </form>
                                </section>
                            }
                            .into_any()
                        }
                        Err(_) => view! { <NotFoundPage/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
