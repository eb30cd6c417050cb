//! The checks a form's fields go through, collected so that every bad field is named at once,
//! each under `{prefix}.{field}_invalid` unless a key says otherwise.
use chrono::{NaiveDate, NaiveTime};

use super::{AppError, FieldError};

/// Whether `slug` names something well in an address: 2 to 40 lower-case letters, digits and
/// single dashes.
pub fn slug_valid(slug: &str) -> bool {
    (2..=40).contains(&slug.len())
        && slug.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The field errors of one form, as its fields are read.
pub struct Checks {
    prefix: &'static str,
    errors: Vec<FieldError>,
}

impl Checks {
    /// Checks whose messages live under `prefix` (`site`, `market`…).
    pub fn new(prefix: &'static str) -> Checks {
        Checks {
            prefix,
            errors: Vec::new(),
        }
    }

    /// Names `field` as invalid, with the message `{prefix}.{field}_invalid`.
    pub fn fail(&mut self, field: &str) {
        let key = format!("{}.{field}_invalid", self.prefix);
        self.errors.push(FieldError::new(field, key));
    }

    /// Names `field` as invalid, with the message under `key`.
    pub fn fail_with(&mut self, field: &str, key: &str) {
        self.errors.push(FieldError::new(field, key));
    }

    /// Names `field` as invalid unless `ok`.
    pub fn check(&mut self, ok: bool, field: &str) {
        if !ok {
            self.fail(field);
        }
    }

    /// `raw` trimmed, its length in characters within `length`.
    pub fn text(
        &mut self,
        field: &str,
        raw: &str,
        length: std::ops::RangeInclusive<usize>,
    ) -> String {
        let value = raw.trim().to_owned();
        self.check(length.contains(&value.chars().count()), field);
        value
    }

    /// The slug given, or one made from `name` when blank; it must pass [`slug_valid`].
    pub fn slug(&mut self, given: &str, name: &str) -> String {
        let slug = match given.trim() {
            "" => {
                let made: String = slug::slugify(name).chars().take(40).collect();
                made.trim_end_matches('-').to_owned()
            }
            given => given.to_owned(),
        };
        self.check(slug_valid(&slug), "slug");
        slug
    }

    /// A day written `2027-03-06` or `06/03/2027`.
    pub fn day(&mut self, field: &str, raw: &str) -> Option<NaiveDate> {
        let raw = raw.trim();
        let day = NaiveDate::parse_from_str(raw, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(raw, "%d/%m/%Y"))
            .ok();
        self.check(day.is_some(), field);
        day
    }

    /// A day, or none when `raw` is blank.
    pub fn optional_day(&mut self, field: &str, raw: &str) -> Option<NaiveDate> {
        if raw.trim().is_empty() {
            None
        } else {
            self.day(field, raw)
        }
    }

    /// A time of day written `08:00` or `8h30`, given back as `HH:MM`.
    pub fn time(&mut self, field: &str, raw: &str) -> Option<String> {
        let raw = raw.trim().replace(['h', 'H'], ":");
        let raw = if raw.ends_with(':') {
            format!("{raw}00")
        } else {
            raw
        };
        let time = NaiveTime::parse_from_str(&raw, "%H:%M").ok();
        self.check(time.is_some(), field);
        time.map(|t| t.format("%H:%M").to_string())
    }

    /// Whether no field failed so far.
    pub fn passed(&self) -> bool {
        self.errors.is_empty()
    }

    /// `Ok` when every field passed, else every failure at once.
    pub fn finish(self) -> Result<(), AppError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Invalid(self.errors))
        }
    }
}

#[cfg(test)]
mod tests;
