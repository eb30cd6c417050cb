use chrono::Utc;

use super::*;
use crate::core::events::{
    add_stall_type, add_stalls, edition_detail, remove_stall, renumber_stall,
};
use crate::core::testing::{first_site, new_viewer};
use crate::db_test;
use crate::domain::Role;
use crate::domain::events::{StallTypeInput, StallsInput};

fn braderie() -> EventInput {
    EventInput {
        site: "solilab".into(),
        name: "La Braderie".into(),
        summary_fr: "La grande braderie.".into(),
        ..EventInput::default()
    }
}

fn june() -> EditionInput {
    EditionInput {
        starts_on: "2027-06-12".into(),
        ends_on: "2027-06-13".into(),
        opens: "10:00".into(),
        closes: "19:00".into(),
        call_opens_on: "2027-01-01".into(),
        call_closes_on: "2027-04-30".into(),
        published: false,
    }
}

fn stand(name: &str, width_cm: i32, price_cents: i64) -> StallTypeInput {
    StallTypeInput {
        name: name.into(),
        width_cm,
        depth_cm: 300,
        price_cents,
        power: false,
    }
}

db_test!(
    a_manager_makes_an_event_with_an_edition_and_its_stall_plan,
    |db: Db| async move {
        first_site(&db).await;
        let manager = new_viewer(&db, "gestion@example.org", Role::Manager).await;
        let slug = create_event(&db, &manager, braderie(), Utc::now())
            .await
            .expect("event");
        assert_eq!(slug, "la-braderie");
        let again = create_event(&db, &manager, braderie(), Utc::now()).await;
        assert_eq!(again, Err(AppError::Conflict("event.slug_taken".into())));

        let id = create_edition(&db, &manager, &slug, &june(), Utc::now())
            .await
            .expect("edition");
        let twice = create_edition(&db, &manager, &slug, &june(), Utc::now()).await;
        assert_eq!(twice, Err(AppError::Conflict("edition.year_taken".into())));
        let small = add_stall_type(&db, &manager, id, &stand("Stand 3 × 3 m", 300, 6000))
            .await
            .expect("type");
        let large = add_stall_type(&db, &manager, id, &stand("Stand 6 × 3 m", 600, 11000))
            .await
            .expect("type");
        let rows = |stall_type_id, count| StallsInput {
            stall_type_id,
            count,
            per_row: Some(10),
            first_number: None,
        };
        assert_eq!(
            add_stalls(&db, &manager, id, &rows(small, 15)).await,
            Ok(15)
        );
        assert_eq!(add_stalls(&db, &manager, id, &rows(large, 5)).await, Ok(5));
        let detail = edition_detail(&db, id).await.expect("detail");
        assert_eq!(detail.year, 2027);
        assert_eq!(detail.stall_types.len(), 2);
        let numbers: Vec<i32> = detail.stalls.iter().map(|s| s.number).collect();
        assert_eq!(numbers, (1..=20).collect::<Vec<_>>());
        // The large ones come in a row below the small ones.
        let lowest_small = detail.stalls[..15]
            .iter()
            .map(|s| s.y + s.h)
            .max()
            .expect("small");
        assert!(detail.stalls[15].y > lowest_small);
        assert_eq!(detail.stalls[15].stall_type, "Stand 6 × 3 m");

        let clash = StallsInput {
            first_number: Some(20),
            ..rows(small, 2)
        };
        assert_eq!(
            add_stalls(&db, &manager, id, &clash).await,
            Err(AppError::Conflict("stalls.number_taken".into()))
        );
        assert_eq!(
            edition_detail(&db, id).await.expect("detail").stalls.len(),
            20
        );
        let foreign = add_stalls(&db, &manager, id, &rows(small + large + 100, 1)).await;
        assert_eq!(
            foreign,
            Err(AppError::invalid("stall_type_id", "stalls.type_unknown"))
        );

        let first = detail.stalls[0].id;
        renumber_stall(&db, &manager, first, 100)
            .await
            .expect("renumbered");
        assert_eq!(
            renumber_stall(&db, &manager, first, 2).await,
            Err(AppError::Conflict("stalls.number_taken".into()))
        );
        remove_stall(&db, &manager, first).await.expect("removed");
        assert_eq!(
            edition_detail(&db, id).await.expect("detail").stalls.len(),
            19
        );

        let event = event_detail(&db, &manager, &slug).await.expect("event");
        assert_eq!(event.editions.len(), 1);
        assert_eq!(event.editions[0].stalls, 19);
        let moved = EditionInput {
            published: true,
            ..june()
        };
        update_edition(&db, &manager, id, &moved, Utc::now())
            .await
            .expect("updated");
        assert!(
            edition_detail(&db, id)
                .await
                .expect("detail")
                .input
                .published
        );
        let renamed = EventInput {
            name: "La Braderie solidaire".into(),
            slug: "braderie".into(),
            ..braderie()
        };
        assert_eq!(
            update_event(&db, &manager, &slug, renamed, Utc::now()).await,
            Ok("braderie".into())
        );
        assert_eq!(
            event_detail(&db, &manager, "braderie")
                .await
                .expect("event")
                .input
                .name,
            "La Braderie solidaire"
        );

        let tenant = new_viewer(&db, "membre@example.org", Role::Tenant).await;
        assert_eq!(
            create_event(&db, &tenant, braderie(), Utc::now()).await,
            Err(AppError::Forbidden)
        );
        assert_eq!(
            remove_stall(&db, &tenant, detail.stalls[1].id).await,
            Err(AppError::Forbidden)
        );
    }
);

db_test!(a_held_stall_stays_on_the_plan, |db: Db| async move {
    crate::core::demo::seed(&db).await.expect("demo");
    let manager = crate::core::testing::demo_viewer(&db, "gestion@solilab.localhost").await;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let held = crate::core::entities::application::Entity::find()
        .filter(crate::core::entities::application::Column::StallId.is_not_null())
        .one(db.read())
        .await
        .expect("query")
        .and_then(|a| a.stall_id)
        .expect("a held stall in the demo");
    assert_eq!(
        remove_stall(&db, &manager, held).await,
        Err(AppError::Conflict("stalls.held".into()))
    );
});
