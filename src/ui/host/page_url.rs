//! What the page's address asks for: which atlas to load, in which language, and how to
//! behave (embedded, on a kiosk, in whose colours).

use crate::data_sources::{ALLOWED_SOURCES_META, AllowedSources};
use crate::page_options::PageOptions;
use atlas_model::Lang;
use std::sync::OnceLock;

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

/// A data file to load: the one the address names if its origin may be loaded here, else the
/// page's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFile {
    pub url: String,
    /// The origin (or, for an address that is no web address, its scheme) of a file the
    /// address named and this page refused.
    pub refused: Option<String>,
}

/// The atlas to load: `?atlas=` or `atlas.json` beside the page.
pub fn atlas_file() -> DataFile {
    data_file("atlas", "atlas.json")
}

/// The basemap to load: `?basemap=` or `basemap.json` beside the page.
pub fn basemap_file() -> DataFile {
    data_file("basemap", "basemap.json")
}

/// The detailed basemap for close zooms: `?basemap-detail=` or `basemap-50m.json` beside the page.
pub fn detailed_basemap_file() -> DataFile {
    data_file("basemap-detail", "basemap-50m.json")
}

fn data_file(parameter: &str, own: &str) -> DataFile {
    let Some(asked) = query_parameter(parameter) else {
        return DataFile {
            url: own.to_owned(),
            refused: None,
        };
    };
    match refusal(&asked) {
        None => DataFile {
            url: asked,
            refused: None,
        },
        Some(refused) => {
            web_sys::console::warn_1(
                &format!(
                    "Partner Atlas: ?{parameter}={asked} is from {refused}, which this page does \
                     not allow (its <meta name=\"{ALLOWED_SOURCES_META}\"> lists the others it \
                     does); loading {own} instead"
                )
                .into(),
            );
            DataFile {
                url: own.to_owned(),
                refused: Some(refused),
            }
        }
    }
}

/// Why `asked` may not be loaded here: its origin, or its scheme when it is no web address.
fn refusal(asked: &str) -> Option<String> {
    let window = web_sys::window()?;
    let base = window.document()?.base_uri().ok().flatten()?;
    let Ok(url) = web_sys::Url::new_with_base(asked, &base) else {
        return Some(asked.to_owned());
    };
    let page_origin = window.location().origin().ok()?;
    let protocol = url.protocol();
    if allowed_sources().allow(&protocol, &url.origin(), &page_origin) {
        return None;
    }
    Some(if matches!(protocol.as_str(), "http:" | "https:") {
        url.origin()
    } else {
        protocol
    })
}

/// The other origins the host allows, from the page's `<meta name="partner-atlas-sources">`,
/// read once (its wrong entries told once) for the atlas and both basemaps.
fn allowed_sources() -> &'static AllowedSources {
    static ALLOWED: OnceLock<AllowedSources> = OnceLock::new();
    ALLOWED.get_or_init(read_allowed_sources)
}

fn read_allowed_sources() -> AllowedSources {
    let list = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| {
            let selector = format!("meta[name=\"{ALLOWED_SOURCES_META}\"]");
            document.query_selector(&selector).ok().flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    let (allowed, wrong) = AllowedSources::parse(&list);
    for entry in wrong {
        web_sys::console::warn_1(
            &format!(
                "Partner Atlas: {:?} in <meta name=\"{ALLOWED_SOURCES_META}\"> is no origin \
                 (https://host or https://host:port) and allows nothing",
                entry.0
            )
            .into(),
        );
    }
    allowed
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
