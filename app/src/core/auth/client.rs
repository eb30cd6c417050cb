//! A request's origin, as rate limits and the audit log see it.

/// Where a request comes from, for rate limits and the audit log.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Client {
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}
