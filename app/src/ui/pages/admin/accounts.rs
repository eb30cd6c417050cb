//! `/admin/accounts`: every account; managers invite people to a structure, admins change
//! roles and disable accounts (after confirming).
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::accounts::{Invite, SetDisabled, SetRole};
use crate::api::accounts::{list_accounts, structure_choices};
use crate::domain::{AccountRow, Role, Viewer};
use crate::ui::components::{Audience, Question, ask_link, guarded, question};
use crate::ui::components::{ErrorSummary, Input, field_invalid, returned_error};
use crate::ui::i18n::use_t;

fn role_form(id: i32, current: Role) -> impl IntoView {
    let t = use_t();
    let options = Role::ALL
        .iter()
        .map(|r| view! { <option value=r.as_str() selected=*r == current>{t(&r.label_key())}</option> })
        .collect_view();
    let select_id = format!("role-{id}");
    view! {
        <form method="post" action=SetRole::PATH class="inline-form">
            <input type="hidden" name="id" value=id/>
            <label class="visually-hidden" for=select_id.clone()>{t("account.role")}</label>
            <select id=select_id name="role">{options}</select>
            <button class="button button-secondary" type="submit">{t("admin.change_role")}</button>
        </form>
    }
}

fn disable_control(id: i32, disabled: bool, confirm: Option<i32>) -> impl IntoView {
    let t = use_t();
    if disabled {
        return view! {
            <form method="post" action=SetDisabled::PATH class="inline-form">
                <input type="hidden" name="id" value=id/>
                <input type="hidden" name="disabled" value="false"/>
                <button class="button button-secondary" type="submit">{t("admin.enable")}</button>
            </form>
        }
        .into_any();
    }
    if confirm == Some(id) {
        return question(Question {
            action: SetDisabled::PATH,
            fields: vec![("id", id.to_string()), ("disabled", "true".into())],
            text: t("admin.confirm_disable"),
            yes: t("admin.disable_yes"),
            back: "/admin/accounts".into(),
        });
    }
    ask_link(
        format!("/admin/accounts?disable={id}#account-{id}"),
        t("admin.disable"),
        None,
    )
}

fn account_row(row: AccountRow, viewer: &Viewer, confirm: Option<i32>) -> impl IntoView {
    let t = use_t();
    let controls = (viewer.is_admin() && row.id != viewer.id).then(|| {
        view! { {role_form(row.id, row.role)} {disable_control(row.id, row.disabled, confirm)} }
    });
    let status = if row.disabled {
        t("admin.status_disabled")
    } else if row.has_password {
        t("admin.status_active")
    } else {
        t("admin.status_invited")
    };
    let structures = row
        .structures
        .iter()
        .map(|s| s.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <tr id=format!("account-{}", row.id)>
            <th scope="row">{row.display_name.clone()}<br/><span class="muted">{row.email.clone()}</span></th>
            <td>{t(&row.role.label_key())}</td>
            <td>{structures}</td>
            <td>{status}</td>
            <td class="actions">{controls}</td>
        </tr>
    }
}

#[component]
pub fn AccountsPage() -> impl IntoView {
    let t = use_t();
    guarded(Audience::Managers, move |viewer| {
        let query = use_query_map().get_untracked();
        let confirm = query.get("disable").and_then(|id| id.parse().ok());
        let notice = if query.get("invited").is_some() {
            Some(t("admin.invited"))
        } else if query.get("added").is_some() {
            Some(t("admin.added"))
        } else {
            query.get("updated").map(|_| t("admin.updated"))
        };
        let invite_error = returned_error("invite");
        let admin_error = returned_error("set_role").or_else(|| returned_error("set_disabled"));
        let invalid_email = field_invalid(invite_error.as_ref(), "email");
        let accounts = Resource::new(|| (), |()| list_accounts());
        let choices = Resource::new(|| (), |()| structure_choices());
        let invite = move || {
            Suspend::new(async move {
                let options = choices
                    .await
                    .unwrap_or_default()
                    .into_iter()
                    .map(|s| view! { <option value=s.id>{s.name}</option> })
                    .collect_view();
                view! {
                    <form class="stack" method="post" action=Invite::PATH>
                        <div class="field">
                            <label for="invite-structure_id">{t("admin.structure")}</label>
                            <select id="invite-structure_id" name="structure_id" required>{options}</select>
                        </div>
                        <Input prefix="invite" name="email" kind="email" label=t("auth.email") invalid=invalid_email/>
                        <button class="button button-primary" type="submit">{t("admin.invite")}</button>
                    </form>
                }
            })
        };
        let table = move || {
            let viewer = viewer.clone();
            Suspend::new(async move {
                match accounts.await {
                    Ok(rows) => view! {
                        <table class="table">
                            <caption class="visually-hidden">{t("admin.accounts_title")}</caption>
                            <thead><tr>
                                <th scope="col">{t("admin.person")}</th>
                                <th scope="col">{t("account.role")}</th>
                                <th scope="col">{t("account.structures")}</th>
                                <th scope="col">{t("admin.status")}</th>
                                <th scope="col"><span class="visually-hidden">{t("tokens.actions")}</span></th>
                            </tr></thead>
                            <tbody>{rows.into_iter().map(|r| account_row(r, &viewer, confirm)).collect_view()}</tbody>
                        </table>
                    }
                    .into_any(),
                    Err(e) => view! { <p class="notice notice-error">{t(&e.detail_key())}</p> }.into_any(),
                }
            })
        };
        view! {
            <Title text=t("admin.accounts_title")/>
            <section class="stack-lg">
                <h1>{t("admin.accounts_title")}</h1>
                {notice.map(|n| view! { <p class="notice" role="status">{n}</p> })}
                <div class="panel">
                    <h2>{t("admin.invite_title")}</h2>
                    <p>{t("admin.invite_intro")}</p>
                    <ErrorSummary error=invite_error prefix="invite"/>
                    <Suspense fallback=move || view! { <p>{t("page.loading")}</p> }>{invite}</Suspense>
                </div>
                <ErrorSummary error=admin_error prefix="admin"/>
                <div class="table-scroll">
                    <Suspense fallback=move || view! { <p>{t("page.loading")}</p> }>{table}</Suspense>
                </div>
            </section>
        }
    })
}
