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

/// Arcs beyond this many segments are too many to stroke every frame: they are drawn into a
/// cached picture instead (see `arc_cache`).
const HEAVY_SEGMENTS: usize = 60_000;
/// Segments per chunk of arcs, a share of work that fits in a frame.
const CHUNK_SEGMENTS: usize = 1_500;
/// Segments a heavy atlas's arc keeps at most: plenty for a curve a few hundred pixels long.
const HEAVY_ARC_SEGMENTS: usize = 16;

/// Arcs of one chunk, one path per style, ties before visits.
pub type ArcChunk = Vec<(ArcStyle, Path2d)>;

pub struct MapPaths {
    /// Every country's rings, for an even-odd fill and a stroke of the borders.
    pub land: Path2d,
    /// The same from the detailed basemap, once it has arrived.
    pub detailed_land: Option<Path2d>,
    /// Every arc, in chunks of about equal work.
    pub chunks: Vec<ArcChunk>,
    segments: usize,
}

impl MapPaths {
    pub fn build(countries: &[CountryShape], scene: &Scene) -> Option<MapPaths> {
        let land = land_path(countries)?;
        let total: usize = scene
            .arcs()
            .map(|arc| arc.path.len().saturating_sub(1))
            .sum();
        let heavy = total > HEAVY_SEGMENTS;
        let mut chunks = Vec::new();
        let mut traces: Vec<(ArcStyle, String)> = Vec::new();
        let (mut in_chunk, mut segments) = (0, 0);
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
            let added = path.len().saturating_sub(1);
            (in_chunk, segments) = (in_chunk + added, segments + added);
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
            detailed_land: None,
            chunks,
            segments: total.max(segments),
        })
    }

    /// True when the arcs are too many to stroke every frame.
    pub fn is_heavy(&self) -> bool {
        self.segments > HEAVY_SEGMENTS
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
