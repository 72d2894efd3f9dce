//! The compact basemap that ships with the app: country outlines from Natural Earth.
//!
//! Each ring is quantised to `1 / scale` degrees and delta-encoded as flat
//! `[lon0, lat0, dlon1, dlat1, …]` integers, which keeps the file small and quick to parse.

use serde::{Deserialize, Serialize};

/// The basemap format version the app accepts.
pub const BASEMAP_SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Basemap {
    pub schema: u32,
    /// Units per degree of the integer coordinates.
    pub scale: f64,
    pub countries: Vec<BasemapCountry>,
    pub attribution: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BasemapCountry {
    /// ISO 3166-1 numeric code as Natural Earth gives it (may be empty for disputed areas).
    pub id: String,
    pub name: String,
    /// Delta-encoded rings (outer rings and holes alike; drawn with the even-odd rule).
    pub rings: Vec<Vec<i32>>,
}

impl BasemapCountry {
    /// The rings decoded to `(lon, lat)` degrees.
    pub fn decoded_rings(&self, scale: f64) -> Vec<Vec<(f64, f64)>> {
        self.rings
            .iter()
            .map(|ring| {
                let (mut lon, mut lat) = (0i64, 0i64);
                ring.chunks_exact(2)
                    .map(|pair| {
                        lon += i64::from(pair[0]);
                        lat += i64::from(pair[1]);
                        (lon as f64 / scale, lat as f64 / scale)
                    })
                    .collect()
            })
            .collect()
    }

    /// The box around the country's rings as (west, south, east, north) degrees, if it has any.
    pub fn bounds(&self, scale: f64) -> Option<(f64, f64, f64, f64)> {
        self.decoded_rings(scale)
            .into_iter()
            .flatten()
            .fold(None, |bounds, (lon, lat)| {
                let (west, south, east, north) = bounds.unwrap_or((lon, lat, lon, lat));
                Some((west.min(lon), south.min(lat), east.max(lon), north.max(lat)))
            })
    }

    /// Encodes rings of `(lon, lat)` degrees.
    pub fn encode_ring(ring: &[(f64, f64)], scale: f64) -> Vec<i32> {
        let mut previous = (0i32, 0i32);
        let mut encoded = Vec::with_capacity(ring.len() * 2);
        for &(lon, lat) in ring {
            let point = ((lon * scale).round() as i32, (lat * scale).round() as i32);
            if point == previous && !encoded.is_empty() {
                continue;
            }
            encoded.push(point.0 - previous.0);
            encoded.push(point.1 - previous.1);
            previous = point;
        }
        encoded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_round_trip_within_the_quantum() {
        let ring = [
            (8.05, 52.27),
            (117.28, 31.86),
            (-179.99, -16.5),
            (8.05, 52.27),
        ];
        let country = BasemapCountry {
            id: "276".into(),
            name: "Germany".into(),
            rings: vec![BasemapCountry::encode_ring(&ring, 100.0)],
        };
        let decoded = &country.decoded_rings(100.0)[0];
        assert_eq!(decoded.len(), ring.len());
        for (a, b) in decoded.iter().zip(ring) {
            assert!((a.0 - b.0).abs() <= 0.005 && (a.1 - b.1).abs() <= 0.005);
        }
    }

    #[test]
    fn bounds_hold_every_ring() {
        let rings = [
            [(5.9, 47.3), (15.0, 55.1), (5.9, 47.3)],
            [(8.0, 54.0), (8.5, 54.5), (8.0, 54.0)],
        ];
        let country = BasemapCountry {
            id: "276".into(),
            name: "Germany".into(),
            rings: rings
                .iter()
                .map(|ring| BasemapCountry::encode_ring(ring, 100.0))
                .collect(),
        };
        let (west, south, east, north) = country.bounds(100.0).unwrap();
        assert!((west - 5.9).abs() < 1e-9 && (south - 47.3).abs() < 1e-9);
        assert!((east - 15.0).abs() < 1e-9 && (north - 55.1).abs() < 1e-9);
        let empty = BasemapCountry {
            rings: vec![],
            ..country
        };
        assert_eq!(empty.bounds(100.0), None);
    }

    #[test]
    fn repeated_points_are_dropped() {
        let ring = [(1.0, 1.0), (1.001, 1.001), (2.0, 2.0)];
        assert_eq!(
            BasemapCountry::encode_ring(&ring, 100.0),
            [100, 100, 100, 100]
        );
    }
}
