//! Arcs as browser paths, built once per scene (or per set of flows) in world units and drawn
//! under a transform: one canvas call per look and chunk instead of one per point.

use crate::map::arc_look::ArcLook;
use crate::map::flows::Flow;
use crate::map::path_data::{thinned, trace};
use crate::map::projection::WorldPoint;
use crate::map::scene::Scene;
use web_sys::Path2d;

/// Beyond this many segments an atlas is heavy: its arcs are thinned to fewer segments each.
const HEAVY_SEGMENTS: usize = 60_000;
/// Segments per chunk of arcs, a share of work that fits in a frame.
const CHUNK_SEGMENTS: usize = 5_000;
/// Segments a heavy atlas's arc keeps at most: plenty for a curve a few hundred pixels long.
const HEAVY_ARC_SEGMENTS: usize = 16;

/// Arcs of one chunk, one path per look, in the order the looks first came.
pub type ArcChunk = Vec<(ArcLook, Path2d)>;

/// Arcs in chunks of about equal work.
pub struct ArcPaths {
    pub chunks: Vec<ArcChunk>,
}

impl ArcPaths {
    /// Every arc of a scene, ties before visits.
    pub fn of_scene(scene: &Scene) -> Option<ArcPaths> {
        let arcs = scene.arcs();
        ArcPaths::build(
            arcs.map(|arc| (ArcLook::of(arc.style), &arc.path[..]))
                .collect(),
        )
    }

    /// Flows added up as one stroke each, a chosen place's pairs as the scene's own arcs, and
    /// the visits over them.
    pub fn of_flows(flows: &[Flow], scene: &Scene) -> Option<ArcPaths> {
        let mut arcs: Vec<(ArcLook, &[WorldPoint])> = Vec::new();
        // The thin first, so that the few broad flows lie on top and read at a glance.
        let mut added_up: Vec<&Flow> = flows.iter().filter(|flow| !flow.is_pairs()).collect();
        added_up.sort_by_key(|flow| flow.count());
        for flow in added_up {
            arcs.push((ArcLook::flow(flow), &flow.path));
        }
        for flow in flows.iter().filter(|flow| flow.is_pairs()) {
            for arc in flow.ties.iter().filter_map(|&index| scene.ties.get(index)) {
                arcs.push((ArcLook::of(arc.style), &arc.path));
            }
        }
        for arc in &scene.visits {
            arcs.push((ArcLook::of(arc.style), &arc.path));
        }
        ArcPaths::build(arcs)
    }

    fn build(arcs: Vec<(ArcLook, &[WorldPoint])>) -> Option<Self> {
        let total: usize = arcs
            .iter()
            .map(|(_, path)| path.len().saturating_sub(1))
            .sum();
        let heavy = total > HEAVY_SEGMENTS;
        let mut chunks = Vec::new();
        let mut traces: Vec<(ArcLook, String)> = Vec::new();
        let mut in_chunk = 0;
        for (look, path) in arcs {
            let index = match traces.iter().position(|(known, _)| *known == look) {
                Some(index) => index,
                None => {
                    traces.push((look, String::new()));
                    traces.len() - 1
                }
            };
            let thin;
            let path = if heavy {
                thin = thinned(path, HEAVY_ARC_SEGMENTS);
                &thin
            } else {
                path
            };
            trace(&mut traces[index].1, path, false);
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

fn chunk_paths(traces: Vec<(ArcLook, String)>) -> Option<ArcChunk> {
    traces
        .into_iter()
        .map(|(look, text)| Some((look, Path2d::new_with_path_string(&text).ok()?)))
        .collect()
}
