//! The demo's accounts: an admin, a manager and two tenants, all with one known password.
use sea_orm::{ActiveModelTrait, DatabaseTransaction, Set};

use crate::core::accounts::{NewAccount, insert};
use crate::core::auth::Password;
use crate::core::entities::membership;
use crate::domain::{AppError, Role};

/// The password of every demo account (shown in the README; never use the demo in production).
pub const DEMO_PASSWORD: &str = "solilab-demo-2026";

/// Writes the demo accounts and returns how many.
pub(super) async fn seed(
    txn: &DatabaseTransaction,
    structure_ids: &[i32],
) -> Result<usize, AppError> {
    let password = Password::parse(DEMO_PASSWORD)?;
    let accounts = [
        (
            "admin@solilab.localhost",
            "Camille Admin",
            Role::Admin,
            None,
        ),
        (
            "gestion@solilab.localhost",
            "Dominique Gestion",
            Role::Manager,
            None,
        ),
        (
            "tenant@solilab.localhost",
            "Alex Martin",
            Role::Tenant,
            structure_ids.first().copied(),
        ),
        (
            "tenant2@solilab.localhost",
            "Sam Leroy",
            Role::Tenant,
            structure_ids.get(1).copied(),
        ),
    ];
    for (email, name, role, structure_id) in accounts {
        let new = NewAccount {
            email: email.into(),
            role,
            display_name: Some(name.into()),
            structure_id,
            password: Some(password.clone()),
        };
        let created = insert(txn, new).await?;
        // Alex works for two structures: the header's switcher has something to switch.
        if let (Some(second), "tenant@solilab.localhost") = (structure_ids.get(2), email) {
            membership::ActiveModel {
                account_id: Set(created.id),
                structure_id: Set(*second),
                created_at: Set(chrono::Utc::now()),
                ..Default::default()
            }
            .insert(txn)
            .await?;
        }
    }
    Ok(accounts.len())
}
