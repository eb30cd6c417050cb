//! The demo's events: past and coming editions of the three big events with
//! stall types, stall plans, applications, assignments and the day's figures.
use chrono::{Datelike, Duration, NaiveDate, Utc, Weekday};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::core::entities::{application, edition, event, stall, stall_type, visitor_count};
use crate::core::secret::digest;
use crate::domain::events::ApplicationStatus;
use crate::domain::{AppError, LegalForm, Sector};

fn day(y: i32, m: u32, d: u32) -> Result<NaiveDate, AppError> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(AppError::Internal)
}

/// One of the big events, as the demo lays out its yearly editions.
struct DemoEvent {
    slug: &'static str,
    name: &'static str,
    /// Editions open on the first Saturday on or after this day of this month.
    month: u32,
    from: u32,
    days: i64,
    stalls: i32,
    summary_fr: &'static str,
    summary_en: &'static str,
}

const EVENTS: [DemoEvent; 3] = [
    DemoEvent {
        slug: "braderie",
        name: "La Braderie des Ecossolies",
        month: 6,
        from: 10,
        days: 2,
        stalls: 150,
        summary_fr: "La grande braderie de l'économie sociale et solidaire : 150 exposants, vêtements, livres, objets de seconde main et artisanat.",
        summary_en: "The big sale of the social and solidarity economy: 150 exhibitors, clothes, books, second-hand goods and crafts.",
    },
    DemoEvent {
        slug: "autre-marche",
        name: "L'Autre Marché",
        month: 12,
        from: 8,
        days: 2,
        stalls: 60,
        summary_fr: "Le marché de Noël solidaire : créateurs, épiceries et associations de l'ESS.",
        summary_en: "The solidarity Christmas market: makers, grocers and associations of the social economy.",
    },
    DemoEvent {
        slug: "folie-des-plantes",
        name: "La Folie des Plantes",
        month: 9,
        from: 8,
        days: 1,
        stalls: 80,
        summary_fr: "Pépiniéristes, jardiniers et associations autour du végétal, au bord de la Loire.",
        summary_en: "Nurseries, gardeners and associations around plants, by the Loire.",
    },
];

/// The first Saturday on or after `year-month-from`.
fn saturday(year: i32, month: u32, from: u32) -> Result<NaiveDate, AppError> {
    let mut d = day(year, month, from)?;
    while d.weekday() != Weekday::Sat {
        d += Duration::days(1);
    }
    Ok(d)
}

