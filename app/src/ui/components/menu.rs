//! The main menu: always open without JavaScript; on a narrow screen, once hydrated, folded
//! behind a "Menu" button. Escape closes it and gives focus back to the button.
use leptos::ev::KeyboardEvent;
use leptos::html::Button;
use leptos::prelude::*;

/// Wraps the navigation; `label` is the button's text in the page's language.
#[island]
pub fn MainMenu(label: String, children: Children) -> impl IntoView {
    let (enhanced, set_enhanced) = signal(false);
    let (open, set_open) = signal(false);
    let button = NodeRef::<Button>::new();
    Effect::new(move |_| set_enhanced.set(true));
    let close_on_escape = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            set_open.set(false);
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    view! {
        <div class="nav-wrap" data-enhanced=move || enhanced.get().to_string() on:keydown=close_on_escape>
            <button
                node_ref=button
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
