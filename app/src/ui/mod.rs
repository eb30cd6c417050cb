//! The pages and their parts. Everything renders on the server; only islands run in the browser.
mod components;
mod format;
pub mod i18n;
mod layout;
mod pages;
mod response;
mod viewer;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use layout::Layout;
use pages::{
    AccountPage, AccountsPage, ApplyPage, ApprovalPage, AuditPage, CalendarPage, CataloguePage,
    ClosuresPage, ConfirmPage, DeskParcelsPage, DeskVisitorsPage, DirectoryPage, EditEventPage,
    EditMarketPage, EditSitePage, EditSpacePage, EditionApplicationsPage, EditionPage,
    EditionReportPage, EventPageView, FindPage, FollowApplicationPage, ForgotPage, GridPage,
    HomePage, ImportPage, ImportPreviewPage, IndicesPage, InvitationPage, LeaseFormPage,
    MarketsPage, MovePage, MyBookingsPage, MyParcelsPage, MyVisitorsPage, NewEventPage,
    NewMarketPage, NewSitePage, NewSpacePage, NewStructurePage, NotFoundPage, OccupancyPage,
    OfferPage, OwnStructurePage, ParcelRegisterPage, PlanAdminPage, PlanPage, PublicCalendarPage,
    PublicDirectoryPage, RequestFormPage, RequestsPage, ResetPage, SetupPage, SignInPage,
    SitesPage, SpacePage, SpaceRulesPage, StallPlanPage, StatementPage, StructurePage, TokensPage,
    WeekPage,
};

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = i18n::provide_locale();
    viewer::provide_viewer();
    response::set_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" id="leptos" href="/pkg/solilab.css"/>
                <link rel="icon" type="image/svg+xml" href="/favicon.svg"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The site: layout and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let t = i18n::use_t();
    view! {
        <Title formatter=|page: String| format!("{page} · Solilab")/>
        <leptos_meta::Meta name="description" content=t("meta.description")/>
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/spaces") view=CataloguePage ssr=SsrMode::Async/>
                    <Route path=path!("/calendar") view=PublicCalendarPage ssr=SsrMode::Async/>
                    <Route path=path!("/events/:slug") view=EventPageView ssr=SsrMode::Async/>
                    <Route path=path!("/events/:slug/apply") view=ApplyPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:secret") view=FollowApplicationPage ssr=SsrMode::Async/>
                    <Route path=path!("/applications/:secret/statement") view=StatementPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/editions/:id/applications") view=EditionApplicationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/editions/:id/plan") view=StallPlanPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/editions/:id/report") view=EditionReportPage ssr=SsrMode::Async/>
                    <Route path=path!("/spaces/:id") view=SpacePage ssr=SsrMode::Async/>
                    <Route path=path!("/spaces/:id/week") view=WeekPage ssr=SsrMode::Async/>
                    <Route path=path!("/book") view=FindPage ssr=SsrMode::Async/>
                    <Route path=path!("/book/confirm") view=ConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("/book/grid") view=GridPage ssr=SsrMode::Async/>
                    <Route path=path!("/book/plan") view=PlanPage ssr=SsrMode::Async/>
                    <Route path=path!("/book/offer") view=OfferPage ssr=SsrMode::Async/>
                    <Route path=path!("/bookings") view=MyBookingsPage ssr=SsrMode::Async/>
                    <Route path=path!("/bookings/move") view=MovePage ssr=SsrMode::Async/>
                    <Route path=path!("/bookings/calendar") view=CalendarPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/bookings") view=ApprovalPage ssr=SsrMode::Async/>
                    <Route path=path!("/desk/parcels") view=DeskParcelsPage ssr=SsrMode::Async/>
                    <Route path=path!("/desk/parcels/register") view=ParcelRegisterPage ssr=SsrMode::Async/>
                    <Route path=path!("/parcels") view=MyParcelsPage ssr=SsrMode::Async/>
                    <Route path=path!("/desk/visitors") view=DeskVisitorsPage ssr=SsrMode::Async/>
                    <Route path=path!("/visitors") view=MyVisitorsPage ssr=SsrMode::Async/>
                    <Route path=path!("/signin") view=SignInPage/>
                    <Route path=path!("/setup") view=SetupPage ssr=SsrMode::Async/>
                    <Route path=path!("/forgot") view=ForgotPage/>
                    <Route path=path!("/invitation/:token") view=InvitationPage ssr=SsrMode::Async/>
                    <Route path=path!("/reset/:token") view=ResetPage ssr=SsrMode::Async/>
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/tokens") view=TokensPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/accounts") view=AccountsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/audit") view=AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/closures") view=ClosuresPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/spaces/new") view=NewSpacePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/spaces/:id") view=EditSpacePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/markets") view=MarketsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/markets/new") view=NewMarketPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/markets/:slug") view=EditMarketPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/events/new") view=NewEventPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/events/:slug") view=EditEventPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/editions/:id") view=EditionPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/import") view=ImportPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/import/:id") view=ImportPreviewPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/plan") view=PlanAdminPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/sites") view=SitesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/sites/new") view=NewSitePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/sites/:id") view=EditSitePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/structures") view=DirectoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/structures/new") view=NewStructurePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/structures/:id") view=StructurePage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/leases/new") view=LeaseFormPage ssr=SsrMode::Async/>
                    <Route path=path!("/structure") view=OwnStructurePage ssr=SsrMode::Async/>
                    <Route path=path!("/structures") view=PublicDirectoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/spaces/:id/rules") view=SpaceRulesPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/occupancy") view=OccupancyPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/requests") view=RequestsPage ssr=SsrMode::Async/>
                    <Route path=path!("/requests/new") view=RequestFormPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/indices") view=IndicesPage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
