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
        let mut traces: Vec<(ArcStyle, String)> = Vec::new();
        for arc in scene.arcs() {
            let index = match traces.iter().position(|(style, _)| *style == arc.style) {
                Some(index) => index,
                None => {
                    traces.push((arc.style, String::new()));
                    traces.len() - 1
                }
            };
            trace(&mut traces[index].1, &arc.path, false);
        }
        let arcs = traces
            .into_iter()
            .map(|(style, text)| Some((style, Path2d::new_with_path_string(&text).ok()?)))
            .collect::<Option<Vec<_>>>()?;
        Some(MapPaths {
            land,
            detailed_land: None,
            arcs,
        })
    }
}

/// One path of every ring of every country.
pub fn land_path(countries: &[CountryShape]) -> Option<Path2d> {
    let mut text = String::new();
    for ring in countries.iter().flatten() {
        trace(&mut text, ring, true);
    }
    Path2d::new_with_path_string(&text).ok()
}

/// Appends `points` to SVG path data: handed to the browser as one string, the path is parsed
/// natively instead of point by point across the WebAssembly boundary.
fn trace(text: &mut String, points: &[WorldPoint], closed: bool) {
    use std::fmt::Write;
    for (index, point) in points.iter().enumerate() {
        let command = if index == 0 { 'M' } else { 'L' };
        let _ = write!(
            text,
            "{command}{:.2} {:.2}",
            point.x * UNITS,
            point.y * UNITS
        );
    }
    if closed && !points.is_empty() {
        text.push('Z');
    }
}
