use super::*;
use crate::core::entities::lease;
use crate::core::testing::{first_site, new_viewer};
use crate::db_test;
use crate::domain::Role;

/// A valid SIRET for the `n`th test structure: its SIREN and NIC made to pass the Luhn check.
fn siret(n: usize) -> String {
    let base = format!("{:013}", 8_000_000_000_000u64 + n as u64 * 7);
    (0..10)
        .map(|d| format!("{base}{d}"))
        .find(|s| crate::domain::Siret::parse(s).is_ok())
        .expect("a check digit")
}

fn structures_file(count: usize) -> String {
    let mut file = String::from("name;legal_form;sector;siret;site\n");
    for n in 0..count {
        file.push_str(&format!(
            "Structure {n};association;digital;{};solilab\n",
            siret(n)
        ));
    }
    file
}

db_test!(two_hundred_structures_come_in_once, |db: Db| async move {
    first_site(&db).await;
    let manager = new_viewer(&db, "gestion@example.org", Role::Manager).await;
    let file = structures_file(200);
    let preview = import(
        &db,
        &manager,
        ImportKind::Structures,
        file.as_bytes(),
        false,
    )
    .await
    .expect("preview");
    assert_eq!(
        (preview.lines, preview.created, preview.written),
        (200, 200, false)
    );
    assert!(preview.errors.is_empty(), "{:?}", preview.errors);
    let count = || async {
        structure::Entity::find()
            .all(db.read())
            .await
            .expect("query")
            .len()
    };
    assert_eq!(count().await, 0, "a preview writes nothing");
    let done = import(&db, &manager, ImportKind::Structures, file.as_bytes(), true)
        .await
        .expect("import");
    assert_eq!((done.created, done.written), (200, true));
    assert_eq!(count().await, 200);
    let again = import(&db, &manager, ImportKind::Structures, file.as_bytes(), true)
        .await
        .expect("again");
    assert_eq!((again.created, again.unchanged), (0, 200));
    assert_eq!(count().await, 200);
    let tenant = new_viewer(&db, "membre@example.org", Role::Tenant).await;
    assert_eq!(
        import(&db, &tenant, ImportKind::Structures, file.as_bytes(), false).await,
        Err(AppError::Forbidden)
    );
});

db_test!(
    a_file_with_bad_lines_imports_nothing_and_names_each,
    |db: Db| async move {
        first_site(&db).await;
        let manager = new_viewer(&db, "gestion@example.org", Role::Manager).await;
        let file = "name,legal_form,sector,siret,site\n\
                    Bonne Structure,association,digital,,solilab\n\
                    ,association,digital,,solilab\n\
                    Forme Inconnue,club,digital,12345678901234,solilab\n\
                    Ailleurs,scic,digital,,atlantis\n";
        let report = import(&db, &manager, ImportKind::Structures, file.as_bytes(), true)
            .await
            .expect("report");
        assert!(!report.written);
        let named: Vec<(usize, &str)> = report
            .errors
            .iter()
            .map(|e| (e.line, e.field.as_str()))
            .collect();
        assert_eq!(
            named,
            [(3, "name"), (4, "legal_form"), (4, "siret"), (5, "site")]
        );
        assert!(
            structure::Entity::find()
                .all(db.read())
                .await
                .expect("query")
                .is_empty()
        );
    }
);

