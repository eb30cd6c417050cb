//! The mails of accounts, in the reader's language, as plain text with an HTML alternative.
use crate::core::mail::{OutgoingMail, compose};
use crate::domain::Locale;

/// The invitation to join `structure`, sent by `inviter`, with the link to set a password.
pub fn invitation(
    locale: Locale,
    to: &str,
    inviter: &str,
    structure: &str,
    link: &str,
) -> OutgoingMail {
    compose(
        locale,
        to,
        "mail.invitation",
        &[("inviter", inviter), ("structure", structure)],
        link,
    )
}

/// The link to choose a new password.
pub fn reset(locale: Locale, to: &str, link: &str) -> OutgoingMail {
    compose(locale, to, "mail.reset", &[], link)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invitations_speak_the_readers_language_and_escape_names() {
        let fr = invitation(
            Locale::Fr,
            "a@example.org",
            "Maëlle",
            "Vélo & Co <Nantes>",
            "https://solilab.example/invitation/abc",
        );
        assert!(fr.subject.contains("Vélo & Co <Nantes>"), "{}", fr.subject);
        assert!(fr.text.contains("https://solilab.example/invitation/abc"));
        assert!(fr.text.contains("Maëlle"));
        let html = fr.html.expect("html");
        assert!(html.contains("Vélo &amp; Co &lt;Nantes&gt;"));
        assert!(html.contains("lang=\"fr\""));
        let en = invitation(
            Locale::En,
            "a@example.org",
            "M",
            "S",
            "https://x/invitation/abc",
        );
        assert_ne!(en.subject, fr.subject);
        assert!(
            reset(Locale::En, "a@example.org", "https://x/reset/abc")
                .text
                .contains("https://x/reset/abc")
        );
    }
}
