//! Exhibitors: the public application form and its follow link (anyone), the managers' list of
//! applications with bulk decisions, and the stall plan. The views these pages read are plain
//! types that compile to wasm; they sit here until the domain's calendar module takes them.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::events;
use crate::domain::AppError;
use crate::domain::events::ApplicationInput;
pub use crate::domain::exhibitors::{
    ApplicationList, EditionHeading, FollowPage, OpenCall, PlanStall, StallPlan, StallTypeView,
    Unplaced,
};

/// An event's page with the edition whose call for exhibitors is open today.
#[server(prefix = "/api/fn", endpoint = "apply_form")]
pub async fn apply_form(slug: String) -> Result<OpenCall, AppError> {
    let request = super::context::request()?;
    events::apply_form(&request.state.db, &slug, request.state.today()).await
}

/// Sends an application and goes to its follow page.
#[server(prefix = "/api/fn", endpoint = "apply_to_edition")]
pub async fn apply_to_edition(
    edition_id: i32,
    application: ApplicationInput,
) -> Result<(), AppError> {
    let request = super::context::request()?;
    let new = crate::domain::events::NewApplication::try_from(application)?;
    let (db, base_url) = (&request.state.db, &request.state.base_url);
    let secret = events::apply(
        db,
        edition_id,
        new,
        request.locale,
        request.state.today(),
        base_url,
    )
    .await?;
    super::context::redirect(&format!("/applications/{secret}?sent=1"));
    Ok(())
}

/// The application behind a follow link.
#[server(prefix = "/api/fn", endpoint = "followed_application")]
pub async fn followed_application(secret: String) -> Result<FollowPage, AppError> {
    let request = super::context::request()?;
    let db = &request.state.db;
    let application = events::followed(db, &secret, request.state.today()).await?;
    let stall_types = events::followed_stall_types(db, &secret).await?;
    let statement =
        events::statement(db, &application, &stall_types, request.state.today()).await?;
    Ok(FollowPage {
        statement,
        application,
        stall_types,
    })
}

/// Changes an application through its follow link.
#[server(prefix = "/api/fn", endpoint = "edit_application")]
pub async fn edit_application(
    secret: String,
    application: ApplicationInput,
) -> Result<(), AppError> {
    let request = super::context::request()?;
    let new = crate::domain::events::NewApplication::try_from(application)?;
    events::edit_followed(&request.state.db, &secret, new, request.state.today()).await?;
    super::context::redirect(&format!("/applications/{}?saved=1", secret.trim()));
    Ok(())
}

/// Records the sales an exhibitor declares, in euros as typed.
#[server(prefix = "/api/fn", endpoint = "declare_application_sales")]
pub async fn declare_application_sales(secret: String, sales: String) -> Result<(), AppError> {
    let request = super::context::request()?;
    let cents = crate::domain::Money::parse_euros(&sales)
        .ok_or_else(|| AppError::invalid("sales", "application.sales_invalid"))?
        .cents();
    events::declare_sales(&request.state.db, &secret, cents, request.state.today()).await?;
    super::context::redirect(&format!("/applications/{}?declared=1", secret.trim()));
    Ok(())
}

/// The applications to an edition, of one status when given (managers).
#[server(prefix = "/api/fn", endpoint = "edition_applications")]
pub async fn edition_applications(
    edition_id: i32,
    status: Option<String>,
) -> Result<ApplicationList, AppError> {
    let request = super::context::request()?;
    let status = match status.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(word) => Some(word.parse().map_err(|_| AppError::Malformed)?),
        None => None,
    };
    let (db, viewer) = (&request.state.db, request.viewer()?);
    Ok(ApplicationList {
        edition: events::edition_heading(db, viewer, edition_id).await?,
        applications: events::applications(db, viewer, edition_id, status, request.state.today())
            .await?,
    })
}

/// Accepts, waiting-lists or refuses the chosen applications, and goes back to the list.
#[server(prefix = "/api/fn", endpoint = "decide_applications")]
pub async fn decide_applications(
    edition_id: i32,
    #[server(default)] ids: Vec<i32>,
    decision: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::events::ApplicationStatus;
    let request = super::context::request()?;
    let to = match decision.as_str() {
        "accepted" => ApplicationStatus::Accepted,
        "waiting" => ApplicationStatus::Waiting,
        "refused" => ApplicationStatus::Refused,
        _ => return Err(AppError::Malformed),
    };
    let (db, base_url) = (&request.state.db, &request.state.base_url);
    let changed = events::decide(
        db,
        request.viewer()?,
        edition_id,
        &ids,
        to,
        reason,
        base_url,
    )
    .await?;
    super::context::redirect(&format!(
        "/admin/editions/{edition_id}/applications?decided={changed}"
    ));
    Ok(())
}

/// Makes an edition's exhibitors' list public, or takes it back (managers).
#[server(prefix = "/api/fn", endpoint = "publish_exhibitors")]
pub async fn publish_exhibitors(edition_id: i32, published: bool) -> Result<(), AppError> {
    let request = super::context::request()?;
    events::publish_exhibitors(&request.state.db, request.viewer()?, edition_id, published).await?;
    super::context::redirect(&format!(
        "/admin/editions/{edition_id}/applications?published={published}"
    ));
    Ok(())
}

/// An edition's stall plan (managers).
#[server(prefix = "/api/fn", endpoint = "edition_plan")]
pub async fn edition_plan(edition_id: i32) -> Result<StallPlan, AppError> {
    let request = super::context::request()?;
    events::edition_plan(&request.state.db, request.viewer()?, edition_id).await
}

/// Gives an accepted exhibitor a stall, or takes it back without one, and goes back to the
/// plan.
#[server(prefix = "/api/fn", endpoint = "assign_edition_stall")]
pub async fn assign_edition_stall(
    edition_id: i32,
    application_id: i32,
    stall_id: Option<i32>,
) -> Result<(), AppError> {
    let request = super::context::request()?;
    events::assign_stall(
        &request.state.db,
        request.viewer()?,
        application_id,
        stall_id,
    )
    .await?;
    let done = match stall_id {
        Some(stall) => format!("stall={stall}&assigned=1"),
        None => "released=1".to_owned(),
    };
    super::context::redirect(&format!("/admin/editions/{edition_id}/plan?{done}"));
    Ok(())
}
