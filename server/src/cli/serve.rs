//! `solilab serve`: the site and the API, the mail worker, the waiting-list pass and the desk's
//! parcel mail, until a signal stops them.
use app::core::mail::run_worker;
use app::core::{AppState, Db};

use super::failure::{Failed, fail};
use crate::settings::Settings;

/// How often the mail worker looks for mail to send.
const MAIL_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// How often freed slots are offered to the first in their waiting list.
const OFFERS_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

/// How often, at most, the desk's parcel news and reminders are looked for; more often when
/// parcels are told in shorter batches.
const DESK_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

/// Serves until Ctrl-C or SIGTERM.
pub(super) async fn serve(db: Db, settings: Settings) -> Result<(), Failed> {
    let worker = tokio::spawn(run_worker(
        db.clone(),
        settings.mail_transport.clone(),
        settings.mail_from.clone(),
        MAIL_EVERY,
    ));
    let offers = tokio::spawn(app::core::bookings::waitlist::run_offers(
        db.clone(),
        settings.base_url.clone(),
        OFFERS_EVERY,
    ));
    let desk_every = settings
        .parcel_batch
        .to_std()
        .map_or(DESK_EVERY, |batch| batch.min(DESK_EVERY));
    let desk = tokio::spawn(app::core::concierge::run_desk(
        db.clone(),
        settings.base_url.clone(),
        settings.parcel_batch,
        desk_every,
    ));
    let state = AppState {
        db,
        base_url: settings.base_url.clone(),
        clock: app::domain::time::Clock::system(),
        set_up: app::core::state::SetUp::default(),
    };
    // The first run: no admin yet, so whoever holds the logged link sets the site up.
    match app::core::setup::open_link(&state.db, &settings.base_url, state.now()).await {
        Ok(Some(link)) => tracing::warn!(
            "Solilab is not set up yet: open {link} to create the first admin and site"
        ),
        Ok(None) => {}
        Err(e) => {
            return Err(fail(
                1,
                format!("cannot prepare the first-run setup: {e:?}"),
            ));
        }
    }
    let router =
        crate::build_router(state, crate::leptos_options(settings.addr)).layer(axum::Extension(
            crate::session::ClientIpHeader(settings.client_ip_header.clone()),
        ));
    let listener = tokio::net::TcpListener::bind(settings.addr)
        .await
        .map_err(|e| {
            fail(
                1,
                format!("cannot listen on {} (SOLILAB_ADDR): {e}", settings.addr),
            )
        })?;
    tracing::info!("Solilab listening on http://{}", settings.addr);
    let served = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .map_err(|e| fail(1, format!("server error: {e}")));
    // Mail not sent yet stays in the outbox for the next start.
    worker.abort();
    offers.abort();
    desk.abort();
    served
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
