use super::*;

fn input() -> SiteInput {
    SiteInput {
        name: " Solilab ".into(),
        address: "8 rue Saint-Domingue".into(),
        postcode: "44200".into(),
        city: "Nantes".into(),
        email: " Accueil@Solilab.org ".into(),
        phone: "+33 2 40 00 00 00".into(),
        legal_name: "Ecossimo SCIC".into(),
        siret: "732 829 320 00074".into(),
        vat_number: "fr 44 732829320".into(),
        ..SiteInput::default()
    }
}

fn fields(input: SiteInput) -> Vec<(String, String)> {
    let Err(AppError::Invalid(errors)) = NewSite::try_from(input) else {
        panic!("expected invalid fields")
    };
    errors.into_iter().map(|e| (e.field, e.message)).collect()
}

#[test]
fn a_site_is_read_trimmed_with_a_slug_made_from_its_name() {
    let site = NewSite::try_from(SiteInput {
        name: " Base de chantier solidaire ".into(),
        ..input()
    })
    .expect("valid");
    assert_eq!(site.name, "Base de chantier solidaire");
    assert_eq!(site.slug, "base-de-chantier-solidaire");
    assert_eq!(site.email.as_deref(), Some("accueil@solilab.org"));
    assert_eq!(site.siret.as_deref(), Some("73282932000074"));
    assert_eq!(site.vat_number.as_deref(), Some("FR44732829320"));
    assert_eq!(site.vat_exemption, None);
    let accents = NewSite::try_from(SiteInput {
        name: "Écorce — l'éco-construction".into(),
        ..input()
    })
    .expect("valid");
    assert_eq!(accents.slug, "ecorce-l-eco-construction");
}

#[test]
fn a_given_slug_must_be_lower_case_words_joined_by_dashes() {
    for bad in [
        "Solilab",
        "so lilab",
        "-solilab",
        "solilab-",
        "so--lilab",
        "s",
        "café",
    ] {
        let errors = fields(SiteInput {
            slug: bad.into(),
            ..input()
        });
        assert_eq!(
            errors,
            [("slug".into(), "site.slug_invalid".into())],
            "{bad}"
        );
    }
}

#[test]
fn every_bad_field_is_named_at_once() {
    let errors = fields(SiteInput {
        name: "  ".into(),
        address: String::new(),
        postcode: "4420".into(),
        city: String::new(),
        email: "accueil@".into(),
        phone: "call us".into(),
        siret: "73282932000075".into(),
        vat_number: "FR45732829320".into(),
        ..SiteInput::default()
    });
    let named: Vec<&str> = errors.iter().map(|(field, _)| field.as_str()).collect();
    assert_eq!(
        named,
        [
            "name",
            "address",
            "city",
            "slug",
            "postcode",
            "phone",
            "email",
            "siret",
            "vat_number"
        ]
    );
    assert!(errors.contains(&("siret".into(), "site.siret_invalid".into())));
}

#[test]
fn a_french_vat_number_carries_its_siren_key_and_the_operators_siren() {
    assert_eq!(
        vat_number("FR 44 732 829 320").as_deref(),
        Some("FR44732829320")
    );
    assert_eq!(vat_number("FR45732829320"), None);
    assert_eq!(vat_number("FR4473282932"), None);
    assert_eq!(vat_number("DE123456789").as_deref(), Some("DE123456789"));
    assert_eq!(vat_number("12345"), None);
    let other_siren = fields(SiteInput {
        siret: "40483304800022".into(),
        ..input()
    });
    assert_eq!(
        other_siren,
        [("vat_number".into(), "site.vat_number_siren".into())]
    );
}

#[test]
fn a_patch_replaces_only_the_fields_it_gives() {
    let patched = input().patched(SitePatch {
        city: Some("Rezé".into()),
        vat_number: Some(String::new()),
        ..SitePatch::default()
    });
    assert_eq!(patched.city, "Rezé");
    assert_eq!(patched.vat_number, "");
    assert_eq!(patched.name, input().name);
    let site = NewSite::try_from(patched).expect("valid");
    assert_eq!(site.vat_number, None);
}

#[test]
fn the_parcel_reminder_delay_is_seven_days_unless_given_within_two_months() {
    let site = NewSite::try_from(input()).expect("valid");
    assert_eq!(site.parcel_reminder_days, PARCEL_REMINDER_DAYS);
    let given = NewSite::try_from(SiteInput {
        parcel_reminder_days: Some(3),
        ..input()
    })
    .expect("valid");
    assert_eq!(given.parcel_reminder_days, 3);
    for days in [0, 61, -1] {
        let errors = fields(SiteInput {
            parcel_reminder_days: Some(days),
            ..input()
        });
        assert_eq!(
            errors,
            [(
                "parcel_reminder_days".to_owned(),
                "site.parcel_reminder_days_invalid".to_owned()
            )]
        );
    }
    let kept = input().patched(SitePatch {
        parcel_reminder_days: Some(14),
        ..SitePatch::default()
    });
    assert_eq!(kept.parcel_reminder_days, Some(14));
}
