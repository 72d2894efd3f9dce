//! Decoding a fetched atlas or basemap: when it is not what this app reads, a reason a reader
//! (or the town's web editor) can act on, shown under the page's translated headline.

use atlas_model::{Atlas, Basemap};
use serde::Deserialize;

/// Why loading failed, in words a reader can act on (shown under the translated headline).
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError(pub String);

#[derive(Deserialize)]
struct SchemaOnly {
    schema: Option<u32>,
}

/// A file that names the version of its schema.
pub trait Versioned {
    fn schema(&self) -> u32;
}

impl Versioned for Atlas {
    fn schema(&self) -> u32 {
        self.schema
    }
}

impl Versioned for Basemap {
    fn schema(&self) -> u32 {
        self.schema
    }
}

/// Decodes the file's `bytes` (JSON in UTF-8); when it is not what this app reads, says precisely why: not JSON, an old or
/// foreign schema version, or a shape that does not fit.
pub fn decode<'a, T: Deserialize<'a> + Versioned>(
    url: &str,
    bytes: &'a [u8],
    expected: u32,
) -> Result<T, LoadError> {
    let wrong_version = |version: u32| {
        LoadError(format!(
            "{url} has schema version {version}; this app reads version {expected}"
        ))
    };
    match serde_json::from_slice::<T>(bytes) {
        Ok(decoded) if decoded.schema() == expected => Ok(decoded),
        Ok(decoded) => Err(wrong_version(decoded.schema())),
        Err(error) => {
            let header: SchemaOnly = serde_json::from_slice(bytes)
                .map_err(|error| LoadError(format!("{url} is not valid JSON ({error})")))?;
            match header.schema {
                Some(version) if version != expected => Err(wrong_version(version)),
                Some(_) => Err(LoadError(format!(
                    "{url} does not fit the schema ({error})"
                ))),
                None => Err(LoadError(format!("{url} has no schema version"))),
            }
        }
    }
}

#[cfg(test)]
mod properties;

#[cfg(test)]
mod tests {
    use super::*;
    use atlas_model::SCHEMA_VERSION;

    fn decoded(text: &str) -> Result<Atlas, String> {
        decode::<Atlas>("atlas.json", text.as_bytes(), SCHEMA_VERSION).map_err(|LoadError(why)| why)
    }

    const EMPTY: &str =
        r#"{"schema":2,"places":[],"ties":[],"visits":[],"stories":[],"credits":[]}"#;

    #[test]
    fn an_atlas_of_this_schema_is_read() {
        assert_eq!(decoded(EMPTY).map(|atlas| atlas.schema), Ok(2));
    }

    #[test]
    fn each_wrong_file_says_what_is_wrong_with_it() {
        let cases = [
            ("<html>Not found</html>", "atlas.json is not valid JSON"),
            (r#"{"places":[]}"#, "atlas.json has no schema version"),
            (
                r#"{"schema":1,"places":[]}"#,
                "atlas.json has schema version 1; this app reads version 2",
            ),
            (
                &EMPTY.replace(r#""schema":2"#, r#""schema":0"#),
                "has schema version 0",
            ),
            (
                r#"{"schema":2,"places":"none"}"#,
                "atlas.json does not fit the schema",
            ),
        ];
        for (text, said) in cases {
            let why = decoded(text).expect_err(text);
            assert!(why.starts_with(said) || why.contains(said), "{text}: {why}");
        }
    }
}
