//! The whole HTTP surface: health, OpenAPI, REST API, pages, static files.
use app::core::AppState;
use app::{App, shell};
use axum::routing::get;
use axum::{Router, middleware};
use leptos::prelude::{LeptosOptions, provide_context};
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::compression::CompressionLayer;

use crate::{
    csrf, floor_pictures, fn_errors, import_upload, locale, occupancy_csv, report_csv, rest,
    security, session, telemetry,
};

/// The Leptos options of a run: the browser bundle is served from `LEPTOS_SITE_ROOT`
/// (default `target/site`, where cargo-leptos writes it).
pub fn leptos_options(addr: std::net::SocketAddr) -> LeptosOptions {
    let site_root = std::env::var("LEPTOS_SITE_ROOT").unwrap_or_else(|_| "target/site".into());
    LeptosOptions::builder()
        .output_name("solilab")
        .site_root(site_root)
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .build()
}

/// Builds the router for `state`.
pub fn build_router(state: AppState, options: LeptosOptions) -> Router {
    let routes = generate_route_list(App);
    let context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let pages = Router::new()
        .leptos_routes_with_context(&options, routes, context.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context(
            context, shell,
        ))
        .with_state(options)
        .layer(middleware::from_fn(fn_errors::statuses));
    let api = Router::new()
        .route("/healthz", get(rest::healthz))
        .route("/api/openapi.json", get(rest::openapi_json))
        .route("/calendar/bookings/{file}", get(rest::booking_feed))
        .route("/calendar.ics", get(rest::public_calendar))
        .route("/admin/occupancy/export.csv", get(occupancy_csv::export))
        .route("/admin/editions/{id}/report.csv", get(report_csv::export))
        .route(
            "/admin/import",
            axum::routing::post(import_upload::upload).layer(axum::extract::DefaultBodyLimit::max(
                app::core::import::MAX_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/admin/import/template/{kind}",
            get(import_upload::template),
        )
        .route(
            "/admin/sites/{id}/floors",
            axum::routing::post(floor_pictures::upload).layer(
                axum::extract::DefaultBodyLimit::max(
                    app::domain::picture::MAX_PICTURE_BYTES + 64 * 1024,
                ),
            ),
        )
        .route("/plans/{site}/{floor}", get(floor_pictures::serve))
        .nest("/api/v1", rest::router())
        .with_state(state.clone());
    // Outermost last: the log sees everything; the locale is known before CSRF refuses;
    // the caller is identified only for requests that passed.
    api.merge(pages)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            session::identify,
        ))
        .layer(middleware::from_fn_with_state(state, csrf::guard))
        .layer(middleware::from_fn(locale::negotiate))
        .layer(middleware::from_fn(security::headers))
        .layer(CompressionLayer::new())
        .layer(telemetry::request_log())
}
