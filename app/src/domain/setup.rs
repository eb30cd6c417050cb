//! The first run: the first admin's account, as the setup page sends it.
use serde::{Deserialize, Serialize};

/// The first admin, as the setup form sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetupAccount {
    pub admin_email: String,
    #[serde(default)]
    pub admin_name: String,
    pub password: String,
    pub confirm: String,
}

/// Whether the site still waits for its first admin: pages then say it is being set up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SetupPending(pub bool);
