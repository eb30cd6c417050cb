//! Settings from flags, then environment, then defaults. A bad setting stops the start with one
//! line naming it (exit code 2).
use std::net::SocketAddr;

use app::core::Engine;
use app::core::mail::Transport;
use lettre::message::Mailbox;

/// Where mail is written as `.eml` files when `SMTP_URL` is unset.
pub const OUTBOX_DIR: &str = "data/outbox";

/// Where the embedded database lives by default.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/solilab.db?mode=rwc";

/// The validated settings of a run.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: String,
    pub addr: SocketAddr,
    pub base_url: String,
    /// How mail leaves: SMTP (`SMTP_URL`) or `.eml` files in [`OUTBOX_DIR`].
    pub mail_transport: Transport,
    pub mail_from: Mailbox,
    /// The header a trusted reverse proxy puts the client's address in (`SOLILAB_CLIENT_IP_HEADER`).
    pub client_ip_header: Option<http::HeaderName>,
    /// How long after a structure's first unannounced parcel its members are mailed
    /// (`SOLILAB_PARCEL_BATCH_SECONDS`, 600 by default): parcels logged meanwhile join that mail.
    pub parcel_batch: chrono::Duration,
}

/// A setting that cannot be used, named.
#[derive(Debug, thiserror::Error)]
#[error("invalid setting {name}: {reason}")]
pub struct SettingError {
    pub name: &'static str,
    pub reason: String,
}

fn bad(name: &'static str, reason: impl Into<String>) -> SettingError {
    SettingError {
        name,
        reason: reason.into(),
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Settings {
    /// Reads the environment; `addr` is the `--addr` flag, which wins over `SOLILAB_ADDR`.
    pub fn load(addr: Option<&str>) -> Result<Settings, SettingError> {
        let database_url = env("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        if Engine::of_url(&database_url).is_none() {
            return Err(bad("DATABASE_URL", "expected sqlite://… or postgres://…"));
        }
        let (addr_name, addr_text) = match addr {
            Some(flag) => ("--addr", flag.to_owned()),
            None => (
                "SOLILAB_ADDR",
                env("SOLILAB_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into()),
            ),
        };
        let addr: SocketAddr = addr_text.parse().map_err(|_| {
            bad(
                addr_name,
                format!("`{addr_text}` is not HOST:PORT, e.g. 127.0.0.1:3000"),
            )
        })?;
        let base_url = env("SOLILAB_BASE_URL").unwrap_or_else(|| format!("http://{addr}"));
        match url::Url::parse(&base_url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => {}
            _ => {
                return Err(bad(
                    "SOLILAB_BASE_URL",
                    format!("`{base_url}` is not an http(s) URL"),
                ));
            }
        }
        let smtp_url = env("SMTP_URL");
        let mail_transport =
            Transport::new(smtp_url.as_deref(), OUTBOX_DIR.into()).map_err(|e| {
                bad(
                    "SMTP_URL",
                    format!("`{}`: {e}", smtp_url.as_deref().unwrap_or_default()),
                )
            })?;
        let from =
            env("MAIL_FROM").unwrap_or_else(|| "Solilab <no-reply@solilab.localhost>".into());
        let mail_from: Mailbox = from.parse().map_err(|_| {
            bad(
                "MAIL_FROM",
                format!("`{from}` is not an address such as Solilab <no-reply@example.org>"),
            )
        })?;
        let client_ip_header = env("SOLILAB_CLIENT_IP_HEADER")
            .map(|name| {
                http::HeaderName::from_bytes(name.trim().as_bytes()).map_err(|_| {
                    bad(
                        "SOLILAB_CLIENT_IP_HEADER",
                        format!("`{name}` is not a header name such as X-Forwarded-For"),
                    )
                })
            })
            .transpose()?;
        let parcel_batch = match env("SOLILAB_PARCEL_BATCH_SECONDS") {
            None => app::core::concierge::BATCH_WINDOW,
            Some(text) => match text.trim().parse::<i64>() {
                Ok(seconds) if (1..=86_400).contains(&seconds) => {
                    chrono::Duration::seconds(seconds)
                }
                _ => {
                    return Err(bad(
                        "SOLILAB_PARCEL_BATCH_SECONDS",
                        format!("`{text}` is not a number of seconds from 1 to 86400"),
                    ));
                }
            },
        };
        Ok(Settings {
            database_url,
            addr,
            base_url: base_url.trim_end_matches('/').to_owned(),
            mail_transport,
            mail_from,
            client_ip_header,
            parcel_batch,
        })
    }
}
