//! Fetching and checking the compiled atlas and the basemap.

pub use crate::decode::{LoadError, Versioned, decode};
use atlas_model::{Atlas, BASEMAP_SCHEMA_VERSION, Basemap, SCHEMA_VERSION};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

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

pub async fn load_atlas(url: &str) -> Result<Atlas, LoadError> {
    let text = fetch_text(url).await?;
    decode(url, &text, SCHEMA_VERSION)
}

pub async fn load_basemap(url: &str) -> Result<Basemap, LoadError> {
    let text = fetch_text(url).await?;
    decode(url, &text, BASEMAP_SCHEMA_VERSION)
}
