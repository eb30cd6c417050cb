//! Applications on both engines: applied for, followed, decided, and mailed at each step.
use super::*;

fn applicant(
    organisation: &str,
    email: &str,
    stall_type_id: i32,
) -> crate::domain::events::NewApplication {
    crate::domain::events::NewApplication::try_from(crate::domain::events::ApplicationInput {
        organisation: organisation.into(),
        siret: "732 829 320 00074".into(),
        legal_form: "scop".into(),
        sector: "reuse_resources".into(),
        contact_name: "Awa Diallo".into(),
        email: email.into(),
        products: "Vélos reconditionnés".into(),
        stall_type_id: stall_type_id.to_string(),
        ..Default::default()
    })
    .expect("valid")
}

db_test!(applicants_are_mailed_at_each_step, |db: Db| async move {
    use crate::core::mail::{Transport, deliver_due};
    use crate::core::testing::SmtpServer;
    crate::core::demo::seed(&db).await.expect("seed");
    let smtp = SmtpServer::start().await;
    let manager = demo_viewer(&db, "gestion@solilab.localhost").await;
    let (coming, today) = open_call(&db).await;
    let types = crate::core::entities::stall_type::Entity::find()
        .filter(crate::core::entities::stall_type::Column::EditionId.eq(coming.id))
        .all(db.read())
        .await
        .expect("types");
    let base = "https://solilab.example.org";
    let a = apply(
        &db,
        coming.id,
        applicant("Vélocoop", "velo@example.org", types[0].id),
        crate::domain::Locale::Fr,
        today,
        base,
    )
    .await
    .expect("applied");
    let b = apply(
        &db,
        coming.id,
        applicant("Green Books", "books@example.org", types[1].id),
        crate::domain::Locale::En,
        today,
        base,
    )
    .await
    .expect("applied");
    // Through the link, the application reads and changes until it is decided.
    let mine = followed(&db, &a, today).await.expect("followed");
    assert!(mine.editable);
    assert_eq!(mine.fee_cents, types[0].price_cents);
    edit_followed(
        &db,
        &a,
        applicant("Vélocoop 44", "velo@example.org", types[2].id),
        today,
    )
    .await
    .expect("edited");
    assert_eq!(
        followed(&db, &a, today)
            .await
            .expect("followed")
            .organisation,
        "Vélocoop 44"
    );
    assert_eq!(
        followed(&db, "ex_nope", today).await,
        Err(AppError::NotFound)
    );
    // A stall type of another edition is refused; after the call, nobody applies.
    let other_type = crate::core::entities::stall_type::Entity::find()
        .filter(crate::core::entities::stall_type::Column::EditionId.ne(coming.id))
        .one(db.read())
        .await
        .expect("query")
        .expect("a type");
    assert!(matches!(
        apply(
            &db,
            coming.id,
            applicant("X", "x@example.org", other_type.id),
            crate::domain::Locale::Fr,
            today,
            base
        )
        .await,
        Err(AppError::Invalid(_))
    ));
    let closed = coming.call_closes_on + chrono::Days::new(1);
    assert_eq!(
        apply(
            &db,
            coming.id,
            applicant("Y", "y@example.org", types[0].id),
            crate::domain::Locale::Fr,
            closed,
            base
        )
        .await,
        Err(AppError::Conflict("application.call_closed".into()))
    );
    // Managers decide in bulk; a refusal needs its reason.
    let mut ids = Vec::new();
    for secret in [&a, &b] {
        ids.push(followed(&db, secret, today).await.expect("followed").id);
    }
    assert_eq!(
        decide(
            &db,
            &manager,
            coming.id,
            &ids[..1],
            ApplicationStatus::Accepted,
            None,
            base
        )
        .await,
        Ok(1)
    );
    assert_eq!(
        decide(
            &db,
            &manager,
            coming.id,
            &ids[1..],
            ApplicationStatus::Refused,
            Some(" ".into()),
            base
        )
        .await,
        Err(AppError::invalid("reason", "application.reason_invalid"))
    );
    assert_eq!(
        decide(
            &db,
            &manager,
            coming.id,
            &ids[1..],
            ApplicationStatus::Refused,
            Some("Hors du champ de l'ESS".into()),
            base
        )
        .await,
        Ok(1)
    );
    assert_eq!(
        edit_followed(
            &db,
            &a,
            applicant("Z", "velo@example.org", types[0].id),
            today
        )
        .await,
        Err(AppError::Conflict("application.decided".into()))
    );
    let tenant = demo_viewer(&db, "tenant@solilab.localhost").await;
    assert_eq!(
        decide(
            &db,
            &tenant,
            coming.id,
            &ids,
            ApplicationStatus::Accepted,
            None,
            base
        )
        .await,
        Err(AppError::Forbidden)
    );
    // Every mail reaches the real SMTP server, each in its applicant's language.
    let transport = Transport::new(Some(&smtp.url()), std::env::temp_dir()).expect("transport");
    assert_eq!(
        deliver_due(
            &db,
            &transport,
            &crate::core::testing::mail_from(),
            chrono::Utc::now()
        )
        .await
        .expect("sent"),
        4
    );
    let received = smtp.messages();
    let to = |address: &str| {
        received
            .iter()
            .filter(|m| m.contains(&format!("To: {address}")))
            .count()
    };
    assert_eq!((to("velo@example.org"), to("books@example.org")), (2, 2));
    // English subjects stay plain ASCII in the headers; French ones are encoded (RFC 2047).
    let all = received.join("\n");
    for subject in [
        "Subject: Application received: La Braderie des Ecossolies",
        "Subject: Application not accepted: La Braderie des Ecossolies",
    ] {
        assert!(all.contains(subject), "{subject} in {all}");
    }
    assert!(
        all.contains("Hors du champ de l"),
        "the reason reaches the applicant: {all}"
    );
});
