//! The frame of every page: skip link, header with navigation and language switch, footer.
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::components::MainMenu;
use super::i18n::{use_locale, use_t};
use crate::domain::Locale;

/// The current address with `lang` set to `locale`, other query parameters kept.
fn with_lang(search: &str, locale: Locale) -> String {
    let mut pairs: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    let lang = format!("lang={}", locale.code());
    pairs.push(&lang);
    format!("?{}", pairs.join("&"))
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let t = use_t();
    let current = use_locale();
    let location = use_location();
    let path = location.pathname.get_untracked();
    let search = location.search.get_untracked();
    let section = move |href: &'static str| {
        let here = if href == "/" {
            path == "/"
        } else {
            path.starts_with(href)
        };
        here.then_some("page")
    };
    let languages = Locale::ALL
        .into_iter()
        .map(|locale| {
            view! {
                <a
                    href=with_lang(&search, locale)
                    lang=locale.code()
                    hreflang=locale.code()
                    aria-current=(locale == current).then_some("true")
                >
                    {locale.native_name()}
                </a>
            }
        })
        .collect_view();
    view! {
        <a class="skip-link" href="#main">{t("layout.skip")}</a>
        <header class="site-header">
            <div class="container header-inner">
                <a class="brand" href="/">
                    <span class="brand-name">"Solilab"</span>
                    <span class="brand-tag">{t("layout.tagline")}</span>
                </a>
                <MainMenu label=t("layout.menu")>
                    <nav aria-label=t("layout.nav_label")>
                        <ul class="nav-list">
                            <li><a href="/" aria-current=section("/")>{t("nav.home")}</a></li>
                            <li><a href="/spaces" aria-current=section("/spaces")>{t("nav.spaces")}</a></li>
                        </ul>
                    </nav>
                    <div class="lang-switch" role="group" aria-label=t("layout.language")>{languages}</div>
                </MainMenu>
            </div>
        </header>
        <main id="main" class="container" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <div class="container">
                <p>{t("layout.footer")}</p>
                <p class="footer-meta">{t("layout.footer_meta")}</p>
            </div>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_link_keeps_other_parameters() {
        assert_eq!(with_lang("", Locale::En), "?lang=en");
        assert_eq!(
            with_lang("?kind=office&lang=fr", Locale::En),
            "?kind=office&lang=en"
        );
        assert_eq!(
            with_lang("kind=office&min_capacity=4", Locale::Fr),
            "?kind=office&min_capacity=4&lang=fr"
        );
    }
}
