//! A floor's plan picture as it is checked on upload: a PNG, or an SVG that cannot run
//! anything, under a size limit; and its own size, for its proportions on the plan.

/// The largest plan picture taken, in bytes.
pub const MAX_PICTURE_BYTES: usize = 1024 * 1024;

/// A picture that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    /// `image/png` or `image/svg+xml`.
    pub content_type: &'static str,
    pub width: i32,
    pub height: i32,
}

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The width and height of a PNG, read from its header.
fn png_size(bytes: &[u8]) -> Option<(i32, i32)> {
    let header = bytes.get(8..24)?;
    if header.get(4..8)? != b"IHDR" {
        return None;
    }
    let number = |at: usize| {
        let raw: [u8; 4] = header.get(at..at + 4)?.try_into().ok()?;
        i32::try_from(u32::from_be_bytes(raw)).ok()
    };
    Some((number(8)?, number(12)?))
}

/// Whether `text` (lower case) holds an event handler attribute, ` onload=` and the like.
fn has_handler(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices("on").any(|(at, _)| {
        let before = at.checked_sub(1).and_then(|i| bytes.get(i));
        let after = &bytes[at + 2..];
        let letters = after.iter().take_while(|b| b.is_ascii_lowercase()).count();
        let rest = &after[letters..];
        let rest = rest.iter().skip_while(|b| b.is_ascii_whitespace());
        matches!(before, Some(b) if b.is_ascii_whitespace() || *b == b'/')
            && letters > 0
            && rest.take(1).any(|b| *b == b'=')
    })
}

/// What an SVG's `viewBox` (or, without one, its `width` and `height`) says of its size.
fn svg_size(text: &str) -> Option<(i32, i32)> {
    let svg = &text[text.find("<svg")?..];
    let svg = &svg[..svg.find('>')?];
    let attribute = |name: &str| {
        let start = svg.find(&format!("{name}=\""))? + name.len() + 2;
        let value = &svg[start..];
        Some(value[..value.find('"')?].to_owned())
    };
    let number = |raw: &str| {
        raw.trim_end_matches("px")
            .parse::<f64>()
            .ok()
            .filter(|n| *n > 0.0)
            .map(|n| n.round() as i32)
    };
    if let Some(view_box) = attribute("viewBox") {
        let parts: Vec<&str> = view_box
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|p| !p.is_empty())
            .collect();
        if let [_, _, w, h] = parts[..] {
            return Some((number(w)?, number(h)?));
        }
    }
    Some((
        number(&attribute("width")?)?,
        number(&attribute("height")?)?,
    ))
}

/// Checks an uploaded plan picture; the error is the i18n key saying why it is refused.
pub fn check_picture(bytes: &[u8]) -> Result<Picture, &'static str> {
    if bytes.len() > MAX_PICTURE_BYTES {
        return Err("plan.picture_too_large");
    }
    if bytes.starts_with(PNG_MAGIC) {
        let (width, height) = png_size(bytes).ok_or("plan.picture_not_image")?;
        return Ok(Picture {
            content_type: "image/png",
            width,
            height,
        });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "plan.picture_not_image")?
        .to_lowercase();
    if !text.contains("<svg") {
        return Err("plan.picture_not_image");
    }
    let active = [
        "<script",
        "javascript:",
        "<foreignobject",
        "<iframe",
        "<embed",
        "<object",
        "<!entity",
    ];
    if active.iter().any(|a| text.contains(a)) || has_handler(&text) {
        return Err("plan.picture_script");
    }
    let original = std::str::from_utf8(bytes).map_err(|_| "plan.picture_not_image")?;
    let (width, height) = svg_size(original).unwrap_or((1000, 600));
    Ok(Picture {
        content_type: "image/svg+xml",
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = PNG_MAGIC.to_vec();
        bytes.extend_from_slice(&13u32.to_be_bytes());
        bytes.extend_from_slice(b"IHDR");
        bytes.extend_from_slice(&width.to_be_bytes());
        bytes.extend_from_slice(&height.to_be_bytes());
        bytes.extend_from_slice(&[8, 6, 0, 0, 0]);
        bytes
    }

    #[test]
    fn pngs_and_plain_svgs_pass_with_their_size() {
        assert_eq!(
            check_picture(&png(2000, 1200)),
            Ok(Picture {
                content_type: "image/png",
                width: 2000,
                height: 1200
            })
        );
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800"><rect width="10" height="10" fill="none"/><text>Salle Loire</text></svg>"#;
        assert_eq!(
            check_picture(svg),
            Ok(Picture {
                content_type: "image/svg+xml",
                width: 1200,
                height: 800
            })
        );
        let sized = br#"<?xml version="1.0"?><svg width="500px" height="250px"></svg>"#;
        assert_eq!(
            check_picture(sized).map(|p| (p.width, p.height)),
            Ok((500, 250))
        );
    }

    #[test]
    fn svgs_that_could_run_something_are_refused() {
        for bad in [
            r#"<svg><script>alert(1)</script></svg>"#,
            r#"<svg><SCRIPT>alert(1)</SCRIPT></svg>"#,
            r#"<svg onload="alert(1)"></svg>"#,
            r#"<svg><rect onclick ="x()"/></svg>"#,
            r#"<svg><a href="javascript:alert(1)">x</a></svg>"#,
            r#"<svg><foreignObject><iframe/></foreignObject></svg>"#,
        ] {
            assert_eq!(
                check_picture(bad.as_bytes()),
                Err("plan.picture_script"),
                "{bad}"
            );
        }
        let words = br#"<svg viewBox="0 0 10 10"><text>Salon de la construction</text></svg>"#;
        assert!(
            check_picture(words).is_ok(),
            "words holding `on` are no handler"
        );
    }

    #[test]
    fn other_files_and_large_ones_are_refused() {
        assert_eq!(check_picture(b"%PDF-1.7"), Err("plan.picture_not_image"));
        assert_eq!(
            check_picture(&[0xff, 0xd8, 0xff, 0x00]),
            Err("plan.picture_not_image")
        );
        let mut large = png(10, 10);
        large.resize(MAX_PICTURE_BYTES + 1, 0);
        assert_eq!(check_picture(&large), Err("plan.picture_too_large"));
    }
}
