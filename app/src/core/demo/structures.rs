//! The demo's 120 hosted, former and applicant structures, spread over sectors and legal forms.
use chrono::{Duration, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, Set};

use super::siret::demo_siret;
use crate::core::entities::structure;
use crate::domain::{AppError, LegalForm, Sector, StructureStatus};

/// Name heads per sector, and what such a structure does.
const SECTORS: [(Sector, [&str; 10], &str); 6] = [
    (
        Sector::PeopleServices,
        [
            "L'Accorderie",
            "Les P'tits Loups",
            "Aide & Répit",
            "Familles en Jeu",
            "Le Relais des Aidants",
            "Parents Solidaires",
            "Mobilité Solidaire",
            "Coup de Pouce",
            "Le Fil d'Ariane",
            "Tandem Seniors",
        ],
        "Services aux personnes et aux familles",
    ),
    (
        Sector::ReuseResources,
        [
            "Ressourcerie",
            "Atelier Vélo",
            "Recyclerie",
            "Repair Café",
            "Textile en Boucle",
            "Le Grenier Solidaire",
            "Réemploi Matériaux",
            "La Fripe",
            "Bois Sauvé",
            "Électro Seconde Vie",
        ],
        "Réemploi, réparation et valorisation des ressources",
    ),
    (
        Sector::FoodShortSupply,
        [
            "Épicerie Solidaire",
            "Les Paniers",
            "Maraîchers Associés",
            "La Table Commune",
            "Terres Nourricières",
            "Vrac & Co",
            "Le Fournil",
            "Conserverie",
            "Brasserie Coopérative",
            "Cueillette",
        ],
        "Circuits courts et alimentation durable",
    ),
    (
        Sector::HousingConstruction,
        [
            "Habitat Partagé",
            "Chantier École",
            "Les Castors",
            "Éco-Rénov",
            "Terre & Paille",
            "Toits Solidaires",
            "Isolation Bio",
            "Charpente Coop",
            "Archi Solidaire",
            "Le Bâti Sain",
        ],
        "Habitat, rénovation et éco-construction",
    ),
    (
        Sector::Digital,
        [
            "Code Commun",
            "Numérique Solidaire",
            "Libre Informatique",
            "Data Citoyenne",
            "Les Octets",
            "Médiation Numérique",
            "Réseau Libre",
            "Web Éthique",
            "Clic Inclusif",
            "Fab Lab",
        ],
        "Numérique responsable et inclusion numérique",
    ),
    (
        Sector::Other,
        [
            "Culture en Partage",
            "Radio Locale",
            "Théâtre Itinérant",
            "Conseil ESS",
            "Finance Solidaire",
            "Sport Pour Tous",
            "Les Tisseurs",
            "Ateliers d'Art",
            "Presse Coop",
            "Éduc'Pop",
        ],
        "Culture, conseil et finance solidaire",
    ),
];

const TAILS: [&str; 12] = [
    "de l'Île",
    "Nantaise",
    "des Ponts",
    "du Hangar",
    "de la Loire",
    "44",
    "de Rezé",
    "des Chantiers",
    "de Chantenay",
    "du Quai",
    "de Trentemoult",
    "Atlantique",
];

/// The legal forms of every run of twenty structures: mostly associations, as in the ESS.
const FORMS: [LegalForm; 20] = {
    use LegalForm::*;
    [
        Association,
        Association,
        Scop,
        Association,
        Project,
        Association,
        Scic,
        Association,
        EsusCompany,
        Association,
        Scop,
        Association,
        Project,
        Association,
        OtherCompany,
        Association,
        Scop,
        Scic,
        EsusCompany,
        Project,
    ]
};

/// Writes the structures and returns their ids in order.
pub(super) async fn seed(txn: &DatabaseTransaction, site_id: i32) -> Result<Vec<i32>, AppError> {
    let start = Utc
        .with_ymd_and_hms(2014, 9, 15, 9, 0, 0)
        .single()
        .ok_or(AppError::Internal)?;
    let mut ids = Vec::with_capacity(120);
    for n in 0..120usize {
        let (sector, heads, activity) = SECTORS[n % 6];
        let j = n / 6;
        let name = format!("{} {}", heads[j % 10], TAILS[(j * 5 + n % 6) % 12]);
        let legal_form = FORMS[j % 20];
        let status = if n % 10 == 7 {
            StructureStatus::Former
        } else if n % 15 == 4 {
            StructureStatus::Applicant
        } else {
            StructureStatus::Hosted
        };
        let slug: String = name
            .to_lowercase()
            .chars()
            .map(|c| match c {
                'é' | 'è' | 'ê' => 'e',
                'à' => 'a',
                c if c.is_ascii_alphanumeric() => c,
                _ => '-',
            })
            .collect::<String>()
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let created = structure::ActiveModel {
            site_id: Set(site_id),
            name: Set(name),
            legal_form: Set(legal_form.as_str().into()),
            sector: Set(sector.as_str().into()),
            siret: Set((legal_form != LegalForm::Project).then(|| demo_siret(n as u64 + 1))),
            status: Set(status.as_str().into()),
            activity: Set(activity.into()),
            website: Set((n % 3 != 2).then(|| format!("https://{slug}.example.org"))),
            email: Set(Some(format!("contact@{slug}.example.org"))),
            phone: Set(Some(format!(
                "02 40 {:02} {:02} {:02}",
                10 + n % 80,
                (n * 7) % 100,
                (n * 13) % 100
            ))),
            public_listing: Set(status == StructureStatus::Hosted && n % 4 != 3),
            created_at: Set(start + Duration::days((n as i64) * 19)),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        ids.push(created.id);
    }
    Ok(ids)
}
