//! The state every component shares: language, selection and the loaded data.

use super::paint::CountryShape;
use crate::map::arcs::unwrap_longitudes;
use crate::map::projection::{WorldPoint, project_lon_lat};
use crate::map::scene::{Feature, Scene};
use atlas_model::{Atlas, Basemap, BasemapCountry, Lang, PlaceId};
use leptos::prelude::*;

/// The reader's choices, shared through context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub selected: RwSignal<Option<Feature>>,
}

/// The atlas with everything derived from it once, when it arrives.
pub struct Loaded {
    pub atlas: Atlas,
    pub scene: Scene,
    pub countries: Vec<CountryShape>,
    /// Set when the basemap could not be loaded: the map then works without outlines.
    pub basemap_problem: Option<String>,
}

impl Loaded {
    pub fn new(atlas: Atlas, basemap: Result<Basemap, String>) -> Loaded {
        let scene = Scene::build(&atlas);
        let (countries, basemap_problem) = match basemap {
            Ok(basemap) => (project_basemap(&basemap), None),
            Err(problem) => (Vec::new(), Some(problem)),
        };
        Loaded {
            atlas,
            scene,
            countries,
            basemap_problem,
        }
    }

    /// A place's name in the reader's language (its id if the atlas lacks it).
    pub fn place_name(&self, id: &PlaceId, lang: Lang) -> String {
        self.atlas
            .place(id)
            .map(|place| match lang {
                Lang::De => place.names.de.clone(),
                Lang::En => place.names.en.clone(),
            })
            .unwrap_or_else(|| id.to_string())
    }
}

/// A basemap's outlines in world coordinates, ready to paint.
pub fn project_basemap(basemap: &Basemap) -> Vec<CountryShape> {
    basemap
        .countries
        .iter()
        .map(|country| project_country(country, basemap.scale))
        .collect()
}

/// One country's rings in world coordinates.
pub fn project_country(country: &BasemapCountry, scale: f64) -> CountryShape {
    country
        .decoded_rings(scale)
        .into_iter()
        .map(|mut ring| {
            // Rings over the antimeridian run on past ±180° instead of across the world.
            unwrap_longitudes(&mut ring);
            ring.into_iter()
                .map(|(lon, lat)| project_lon_lat(lon, lat))
                .collect::<Vec<WorldPoint>>()
        })
        .collect()
}
