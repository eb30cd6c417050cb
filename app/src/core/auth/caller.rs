//! Who is calling: a browser with a session cookie, a script with a bearer token, or no one.
use super::Client;
use super::session;
use super::token::viewer_for_token;
use crate::core::Db;
use crate::domain::{AppError, Viewer};

/// The caller of one request, put in the request's extensions by the server.
#[derive(Clone, Debug, Default)]
pub struct Caller {
    /// The signed-in person, if any.
    pub viewer: Option<Viewer>,
    /// The session's secret when the cookie was used (to end or rotate it).
    pub session: Option<String>,
    /// True when a bearer token was used: such requests need no CSRF proof.
    pub bearer: bool,
    pub client: Client,
}

impl Caller {
    /// The signed-in person, or `Unauthorized`.
    pub fn signed_in(&self) -> Result<&Viewer, AppError> {
        crate::core::access::signed_in(self.viewer.as_ref())
    }
}

/// Resolves a bearer token (preferred) or a session cookie's value into the caller.
pub async fn authenticate(
    db: &Db,
    bearer: Option<&str>,
    session_secret: Option<&str>,
    client: Client,
) -> Result<Caller, AppError> {
    if let Some(token) = bearer {
        return Ok(Caller {
            viewer: viewer_for_token(db, token).await?,
            session: None,
            bearer: true,
            client,
        });
    }
    if let Some(secret) = session_secret
        && let Some(viewer) = session::resolve(db, secret, chrono::Utc::now()).await?
    {
        return Ok(Caller {
            viewer: Some(viewer),
            session: Some(secret.to_owned()),
            bearer: false,
            client,
        });
    }
    Ok(Caller {
        client,
        ..Caller::default()
    })
}
