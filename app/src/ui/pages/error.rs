//! The pages shown when something is missing or fails.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::domain::AppError;
use crate::ui::i18n::use_t;
use crate::ui::response::set_status;

/// Page not found, with status 404.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! { <ErrorPage error=AppError::NotFound/> }
}

/// An error as a page: its status, a title, what to do next.
#[component]
pub fn ErrorPage(error: AppError) -> impl IntoView {
    let t = use_t();
    set_status(error.status());
    let (title, detail) = match error {
        AppError::NotFound => (t("page.not_found"), t("page.not_found_detail")),
        ref other => (t(other.title_key()), t(&other.detail_key())),
    };
    view! {
        <Title text=title.clone()/>
        <section class="error-page">
            <p class="error-code">{error.status()}</p>
            <h1>{title}</h1>
            <p>{detail}</p>
            <p>
                <a class="button button-primary" href="/">{t("page.back_home")}</a>
            </p>
        </section>
    }
}
