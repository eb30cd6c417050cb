use super::*;
use crate::domain::Locale;
use crate::domain::locale::translate;

#[test]
fn words_round_trip() {
    for kind in EventKind::ALL {
        assert_eq!(kind.as_str().parse::<EventKind>(), Ok(*kind));
    }
    for status in ApplicationStatus::ALL {
        assert_eq!(status.as_str().parse::<ApplicationStatus>(), Ok(*status));
    }
    assert!("marché".parse::<EventKind>().is_err());
    let json = serde_json::to_string(&ApplicationStatus::Waiting).expect("json");
    assert_eq!(json, "\"waiting\"");
    assert_eq!(EventKind::Market.label_key(), "event_kind.market");
}

#[test]
fn every_key_is_translated_in_both_languages() {
    let keys = EventKind::ALL
        .iter()
        .map(|k| k.label_key())
        .chain(ApplicationStatus::ALL.iter().map(|s| s.label_key()))
        .chain(
            [
                "event.rule_invalid",
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
            .map(String::from),
        );
    for key in keys {
        for locale in Locale::ALL {
            assert_ne!(
                translate(locale, &key),
                key,
                "{key} is missing in {locale:?}"
            );
        }
    }
    assert_eq!(
        translate(Locale::Fr, "application_status.waiting"),
        "Liste d'attente"
    );
    assert_eq!(translate(Locale::Fr, "event_kind.event"), "Événement");
}
