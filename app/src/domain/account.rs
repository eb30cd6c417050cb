//! Who is signed in, and the views of accounts, tokens and the audit log.
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::enums::vocabulary;
use super::{AppError, Role};

vocabulary!(
    /// What the audit log records.
    AuditAction, "audit", {
        SignIn => "sign_in",
        SignInFailed => "sign_in_failed",
        SignOut => "sign_out",
        PasswordChanged => "password_changed",
        ResetRequested => "reset_requested",
        PasswordReset => "password_reset",
        InvitationSent => "invitation_sent",
        InvitationAccepted => "invitation_accepted",
        MemberAdded => "member_added",
        RoleChanged => "role_changed",
        AccountDisabled => "account_disabled",
        AccountEnabled => "account_enabled",
        TokenCreated => "token_created",
        TokenRevoked => "token_revoked",
        StructureCreated => "structure_created",
        StructureUpdated => "structure_updated",
        LeaseCreated => "lease_created",
        LeaseSigned => "lease_signed",
        MovedIn => "moved_in",
        NoticeGiven => "notice_given",
        MovedOut => "moved_out",
        LeaseDeleted => "lease_deleted",
        LeaseRenewed => "lease_renewed",
        RentRevised => "rent_revised",
        SiteCreated => "site_created",
        SiteUpdated => "site_updated",
        MarketCreated => "market_created",
        MarketUpdated => "market_updated",
        EventCreated => "event_created",
        EventUpdated => "event_updated",
    }
);

/// A structure a person belongs to, as the header's switcher shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StructureRef {
    pub id: i32,
    pub name: String,
}

/// The signed-in person, with what they may act for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Viewer {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The structures the person is a member of, by name.
    pub structures: Vec<StructureRef>,
    /// The structure the person acts for now, one of `structures`.
    pub acting: Option<i32>,
    /// The language mails to the person are written in (their account's), known on the server
    /// only.
    #[serde(skip)]
    pub mail_locale: super::Locale,
}

impl Viewer {
    /// Managers and admins run the site.
    pub fn is_manager(&self) -> bool {
        matches!(self.role, Role::Manager | Role::Admin)
    }

    /// Admins also manage accounts and roles.
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Whether the person belongs to structure `id`.
    pub fn is_member_of(&self, id: i32) -> bool {
        self.structures.iter().any(|s| s.id == id)
    }

    /// The structure the person acts for, with its name.
    pub fn acting_structure(&self) -> Option<&StructureRef> {
        self.acting
            .and_then(|id| self.structures.iter().find(|s| s.id == id))
    }
}

/// Normalises an email address (trimmed, lower case) and checks its syntax.
pub fn parse_email(raw: &str) -> Result<String, AppError> {
    let email = raw.trim().to_lowercase();
    email_address::EmailAddress::from_str(&email)
        .map(|_| email)
        .map_err(|_| AppError::invalid("email", "account.email_invalid"))
}

#[cfg(test)]
impl Viewer {
    /// A viewer with `role`, member of structure `member_of` only, acting for it.
    pub fn sample(role: Role, member_of: i32) -> Viewer {
        Viewer {
            id: 1,
            email: "a@example.org".into(),
            display_name: "A".into(),
            role,
            structures: vec![StructureRef {
                id: member_of,
                name: "Coop".into(),
            }],
            acting: Some(member_of),
            mail_locale: super::Locale::Fr,
        }
    }
}

/// One account, as the admins' list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRow {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub structures: Vec<StructureRef>,
    /// False until the person has set a password (an invitation not yet accepted).
    pub has_password: bool,
    pub disabled: bool,
    pub created_at: DateTime<Utc>,
}

/// One API token of the signed-in person; the secret itself is never shown again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenView {
    pub id: i32,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
}

/// One line of the audit log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i32,
    pub at: DateTime<Utc>,
    pub action: AuditAction,
    pub actor: Option<String>,
    pub subject: Option<String>,
    pub structure: Option<String>,
    pub email: Option<String>,
    pub client_ip: Option<String>,
    pub detail: String,
}

/// What the page behind an invitation or reset link shows before the password is set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkView {
    pub email: String,
    pub structure: Option<String>,
    pub expires_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(role: Role) -> Viewer {
        Viewer::sample(role, 7)
    }

    #[test]
    fn roles_and_memberships() {
        assert!(viewer(Role::Manager).is_manager());
        assert!(viewer(Role::Admin).is_manager());
        assert!(!viewer(Role::Tenant).is_manager());
        assert!(viewer(Role::Admin).is_admin());
        assert!(!viewer(Role::Manager).is_admin());
        assert!(viewer(Role::Tenant).is_member_of(7));
        assert!(!viewer(Role::Tenant).is_member_of(8));
        assert_eq!(
            viewer(Role::Tenant)
                .acting_structure()
                .map(|s| s.name.as_str()),
            Some("Coop")
        );
    }
}
