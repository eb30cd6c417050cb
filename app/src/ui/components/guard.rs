//! Pages for signed-in people send everyone else to the sign-in page, and come back after.
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::location::Url;

use crate::domain::Viewer;
use crate::ui::i18n::use_t;
use crate::ui::pages::ErrorPage;
use crate::ui::response::redirect;
use crate::ui::viewer::use_viewer;

/// Who may see a page.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    SignedIn,
    Managers,
    Admins,
}

/// Renders `page` for the signed-in viewer allowed by `audience`; sends others to sign in, or
/// shows them a 403 page.
pub fn guarded<V: IntoView + 'static>(
    audience: Audience,
    page: impl FnOnce(Viewer) -> V,
) -> AnyView {
    let t = use_t();
    let Some(viewer) = use_viewer() else {
        let location = use_location();
        let here = format!(
            "{}{}",
            location.pathname.get_untracked(),
            location.search.get_untracked()
        );
        let target = format!("/signin?next={}", Url::escape(&here));
        redirect(&target);
        return view! {
            <p><a href=target>{t("auth.sign_in_needed")}</a></p>
        }
        .into_any();
    };
    let allowed = match audience {
        Audience::SignedIn => true,
        Audience::Managers => viewer.is_manager(),
        Audience::Admins => viewer.is_admin(),
    };
    if allowed {
        page(viewer).into_any()
    } else {
        view! { <ErrorPage error=crate::domain::AppError::Forbidden/> }.into_any()
    }
}
