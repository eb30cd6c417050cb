//! What a page reads from its address: the `:id` or `:slug` in its path, and the notice an
//! action's redirect asked for in its query.
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The number `:id` of the address; -1, which names nothing, when it is not a number.
pub fn path_id() -> i32 {
    use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok())
        .unwrap_or(-1)
}

/// The `:slug` of the address.
pub fn path_slug() -> String {
    use_params_map()
        .get_untracked()
        .get("slug")
        .unwrap_or_default()
}

/// The key of the first notice of `notices` (query parameter, key) whose parameter the address
/// carries.
pub fn notice_key(notices: &[(&'static str, &'static str)]) -> Option<&'static str> {
    let query = use_query_map().get_untracked();
    notices
        .iter()
        .find(|(param, _)| query.get(param).is_some())
        .map(|(_, key)| *key)
}
