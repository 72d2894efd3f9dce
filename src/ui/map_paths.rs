//! The map's unchanging shapes as browser paths, built once in world units and drawn every
//! frame under a transform: one canvas call per layer instead of one per point.

use super::land_paths::LandPaths;
use super::paint::CountryShape;
use crate::map::projection::WorldPoint;
use crate::map::scene::{ArcStyle, Scene};
use web_sys::Path2d;

/// Path units per world width. Large enough that single-precision path coordinates stay
/// well below a pixel apart at the deepest zoom.
pub const UNITS: f64 = 65_536.0;

/// From this zoom on, the detailed basemap is shown.
pub const DETAIL_FROM_ZOOM: f64 = 4.5;
/// From this zoom on, the detailed basemap is fetched and prepared, so that it is ready when
/// the view reaches `DETAIL_FROM_ZOOM`.
pub const PREPARE_DETAIL_FROM_ZOOM: f64 = DETAIL_FROM_ZOOM - 0.5;

/// Beyond this many segments an atlas is heavy: its arcs are thinned to fewer segments each.
const HEAVY_SEGMENTS: usize = 60_000;
/// Segments per chunk of arcs, a share of work that fits in a frame.
const CHUNK_SEGMENTS: usize = 5_000;
/// Segments a heavy atlas's arc keeps at most: plenty for a curve a few hundred pixels long.
const HEAVY_ARC_SEGMENTS: usize = 16;

/// Arcs of one chunk, one path per style, ties before visits.
pub type ArcChunk = Vec<(ArcStyle, Path2d)>;

pub struct MapPaths {
    /// Every country's rings, for an even-odd fill and a stroke of the borders.
    pub land: LandPaths,
    /// Every arc, in chunks of about equal work.
    pub chunks: Vec<ArcChunk>,
    /// Tells the arcs of one scene from another's, so that their picture is redrawn.
    pub version: u32,
}

impl MapPaths {
    pub fn build(countries: &[CountryShape], scene: &Scene, version: u32) -> Option<MapPaths> {
        let land = LandPaths::build(countries)?;
        let total: usize = scene
            .arcs()
            .map(|arc| arc.path.len().saturating_sub(1))
            .sum();
        let heavy = total > HEAVY_SEGMENTS;
        let mut chunks = Vec::new();
        let mut traces: Vec<(ArcStyle, String)> = Vec::new();
        let mut in_chunk = 0;
        for arc in scene.arcs() {
            let index = match traces.iter().position(|(style, _)| *style == arc.style) {
                Some(index) => index,
                None => {
                    traces.push((arc.style, String::new()));
                    traces.len() - 1
                }
            };
            let path = if heavy {
                thinned(&arc.path, HEAVY_ARC_SEGMENTS)
            } else {
                arc.path.clone()
            };
            trace(&mut traces[index].1, &path, false);
            in_chunk += path.len().saturating_sub(1);
            if in_chunk >= CHUNK_SEGMENTS {
                chunks.push(chunk_paths(std::mem::take(&mut traces))?);
                in_chunk = 0;
            }
        }
        if !traces.is_empty() {
            chunks.push(chunk_paths(traces)?);
        }
        Some(MapPaths {
            land,
            chunks,
            version,
        })
    }
}

/// Every n-th point of a path, its ends kept, so that it has at most `segments` segments.
fn thinned(path: &[WorldPoint], segments: usize) -> Vec<WorldPoint> {
    let step = path
        .len()
        .saturating_sub(1)
        .div_ceil(segments.max(1))
        .max(1);
    let mut points: Vec<WorldPoint> = path.iter().step_by(step).copied().collect();
    if let Some(&last) = path.last()
        && points.last() != Some(&last)
    {
        points.push(last);
    }
    points
}

fn chunk_paths(traces: Vec<(ArcStyle, String)>) -> Option<ArcChunk> {
    traces
        .into_iter()
        .map(|(style, text)| Some((style, Path2d::new_with_path_string(&text).ok()?)))
        .collect()
}

/// Appends `points` to SVG path data: handed to the browser as one string, the path is parsed
/// natively instead of point by point across the WebAssembly boundary.
pub fn trace(text: &mut String, points: &[WorldPoint], closed: bool) {
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
