//! The signed-in person, as the server found them for this request, and whether the site still
//! waits for its first admin.
use leptos::prelude::*;

use crate::domain::{SetupPending, Viewer};

/// Reads the viewer and the setup state from the request and provides them to every component.
pub fn provide_viewer() {
    #[cfg(feature = "ssr")]
    let (viewer, pending) = {
        let parts = use_context::<http::request::Parts>();
        let extension =
            |parts: &http::request::Parts| parts.extensions.get::<SetupPending>().copied();
        (
            parts
                .as_ref()
                .and_then(|p| p.extensions.get::<Viewer>().cloned()),
            parts.as_ref().and_then(extension).unwrap_or_default(),
        )
    };
    #[cfg(not(feature = "ssr"))]
    let (viewer, pending): (Option<Viewer>, SetupPending) = (None, SetupPending(false));
    provide_context(viewer);
    provide_context(pending);
}

/// Whether the site still waits for its first admin.
pub fn use_setup_pending() -> bool {
    use_context::<SetupPending>().is_some_and(|p| p.0)
}

/// The signed-in person, if any.
pub fn use_viewer() -> Option<Viewer> {
    use_context::<Option<Viewer>>().flatten()
}
