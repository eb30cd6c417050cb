//! Leases, their steps, rent index values and revisions (managers).
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::{access, leases, occupancy};
use crate::domain::{AppError, IndexValueInput, IndexValueView, LeaseForm, RevisionProposal};

/// The spaces let on leases, with the day each is free from (managers' lease form).
#[server(prefix = "/api/fn", endpoint = "leasable_spaces")]
pub async fn leasable_spaces() -> Result<Vec<crate::domain::Candidate>, AppError> {
    let request = super::context::request()?;
    access::manager(request.viewer()?)?;
    occupancy::candidates(request.state.db.read(), None, request.state.today(), 3650).await
}

/// Creates a draft lease and returns to its structure's page.
#[server(prefix = "/api/fn", endpoint = "create_lease")]
pub async fn create_lease(lease: LeaseForm) -> Result<(), AppError> {
    let request = super::context::request()?;
    let new = crate::domain::NewLease::try_from(lease)?;
    let created = leases::create(&request.state.db, request.viewer()?, new).await?;
    super::context::redirect(&format!(
        "/admin/structures/{}?lease_created={}",
        created.structure_id, created.id
    ));
    Ok(())
}

/// Takes a step on a lease: `sign`, `move_in`, `notice` (with `on` and `ends_on`) or
/// `move_out` (with `on`).
#[server(prefix = "/api/fn", endpoint = "lease_step")]
pub async fn lease_step(
    id: i32,
    step: String,
    on: Option<String>,
    ends_on: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::LeaseStep;
    let request = super::context::request()?;
    let day = |raw: &Option<String>, field: &str| {
        raw.as_deref()
            .map(str::trim)
            .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
            .ok_or_else(|| AppError::invalid(field, "request.date_invalid"))
    };
    let step = match step.as_str() {
        "sign" => LeaseStep::Sign,
        "move_in" => LeaseStep::MoveIn,
        "notice" => LeaseStep::GiveNotice {
            given_on: day(&on, "on")?,
            ends_on: day(&ends_on, "ends_on")?,
        },
        "move_out" => LeaseStep::MoveOut {
            on: day(&on, "on")?,
        },
        _ => return Err(AppError::Malformed),
    };
    let lease = leases::step(&request.state.db, request.viewer()?, id, step).await?;
    super::context::redirect(&format!(
        "/admin/structures/{}?lease_saved={}",
        lease.structure_id, lease.id
    ));
    Ok(())
}

/// Renews a lease: a draft follows it from `starts_on` (until `ends_on` if given), at `rent`
/// euros a month if given, else its current rent; back to its structure's page.
#[server(prefix = "/api/fn", endpoint = "renew_lease")]
pub async fn renew_lease(
    id: i32,
    starts_on: String,
    #[server(default)] ends_on: String,
    #[server(default)] rent: String,
) -> Result<(), AppError> {
    let request = super::context::request()?;
    let day = |raw: &str, field: &str| {
        raw.trim()
            .parse::<chrono::NaiveDate>()
            .map_err(|_| AppError::invalid(field, "request.date_invalid"))
    };
    let input = crate::domain::RenewInput {
        starts_on: day(&starts_on, "starts_on")?,
        ends_on: match ends_on.trim() {
            "" => None,
            raw => Some(day(raw, "ends_on")?),
        },
        monthly_rent_cents: match rent.trim() {
            "" => None,
            raw => Some(
                crate::domain::Money::parse_euros(raw)
                    .ok_or_else(|| AppError::invalid("monthly_rent_cents", "lease.rent_invalid"))?
                    .cents(),
            ),
        },
    };
    let lease = leases::renew(&request.state.db, request.viewer()?, id, &input).await?;
    super::context::redirect(&format!(
        "/admin/structures/{}?lease_renewed={}",
        lease.structure_id, lease.id
    ));
    Ok(())
}

/// Deletes a draft lease and returns to its structure's page.
#[server(prefix = "/api/fn", endpoint = "delete_lease")]
pub async fn delete_lease(id: i32, structure_id: i32) -> Result<(), AppError> {
    let request = super::context::request()?;
    leases::delete_draft(&request.state.db, request.viewer()?, id).await?;
    super::context::redirect(&format!("/admin/structures/{structure_id}?lease_deleted=1"));
    Ok(())
}

/// Index values and the revisions due (managers).
#[server(prefix = "/api/fn", endpoint = "indexation")]
pub async fn indexation() -> Result<(Vec<IndexValueView>, Vec<RevisionProposal>), AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    let db = &request.state.db;
    Ok((
        leases::index_values(db, viewer).await?,
        leases::due_revisions(db, viewer, request.state.today()).await?,
    ))
}

/// Records a published index value (managers).
#[server(prefix = "/api/fn", endpoint = "add_index_value")]
pub async fn add_index_value(value: IndexValueInput) -> Result<(), AppError> {
    let request = super::context::request()?;
    let new = crate::domain::NewIndexValue::try_from(value)?;
    leases::add_index_value(&request.state.db, request.viewer()?, new).await?;
    super::context::redirect("/admin/indices?added=1");
    Ok(())
}

/// Applies a due revision (managers).
#[server(prefix = "/api/fn", endpoint = "apply_revision")]
pub async fn apply_revision(lease_id: i32) -> Result<(), AppError> {
    let request = super::context::request()?;
    leases::apply_revision(
        &request.state.db,
        request.viewer()?,
        lease_id,
        request.state.today(),
    )
    .await?;
    super::context::redirect(&format!("/admin/indices?revised={lease_id}"));
    Ok(())
}
