//! Decoding TopoJSON (as world-atlas ships Natural Earth): quantised, delta-encoded arcs
//! stitched into polygon rings of `(lon, lat)` degrees.

use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

#[derive(Debug, Deserialize)]
struct Topology {
    #[serde(rename = "type")]
    kind: String,
    transform: Option<Transform>,
    arcs: Vec<Vec<Vec<f64>>>,
    objects: HashMap<String, Geometry>,
}

#[derive(Debug, Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Debug, Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: Option<String>,
    id: Option<Value>,
    #[serde(default)]
    properties: HashMap<String, Value>,
    arcs: Option<Value>,
    geometries: Option<Vec<Geometry>>,
}

/// A ring of `(lon, lat)` points.
pub type Ring = Vec<(f64, f64)>;

/// One feature of a geometry collection: its id, `name` property and rings.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    pub id: String,
    pub name: String,
    /// Every ring of every polygon (outer rings and holes alike).
    pub rings: Vec<Ring>,
}

/// Decodes the features of the geometry collection `object` of a TopoJSON text.
pub fn features(json: &str, object: &str) -> Result<Vec<Feature>, String> {
    let topology: Topology = serde_json::from_str(json).map_err(|error| error.to_string())?;
    if topology.kind != "Topology" {
        return Err(format!("type is {:?}, not \"Topology\"", topology.kind));
    }
    let arcs = decode_arcs(&topology)?;
    let collection = topology
        .objects
        .get(object)
        .ok_or_else(|| format!("it has no object {object:?}"))?;
    let geometries = collection
        .geometries
        .as_ref()
        .ok_or_else(|| format!("object {object:?} is not a GeometryCollection"))?;
    geometries
        .iter()
        .map(|geometry| feature(geometry, &arcs))
        .collect()
}

/// The arcs in degrees, undoing the quantisation and delta encoding.
fn decode_arcs(topology: &Topology) -> Result<Vec<Ring>, String> {
    topology
        .arcs
        .iter()
        .enumerate()
        .map(|(index, arc)| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .map(|position| {
                    let [dx, dy] = position[..] else {
                        return Err(format!("arc {index} has a position without two numbers"));
                    };
                    Ok(match &topology.transform {
                        Some(transform) => {
                            x += dx;
                            y += dy;
                            (
                                x * transform.scale[0] + transform.translate[0],
                                y * transform.scale[1] + transform.translate[1],
                            )
                        }
                        None => (dx, dy),
                    })
                })
                .collect()
        })
        .collect()
}

fn feature(geometry: &Geometry, arcs: &[Ring]) -> Result<Feature, String> {
    let id = match &geometry.id {
        Some(Value::String(id)) => id.clone(),
        Some(Value::Number(id)) => id.to_string(),
        _ => String::new(),
    };
    let name = geometry
        .properties
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    fn parse<T: serde::de::DeserializeOwned>(value: &Value, name: &str) -> Result<T, String> {
        serde_json::from_value(value.clone()).map_err(|error| format!("feature {name:?}: {error}"))
    }
    let polygons: Vec<Vec<Vec<i64>>> = match (geometry.kind.as_deref(), &geometry.arcs) {
        (Some("Polygon"), Some(value)) => vec![parse(value, &name)?],
        (Some("MultiPolygon"), Some(value)) => parse(value, &name)?,
        (None, _) => Vec::new(),
        (Some(kind), _) => return Err(format!("feature {name:?} is a {kind}, not a polygon")),
    };
    let rings = polygons
        .iter()
        .flatten()
        .map(|ring| stitch(ring, arcs))
        .collect::<Result<_, _>>()?;
    Ok(Feature { id, name, rings })
}

/// Joins arcs into a ring; `~i` (negative) means arc `i` reversed. Each arc after the
/// first starts where the previous ended, so its first point is dropped.
pub fn stitch(indices: &[i64], arcs: &[Ring]) -> Result<Ring, String> {
    let mut ring: Ring = Vec::new();
    for &index in indices {
        let (at, reversed) = if index < 0 {
            (!index, true)
        } else {
            (index, false)
        };
        let arc = usize::try_from(at)
            .ok()
            .and_then(|at| arcs.get(at))
            .ok_or_else(|| format!("arc {index} does not exist"))?;
        let mut points = arc.clone();
        if reversed {
            points.reverse();
        }
        let skip = usize::from(!ring.is_empty());
        ring.extend(points.into_iter().skip(skip));
    }
    Ok(ring)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &str = r#"{
        "type": "Topology",
        "transform": {"scale": [0.5, 0.25], "translate": [5.0, 50.0]},
        "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, 0], [0, -4]]],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "id": "276", "properties": {"name": "Germany"}},
            {"type": "MultiPolygon", "arcs": [[[-2, -1]]], "id": "156", "properties": {"name": "China"}},
            {"type": null, "properties": {"name": "Nowhere"}}
        ]}}
    }"#;

    #[test]
    fn decodes_quantised_delta_arcs_into_rings() {
        let features = features(SQUARE, "countries").unwrap();
        assert_eq!(features.len(), 3);
        assert_eq!(features[0].id, "276");
        assert_eq!(features[0].name, "Germany");
        assert_eq!(
            features[0].rings,
            [vec![
                (5.0, 50.0),
                (6.0, 50.0),
                (6.0, 51.0),
                (5.0, 51.0),
                (5.0, 50.0)
            ]]
        );
        assert!(features[2].rings.is_empty());
    }

    #[test]
    fn negative_indices_reverse_arcs() {
        let features = features(SQUARE, "countries").unwrap();
        assert_eq!(
            features[1].rings,
            [vec![
                (5.0, 50.0),
                (5.0, 51.0),
                (6.0, 51.0),
                (6.0, 50.0),
                (5.0, 50.0)
            ]]
        );
    }

    #[test]
    fn reports_a_missing_object_or_arc() {
        assert_eq!(
            features(SQUARE, "land").unwrap_err(),
            "it has no object \"land\""
        );
        assert_eq!(stitch(&[7], &[]).unwrap_err(), "arc 7 does not exist");
    }
}
