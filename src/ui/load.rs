//! Fetching and checking the compiled atlas and the basemap.

use atlas_model::{Atlas, BASEMAP_SCHEMA_VERSION, Basemap, SCHEMA_VERSION};
use serde::Deserialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Why loading failed, in words a reader can act on (shown under the translated headline).
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError(pub String);

#[derive(Deserialize)]
struct SchemaOnly {
    schema: Option<u32>,
}

pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or_else(|| LoadError("no browser window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| LoadError(format!("{url}: the network request failed")))?;
    let response: Response = response
        .dyn_into()
        .map_err(|_| LoadError(format!("{url}: no HTTP response")))?;
    if !response.ok() {
        return Err(LoadError(format!(
            "{url}: HTTP {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = response
        .text()
        .map_err(|_| LoadError(format!("{url}: the response has no text")))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| LoadError(format!("{url}: the response could not be read")))
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

/// Decodes `text`; when it is not what this app reads, says precisely why: not JSON, an old or
/// foreign schema version, or a shape that does not fit.
pub fn decode<'a, T: Deserialize<'a> + Versioned>(
    url: &str,
    text: &'a str,
    expected: u32,
) -> Result<T, LoadError> {
    let wrong_version = |version: u32| {
        LoadError(format!(
            "{url} has schema version {version}; this app reads version {expected}"
        ))
    };
    match serde_json::from_str::<T>(text) {
        Ok(decoded) if decoded.schema() == expected => Ok(decoded),
        Ok(decoded) => Err(wrong_version(decoded.schema())),
        Err(error) => {
            let header: SchemaOnly = serde_json::from_str(text)
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

pub async fn load_atlas(url: &str) -> Result<Atlas, LoadError> {
    let text = fetch_text(url).await?;
    decode(url, &text, SCHEMA_VERSION)
}

pub async fn load_basemap(url: &str) -> Result<Basemap, LoadError> {
    let text = fetch_text(url).await?;
    decode(url, &text, BASEMAP_SCHEMA_VERSION)
}
