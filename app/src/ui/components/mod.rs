//! Parts shared by pages.
mod menu;

pub use menu::MainMenu;
