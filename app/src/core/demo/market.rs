//! The demo's Thursday farmers' market: its series, its producers and their roster, and its
//! exceptions around the holidays.
use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, EntityTrait, Set};

use crate::core::entities::{event, event_exception, producer, roster_entry};
use crate::domain::AppError;

fn day(y: i32, m: u32, d: u32) -> Result<NaiveDate, AppError> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(AppError::Internal)
}

/// The market's producers: name, products, town, and every how many weeks they come.
const PRODUCERS: [(&str, &str, &str, u32); 8] = [
    ("La Ferme du Marais", "Légumes de saison", "Bouguenais", 1),
    ("Les Vergers de Vertou", "Pommes, poires, jus", "Vertou", 1),
    (
        "Fromagerie des Deux Rives",
        "Fromages de chèvre",
        "Saint-Herblain",
        1,
    ),
    ("Le Fournil Solidaire", "Pains au levain", "Nantes", 1),
    (
        "Miellerie de l'Erdre",
        "Miels et pollen",
        "Sucé-sur-Erdre",
        2,
    ),
    (
        "Volailles du Pays de Retz",
        "Volailles fermières",
        "Machecoul",
        2,
    ),
    (
        "Les Champignons de la Loire",
        "Pleurotes et shiitakés",
        "Rezé",
        2,
    ),
    ("Brasserie du Quai", "Bières artisanales", "Nantes", 4),
];

pub(super) async fn seed(
    txn: &DatabaseTransaction,
    site_id: i32,
    today: NaiveDate,
) -> Result<(), AppError> {
    let now = Utc::now();
    let row = event::ActiveModel {
        site_id: Set(site_id),
        slug: Set("marche-paysan".into()),
        kind: Set("market".into()),
        name: Set("Marché paysan du Solilab".into()),
        summary_fr: Set("Chaque jeudi en fin de journée, des producteurs de Loire-Atlantique vendent en direct sur le parvis.".into()),
        summary_en: Set("Every Thursday evening, farmers from Loire-Atlantique sell directly on the forecourt.".into()),
        description_fr: Set("Légumes, fruits, fromages, pain, miel et volailles : huit producteurs en circuit court, dont une partie chaque semaine et les autres en alternance. Paiement par carte et en monnaie locale.".into()),
        description_en: Set("Vegetables, fruit, cheese, bread, honey and poultry: eight short-supply-chain producers, some every week and the others in turn. Card and local currency accepted.".into()),
        place: Set("Parvis du Solilab".into()),
        access_fr: Set("Parvis de plain-pied, accessible en fauteuil ; toilettes accessibles dans le hall ; busway 5 arrêt Prairie-au-Duc ; parking vélos.".into()),
        access_en: Set("Step-free forecourt, wheelchair accessible; accessible toilets in the hall; busway 5 stop Prairie-au-Duc; bike parking.".into()),
        rule: Set(Some("FREQ=WEEKLY;BYDAY=TH".into())),
        first_day: Set(Some(day(2024, 1, 4)?)),
        until: Set(None),
        opens: Set(Some("16:00".into())),
        closes: Set(Some("19:30".into())),
        sequence: Set(2),
        updated_at: Set(now),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    // Christmas Eve falls on a Thursday: the market moves to the Wednesday; New Year's Eve and
    // Ascension Day are closed.
    let exceptions = [
        (
            day(2026, 12, 24)?,
            Some((day(2026, 12, 23)?, "15:00", "19:00")),
            "Veille de Noël : le marché a lieu le mercredi.",
        ),
        (
            day(2026, 12, 31)?,
            None,
            "Réveillon du Nouvel An : pas de marché.",
        ),
        (day(2027, 5, 6)?, None, "Jeudi de l'Ascension, jour férié."),
    ];
    for (original, moved, reason) in exceptions {
        event_exception::ActiveModel {
            event_id: Set(row.id),
            original_day: Set(original),
            status: Set(if moved.is_some() {
                "moved"
            } else {
                "cancelled"
            }
            .into()),
            moved_day: Set(moved.map(|m| m.0)),
            moved_opens: Set(moved.map(|m| m.1.to_owned())),
            moved_closes: Set(moved.map(|m| m.2.to_owned())),
            reason: Set(reason.into()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    // The roster of the next twelve Thursdays.
    let mut thursday = today;
    while thursday.weekday() != Weekday::Thu {
        thursday += Duration::days(1);
    }
    for (name, products, town, every) in PRODUCERS {
        let p = producer::ActiveModel {
            event_id: Set(row.id),
            name: Set(name.into()),
            products: Set(products.into()),
            town: Set(town.into()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        let entries =
            (0..12u32)
                .filter(|week| week % every == 0)
                .map(|week| roster_entry::ActiveModel {
                    producer_id: Set(p.id),
                    day: Set(thursday + Duration::weeks(i64::from(week))),
                    ..Default::default()
                });
        roster_entry::Entity::insert_many(entries).exec(txn).await?;
    }
    Ok(())
}
