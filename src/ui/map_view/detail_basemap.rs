//! The detailed basemap for close zooms: fetched as a close zoom approaches, then decoded and
//! turned into paths a few countries per task, so that no step holds up a frame for long.

use crate::map::basemap::project_country;
use crate::ui::canvas::LandPaths;
use crate::ui::load::{LoadError, Versioned, decode, fetch_text};
use crate::ui::runtime::next_task::next_task;
use atlas_model::{BASEMAP_SCHEMA_VERSION, BasemapCountry};
use serde::Deserialize;
use serde_json::value::RawValue;

/// Countries decoded per task: about 5 ms of work with Natural Earth 1:50m.
const COUNTRIES_PER_TASK: usize = 24;

/// A basemap whose countries are still undecoded JSON.
#[derive(Deserialize)]
struct UndecodedBasemap<'a> {
    schema: u32,
    scale: f64,
    #[serde(borrow)]
    countries: Vec<&'a RawValue>,
}

impl Versioned for UndecodedBasemap<'_> {
    fn schema(&self) -> u32 {
        self.schema
    }
}

pub async fn load_detailed_land(url: &str) -> Result<LandPaths, LoadError> {
    let text = fetch_text(url).await?;
    let basemap: UndecodedBasemap = decode(url, &text, BASEMAP_SCHEMA_VERSION)?;
    let mut countries = Vec::with_capacity(basemap.countries.len());
    for batch in basemap.countries.chunks(COUNTRIES_PER_TASK) {
        next_task().await;
        for raw in batch {
            let country: BasemapCountry = serde_json::from_str(raw.get())
                .map_err(|error| LoadError(format!("{url} does not fit the schema ({error})")))?;
            countries.push(project_country(&country, basemap.scale));
        }
    }
    LandPaths::build_between_frames(&countries)
        .await
        .ok_or_else(|| LoadError(format!("{url}: the browser refused its outlines")))
}
