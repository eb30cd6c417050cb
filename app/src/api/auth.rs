//! Signing in and out, password resets, invitations and password changes. Each answers a plain
//! HTML form: on success it sends the browser on; on failure the form's page shows the error.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::auth;
use crate::domain::{AppError, LinkView};

/// Signs in and sends the browser to `next` (a path of this site) or the account page.
#[server(prefix = "/api/fn", endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    let request = super::context::request()?;
    let (secret, _) = auth::sign_in(&request.state.db, &request.caller, &email, &password).await?;
    request.set_session(&secret);
    super::context::redirect(
        next.as_deref()
            .filter(|n| !n.is_empty())
            .unwrap_or("/account"),
    );
    Ok(())
}

/// Ends the session and goes back to the home page.
#[server(prefix = "/api/fn", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    let request = super::context::request()?;
    auth::sign_out(&request.state.db, &request.caller).await?;
    request.clear_session();
    super::context::redirect("/?signed_out=1");
    Ok(())
}

/// Mails a reset link when the address has an account; the page says the same either way.
#[server(prefix = "/api/fn", endpoint = "request_reset")]
pub async fn request_reset(email: String) -> Result<(), AppError> {
    let request = super::context::request()?;
    auth::request_reset(
        &request.state.db,
        &request.caller,
        &email,
        request.locale,
        &request.state.base_url,
    )
    .await?;
    super::context::redirect("/forgot?sent=1");
    Ok(())
}

#[cfg(feature = "ssr")]
fn purpose(word: &str) -> Result<auth::LinkPurpose, AppError> {
    use auth::LinkPurpose;
    match word {
        "invitation" => Ok(LinkPurpose::Invitation),
        "reset" => Ok(LinkPurpose::Reset),
        _ => Err(AppError::NotFound),
    }
}

/// Whose account an invitation or reset link opens, while it is valid.
#[server(prefix = "/api/fn", endpoint = "link_info")]
pub async fn link_info(kind: String, token: String) -> Result<LinkView, AppError> {
    let request = super::context::request()?;
    auth::link_view(&request.state.db, purpose(&kind)?, &token).await
}

/// Uses an invitation or reset link: sets the password, signs in, opens the account page.
#[server(prefix = "/api/fn", endpoint = "redeem_link")]
pub async fn redeem_link(
    kind: String,
    token: String,
    password: String,
    confirm: String,
) -> Result<(), AppError> {
    let request = super::context::request()?;
    let link = purpose(&kind)?;
    let (secret, _) = auth::redeem_link(
        &request.state.db,
        &request.caller,
        link,
        &token,
        &password,
        &confirm,
    )
    .await?;
    request.set_session(&secret);
    super::context::redirect(&format!("/account?welcome={kind}"));
    Ok(())
}

/// Changes the signed-in person's password; their other sessions end.
#[server(prefix = "/api/fn", endpoint = "change_password")]
pub async fn change_password(
    current: String,
    password: String,
    confirm: String,
) -> Result<(), AppError> {
    let request = super::context::request()?;
    let secret = auth::change_password(
        &request.state.db,
        &request.caller,
        &current,
        &password,
        &confirm,
    )
    .await?;
    request.set_session(&secret);
    super::context::redirect("/account?changed=password");
    Ok(())
}
