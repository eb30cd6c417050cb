//! The main menu: always open without JavaScript; on a narrow screen, once hydrated, folded
//! behind a "Menu" button.
use leptos::prelude::*;

/// Wraps the navigation; `label` is the button's text in the page's language.
#[island]
pub fn MainMenu(label: String, children: Children) -> impl IntoView {
    let (enhanced, set_enhanced) = signal(false);
    let (open, set_open) = signal(false);
    Effect::new(move |_| set_enhanced.set(true));
    view! {
        <div class="nav-wrap" data-enhanced=move || enhanced.get().to_string()>
            <button
                class="menu-toggle"
                type="button"
                aria-controls="site-nav"
                aria-expanded=move || open.get().to_string()
                hidden=move || !enhanced.get()
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                {label}
            </button>
            <div id="site-nav" class="site-nav" data-open=move || open.get().to_string()>
                {children()}
            </div>
        </div>
    }
}
