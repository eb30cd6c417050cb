//! Structures on both engines: managers create them and add members; tenants of other
//! structures are told nothing exists.
use super::*;
use crate::core::Db;
use crate::core::auth::{Caller, Client, sign_in};
use crate::db_test;
use crate::domain::{AppError, Locale, NewStructure, StructureInput};

async fn caller_for(db: &Db, email: &str) -> Caller {
    let (secret, viewer) = sign_in(db, &Caller::default(), email, "solilab-demo-2026")
        .await
        .expect("signs in");
    Caller {
        viewer: Some(viewer),
        session: Some(secret),
        bearer: false,
        client: Client::default(),
    }
}

fn input(name: &str, siret: Option<&str>) -> NewStructure {
    NewStructure::try_from(StructureInput {
        name: name.into(),
        legal_form: "association".into(),
        sector: "digital".into(),
        siret: siret.map(Into::into),
        site: Some("solilab".into()),
    })
    .expect("valid")
}

db_test!(
    managers_create_structures_and_members,
    |db: Db| async move {
        crate::core::demo::seed(&db).await.expect("seed");
        let manager = caller_for(&db, "gestion@solilab.localhost").await;
        let tenant = caller_for(&db, "tenant@solilab.localhost").await;
        let manager_view = manager.viewer.as_ref().expect("viewer");
        let tenant_view = tenant.viewer.as_ref().expect("viewer");
        let created = create(
            &db,
            manager_view,
            input("Code Commun", Some("73282932000074")),
        )
        .await
        .expect("created");
        assert_eq!(created.name, "Code Commun");
        assert_eq!(
            create(&db, manager_view, input("Doublon", Some("73282932000074"))).await,
            Err(AppError::Conflict("structure.siret_taken".into()))
        );
        assert_eq!(
            create(&db, tenant_view, input("Pirate", None)).await,
            Err(AppError::Forbidden)
        );
        // The tenant's own structure is visible; another one does not exist for them.
        let own = tenant_view.acting.expect("a structure");
        assert!(get(&db, tenant_view, own).await.is_ok());
        assert_eq!(
            get(&db, tenant_view, created.id).await,
            Err(AppError::NotFound)
        );
        assert_eq!(
            add_member(
                &db,
                &tenant,
                created.id,
                "x@example.org",
                Locale::Fr,
                "http://x"
            )
            .await,
            Err(AppError::NotFound)
        );
        assert_eq!(
            add_member(&db, &tenant, own, "x@example.org", Locale::Fr, "http://x").await,
            Err(AppError::Forbidden)
        );
        // An existing account is added without an invitation, once.
        let added = add_member(
            &db,
            &manager,
            created.id,
            "tenant@solilab.localhost",
            Locale::Fr,
            "http://x",
        )
        .await
        .expect("added");
        assert!(!added.invited);
        assert_eq!(
            add_member(
                &db,
                &manager,
                created.id,
                "tenant@solilab.localhost",
                Locale::Fr,
                "http://x"
            )
            .await,
            Err(AppError::Conflict("structure.already_member".into()))
        );
        let again = caller_for(&db, "tenant@solilab.localhost").await;
        assert!(
            get(&db, again.viewer.as_ref().expect("viewer"), created.id)
                .await
                .is_ok()
        );
    }
);
