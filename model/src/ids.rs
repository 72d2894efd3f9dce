//! Typed identifiers: a place id can never be passed where a story id is meant.

use serde::{Deserialize, Serialize};
use std::fmt;

/// True for a lowercase ASCII slug: `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--")
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A place: `osnabrueck`, `hefei`, `south-korea`.
    PlaceId
);
id_type!(
    /// A tie: `{a}--{b}--{kind}`, e.g. `osnabrueck--hefei--friendship`.
    TieId
);
id_type!(
    /// A delegation visit.
    VisitId
);
id_type!(
    /// A story.
    StoryId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_words_joined_by_single_hyphens() {
        assert!(is_slug("osnabruecker-land"));
        assert!(is_slug("xian"));
        assert!(is_slug("2024"));
        assert!(!is_slug(""));
        assert!(!is_slug("Osnabrück"));
        assert!(!is_slug("-hefei"));
        assert!(!is_slug("hefei-"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("a b"));
    }
}
