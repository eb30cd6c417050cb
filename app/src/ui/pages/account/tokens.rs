//! `/account/tokens`: my API tokens; a new one is shown once; revoking asks for confirmation.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::accounts::my_tokens;
use crate::api::accounts::{CreateToken, RevokeToken};
use crate::api::page::handed_over;
use crate::domain::TokenView;
use crate::ui::components::{Audience, Question, ask_link, guarded, question};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::format::date_time;
use crate::ui::i18n::{use_locale, use_t};

fn token_row(token: TokenView, confirm: Option<i32>) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let asking = confirm == Some(token.id);
    let action = if asking {
        question(Question {
            action: RevokeToken::PATH,
            fields: vec![("id", token.id.to_string())],
            text: t("tokens.confirm_revoke"),
            yes: t("tokens.revoke_yes"),
            back: "/account/tokens".into(),
        })
    } else {
        ask_link(
            format!("/account/tokens?revoke={}", token.id),
            t("tokens.revoke"),
            None,
        )
    };
    view! {
        <tr>
            <th scope="row">{token.name}</th>
            <td>{date_time(token.created_at, locale)}</td>
            <td>{token.last_used_at.map(|at| date_time(at, locale)).unwrap_or_else(|| t("tokens.never"))}</td>
            <td>{action}</td>
        </tr>
    }
}

#[component]
pub fn TokensPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::SignedIn, move |_| {
        let fresh = handed_over(crate::api::accounts::NEW_TOKEN_COOKIE, "/account/tokens");
        let query = use_query_map().get_untracked();
        let confirm = query.get("revoke").and_then(|id| id.parse().ok());
        let revoked = query.get("revoked").is_some();
        let error = returned_error("create_token").or_else(|| returned_error("revoke_token"));
        let invalid = field_invalid(error.as_ref(), "name");
        let tokens = Resource::new(|| (), |()| my_tokens());
        let list = move || {
            Suspend::new(async move {
                match tokens.await {
                    Ok(list) if list.is_empty() => view! { <p>{t("tokens.none")}</p> }.into_any(),
                    Ok(list) => view! {
                        <table class="table">
                            <caption class="visually-hidden">{t("tokens.title")}</caption>
                            <thead><tr>
                                <th scope="col">{t("tokens.name")}</th>
                                <th scope="col">{t("tokens.created")}</th>
                                <th scope="col">{t("tokens.last_used")}</th>
                                <th scope="col"><span class="visually-hidden">{t("tokens.actions")}</span></th>
                            </tr></thead>
                            <tbody>{list.into_iter().map(|tk| token_row(tk, confirm)).collect_view()}</tbody>
                        </table>
                    }
                    .into_any(),
                    Err(e) => view! { <p class="notice notice-error">{t(&e.detail_key())}</p> }.into_any(),
                }
            })
        };
        view! {
            <Title text=t("tokens.title")/>
            <section class="stack-lg">
                <h1>{t("tokens.title")}</h1>
                <p>{t("tokens.intro")}</p>
                {fresh.map(|token| view! {
                    <div class="notice" role="status">
                        <p><strong>{t("tokens.created_once")}</strong></p>
                        <p><code class="code token-value">{token}</code></p>
                    </div>
                })}
                {revoked.then(|| view! { <p class="notice" role="status">{t("tokens.revoked")}</p> })}
                <ErrorSummary error=error prefix="token"/>
                <Suspense fallback=move || view! { <p>{t("page.loading")}</p> }>{list}</Suspense>
                <div class="panel">
                    <h2>{t("tokens.new")}</h2>
                    <form class="stack" method="post" action=CreateToken::PATH>
                        <Input prefix="token" name="name" label=t("tokens.name") hint=t("tokens.name_hint") invalid=invalid/>
                        <button class="button button-primary" type="submit">{t("tokens.create")}</button>
                    </form>
                </div>
                <p><a href="/account">{t("nav.account")}</a></p>
            </section>
        }
    })
}
