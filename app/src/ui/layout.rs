//! The frame of every page: skip link, header with navigation and language switch, footer.
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_location;

use super::components::MainMenu;
use super::i18n::{use_locale, use_t};
use super::viewer::{use_setup_pending, use_viewer};
use crate::api::accounts::SwitchStructure;
use crate::api::auth::SignOut;
use crate::domain::{Locale, Viewer};

/// The structure switcher: a plain form, shown when the person belongs to several structures.
fn structure_switch(viewer: &Viewer, back: String) -> impl IntoView {
    let t = use_t();
    (viewer.structures.len() > 1).then(|| {
        let options = viewer
            .structures
            .iter()
            .map(|s| view! { <option value=s.id selected=viewer.acting == Some(s.id)>{s.name.clone()}</option> })
            .collect_view();
        view! {
            <form class="structure-switch" method="post" action=SwitchStructure::PATH>
                <input type="hidden" name="back" value=back/>
                <label for="acting-structure">{t("layout.acting_for")}</label>
                <select id="acting-structure" name="structure_id">{options}</select>
                <button class="button button-secondary" type="submit">{t("layout.switch")}</button>
            </form>
        }
    })
}

/// Signed in: the account link, the structure acted for, sign-out; otherwise, sign-in.
fn account_area(back: String) -> impl IntoView {
    let t = use_t();
    match use_viewer() {
        Some(viewer) => {
            let acting = viewer
                .acting_structure()
                .filter(|_| viewer.structures.len() == 1)
                .map(|s| view! { <span class="acting">{s.name.clone()}</span> });
            view! {
                <div class="account-area">
                    <a href="/account" class="account-link">{viewer.display_name.clone()}</a>
                    {acting}
                    {structure_switch(&viewer, back)}
                    <form method="post" action=SignOut::PATH>
                        <button class="button button-secondary" type="submit">{t("auth.sign_out")}</button>
                    </form>
                </div>
            }
            .into_any()
        }
        None => view! {
            <div class="account-area">
                <a class="button button-secondary" href="/signin">{t("auth.sign_in")}</a>
            </div>
        }
        .into_any(),
    }
}

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
    let back = path.clone();
    let on_setup_page = path == "/setup";
    let admin_link = use_viewer().filter(Viewer::is_manager).map(|viewer| {
        let requests = (path == "/admin/bookings").then_some("page");
        let current = (path.starts_with("/admin") && requests.is_none()).then_some("page");
        let structures = path.starts_with("/admin/structures").then_some("page");
        let occupancy = (path == "/admin/occupancy").then_some("page");
        let sites = path.starts_with("/admin/sites").then_some("page");
        let markets = path.starts_with("/admin/markets").then_some("page");
        let desk = path.starts_with("/desk").then_some("page");
        let current = current.filter(|_| {
            structures.is_none() && occupancy.is_none() && sites.is_none() && markets.is_none()
        });
        let sites = viewer.is_admin().then(|| {
            view! { <li><a href="/admin/sites" aria-current=sites>{t("nav.sites")}</a></li> }
        });
        view! {
            <li><a href="/admin/bookings" aria-current=requests>{t("nav.requests")}</a></li>
            <li><a href="/admin/structures" aria-current=structures>{t("nav.structures")}</a></li>
            <li><a href="/admin/occupancy" aria-current=occupancy>{t("nav.occupancy")}</a></li>
            <li><a href="/admin/markets" aria-current=markets>{t("nav.markets")}</a></li>
            <li><a href="/desk/parcels" aria-current=desk>{t("nav.desk")}</a></li>
            {sites}
            <li><a href="/admin/accounts" aria-current=current>{t("nav.admin")}</a></li>
        }
    });
    let bookings_link = use_viewer().map(|_| {
        let current = (path == "/bookings").then_some("page");
        let own = (path == "/structure").then_some("page");
        let parcels = (path == "/parcels").then_some("page");
        let visitors = (path == "/visitors").then_some("page");
        view! {
            <li><a href="/bookings" aria-current=current>{t("nav.bookings")}</a></li>
            <li><a href="/structure" aria-current=own>{t("nav.structure")}</a></li>
            <li><a href="/parcels" aria-current=parcels>{t("nav.parcels")}</a></li>
            <li><a href="/visitors" aria-current=visitors>{t("nav.visitors")}</a></li>
        }
    });
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
    let setting_up = (use_setup_pending() && !on_setup_page).then(|| {
        view! { <p class="setup-banner" role="status">{t("setup.banner")}</p> }
    });
    view! {
        <a class="skip-link" href="#main">{t("layout.skip")}</a>
        {setting_up}
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
                            <li><a href="/book" aria-current=section("/book")>{t("nav.book")}</a></li>
                            <li><a href="/calendar" aria-current=section("/calendar")>{t("nav.calendar")}</a></li>
                            {bookings_link}
                            {admin_link}
                        </ul>
                    </nav>
                    {account_area(back)}
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
