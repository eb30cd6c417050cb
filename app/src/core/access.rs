//! Who may see and change what: every rule of access in one place. What a caller may not know
//! exists answers `NotFound`, not `Forbidden`.
use crate::domain::{AppError, Viewer};

/// The signed-in person, or `Unauthorized`.
pub fn signed_in(viewer: Option<&Viewer>) -> Result<&Viewer, AppError> {
    viewer.ok_or(AppError::Unauthorized)
}

/// Managers and admins pass; others are `Forbidden`.
pub fn manager(viewer: &Viewer) -> Result<(), AppError> {
    if viewer.is_manager() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Admins pass; others are `Forbidden`.
pub fn admin(viewer: &Viewer) -> Result<(), AppError> {
    if viewer.is_admin() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Reading a structure's data: its members and managers; to anyone else it does not exist.
pub fn see_structure(viewer: &Viewer, structure_id: i32) -> Result<(), AppError> {
    if viewer.is_manager() || viewer.is_member_of(structure_id) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Running a structure (members, leases): managers; its own members are `Forbidden`, anyone
/// else is told it does not exist.
pub fn manage_structure(viewer: &Viewer, structure_id: i32) -> Result<(), AppError> {
    see_structure(viewer, structure_id)?;
    manager(viewer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Role;

    fn viewer(role: Role, member_of: i32) -> Viewer {
        Viewer::sample(role, member_of)
    }

    #[test]
    fn the_rules_of_access() {
        let tenant = viewer(Role::Tenant, 1);
        let manager = viewer(Role::Manager, 1);
        assert_eq!(signed_in(None), Err(AppError::Unauthorized));
        assert_eq!(see_structure(&tenant, 1), Ok(()));
        assert_eq!(see_structure(&tenant, 2), Err(AppError::NotFound));
        assert_eq!(see_structure(&manager, 2), Ok(()));
        assert_eq!(manage_structure(&tenant, 1), Err(AppError::Forbidden));
        assert_eq!(manage_structure(&tenant, 2), Err(AppError::NotFound));
        assert_eq!(manage_structure(&manager, 2), Ok(()));
        assert_eq!(admin(&manager), Err(AppError::Forbidden));
        assert_eq!(admin(&viewer(Role::Admin, 1)), Ok(()));
    }
}