db_test!(
    spaces_come_from_a_windows_spreadsheet,
    |db: Db| async move {
        first_site(&db).await;
        let manager = new_viewer(&db, "gestion@example.org", Role::Manager).await;
        let text = "site;code;name;kind;floor;capacity;area_m2;step_free_access;price_hour_hosted\n\
                    solilab;B-201;Bureau Érdre;office;2;4;18,5;oui;\n\
                    solilab;S-1;Salle Sèvre;meeting_room;0;12;30;non;20,50\n";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "the file is not UTF-8"
        );
        let report = import(&db, &manager, ImportKind::Spaces, &bytes, true)
            .await
            .expect("import");
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        assert_eq!((report.created, report.written), (2, true));
        let rows = space::Entity::find().all(db.read()).await.expect("query");
        let names: Vec<&str> = rows.iter().map(|s| s.name.as_str()).collect();
        assert!(
            names.contains(&"Bureau Érdre") && names.contains(&"Salle Sèvre"),
            "{names:?}"
        );
        assert!(rows.iter().any(|s| (s.area_m2 - 18.5).abs() < 1e-9));
        let again = import(&db, &manager, ImportKind::Spaces, &bytes, true)
            .await
            .expect("again");
        assert_eq!((again.created, again.unchanged), (0, 2));
        let clash = "site;code;name;kind;floor;capacity;area_m2\nsolilab;S-1;Autre salle;meeting_room;0;12;30\nsolilab;X;Y;office;deux;4;abc\n";
        let report = import(&db, &manager, ImportKind::Spaces, clash.as_bytes(), true)
            .await
            .expect("report");
        let named: Vec<(usize, &str)> = report
            .errors
            .iter()
            .map(|e| (e.line, e.field.as_str()))
            .collect();
        assert_eq!(named, [(2, "code"), (3, "floor"), (3, "area_m2")]);
    }
);

#[test]
fn templates_are_read_by_the_importer() {
    for kind in ImportKind::ALL {
        let found = lines(template(*kind)).expect("lines");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].number, 2);
    }
}

db_test!(
    running_leases_come_in_after_their_structures_and_spaces,
    |db: Db| async move {
        first_site(&db).await;
        let manager = new_viewer(&db, "gestion@example.org", Role::Manager).await;
        let structures = format!(
            "name;legal_form;sector;siret\nLes Compagnons;association;other;{}\nCoop Neuve;scop;digital;\n",
            siret(7)
        );
        let spaces = "site;code;name;kind;floor;capacity;area_m2\nsolilab;B-1;Bureau 1;office;1;4;20\nsolilab;B-2;Bureau 2;office;1;4;20\n";
        for (kind, file) in [
            (ImportKind::Structures, structures.as_str()),
            (ImportKind::Spaces, spaces),
        ] {
            let done = import(&db, &manager, kind, file.as_bytes(), true)
                .await
                .expect("import");
            assert!(done.written, "{:?}", done.errors);
        }
        let leases = format!(
            "structure;site;space;starts_on;ends_on;monthly_rent;monthly_charges;vat_rate\n\
             {};solilab;B-1;01/01/2025;;450,00;60;20\n\
             coop neuve;solilab;B-2;2025-03-01;2027-02-28;380;;5,5\n",
            siret(7)
        );
        let done = import(&db, &manager, ImportKind::Leases, leases.as_bytes(), true)
            .await
            .expect("import");
        assert!(done.errors.is_empty(), "{:?}", done.errors);
        assert_eq!((done.created, done.written), (2, true));
        let rows = lease::Entity::find().all(db.read()).await.expect("query");
        assert!(rows.iter().all(|l| l.status == "running"));
        assert!(
            rows.iter()
                .any(|l| l.monthly_rent_cents == 45_000 && l.ends_on.is_none())
        );
        let again = import(&db, &manager, ImportKind::Leases, leases.as_bytes(), true)
            .await
            .expect("again");
        assert_eq!((again.created, again.unchanged), (0, 2));

        let bad = "structure;site;space;starts_on;monthly_rent\n\
                   Personne;solilab;B-1;01/01/2026;100\n\
                   Coop Neuve;solilab;B-1;01/06/2026;100\n\
                   Coop Neuve;solilab;B-9;demain;cher\n";
        let report = import(&db, &manager, ImportKind::Leases, bad.as_bytes(), true)
            .await
            .expect("report");
        let named: Vec<(usize, &str)> = report
            .errors
            .iter()
            .map(|e| (e.line, e.field.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                (2, "structure"),
                (3, "space"),
                (4, "space"),
                (4, "starts_on"),
                (4, "monthly_rent")
            ]
        );
        assert_eq!(
            lease::Entity::find()
                .all(db.read())
                .await
                .expect("query")
                .len(),
            2
        );
    }
);
