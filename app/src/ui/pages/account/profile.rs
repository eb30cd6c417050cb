//! `/account`: who I am, my structures, my name, my password, signing out.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::accounts::UpdateProfile;
use crate::api::auth::ChangePassword;
use crate::ui::components::{Audience, guarded};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::use_t;

#[component]
pub fn AccountPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |viewer| {
        let query = use_query_map().get_untracked();
        let notice = query
            .get("welcome")
            .map(|kind| {
                t(&format!(
                    "account.welcome_{}",
                    if kind == "invitation" {
                        "invitation"
                    } else {
                        "reset"
                    }
                ))
            })
            .or_else(|| {
                query.get("changed").map(|what| {
                    t(&format!(
                        "account.changed_{}",
                        if what == "password" {
                            "password"
                        } else {
                            "profile"
                        }
                    ))
                })
            });
        let profile_error = returned_error("update_profile");
        let password_error = returned_error("change_password");
        let invalid_name = field_invalid(profile_error.as_ref(), "display_name");
        let invalid_current = field_invalid(password_error.as_ref(), "current");
        let invalid_new = field_invalid(password_error.as_ref(), "password");
        let invalid_confirm = field_invalid(password_error.as_ref(), "confirm");
        let structures = viewer
            .structures
            .iter()
            .map(|s| view! { <li>{s.name.clone()}</li> })
            .collect_view();
        let has_structures = !viewer.structures.is_empty();
        view! {
            <Title text=t("account.title")/>
            <section class="narrow stack-lg">
                <h1>{t("account.title")}</h1>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <dl class="facts">
                    <dt>{t("auth.email")}</dt>
                    <dd>{viewer.email.clone()}</dd>
                    <dt>{t("account.role")}</dt>
                    <dd>{t(&viewer.role.label_key())}</dd>
                </dl>
                <div class="panel">
                    <h2>{t("account.structures")}</h2>
                    {if has_structures {
                        view! { <ul>{structures}</ul> }.into_any()
                    } else {
                        view! { <p>{t("account.no_structure")}</p> }.into_any()
                    }}
                </div>
                <div class="panel">
                    <h2>{t("account.profile")}</h2>
                    <ErrorSummary error=profile_error prefix="profile"/>
                    <form class="stack" method="post" action=UpdateProfile::PATH>
                        <Input prefix="profile" name="display_name" label=t("account.display_name") value=viewer.display_name.clone() autocomplete="name" invalid=invalid_name/>
                        <button class="button button-secondary" type="submit">{t("account.save")}</button>
                    </form>
                </div>
                <div class="panel">
                    <h2>{t("account.password")}</h2>
                    <ErrorSummary error=password_error prefix="password"/>
                    <form class="stack" method="post" action=ChangePassword::PATH>
                        <input type="text" name="username" autocomplete="username" value=viewer.email.clone() hidden/>
                        <Input prefix="password" name="current" kind="password" label=t("account.current_password") autocomplete="current-password" invalid=invalid_current/>
                        <Input prefix="password" name="password" kind="password" label=t("auth.new_password") hint=t("auth.password_rules") autocomplete="new-password" invalid=invalid_new/>
                        <Input prefix="password" name="confirm" kind="password" label=t("auth.confirm_password") autocomplete="new-password" invalid=invalid_confirm/>
                        <p class="field-hint">{t("account.password_sessions")}</p>
                        <button class="button button-secondary" type="submit">{t("account.change_password")}</button>
                    </form>
                </div>
                <div class="panel">
                    <h2>{t("tokens.title")}</h2>
                    <p>{t("tokens.intro")}</p>
                    <p><a href="/account/tokens">{t("tokens.manage")}</a></p>
                </div>
            </section>
        }
    })
}
