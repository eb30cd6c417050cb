//! The demo's space requests: some waiting, one offered, one that led to a lease, one refused.
use chrono::{Duration, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, Set};

use crate::core::entities::space_request;
use crate::domain::{AppError, RequestStatus, Sector, SpaceKind};

/// Writes the requests for `site_id`; returns how many.
pub(super) async fn seed(
    txn: &DatabaseTransaction,
    site_id: i32,
    today: NaiveDate,
) -> Result<usize, AppError> {
    use RequestStatus::*;
    use SpaceKind::*;
    let requests = [
        (
            "Les Jardins Suspendus",
            "Awa Diallo",
            Office,
            (15, 25),
            Some(400),
            20,
            Sector::FoodShortSupply,
            Open,
            "Deux salariées et une volontaire en service civique ; nous cherchons un bureau lumineux.",
        ),
        (
            "Répar'Tout",
            "Jonas Perrin",
            Storage,
            (10, 30),
            Some(250),
            10,
            Sector::ReuseResources,
            Open,
            "Un local pour stocker des pièces détachées et du petit électroménager.",
        ),
        (
            "Coop Numérique 44",
            "Inès Moreau",
            Office,
            (30, 45),
            Some(700),
            60,
            Sector::Digital,
            Open,
            "Six coopérateurs, besoin de calme et d'un bon réseau.",
        ),
        (
            "La Petite Épicerie",
            "Paul Garnier",
            Commercial,
            (40, 80),
            Some(1200),
            90,
            Sector::FoodShortSupply,
            Open,
            "Épicerie en circuit court avec un coin café.",
        ),
        (
            "Habitat Partagé Nantais",
            "Léa Roux",
            Office,
            (12, 18),
            Some(300),
            -10,
            Sector::HousingConstruction,
            Offered,
            "Association d'habitat participatif, deux salariés.",
        ),
        (
            "Les Ateliers du Lien",
            "Yanis Benali",
            Office,
            (18, 22),
            None,
            -60,
            Sector::PeopleServices,
            Leased,
            "Accompagnement de personnes isolées.",
        ),
        (
            "Start Solidaire",
            "Chloé Petit",
            Office,
            (80, 120),
            Some(800),
            -30,
            Sector::Other,
            Refused,
            "Un grand plateau pour vingt personnes.",
        ),
    ];
    let count = requests.len();
    for (n, (organisation, contact, kind, (min, max), budget, days, sector, status, message)) in
        requests.into_iter().enumerate()
    {
        let slug: String = organisation
            .to_lowercase()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        space_request::ActiveModel {
            site_id: Set(site_id),
            organisation: Set(organisation.into()),
            contact_name: Set(contact.into()),
            email: Set(format!("contact@{slug}.example.org")),
            phone: Set(None),
            kind: Set(kind.as_str().into()),
            surface_min_m2: Set(min),
            surface_max_m2: Set(max),
            budget_cents: Set(budget.map(|euros: i64| euros * 100)),
            wanted_from: Set(today + Duration::days(days)),
            sector: Set(sector.as_str().into()),
            message: Set(message.into()),
            locale: Set("fr".into()),
            status: Set(status.as_str().into()),
            decision_reason: Set((status == Refused).then(|| {
                "Aucun plateau de cette taille au Solilab ; nous vous avons orientés vers L'Écorce.".into()
            })),
            closed_at: Set(matches!(status, Leased | Refused).then(Utc::now)),
            created_at: Set(Utc::now() - Duration::days(3 + n as i64 * 9)),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(count)
}
