use super::*;

fn input() -> ApplicationInput {
    ApplicationInput {
        organisation: " La Ressourcerie de l'Île ".into(),
        siret: "732 829 320 00074".into(),
        legal_form: "association".into(),
        sector: "reuse_resources".into(),
        contact_name: "Yann Le Goff".into(),
        email: "yann@ressourcerie.example.org".into(),
        phone: "".into(),
        products: "Meubles et vaisselle de réemploi".into(),
        stall_type_id: "3".into(),
        needs: " Une prise électrique ".into(),
    }
}

fn fields(input: ApplicationInput) -> Vec<(String, String)> {
    let Err(AppError::Invalid(errors)) = NewApplication::try_from(input) else {
        panic!("expected invalid fields")
    };
    errors.into_iter().map(|e| (e.field, e.message)).collect()
}

fn one(field: &str, key: &str) -> Vec<(String, String)> {
    vec![(field.to_owned(), key.to_owned())]
}

#[test]
fn an_application_is_read_and_trimmed() {
    let application = NewApplication::try_from(input()).expect("valid");
    assert_eq!(application.organisation, "La Ressourcerie de l'Île");
    assert_eq!(
        application.siret.as_ref().map(Siret::as_str),
        Some("73282932000074")
    );
    assert_eq!(application.legal_form, LegalForm::Association);
    assert_eq!(application.sector, Sector::ReuseResources);
    assert_eq!(application.phone, None);
    assert_eq!(application.stall_type_id, 3);
    assert_eq!(application.needs, "Une prise électrique");
}

#[test]
fn siret_and_needs_may_be_empty() {
    let application = NewApplication::try_from(ApplicationInput {
        siret: "  ".into(),
        needs: String::new(),
        phone: "02 40 00 00 00".into(),
        ..input()
    })
    .expect("valid");
    assert_eq!(application.siret, None);
    assert_eq!(application.needs, "");
    assert_eq!(application.phone.as_deref(), Some("02 40 00 00 00"));
}

#[test]
fn a_siret_must_pass_its_check() {
    let bad = ApplicationInput {
        siret: "732 829 320 00075".into(),
        ..input()
    };
    assert_eq!(fields(bad), one("siret", "application.siret_invalid"));
    // La Poste's establishments sum to a multiple of 5 instead of passing Luhn.
    let la_poste = ApplicationInput {
        siret: "356 000 000 00551".into(),
        ..input()
    };
    assert!(NewApplication::try_from(la_poste).is_ok());
}

#[test]
fn every_slip_is_named() {
    let names: Vec<String> = fields(ApplicationInput {
        organisation: " ".into(),
        siret: "123".into(),
        legal_form: "sarl".into(),
        sector: "".into(),
        contact_name: "".into(),
        email: "yann@localhost".into(),
        phone: "".into(),
        products: "".into(),
        stall_type_id: "grand".into(),
        needs: "x".repeat(1001),
    })
    .into_iter()
    .map(|(_, key)| key)
    .collect();
    assert_eq!(
        names,
        [
            "application.organisation_invalid",
            "application.siret_invalid",
            "application.legal_form_invalid",
            "application.sector_invalid",
            "application.contact_invalid",
            "application.email_invalid",
            "application.products_invalid",
            "application.stall_type_invalid",
            "application.needs_too_long",
        ]
    );
}

#[test]
fn products_hold_one_to_a_thousand_characters() {
    let long = ApplicationInput {
        products: "é".repeat(1000),
        needs: "n".repeat(1000),
        ..input()
    };
    assert!(NewApplication::try_from(long).is_ok());
    let too_long = ApplicationInput {
        products: "é".repeat(1001),
        ..input()
    };
    assert_eq!(
        fields(too_long),
        one("products", "application.products_invalid")
    );
    let zero = ApplicationInput {
        stall_type_id: "0".into(),
        ..input()
    };
    assert_eq!(
        fields(zero),
        one("stall_type_id", "application.stall_type_invalid")
    );
}

#[test]
fn the_form_may_leave_out_optional_fields() {
    let json = r#"{"organisation":"Terre d'Ici","legal_form":"scic","sector":"food_short_supply",
        "contact_name":"Inès","email":"ines@terre.example.org","products":"Légumes",
        "stall_type_id":"1"}"#;
    let form: ApplicationInput = serde_json::from_str(json).expect("json");
    assert_eq!((form.siret.as_str(), form.needs.as_str()), ("", ""));
    assert!(NewApplication::try_from(form).is_ok());
}

#[test]
fn decisions_follow_the_application() {
    use ApplicationStatus::{Accepted, Received, Refused, Waiting, Withdrawn};
    let allowed = |from| {
        ApplicationStatus::ALL
            .iter()
            .copied()
            .filter(|to| decision_allowed(from, *to))
            .collect::<Vec<_>>()
    };
    assert_eq!(allowed(Received), [Accepted, Waiting, Refused, Withdrawn]);
    assert_eq!(allowed(Waiting), [Accepted, Waiting, Refused, Withdrawn]);
    assert_eq!(allowed(Accepted), [Waiting, Refused, Withdrawn]);
    assert_eq!(allowed(Refused), []);
    assert_eq!(allowed(Withdrawn), [Withdrawn]);
}
