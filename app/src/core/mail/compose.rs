//! The shape every mail of Solilab shares, in the reader's language: plain text with an HTML
//! alternative.
use super::OutgoingMail;
use crate::domain::Locale;
use crate::domain::locale::translate_with;

/// A mail with a greeting, two paragraphs (`{prefix}.body`, `{prefix}.detail`), one
/// button-like link (`{prefix}.action`), a closing line (`{prefix}.ignore`) and the signature;
/// `{prefix}.subject` is its subject. `%{name}` placeholders are filled from `args`.
pub fn compose(
    locale: Locale,
    to: &str,
    prefix: &str,
    args: &[(&str, &str)],
    link: &str,
) -> OutgoingMail {
    let t = |key: &str| translate_with(locale, &format!("{prefix}.{key}"), args);
    let paragraphs = [t("body"), t("detail")];
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
        attachment: None,
    }
}
