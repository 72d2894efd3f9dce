//! The basemap's outlines in world coordinates, ready to be drawn.

use super::arcs::unwrap_longitudes;
use super::projection::{WorldPoint, project_lon_lat};
use atlas_model::{Basemap, BasemapCountry};

/// A country's outline in world coordinates: its rings.
pub type CountryShape = Vec<Vec<WorldPoint>>;

/// Every country of a basemap in world coordinates.
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
