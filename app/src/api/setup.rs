//! The first run: the setup page's link check and its form.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::setup;
use crate::domain::{AppError, SetupAccount, SiteInput};

/// `NotFound` unless `token` is a live setup link.
#[server(prefix = "/api/fn", endpoint = "setup_link")]
pub async fn setup_link(token: String) -> Result<(), AppError> {
    let request = super::context::request()?;
    setup::check(request.state.db.read(), &token).await
}

/// Creates the first admin and the first site, signs in and opens the site's page.
#[server(prefix = "/api/fn", endpoint = "complete_setup")]
pub async fn complete_setup(
    token: String,
    account: SetupAccount,
    input: SiteInput,
) -> Result<(), AppError> {
    let request = super::context::request()?;
    let now = request.state.now();
    let client = &request.caller.client;
    let (session, site) =
        setup::complete(&request.state.db, client, &token, account, input, now).await?;
    request.set_session(&session);
    super::context::redirect(&format!("/admin/sites/{}?created=1", site.id));
    Ok(())
}
