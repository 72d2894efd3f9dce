//! What the page's address asks for: which atlas to load, in which language, and how to
//! behave (embedded, on a kiosk, in whose colours).

use crate::page_options::PageOptions;
use atlas_model::Lang;

/// A parameter as given, empty (`?embed`) included.
fn given_parameter(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name)
}

fn query_parameter(name: &str) -> Option<String> {
    given_parameter(name).filter(|value| !value.is_empty())
}

/// Embedded, kiosk and theme options.
pub fn page_options() -> PageOptions {
    PageOptions::from_query(given_parameter)
}

/// The atlas to load: `?atlas=` or `atlas.json` beside the page.
pub fn atlas_url() -> String {
    query_parameter("atlas").unwrap_or_else(|| "atlas.json".into())
}

/// The basemap to load: `?basemap=` or `basemap.json` beside the page.
pub fn basemap_url() -> String {
    query_parameter("basemap").unwrap_or_else(|| "basemap.json".into())
}

/// The detailed basemap for close zooms: `?basemap-detail=` or `basemap-50m.json` beside the page.
pub fn detailed_basemap_url() -> String {
    query_parameter("basemap-detail").unwrap_or_else(|| "basemap-50m.json".into())
}

/// The language from `?lang=`, else the browser's, else German.
pub fn initial_lang() -> Lang {
    query_parameter("lang")
        .and_then(|tag| Lang::from_tag(&tag))
        .or_else(|| {
            let navigator = web_sys::window()?.navigator();
            let tags: Vec<String> = navigator
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect();
            Lang::preferred(tags.iter().map(String::as_str))
        })
        .unwrap_or(Lang::De)
}
