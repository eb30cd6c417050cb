//! Server functions: thin doors from the pages to `core`, one file per area.
pub mod sites;
pub mod spaces;
