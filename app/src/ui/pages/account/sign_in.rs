//! Sign in, and ask for a new password when it is forgotten.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::auth::{RequestReset, SignIn};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::use_t;
use crate::ui::viewer::use_viewer;

/// `/signin`: address and password; back to `next` afterwards.
#[component]
pub fn SignInPage() -> impl IntoView {
    let t = use_t();
    let query = use_query_map().get_untracked();
    let next = query.get("next").unwrap_or_default();
    let error = returned_error("sign_in");
    let already = use_viewer().map(|v| {
        view! {
            <p class="notice">
                {t("auth.already_signed_in")} " " <strong>{v.display_name}</strong> ". "
                <a href="/account">{t("nav.account")}</a>
            </p>
        }
    });
    let invalid = field_invalid(error.as_ref(), "password");
    view! {
        <Title text=t("auth.sign_in_title")/>
        <section class="narrow">
            <h1>{t("auth.sign_in_title")}</h1>
            {already}
            <ErrorSummary error=error prefix="signin"/>
            <form class="stack" method="post" action=SignIn::PATH>
                <input type="hidden" name="next" value=next/>
                <Input prefix="signin" name="email" kind="email" label=t("auth.email") autocomplete="username" invalid=invalid/>
                <Input prefix="signin" name="password" kind="password" label=t("auth.password") autocomplete="current-password" invalid=invalid/>
                <button class="button button-primary" type="submit">{t("auth.sign_in")}</button>
            </form>
            <p><a href="/forgot">{t("auth.forgot_link")}</a></p>
        </section>
    }
}

/// `/forgot`: the address to send a reset link to.
#[component]
pub fn ForgotPage() -> impl IntoView {
    let t = use_t();
    let sent = use_query_map().get_untracked().get("sent").is_some();
    let error = returned_error("request_reset");
    let invalid = field_invalid(error.as_ref(), "email");
    view! {
        <Title text=t("auth.forgot_title")/>
        <section class="narrow">
            <h1>{t("auth.forgot_title")}</h1>
            {sent.then(|| view! { <p class="notice" role="status">{t("auth.forgot_sent")}</p> })}
            <ErrorSummary error=error prefix="forgot"/>
            <p>{t("auth.forgot_intro")}</p>
            <form class="stack" method="post" action=RequestReset::PATH>
                <Input prefix="forgot" name="email" kind="email" label=t("auth.email") autocomplete="email" invalid=invalid/>
                <button class="button button-primary" type="submit">{t("auth.forgot_submit")}</button>
            </form>
            <p><a href="/signin">{t("auth.back_to_sign_in")}</a></p>
        </section>
    }
}
