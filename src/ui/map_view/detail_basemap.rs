//! The detailed basemap for close zooms: fetched as a close zoom approaches, then decoded and
//! turned into paths a few countries per task, so that no step holds up a frame for long.

use crate::map::basemap::project_country;
use crate::ui::canvas::{LandPaths, PREPARE_DETAIL_FROM_ZOOM};
use crate::ui::host::page_url::detailed_basemap_file;
use crate::ui::load::{LoadError, Versioned, decode, fetch_bytes};
use crate::ui::map_view::map_state::MapState;
use crate::ui::runtime::next_task::next_task;
use atlas_model::{BASEMAP_SCHEMA_VERSION, BasemapCountry};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::rc::Rc;

/// Starts loading the detailed basemap once the view comes close to where it is drawn.
pub fn load_detail_when_close(map: MapState) {
    let requested = StoredValue::new(false);
    Effect::new(move |_| {
        let close = map.view.get();
        if close.is_some_and(|current| current.zoom >= PREPARE_DETAIL_FROM_ZOOM) {
            load_detail_once(map, requested);
        }
    });
}

/// Loads the detailed basemap the first time the view comes near a close zoom. Without it the map keeps
/// its coarse outlines, so a failure here changes nothing a reader depends on.
fn load_detail_once(map: MapState, requested: StoredValue<bool>) {
    if requested.get_value() {
        return;
    }
    requested.set_value(true);
    spawn_local(async move {
        if let Ok(land) = load_detailed_land(&detailed_basemap_file().url).await {
            map.detail.set(Some(Rc::new(land)));
        }
    });
}

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
    let bytes = fetch_bytes(url).await?;
    let basemap: UndecodedBasemap = decode(url, &bytes, BASEMAP_SCHEMA_VERSION)?;
    let mut countries = Vec::with_capacity(basemap.countries.len());
    for batch in basemap.countries.chunks(COUNTRIES_PER_TASK) {
        next_task().await;
        for raw in batch {
            // From bytes, as the atlas is: one JSON reader compiled, not two.
            let country: BasemapCountry = serde_json::from_slice(raw.get().as_bytes())
                .map_err(|error| LoadError(format!("{url} does not fit the schema ({error})")))?;
            countries.push(project_country(&country, basemap.scale));
        }
    }
    LandPaths::build_between_frames(&countries)
        .await
        .ok_or_else(|| LoadError(format!("{url}: the browser refused its outlines")))
}
