//! The account page, API tokens, the structure switcher, and the admins' pages.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::{accounts, audit, auth, structures};
use crate::domain::{AccountRow, AppError, AuditEntry, StructureRef, TokenView};

/// The cookie that carries a new token to the page that shows it, once.
pub const NEW_TOKEN_COOKIE: &str = "solilab_new_token";

/// Renames the signed-in person.
#[server(prefix = "/api/fn", endpoint = "update_profile")]
pub async fn update_profile(display_name: String) -> Result<(), AppError> {
    let request = super::context::request()?;
    accounts::update_profile(&request.state.db, request.viewer()?, &display_name).await?;
    super::context::redirect("/account?changed=profile");
    Ok(())
}

/// Acts for another of one's structures, then goes back to `back`.
#[server(prefix = "/api/fn", endpoint = "switch_structure")]
pub async fn switch_structure(structure_id: i32, back: Option<String>) -> Result<(), AppError> {
    let request = super::context::request()?;
    let secret = request
        .caller
        .session
        .clone()
        .ok_or(AppError::Unauthorized)?;
    auth::switch_structure(&request.state.db, request.viewer()?, &secret, structure_id).await?;
    super::context::redirect(back.as_deref().unwrap_or("/account"));
    Ok(())
}

/// The signed-in person's live API tokens.
#[server(prefix = "/api/fn", endpoint = "my_tokens")]
pub async fn my_tokens() -> Result<Vec<TokenView>, AppError> {
    let request = super::context::request()?;
    accounts::list_tokens(&request.state.db, request.viewer()?).await
}

/// Creates a token; the page shows it once (it travels in a short-lived cookie to that page).
#[server(prefix = "/api/fn", endpoint = "create_token")]
pub async fn create_token(name: String) -> Result<(), AppError> {
    let request = super::context::request()?;
    let token = accounts::create_token(&request.state.db, request.viewer()?, &name).await?;
    super::context::hand_over(
        NEW_TOKEN_COOKIE,
        &token,
        "/account/tokens",
        request.state.secure_cookies(),
    );
    super::context::redirect("/account/tokens");
    Ok(())
}

/// Revokes one of the signed-in person's tokens.
#[server(prefix = "/api/fn", endpoint = "revoke_token")]
pub async fn revoke_token(id: i32) -> Result<(), AppError> {
    let request = super::context::request()?;
    accounts::revoke_token(&request.state.db, request.viewer()?, id).await?;
    super::context::redirect("/account/tokens?revoked=1");
    Ok(())
}

/// Every account (managers and admins).
#[server(prefix = "/api/fn", endpoint = "list_accounts")]
pub async fn list_accounts() -> Result<Vec<AccountRow>, AppError> {
    let request = super::context::request()?;
    accounts::list_accounts(&request.state.db, request.viewer()?).await
}

/// The structures a manager can invite people to, by name.
#[server(prefix = "/api/fn", endpoint = "structure_choices")]
pub async fn structure_choices() -> Result<Vec<StructureRef>, AppError> {
    let request = super::context::request()?;
    structures::choices(&request.state.db, request.viewer()?).await
}

/// Invites a person to a structure by mail (or adds an existing account).
#[server(prefix = "/api/fn", endpoint = "invite")]
pub async fn invite(structure_id: i32, email: String) -> Result<(), AppError> {
    let request = super::context::request()?;
    let added = structures::add_member(
        &request.state.db,
        &request.caller,
        structure_id,
        &email,
        request.locale,
        &request.state.base_url,
    )
    .await?;
    let outcome = if added.invited { "invited" } else { "added" };
    super::context::redirect(&format!("/admin/accounts?{outcome}={}", added.account_id));
    Ok(())
}

/// Gives an account a new role (admins).
#[server(prefix = "/api/fn", endpoint = "set_role")]
pub async fn set_role(id: i32, role: String) -> Result<(), AppError> {
    let request = super::context::request()?;
    let role = role
        .parse()
        .map_err(|_| AppError::invalid("role", "account.role_invalid"))?;
    accounts::set_role(&request.state.db, &request.caller, id, role).await?;
    super::context::redirect(&format!("/admin/accounts?updated={id}"));
    Ok(())
}

/// Disables an account, or enables it again (admins).
#[server(prefix = "/api/fn", endpoint = "set_disabled")]
pub async fn set_disabled(id: i32, disabled: bool) -> Result<(), AppError> {
    let request = super::context::request()?;
    accounts::set_disabled(&request.state.db, &request.caller, id, disabled).await?;
    super::context::redirect(&format!("/admin/accounts?updated={id}"));
    Ok(())
}

/// The audit log, newest first, before event `before` when given (admins).
#[server(prefix = "/api/fn", endpoint = "audit_log")]
pub async fn audit_log(before: Option<i32>) -> Result<Vec<AuditEntry>, AppError> {
    let request = super::context::request()?;
    audit::list(&request.state.db, request.viewer()?, before, 100).await
}
