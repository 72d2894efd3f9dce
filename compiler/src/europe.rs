//! Which places of Türkiye lie in Europe: East Thrace, west of the Bosphorus, the Sea of
//! Marmara and the Dardanelles.

use atlas_model::Coordinates;
use geo::{Contains, LineString, Point, Polygon};
use std::sync::LazyLock;

/// East Thrace, as (longitude, latitude): the Black Sea coast and the Greek and Bulgarian
/// borders lie outside it only where no place of Türkiye is, so only the line along the
/// straits is drawn closely (within about a kilometre of each shore).
const EAST_THRACE: [(f64, f64); 16] = [
    (25.5, 42.3),
    (29.2, 42.3),
    (29.12, 41.22),
    (29.06, 41.10),
    (29.03, 41.06),
    (28.995, 41.02),
    (28.99, 41.0),
    (28.5, 40.85),
    (27.5, 40.75),
    (26.9, 40.55),
    (26.68, 40.38),
    (26.45, 40.2),
    (26.36, 40.12),
    (26.2, 40.0),
    (25.5, 40.0),
    (25.5, 42.3),
];

static THRACE: LazyLock<Polygon<f64>> =
    LazyLock::new(|| Polygon::new(LineString::from(EAST_THRACE.to_vec()), Vec::new()));

/// True for a place of Türkiye (`TR`) in its European part.
pub fn in_europe(country: &str, location: Coordinates) -> bool {
    country == "TR" && THRACE.contains(&Point::new(location.lon, location.lat))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> bool {
        in_europe("TR", Coordinates::lat_lon(lat, lon))
    }

    #[test]
    fn istanbuls_european_districts_are_in_europe() {
        assert!(at(41.031944, 28.976111), "Beyoğlu");
        assert!(at(41.05, 29.016667), "Beşiktaş");
        assert!(at(41.191111, 29.009444), "Sarıyer");
        assert!(at(41.02072, 28.58502), "Büyükçekmece");
        assert!(at(40.9781, 27.51101), "Tekirdağ");
    }

    #[test]
    fn the_asian_shore_and_anatolia_are_not() {
        assert!(!at(41.1342, 29.0922), "Beykoz");
        assert!(!at(40.9934, 29.0374), "Kadıköy");
        assert!(!at(40.9833, 29.1167), "Ataşehir");
        assert!(!at(40.15552, 26.41271), "Çanakkale");
        assert!(!at(39.92, 32.85), "Ankara");
    }

    #[test]
    fn only_places_of_turkiye_are_judged() {
        assert!(!in_europe("DE", Coordinates::lat_lon(41.03, 28.97)));
    }
}
