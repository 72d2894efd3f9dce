//! The map's unchanging shapes as browser paths, built once in world units and drawn every
//! frame under a transform: one canvas call per layer instead of one per point.

use super::paint::CountryShape;
use crate::map::projection::WorldPoint;
use crate::map::scene::{ArcStyle, Scene};
use web_sys::Path2d;

/// Path units per world width. Large enough that single-precision path coordinates stay
/// well below a pixel apart at the deepest zoom.
pub const UNITS: f64 = 65_536.0;

/// From this zoom on, the detailed basemap is loaded and shown.
pub const DETAIL_FROM_ZOOM: f64 = 4.5;

pub struct MapPaths {
    /// Every country's rings, for an even-odd fill and a stroke of the borders.
    pub land: Path2d,
    /// The same from the detailed basemap, once it has arrived.
    pub detailed_land: Option<Path2d>,
    /// All arcs of one style in one path, ties before visits.
    pub arcs: Vec<(ArcStyle, Path2d)>,
}

impl MapPaths {
    pub fn build(countries: &[CountryShape], scene: &Scene) -> Option<MapPaths> {
        let land = land_path(countries)?;
        let mut arcs: Vec<(ArcStyle, Path2d)> = Vec::new();
        for arc in scene.arcs() {
            let index = match arcs.iter().position(|(style, _)| *style == arc.style) {
                Some(index) => index,
                None => {
                    arcs.push((arc.style, Path2d::new().ok()?));
                    arcs.len() - 1
                }
            };
            trace(&arcs[index].1, &arc.path);
        }
        Some(MapPaths {
            land,
            detailed_land: None,
            arcs,
        })
    }
}

/// One path of every ring of every country.
pub fn land_path(countries: &[CountryShape]) -> Option<Path2d> {
    let land = Path2d::new().ok()?;
    for ring in countries.iter().flatten() {
        trace(&land, ring);
        land.close_path();
    }
    Some(land)
}

fn trace(path: &Path2d, points: &[WorldPoint]) {
    for (index, point) in points.iter().enumerate() {
        let (x, y) = (point.x * UNITS, point.y * UNITS);
        if index == 0 {
            path.move_to(x, y);
        } else {
            path.line_to(x, y);
        }
    }
}
