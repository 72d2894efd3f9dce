//! A scene's arcs as browser paths, built once per scene in world units and drawn under a
//! transform: one canvas call per style and chunk instead of one per point.

use crate::map::path_data::{thinned, trace};
use crate::map::scene::{ArcStyle, Scene};
use web_sys::Path2d;

/// Beyond this many segments an atlas is heavy: its arcs are thinned to fewer segments each.
const HEAVY_SEGMENTS: usize = 60_000;
/// Segments per chunk of arcs, a share of work that fits in a frame.
const CHUNK_SEGMENTS: usize = 5_000;
/// Segments a heavy atlas's arc keeps at most: plenty for a curve a few hundred pixels long.
const HEAVY_ARC_SEGMENTS: usize = 16;

/// Arcs of one chunk, one path per style, ties before visits.
pub type ArcChunk = Vec<(ArcStyle, Path2d)>;

/// Every arc of a scene, in chunks of about equal work.
pub struct ArcPaths {
    pub chunks: Vec<ArcChunk>,
}

impl ArcPaths {
    pub fn build(scene: &Scene) -> Option<ArcPaths> {
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
        Some(ArcPaths { chunks })
    }
}

fn chunk_paths(traces: Vec<(ArcStyle, String)>) -> Option<ArcChunk> {
    traces
        .into_iter()
        .map(|(style, text)| Some((style, Path2d::new_with_path_string(&text).ok()?)))
        .collect()
}
