//! What a page shows when what it reads cannot be had.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::domain::AppError;
use crate::ui::i18n::use_t;

/// The error in place of a part of a page, read out at once.
pub fn load_error(error: &AppError) -> AnyView {
    let t = use_t();
    view! { <p class="notice notice-error" role="alert">{t(&error.detail_key())}</p> }.into_any()
}

/// The error in place of a whole page, which takes its title.
pub fn page_error(error: &AppError) -> AnyView {
    let t = use_t();
    view! {
        <Title text=t("error.not_found")/>
        {load_error(error)}
    }
    .into_any()
}
