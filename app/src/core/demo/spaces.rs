//! The demo's spaces and rates: about 60 offices, 40 desks, 6 meeting rooms, 2 event spaces,
//! 15 storage units and 2 shops at Solilab; a handful at L'Écorce.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseTransaction, Set};

use crate::core::entities::{space, space_rate};
use crate::domain::{AppError, BookingMode, CustomerKind, RateUnit, SpaceKind};

/// A space of the demo, before it is written.
struct Demo<'a> {
    code: String,
    name: String,
    kind: SpaceKind,
    floor: i32,
    capacity: i32,
    area_m2: f64,
    equipment: &'a str,
    step_free: bool,
    hearing_loop: bool,
    description: (String, String),
    rates: Vec<(CustomerKind, RateUnit, i64)>,
}

/// Writes every space of a site, each placed on its floor's plan.
async fn write_all(
    txn: &DatabaseTransaction,
    site_id: i32,
    spaces: Vec<Demo<'_>>,
) -> Result<usize, AppError> {
    let plans = super::plan::shelves(
        &spaces
            .iter()
            .map(|d| (d.floor, d.area_m2))
            .collect::<Vec<_>>(),
    );
    let count = spaces.len();
    for (demo, plan) in spaces.into_iter().zip(plans) {
        write(txn, site_id, demo, plan).await?;
    }
    Ok(count)
}

