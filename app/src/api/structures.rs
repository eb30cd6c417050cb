//! Structures: the managers' directory and pages, a structure's own facts, the public list.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::core::{access, structures};
use crate::domain::{
    AppError, FactsInput, PublicStructure, StructureDetail, StructureQuery, StructureRow,
    TermsInput,
};

/// The directory, filtered (managers).
#[server(prefix = "/api/fn", endpoint = "structure_directory")]
pub async fn structure_directory(query: StructureQuery) -> Result<Vec<StructureRow>, AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    access::manager(viewer)?;
    let filter = crate::domain::StructureFilter::parse(&query)?;
    structures::directory(&request.state.db, viewer, &filter, request.state.today()).await
}

/// Creates a structure and opens its page (managers).
#[server(prefix = "/api/fn", endpoint = "create_structure")]
pub async fn create_structure(input: crate::domain::StructureInput) -> Result<(), AppError> {
    let request = super::context::request()?;
    let new = crate::domain::NewStructure::try_from(input)?;
    let created = structures::create(&request.state.db, request.viewer()?, new).await?;
    super::context::redirect(&format!("/admin/structures/{}?created=1", created.id));
    Ok(())
}

/// A structure's page (its members and managers); `id` 0 is the structure the viewer acts for.
#[server(prefix = "/api/fn", endpoint = "structure_info")]
pub async fn structure_info(id: i32) -> Result<StructureDetail, AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    let id = if id == 0 {
        viewer.acting.ok_or(AppError::NotFound)?
    } else {
        id
    };
    structures::detail(&request.state.db, viewer, id, request.state.now()).await
}

/// The page a structure's changes return to: the managers' page or the member's own.
#[cfg(feature = "ssr")]
fn back(viewer: &crate::domain::Viewer, id: i32) -> String {
    if viewer.is_manager() {
        format!("/admin/structures/{id}?saved=1")
    } else {
        "/structure?saved=1".into()
    }
}

/// Sets a structure's public facts (its members and managers).
#[server(prefix = "/api/fn", endpoint = "update_structure_facts")]
pub async fn update_structure_facts(id: i32, facts: FactsInput) -> Result<(), AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    let facts = crate::domain::Facts::try_from(facts)?;
    structures::update_facts(&request.state.db, viewer, id, facts).await?;
    super::context::redirect(&back(viewer, id));
    Ok(())
}

/// Sets a structure's status, rates and grants (managers).
#[server(prefix = "/api/fn", endpoint = "update_structure_terms")]
pub async fn update_structure_terms(id: i32, terms: TermsInput) -> Result<(), AppError> {
    let request = super::context::request()?;
    let viewer = request.viewer()?;
    structures::update_terms(&request.state.db, viewer, id, terms).await?;
    super::context::redirect(&back(viewer, id));
    Ok(())
}

/// The hosted structures that chose to be listed: anyone.
#[server(prefix = "/api/fn", endpoint = "public_structures")]
pub async fn public_structures() -> Result<Vec<PublicStructure>, AppError> {
    let request = super::context::request()?;
    structures::public_directory(&request.state.db).await
}