/// Writes the market and the events of `site_id`.
pub(super) async fn seed(
    txn: &DatabaseTransaction,
    site_id: i32,
    today: NaiveDate,
) -> Result<(), AppError> {
    super::market::seed(txn, site_id, today).await?;
    for (n, e) in EVENTS.into_iter().enumerate() {
        let (slug, name, fr, en) = (e.slug, e.name, e.summary_fr, e.summary_en);
        let now = Utc::now();
        let row = event::ActiveModel {
            site_id: Set(site_id),
            slug: Set(slug.into()),
            kind: Set("event".into()),
            name: Set(name.into()),
            summary_fr: Set(fr.into()),
            summary_en: Set(en.into()),
            description_fr: Set(format!("{fr} Entrée libre. Restauration sur place.")),
            description_en: Set(format!("{en} Free entry. Food on site.")),
            place: Set("Grande halle et parvis du Solilab".into()),
            access_fr: Set("Halle de plain-pied ; toilettes accessibles ; boucle magnétique à l'accueil ; busway 5 arrêt Prairie-au-Duc.".into()),
            access_en: Set("Step-free hall; accessible toilets; hearing loop at the desk; busway 5 stop Prairie-au-Duc.".into()),
            sequence: Set(0),
            updated_at: Set(now),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        for year in 2024..=today.year() + 1 {
            let starts_on = saturday(year, e.month, e.from)?;
            edition_of(txn, row.id, year, starts_on, e.days, e.stalls, today, n).await?;
        }
    }
    Ok(())
}

const ORGS: [&str; 10] = [
    "Atelier",
    "Ressourcerie",
    "Coop",
    "Collectif",
    "Épicerie",
    "Fabrique",
    "Compagnie",
    "Jardin",
    "Recyclerie",
    "Maison",
];
const PLACES: [&str; 10] = [
    "du Quai",
    "des Ponts",
    "de la Loire",
    "Nantaise",
    "de Rezé",
    "du Hangar",
    "de l'Île",
    "Atlantique",
    "des Chantiers",
    "de Chantenay",
];

#[expect(
    clippy::too_many_arguments,
    reason = "the demo's one description of an edition"
)]
async fn edition_of(
    txn: &DatabaseTransaction,
    event_id: i32,
    year: i32,
    starts_on: NaiveDate,
    days: i64,
    stalls: i32,
    today: NaiveDate,
    n: usize,
) -> Result<(), AppError> {
    let past = starts_on < today;
    let ed = edition::ActiveModel {
        event_id: Set(event_id),
        year: Set(year),
        starts_on: Set(starts_on),
        ends_on: Set(starts_on + Duration::days(days - 1)),
        opens: Set("10:00".into()),
        closes: Set("19:00".into()),
        call_opens_on: Set(starts_on - Duration::days(210)),
        call_closes_on: Set(starts_on - Duration::days(60)),
        published: Set(past || starts_on - Duration::days(30) <= today),
        sequence: Set(0),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let mut types = Vec::new();
    for (name, width, price, power) in [
        ("Stand 3 × 3 m", 300, 6000, false),
        ("Stand 3 × 3 m avec électricité", 300, 8000, true),
        ("Stand 6 × 3 m", 600, 11000, false),
    ] {
        let t = stall_type::ActiveModel {
            edition_id: Set(ed.id),
            name: Set(name.into()),
            width_cm: Set(width),
            depth_cm: Set(300),
            price_cents: Set(price),
            power: Set(power),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        types.push(t.id);
    }
    // Stalls in rows of 15 on a 1000 × 600 plan; every fifth has power, every tenth is large.
    let rows = stall::Entity::insert_many((0..stalls).map(|i| {
        let kind = if i % 10 == 9 {
            2
        } else if i % 5 == 0 {
            1
        } else {
            0
        };
        stall::ActiveModel {
            edition_id: Set(ed.id),
            stall_type_id: Set(types[kind]),
            number: Set(i + 1),
            x: Set(20 + (i % 15) * 64),
            y: Set(20 + (i / 15) * 56),
            w: Set(if kind == 2 { 60 } else { 56 }),
            h: Set(44),
            ..Default::default()
        }
    }));
    rows.exec(txn).await?;
    let stall_ids: Vec<i32> = stall::Entity::find()
        .filter(stall::Column::EditionId.eq(ed.id))
        .order_by_asc(stall::Column::Number)
        .all(txn)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    // More applications than stalls: most accepted, some on the waiting list, a few refused.
    let applications = (stalls * 4 / 3) as usize;
    let mut rows = Vec::with_capacity(applications);
    for i in 0..applications {
        let status = match i % 12 {
            _ if i >= stalls as usize => ApplicationStatus::Waiting,
            10 => ApplicationStatus::Refused,
            11 if !past => ApplicationStatus::Received,
            _ => ApplicationStatus::Accepted,
        };
        let accepted = status == ApplicationStatus::Accepted;
        let organisation = format!("{} {} {}", ORGS[i % 10], PLACES[(i / 10 + n) % 10], i + 1);
        let legal_form = [
            LegalForm::Association,
            LegalForm::Scop,
            LegalForm::Scic,
            LegalForm::EsusCompany,
        ][i % 4];
        let sector = Sector::ALL[(i + n) % Sector::ALL.len()];
        let stall = (accepted && ed.published)
            .then(|| stall_ids.get(i))
            .flatten();
        rows.push(application::ActiveModel {
            edition_id: Set(ed.id),
            token_hash: Set(digest(&format!("demo-{event_id}-{year}-{i}"))),
            status: Set(status.as_str().into()),
            organisation: Set(organisation),
            siret: Set(None),
            legal_form: Set(legal_form.as_str().into()),
            sector: Set(sector.as_str().into()),
            contact_name: Set("Camille Dupont".into()),
            email: Set(format!("exposant{}@exemple.org", i + 1)),
            phone: Set(None),
            products: Set("Objets de seconde main et créations".into()),
            stall_type_id: Set(types[if i % 10 == 9 {
                2
            } else if i % 5 == 0 {
                1
            } else {
                0
            }]),
            needs: Set(String::new()),
            locale: Set("fr".into()),
            stall_id: Set(stall.copied()),
            decision_reason: Set((status == ApplicationStatus::Refused)
                .then(|| "Activité hors du champ de l'ESS.".into())),
            decided_at: Set((status != ApplicationStatus::Received).then(Utc::now)),
            sales_cents: Set((past && accepted).then_some(
                // Each year sells a little more than the one before.
                (35_000 + (i as i64 * 7_919) % 120_000) * (100 + i64::from(year - 2024) * 7) / 100,
            )),
            created_at: Set(Utc::now()),
            updated_at: Set(Utc::now()),
            ..Default::default()
        });
    }
    application::Entity::insert_many(rows).exec(txn).await?;
    if past {
        // The latest edition counted its main entrance by the hour; the others, by the day.
        let latest = starts_on + Duration::days(365) > today;
        for (entrance, share) in [("Parvis", 55), ("Quai", 30), ("Rue Saint-Domingue", 15)] {
            let visitors = ((stalls * 90 + (year - 2020) * 400) * share) / 100;
            let counts = if latest && entrance == "Parvis" {
                by_hour(visitors)
            } else {
                vec![(None, visitors)]
            };
            let rows = counts
                .into_iter()
                .map(|(hour, visitors)| visitor_count::ActiveModel {
                    edition_id: Set(ed.id),
                    day: Set(starts_on),
                    entrance: Set(entrance.into()),
                    hour: Set(hour),
                    visitors: Set(visitors),
                    ..Default::default()
                });
            visitor_count::Entity::insert_many(rows).exec(txn).await?;
        }
    }
    Ok(())
}

/// `total` visitors spread over the opening hours 10:00–19:00, busiest after lunch.
fn by_hour(total: i32) -> Vec<(Option<i32>, i32)> {
    const SHARES: [i32; 9] = [6, 9, 12, 14, 13, 12, 12, 11, 11];
    let mut rows: Vec<(Option<i32>, i32)> = SHARES
        .iter()
        .enumerate()
        .map(|(i, share)| (Some(10 + i as i32), total * share / 100))
        .collect();
    let counted: i32 = rows.iter().map(|(_, n)| n).sum();
    if let Some(last) = rows.last_mut() {
        last.1 += total - counted;
    }
    rows
}
