//! Fetching and checking the compiled atlas and the basemap.

use crate::atlas_check::{LeftOut, checked};
pub use crate::decode::{LoadError, Versioned, decode};
use atlas_model::{Atlas, BASEMAP_SCHEMA_VERSION, Basemap, SCHEMA_VERSION};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// The body of `url` as bytes: copied into WebAssembly as they came, never turned into a
/// JavaScript string and back.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadError> {
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
    let body = response
        .array_buffer()
        .map_err(|_| LoadError(format!("{url}: the response has no body")))?;
    JsFuture::from(body)
        .await
        .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
        .map_err(|_| LoadError(format!("{url}: the response could not be read")))
}

/// The atlas at `url`, checked: without the records it cannot show, which it says.
pub async fn load_atlas(url: &str) -> Result<(Atlas, LeftOut), LoadError> {
    let bytes = fetch_bytes(url).await?;
    let atlas = decode(url, &bytes, SCHEMA_VERSION)?;
    let (atlas, left_out) =
        checked(atlas).map_err(|refused| LoadError(format!("{url}: {refused}")))?;
    for reason in &left_out.reasons {
        web_sys::console::warn_1(&format!("Partner Atlas: {url}: left out: {reason}").into());
    }
    Ok((atlas, left_out))
}

pub async fn load_basemap(url: &str) -> Result<Basemap, LoadError> {
    let bytes = fetch_bytes(url).await?;
    decode(url, &bytes, BASEMAP_SCHEMA_VERSION)
}
