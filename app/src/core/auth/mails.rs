//! The mails of accounts, in the reader's language, as plain text with an HTML alternative.
use crate::core::mail::OutgoingMail;
use crate::domain::Locale;
use crate::domain::locale::translate_with;

/// A mail with a greeting, paragraphs, one button-like link and a closing line.
fn compose(
    locale: Locale,
    to: &str,
    prefix: &str,
    args: &[(&str, &str)],
    link: &str,
) -> OutgoingMail {
    let t = |key: &str| translate_with(locale, &format!("{prefix}.{key}"), args);
    let paragraphs = [t("body"), t("expiry")];
    let (action, ignore) = (t("action"), t("ignore"));
    let greeting = translate_with(locale, "mail.greeting", args);
    let signature = translate_with(locale, "mail.signature", args);
    let text = format!(
        "{greeting}\n\n{}\n\n{action} :\n{link}\n\n{ignore}\n\n{signature}\n",
        paragraphs.join("\n\n")
    );
    let esc = |s: &str| html_escape::encode_text(s).into_owned();
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><body style=\"font-family:sans-serif;line-height:1.5;color:#1f2a24\">\
         <p>{greeting}</p>{paragraphs}\
         <p><a href=\"{href}\" style=\"display:inline-block;padding:.6em 1.2em;background:#1f6f4a;color:#fff;\
         text-decoration:none;border-radius:6px\">{action}</a></p>\
         <p style=\"font-size:.9em;color:#555\">{link_text}</p><p>{ignore}</p><p>{signature}</p></body></html>",
        lang = locale.code(),
        greeting = esc(&greeting),
        paragraphs = paragraphs
            .iter()
            .map(|p| format!("<p>{}</p>", esc(p)))
            .collect::<String>(),
        href = html_escape::encode_double_quoted_attribute(link),
        action = esc(&action),
        link_text = esc(link),
        ignore = esc(&ignore),
        signature = esc(&signature),
    );
    OutgoingMail {
        to: to.to_owned(),
        subject: t("subject"),
        text,
        html: Some(html),
    }
}

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
