//! The pages behind the links sent by mail: accept an invitation, choose a new password.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::auth::RedeemLink;
use crate::api::auth::link_info;
use crate::domain::AppError;
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::format::date_time;
use crate::ui::i18n::{translate_with, use_locale, use_t};

/// `/invitation/:token`: set a first password and join the structure.
#[component]
pub fn InvitationPage() -> impl IntoView {
    view! { <LinkPage kind="invitation"/> }
}

/// `/reset/:token`: choose a new password.
#[component]
pub fn ResetPage() -> impl IntoView {
    view! { <LinkPage kind="reset"/> }
}

#[component]
fn LinkPage(kind: &'static str) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let token = use_params_map()
        .get_untracked()
        .get("token")
        .unwrap_or_default();
    let info = Resource::new(
        move || token.clone(),
        move |token| link_info(kind.to_owned(), token),
    );
    let title = t(&format!("auth.{kind}_title"));
    let error = returned_error("redeem_link");
    let invalid_password = field_invalid(error.as_ref(), "password");
    let invalid_confirm = field_invalid(error.as_ref(), "confirm");
    let body = move || {
        let error = error.clone();
        Suspend::new(async move {
            match info.await {
                Ok(link) => {
                    let intro = match &link.structure {
                        Some(structure) => translate_with(
                            locale,
                            "auth.invitation_intro",
                            &[("structure", structure)],
                        ),
                        None => t("auth.reset_intro"),
                    };
                    let until = translate_with(
                        locale,
                        "auth.link_valid_until",
                        &[("when", &date_time(link.expires_at, locale))],
                    );
                    let token = use_params_map()
                        .get_untracked()
                        .get("token")
                        .unwrap_or_default();
                    view! {
                        <p>{intro}</p>
                        <p class="field-hint">{until}</p>
                        <ErrorSummary error=error prefix="link"/>
                        <form class="stack" method="post" action=RedeemLink::PATH>
                            <input type="hidden" name="kind" value=kind/>
                            <input type="hidden" name="token" value=token/>
                            <Input prefix="link" name="email" kind="email" label=t("auth.email") value=link.email autocomplete="username" required=false/>
                            <Input prefix="link" name="password" kind="password" label=t("auth.new_password") hint=t("auth.password_rules") autocomplete="new-password" invalid=invalid_password/>
                            <Input prefix="link" name="confirm" kind="password" label=t("auth.confirm_password") autocomplete="new-password" invalid=invalid_confirm/>
                            <button class="button button-primary" type="submit">{t(&format!("auth.{kind}_submit"))}</button>
                        </form>
                    }
                    .into_any()
                }
                Err(AppError::NotFound) => view! {
                    <p class="notice notice-error" role="alert">{t("auth.link_invalid")}</p>
                    <p><a href="/forgot">{t("auth.forgot_link")}</a></p>
                }
                .into_any(),
                Err(other) => view! { <p class="notice notice-error" role="alert">{t(&other.detail_key())}</p> }
                    .into_any(),
            }
        })
    };
    view! {
        <Title text=title.clone()/>
        <section class="narrow">
            <h1>{title}</h1>
            <Suspense fallback=move || view! { <p>{t("page.loading")}</p> }>{body}</Suspense>
        </section>
    }
}
