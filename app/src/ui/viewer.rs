//! The signed-in person, as the server found them for this request.
use leptos::prelude::*;

use crate::domain::Viewer;

/// Reads the viewer from the request and provides it to every component.
pub fn provide_viewer() {
    #[cfg(feature = "ssr")]
    let viewer = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Viewer>().cloned());
    #[cfg(not(feature = "ssr"))]
    let viewer: Option<Viewer> = None;
    provide_context(viewer);
}

/// The signed-in person, if any.
pub fn use_viewer() -> Option<Viewer> {
    use_context::<Option<Viewer>>().flatten()
}
