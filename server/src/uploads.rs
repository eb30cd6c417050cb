//! The pages' file uploads (multipart forms): the import page's CSV and a floor's plan picture.
//! Each is read whole, under the body limit its route sets.
use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::Multipart;
use axum::response::{IntoResponse, Redirect, Response};

/// One field of the form: the file's name when it is a file, and its bytes.
pub struct Part {
    pub file_name: Option<String>,
    pub bytes: Bytes,
}

/// Every field of `form` by name; `Err` when the body is cut short, as it is past the limit.
pub async fn fields(mut form: Multipart) -> Result<HashMap<String, Part>, ()> {
    let mut found = HashMap::new();
    while let Some(field) = form.next_field().await.map_err(|_| ())? {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let bytes = field.bytes().await.map_err(|_| ())?;
        found.insert(name, Part { file_name, bytes });
    }
    Ok(found)
}

/// A field's text, trimmed.
pub fn text(fields: &HashMap<String, Part>, name: &str) -> Option<String> {
    fields
        .get(name)
        .and_then(|p| std::str::from_utf8(&p.bytes).ok())
        .map(|t| t.trim().to_owned())
}

/// Back to `page`, saying why the upload was refused (`error=` a message key).
pub fn refused(page: &str, key: &str) -> Response {
    let join = if page.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{page}{join}error={key}")).into_response()
}
