//! One macro for the closed vocabularies of the domain: each is stored and sent as a snake_case
//! word, parsed back strictly, and named in the interface through an i18n key.

/// Declares a closed vocabulary: `enum`, `ALL`, `as_str`, `FromStr`, `Display`, serde and i18n key.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $prefix:literal, { $($variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word stored in the database and used in URLs and JSON.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// The translation key naming this value in the interface.
            pub fn label_key(self) -> String {
                format!("{}.{}", $prefix, self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::domain::enums::UnknownWord;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s { $($word => Ok($name::$variant),)+ _ => Err(crate::domain::enums::UnknownWord(s.to_owned())) }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use vocabulary;

/// A word that is not part of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value `{0}`")]
pub struct UnknownWord(pub String);
