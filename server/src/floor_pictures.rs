//! A floor's plan picture: `POST /admin/sites/{id}/floors` (admins, multipart `floor` and
//! `file`) takes it, `GET /plans/{site}/{floor}` serves it with its content type and a policy
//! under which an SVG can run nothing.
use app::core::{AppState, sites};
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use http::header;

use crate::rest::{Id, Problem, SignedIn};
use crate::uploads;

/// `POST /admin/sites/{id}/floors`.
pub async fn upload(
    State(state): State<AppState>,
    user: SignedIn,
    Id(id): Id,
    form: Multipart,
) -> Response {
    if let Err(e) = app::core::access::admin(&user.viewer) {
        return Problem::from((e, user.locale)).into_response();
    }
    let fields = uploads::fields(form).await;
    let floor = fields
        .as_ref()
        .ok()
        .and_then(|f| uploads::text(f, "floor"))
        .and_then(|f| f.parse::<i32>().ok());
    // The page to go back to: the site's slug as the form gave it, if it is one.
    let site = fields
        .as_ref()
        .ok()
        .and_then(|f| uploads::text(f, "site"))
        .filter(|s| app::domain::checks::slug_valid(s))
        .map(|s| format!("site={s}&"))
        .unwrap_or_default();
    let back = format!("/admin/plan?{site}floor={}", floor.unwrap_or_default());
    let Ok(fields) = fields else {
        return uploads::refused(&back, "plan.picture_too_large");
    };
    let Some(floor) = floor else {
        return uploads::refused(&back, "plan.rect_invalid");
    };
    let Some(file) = fields.get("file").filter(|f| !f.bytes.is_empty()) else {
        return uploads::refused(&back, "plan.picture_not_image");
    };
    match sites::store_picture(&state.db, &user.viewer, id, floor, &file.bytes, state.now()).await {
        Ok(()) => {
            Redirect::to(&format!("/admin/plan?{site}floor={floor}&uploaded=1")).into_response()
        }
        Err(app::domain::AppError::Invalid(errors)) => uploads::refused(
            &back,
            errors
                .first()
                .map_or("plan.picture_not_image", |e| e.message.as_str()),
        ),
        Err(e) => Problem::from((e, user.locale)).into_response(),
    }
}

/// `GET /plans/{site}/{floor}`.
pub async fn serve(
    State(state): State<AppState>,
    Path((site, floor)): Path<(i32, i32)>,
) -> Response {
    match sites::picture(&state.db, site, floor).await {
        Ok((content_type, data)) => (
            [
                (header::CONTENT_TYPE, content_type),
                (
                    header::CONTENT_SECURITY_POLICY,
                    "default-src 'none'; style-src 'unsafe-inline'; sandbox".to_owned(),
                ),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
                (header::CACHE_CONTROL, "no-cache".to_owned()),
            ],
            data,
        )
            .into_response(),
        Err(e) => Problem::from((e, app::domain::Locale::default())).into_response(),
    }
}
