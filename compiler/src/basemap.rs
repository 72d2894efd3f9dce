//! Building the app's basemap from Natural Earth country outlines (world-atlas TopoJSON).

use crate::error::Error;
use crate::topojson::features;
use atlas_model::{BASEMAP_SCHEMA_VERSION, Basemap, BasemapCountry};
use std::path::Path;

/// Units per degree: coordinates are kept to 0.01°.
pub const SCALE: f64 = 100.0;

/// The TopoJSON object holding the countries in world-atlas.
pub const OBJECT: &str = "countries";

pub const ATTRIBUTION: &str = "Natural Earth (public domain), via world-atlas";

/// Reads a world-atlas TopoJSON file into a basemap.
pub fn from_file(path: &Path) -> Result<Basemap, Error> {
    let json = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_owned(),
        source,
    })?;
    from_topojson(&json).map_err(|message| Error::Topojson {
        path: path.to_owned(),
        message,
    })
}

/// Decodes the countries of a TopoJSON text; rings that collapse to fewer than three
/// points at this scale are left out.
pub fn from_topojson(json: &str) -> Result<Basemap, String> {
    let countries = features(json, OBJECT)?
        .into_iter()
        .map(|feature| BasemapCountry {
            id: feature.id,
            name: feature.name,
            rings: feature
                .rings
                .iter()
                .map(|ring| BasemapCountry::encode_ring(ring, SCALE))
                .filter(|ring| ring.len() >= 6)
                .collect(),
        })
        .filter(|country| !country.rings.is_empty())
        .collect();
    Ok(Basemap {
        schema: BASEMAP_SCHEMA_VERSION,
        scale: SCALE,
        countries,
        attribution: ATTRIBUTION.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_countries_at_a_hundredth_of_a_degree() {
        let json = r#"{"type": "Topology",
            "transform": {"scale": [0.5, 0.25], "translate": [5.0, 50.0]},
            "arcs": [[[0, 0], [2, 0], [0, 4], [-2, 0], [0, -4]], [[0, 0], [0, 0], [0, 0]]],
            "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0]], "id": "276", "properties": {"name": "Germany"}},
                {"type": "Polygon", "arcs": [[1]], "id": "999", "properties": {"name": "Speck"}}
            ]}}}"#;
        let basemap = from_topojson(json).unwrap();
        assert_eq!(basemap.scale, 100.0);
        assert_eq!(
            basemap.attribution,
            "Natural Earth (public domain), via world-atlas"
        );
        assert_eq!(basemap.countries.len(), 1);
        let germany = &basemap.countries[0];
        assert_eq!(
            germany.rings,
            [vec![500, 5000, 100, 0, 0, 100, -100, 0, 0, -100]]
        );
        assert_eq!(germany.decoded_rings(100.0)[0][2], (6.0, 51.0));
    }
}
