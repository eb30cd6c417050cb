use chrono::Utc;

use super::*;
use crate::core::testing::new_viewer;
use crate::db_test;
use crate::domain::{AuditAction, Role};

fn input(name: &str) -> SiteInput {
    SiteInput {
        name: name.into(),
        address: "8 rue Saint-Domingue".into(),
        postcode: "44200".into(),
        city: "Nantes".into(),
        legal_name: "Ecossimo SCIC".into(),
        siret: "73282932000074".into(),
        vat_exemption: "TVA non applicable, art. 293 B du CGI".into(),
        ..SiteInput::default()
    }
}

db_test!(
    an_admin_creates_and_edits_sites_from_an_empty_database,
    |db: Db| async move {
        let admin = new_viewer(&db, "admin@example.org", Role::Admin).await;
        assert!(list(&db, &admin).await.expect("list").is_empty());
        let new = input("Base de chantier solidaire");
        let created = create(&db, &admin, new, Utc::now()).await.expect("created");
        assert_eq!(created.slug, "base-de-chantier-solidaire");
        assert_eq!(created.postcode, "44200");
        assert_eq!(created.siret.as_deref(), Some("73282932000074"));

        let patch = SitePatch {
            city: Some("Rezé".into()),
            postcode: Some("44400".into()),
            opening_hours: Some("Du lundi au vendredi, 8 h – 18 h".into()),
            ..SitePatch::default()
        };
        let changed = update(&db, &admin, created.id, patch)
            .await
            .expect("updated");
        assert_eq!(
            (changed.city.as_str(), changed.postcode.as_str()),
            ("Rezé", "44400")
        );
        assert_eq!(changed.name, "Base de chantier solidaire");
        assert_eq!(get(&db, &admin, created.id).await.expect("get"), changed);

        let audit = crate::core::audit::list(&db, &admin, None, 10)
            .await
            .expect("audit");
        let actions: Vec<AuditAction> = audit.iter().map(|e| e.action).collect();
        assert!(actions.contains(&AuditAction::SiteCreated));
        assert!(actions.contains(&AuditAction::SiteUpdated));
    }
);

db_test!(
    a_slug_is_one_sites_and_fields_are_checked_on_change,
    |db: Db| async move {
        let admin = new_viewer(&db, "admin@example.org", Role::Admin).await;
        let first = input("Solilab");
        let first = create(&db, &admin, first, Utc::now()).await.expect("first");
        let twin = input("Solilab");
        let taken = create(&db, &admin, twin, Utc::now()).await;
        assert_eq!(taken, Err(AppError::Conflict("site.slug_taken".into())));
        let other = input("L'Écorce");
        let other = create(&db, &admin, other, Utc::now()).await.expect("other");
        let onto_first = SitePatch {
            slug: Some(first.slug.clone()),
            ..SitePatch::default()
        };
        let refused = update(&db, &admin, other.id, onto_first).await;
        assert_eq!(refused, Err(AppError::Conflict("site.slug_taken".into())));
        let bad = SitePatch {
            postcode: Some("4400".into()),
            ..SitePatch::default()
        };
        let Err(AppError::Invalid(errors)) = update(&db, &admin, other.id, bad).await else {
            panic!("a bad postcode is refused");
        };
        assert_eq!(errors[0].field, "postcode");
        let kept = update(&db, &admin, first.id, SitePatch::default())
            .await
            .expect("same");
        assert_eq!(kept, first);
        assert_eq!(
            update(&db, &admin, 999, SitePatch::default()).await,
            Err(AppError::NotFound)
        );
    }
);

db_test!(only_admins_see_or_change_sites, |db: Db| async move {
    let admin = new_viewer(&db, "admin@example.org", Role::Admin).await;
    let manager = new_viewer(&db, "manager@example.org", Role::Manager).await;
    let member = new_viewer(&db, "member@example.org", Role::Tenant).await;
    let site = input("Solilab");
    let site = create(&db, &admin, site, Utc::now()).await.expect("site");
    for viewer in [&manager, &member] {
        assert_eq!(list(&db, viewer).await, Err(AppError::Forbidden));
        assert_eq!(get(&db, viewer, site.id).await, Err(AppError::Forbidden));
        let again = input("Autre");
        assert_eq!(
            create(&db, viewer, again, Utc::now()).await,
            Err(AppError::Forbidden)
        );
        assert_eq!(
            update(&db, viewer, site.id, SitePatch::default()).await,
            Err(AppError::Forbidden)
        );
    }
});
