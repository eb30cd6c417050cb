use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::*;
use crate::core::entities::{account, structure};
use crate::db_test;
use crate::domain::{LegalForm, Sector};

db_test!(
    the_demo_is_realistic_and_refuses_a_second_run,
    |db: Db| async move {
        assert!(is_empty(&db).await.expect("empty"));
        let summary = seed(&db).await.expect("seed");
        assert_eq!(
            summary,
            DemoSummary {
                sites: 2,
                spaces: 133,
                structures: 120,
                accounts: 4
            }
        );
        assert!(!is_empty(&db).await.expect("not empty"));
        assert_eq!(
            seed(&db).await,
            Err(AppError::Conflict("demo.not_empty".into()))
        );

        let structures = structure::Entity::find()
            .all(db.read())
            .await
            .expect("structures");
        for sector in Sector::ALL {
            let n = structures
                .iter()
                .filter(|s| s.sector == sector.as_str())
                .count();
            assert_eq!(n, 20, "{sector} has its share");
        }
        for form in LegalForm::ALL {
            assert!(
                structures.iter().any(|s| s.legal_form == form.as_str()),
                "{form} is represented"
            );
        }
        for s in &structures {
            match &s.siret {
                Some(siret) => assert!(siret.len() == 14 && luhn_valid(siret), "{siret}"),
                None => assert_eq!(
                    s.legal_form,
                    LegalForm::Project.as_str(),
                    "only projects lack a SIRET"
                ),
            }
        }
        let names: std::collections::HashSet<&str> =
            structures.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names.len(), 120, "names are distinct");
    }
);

db_test!(the_demo_is_deterministic, |db: Db| async move {
    seed(&db).await.expect("seed");
    let first = structure::Entity::find_by_id(1)
        .one(db.read())
        .await
        .expect("query")
        .expect("exists");
    assert_eq!(first.name, "L'Accorderie de l'Île");
    let admins = account::Entity::find()
        .filter(account::Column::Role.eq("admin"))
        .count(db.read())
        .await
        .expect("count");
    assert_eq!(admins, 1);
});
