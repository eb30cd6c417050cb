//! The session cookie: `HttpOnly`, `SameSite=Lax`, and over https `Secure` with the `__Host-`
//! prefix (bound to this host, path `/`).

/// The cookie's name: `__Host-solilab_session` over https, `solilab_session` otherwise.
pub fn name(secure: bool) -> &'static str {
    if secure {
        "__Host-solilab_session"
    } else {
        "solilab_session"
    }
}

/// A `Set-Cookie` value carrying `secret`; a session cookie (no Max-Age): the server ends it.
pub fn set(secret: &str, secure: bool) -> String {
    let secure_attr = if secure { "; Secure" } else { "" };
    format!(
        "{}={secret}; Path=/; HttpOnly; SameSite=Lax{secure_attr}",
        name(secure)
    )
}

/// A `Set-Cookie` value that removes the cookie.
pub fn clear(secure: bool) -> String {
    let secure_attr = if secure { "; Secure" } else { "" };
    format!(
        "{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax{secure_attr}",
        name(secure)
    )
}

/// The cookie's value in a `Cookie` request header, if present.
pub fn read(header: &str, secure: bool) -> Option<&str> {
    let wanted = name(secure);
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, v)| *k == wanted && !v.is_empty())
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_over_https_are_host_bound() {
        let cookie = set("abc", true);
        assert!(cookie.starts_with("__Host-solilab_session=abc; Path=/; HttpOnly; SameSite=Lax"));
        assert!(cookie.ends_with("; Secure"));
        assert!(!set("abc", false).contains("Secure"));
        assert!(clear(false).contains("Max-Age=0"));
    }

    #[test]
    fn the_value_is_read_among_others() {
        let header = "lang=en; solilab_session=s3cret; other=1";
        assert_eq!(read(header, false), Some("s3cret"));
        assert_eq!(read(header, true), None);
        assert_eq!(read("solilab_session=", false), None);
    }
}