async fn write(
    txn: &DatabaseTransaction,
    site_id: i32,
    demo: Demo<'_>,
    (x, y, w, h): super::plan::PlanRect,
) -> Result<(), AppError> {
    let mode = if demo.kind.is_bookable() {
        BookingMode::Hourly
    } else {
        BookingMode::Lease
    };
    let created = space::ActiveModel {
        site_id: Set(site_id),
        code: Set(demo.code),
        name: Set(demo.name),
        kind: Set(demo.kind.as_str().into()),
        floor: Set(demo.floor),
        capacity: Set(demo.capacity),
        area_m2: Set(demo.area_m2),
        booking_mode: Set(mode.as_str().into()),
        needs_approval: Set(demo.kind == SpaceKind::EventSpace),
        equipment: Set(demo.equipment.into()),
        step_free_access: Set(demo.step_free),
        accessible_toilets: Set(true),
        hearing_loop: Set(demo.hearing_loop),
        description_fr: Set(demo.description.0),
        description_en: Set(demo.description.1),
        active: Set(true),
        created_at: Set(Utc::now()),
        plan_x: Set(Some(x)),
        plan_y: Set(Some(y)),
        plan_w: Set(Some(w)),
        plan_h: Set(Some(h)),
        ..super::rules::rules(demo.kind)
    }
    .insert(txn)
    .await?;
    for (customer, unit, cents) in demo.rates {
        space_rate::ActiveModel {
            space_id: Set(created.id),
            customer: Set(customer.as_str().into()),
            unit: Set(unit.as_str().into()),
            price_cents: Set(cents),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// Rounds cents to the euro above.
fn euros(cents: f64) -> i64 {
    ((cents / 100.0).ceil() as i64) * 100
}

/// Hour, half-day and day rates for the three kinds of customer, from the hosted hourly rate.
fn hourly_rates(hosted_hour: i64) -> Vec<(CustomerKind, RateUnit, i64)> {
    let mut rates = Vec::new();
    for (customer, factor) in [
        (CustomerKind::Hosted, 1.0),
        (CustomerKind::Network, 1.25),
        (CustomerKind::Outsider, 1.6),
    ] {
        let hour = euros(hosted_hour as f64 * factor);
        rates.push((customer, RateUnit::Hour, hour));
        rates.push((customer, RateUnit::HalfDay, euros(hour as f64 * 3.2)));
        rates.push((customer, RateUnit::Day, euros(hour as f64 * 5.5)));
    }
    rates
}

fn monthly(cents_per_m2: f64, area: f64) -> Vec<(CustomerKind, RateUnit, i64)> {
    vec![(
        CustomerKind::Hosted,
        RateUnit::Month,
        euros(cents_per_m2 * area),
    )]
}

fn office(code: String, floor: i32, area: f64) -> Demo<'static> {
    let seats = ((area / 7.0).floor() as i32).max(1);
    Demo {
        name: format!("Bureau {code}"),
        code,
        kind: SpaceKind::Office,
        floor,
        capacity: seats,
        area_m2: area,
        equipment: "wifi,furniture,power_outlets",
        step_free: true,
        hearing_loop: false,
        description: (
            format!(
                "Bureau privatif et lumineux de {area} m², meublé, avec accès aux salles de réunion, à la cuisine partagée et au coworking."
            ),
            format!(
                "A bright private office of {area} m², furnished, with access to the meeting rooms, the shared kitchen and the coworking area."
            ),
        ),
        rates: monthly(1450.0, area),
    }
}

fn storage(
    code: String,
    name: String,
    area: f64,
    cents_per_m2: f64,
    description: (String, String),
) -> Demo<'static> {
    Demo {
        code,
        name,
        kind: SpaceKind::Storage,
        floor: 0,
        capacity: 0,
        area_m2: area,
        equipment: "power_outlets",
        step_free: true,
        hearing_loop: false,
        description,
        rates: monthly(cents_per_m2, area),
    }
}

/// Writes Solilab's spaces and returns how many.
pub(super) async fn seed_solilab(
    txn: &DatabaseTransaction,
    site_id: i32,
) -> Result<usize, AppError> {
    let mut spaces = Vec::new();
    for n in 0..60 {
        let floor = 1 + n / 30;
        let area = [12.0, 14.5, 18.0, 22.0, 25.5, 31.0, 38.0, 16.0, 45.0, 20.0][(n % 10) as usize];
        spaces.push(office(format!("B{floor}-{:02}", n % 30 + 1), floor, area));
    }
    for n in 1..=40 {
        spaces.push(Demo {
            code: format!("CW-{n:02}"),
            name: format!("Poste coworking {n}"),
            kind: SpaceKind::CoworkingDesk,
            floor: 1,
            capacity: 1,
            area_m2: 6.0,
            equipment: "wifi,power_outlets,locker",
            step_free: true,
            hearing_loop: false,
            description: (
                "Un poste de travail dans l'open space du premier étage, avec casier, imprimante partagée et café.".into(),
                "A desk in the first-floor open space, with a locker, shared printer and coffee.".into(),
            ),
            rates: {
                let mut rates = hourly_rates(300);
                rates.push((CustomerKind::Hosted, RateUnit::Month, 18_000));
                rates
            },
        });
    }
    let rooms = [
        (
            "Salle Loire",
            40,
            85.0,
            0,
            "wifi,projector,screen,videoconference,sound_system,whiteboard",
            true,
        ),
        (
            "Salle Erdre",
            20,
            42.0,
            0,
            "wifi,screen,videoconference,whiteboard",
            true,
        ),
        ("Salle Sèvre", 12, 28.0, 1, "wifi,screen,whiteboard", false),
        (
            "Salle Goulaine",
            10,
            24.0,
            1,
            "wifi,screen,whiteboard",
            false,
        ),
        ("Salle Chézine", 8, 18.0, 2, "wifi,screen,whiteboard", false),
        ("Salle Cens", 6, 14.0, 2, "wifi,whiteboard", false),
    ];
    for (i, (name, capacity, area, floor, equipment, hearing_loop)) in rooms.into_iter().enumerate()
    {
        spaces.push(Demo {
            code: format!("R{floor}-{:02}", i + 1),
            name: name.into(),
            kind: SpaceKind::MeetingRoom,
            floor,
            capacity,
            area_m2: area,
            equipment,
            step_free: true,
            hearing_loop,
            description: (
                format!("{name} accueille jusqu'à {capacity} personnes, à la lumière du jour, avec eau et café à disposition."),
                format!("{name} seats up to {capacity} people in daylight, with water and coffee provided."),
            ),
            rates: hourly_rates(1000 + i64::from(capacity) * 50),
        });
    }
    for (code, name, capacity, area, half_day) in [
        ("E0-01", "La Nef", 300, 520.0, 45_000),
        ("E0-02", "Le Patio", 120, 240.0, 22_000),
    ] {
        let rates = [
            (CustomerKind::Hosted, 1.0),
            (CustomerKind::Network, 1.3),
            (CustomerKind::Outsider, 1.8),
        ]
        .into_iter()
        .flat_map(|(customer, factor)| {
            let half = euros(half_day as f64 * factor);
            [
                (customer, RateUnit::HalfDay, half),
                (customer, RateUnit::Day, euros(half as f64 * 1.8)),
            ]
        })
        .collect();
        spaces.push(Demo {
            code: code.into(),
            name: name.into(),
            kind: SpaceKind::EventSpace,
            floor: 0,
            capacity,
            area_m2: area,
            equipment: "wifi,sound_system,stage,projector,kitchenette,power_outlets",
            step_free: true,
            hearing_loop: true,
            description: (
                format!("{name} : {area} m² de plain-pied sous la charpente de l'ancien bâtiment industriel, pour {capacity} personnes : salons, forums, braderies et soirées."),
                format!("{name}: {area} m² at street level under the old industrial roof, for {capacity} people: fairs, forums, sales and evenings."),
            ),
            rates,
        });
    }
    for n in 1..=15 {
        let area = [4.0, 6.0, 8.0, 10.0, 15.0, 20.0][(n % 6) as usize];
        let description = (
            format!(
                "Local de stockage fermé de {area} m², accessible en transpalette depuis le quai."
            ),
            format!(
                "A closed storage unit of {area} m², reachable with a pallet truck from the loading dock."
            ),
        );
        spaces.push(storage(
            format!("S-{n:02}"),
            format!("Stockage {n}"),
            area,
            800.0,
            description,
        ));
    }
    for (code, name, area, fr, en) in [
        (
            "C0-01",
            "Le Comptoir du Solilab",
            180.0,
            "La boutique partagée de deux entreprises du réemploi, ouverte sur la rue.",
            "The shared shop of two reuse companies, open onto the street.",
        ),
        (
            "C0-02",
            "La Cantine",
            95.0,
            "Un café-restaurant avec cuisine équipée et terrasse.",
            "A café and restaurant with an equipped kitchen and a terrace.",
        ),
    ] {
        spaces.push(Demo {
            code: code.into(),
            name: name.into(),
            kind: SpaceKind::Commercial,
            floor: 0,
            capacity: (area / 4.0) as i32,
            area_m2: area,
            equipment: "wifi,sink,power_outlets",
            step_free: true,
            hearing_loop: false,
            description: (fr.into(), en.into()),
            rates: monthly(1200.0, area),
        });
    }
    write_all(txn, site_id, spaces).await
}

/// Writes L'Écorce's spaces and returns how many.
pub(super) async fn seed_ecorce(
    txn: &DatabaseTransaction,
    site_id: i32,
) -> Result<usize, AppError> {
    let mut spaces: Vec<Demo> = (0..4)
        .map(|n| office(format!("E1-{:02}", n + 1), 1, [15.0, 18.0, 22.0, 30.0][n]))
        .collect();
    spaces.push(Demo {
        code: "A0-01".into(),
        name: "Salle de l'Atelier".into(),
        kind: SpaceKind::MeetingRoom,
        floor: 0,
        capacity: 14,
        area_m2: 35.0,
        equipment: "wifi,screen,whiteboard,kitchenette",
        step_free: true,
        hearing_loop: false,
        description: (
            "Une salle chaleureuse en ossature bois, ouverte sur l'atelier partagé.".into(),
            "A warm timber-framed room opening onto the shared workshop.".into(),
        ),
        rates: hourly_rates(1200),
    });
    for n in 1..=3 {
        let area = 12.0 * f64::from(n);
        let description = (
            format!("Stockage de matériaux de {area} m², couvert et ventilé."),
            format!("A covered, ventilated materials store of {area} m²."),
        );
        spaces.push(storage(
            format!("AS-{n:02}"),
            format!("Stockage matériaux {n}"),
            area,
            600.0,
            description,
        ));
    }
    write_all(txn, site_id, spaces).await
}
