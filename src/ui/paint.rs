//! Painting one frame on the canvas: basemap, arcs, markers and labels.
//!
//! Pure drawing: it gets the shapes and a projector and never touches signals.

use super::arc_layers::{ArcLook, stroke_chunk, world_copies, world_transform};
use super::land_paths::LandPaths;
use super::map_paths::{DETAIL_FROM_ZOOM, MapPaths};
use super::picture_cache::{Picture, PictureCache, Progress};
use crate::map::clusters::{Cluster, clusters_for};
use crate::map::hit::arc_turns;
use crate::map::projection::{Projector, TILE_SIZE, WorldPoint};
use crate::map::scene::{ArcShape, ArcStyle, Feature, Marker, Scene};
use crate::map::view::{View, Viewport};
use crate::map::world_box::WorldBox;
use crate::palette::{self, MapColours};
use atlas_model::{PlaceId, PlaceKind};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, CanvasWindingRule};

/// A country's outline in world coordinates.
pub type CountryShape = Vec<Vec<WorldPoint>>;

/// What one frame shows.
pub struct Frame<'a> {
    pub context: &'a CanvasRenderingContext2d,
    pub paths: &'a MapPaths,
    /// The detailed basemap, shown at close zooms once it is ready.
    pub detailed_land: Option<&'a LandPaths>,
    /// Label widths by text, measured once.
    pub label_widths: &'a RefCell<HashMap<String, f64>>,
    pub view: View,
    pub projector: Projector,
    pub viewport: Viewport,
    /// Pictures of the land and of the arcs, redrawn only when the view rests.
    pub pictures: &'a RefCell<Pictures>,
    /// The time in milliseconds, for the pictures' budget.
    pub clock: &'a dyn Fn() -> f64,
    /// Until when in this frame the pictures may be redrawn (on the clock's scale).
    pub deadline: f64,
    pub pixel_ratio: f64,
    pub selected: Option<&'a Feature>,
    /// A place whose network is lit while the rest of the map is dimmed.
    pub focus: Option<&'a PlaceId>,
    /// How far lit visits' dashes have marched, in pixels; `None` when motion is unwanted.
    pub march: Option<f64>,
    pub colours: &'a MapColours,
}

/// The still layers of the map, each kept as a picture.
pub struct Pictures {
    pub land: PictureCache,
    pub arcs: PictureCache,
}

impl Pictures {
    pub fn new() -> Option<Pictures> {
        Some(Pictures {
            land: PictureCache::new()?,
            arcs: PictureCache::new()?,
        })
    }
}

/// What a paint showed: the labelled places, whether the arcs were shown, whether something on
/// it is moving, and whether a picture is still being redrawn.
pub struct Painted {
    pub labelled: Vec<PlaceId>,
    pub arcs_shown: bool,
    pub animating: bool,
    pub redrawing: bool,
}

/// How much of its strength a feature outside the lit network keeps.
pub(super) const DIMMED: f64 = 0.18;

impl Frame<'_> {
    /// Paints the frame.
    pub fn paint(&self, scene: &Scene, label: &dyn Fn(&PlaceId) -> String) -> Painted {
        let mut animating = false;
        let context = self.context;
        self.screen_transform();
        context.set_fill_style_str(&self.colours.sea);
        context.fill_rect(0.0, 0.0, self.viewport.width, self.viewport.height);
        let land = self.paint_land();
        let strength = if self.focus.is_some() { DIMMED } else { 1.0 };
        let arcs = self.paint_arcs(strength);
        self.screen_transform();
        context.set_global_alpha(strength);
        for arc in &scene.visits {
            self.paint_arrowhead(arc, palette::VISIT);
        }
        context.set_global_alpha(1.0);
        if let Some(place) = self.focus {
            for arc in scene.arcs_lit_by(place) {
                animating |= self.paint_single_arc(arc);
            }
        }
        if let Some(selected) = self.selected {
            for arc in scene.arcs().filter(|arc| &arc.feature == selected) {
                animating |= self.paint_highlighted_arc(arc);
            }
        }
        let network = self.focus.map(|place| scene.network_of(place));
        let lit = |cluster: &Cluster| {
            network.as_ref().is_none_or(|places| {
                cluster
                    .members
                    .iter()
                    .any(|&index| places.contains(&&scene.markers[index].place))
            })
        };
        let clusters = clusters_for(scene, &self.projector, self.selected);
        for cluster in &clusters {
            context.set_global_alpha(if lit(cluster) { 1.0 } else { DIMMED + 0.2 });
            if cluster.is_group() {
                self.paint_group(cluster);
            } else {
                self.paint_marker(&scene.markers[cluster.members[0]]);
            }
        }
        context.set_global_alpha(1.0);
        Painted {
            labelled: self.paint_labels(scene, &clusters, label, &lit),
            arcs_shown: arcs.shown,
            animating,
            redrawing: land.more || arcs.more,
        }
    }

    /// Sets an arc's dashes; a visit's march along it, so that it shows where it goes.
    /// True when the dashes move.
    fn set_dashes(&self, look: &ArcLook, style: ArcStyle) -> bool {
        let dash = js_sys::Array::new();
        for length in look.dash {
            dash.push(&JsValue::from(*length));
        }
        let context = self.context;
        context.set_line_dash(&dash).ok();
        match (style, self.march) {
            (ArcStyle::Visit, Some(march)) => {
                context.set_line_dash_offset(-march);
                true
            }
            _ => {
                context.set_line_dash_offset(0.0);
                false
            }
        }
    }

    /// Draws in CSS pixels.
    fn screen_transform(&self) {
        let ratio = self.pixel_ratio;
        let _ = self.context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
    }

    /// The land, from its picture: the detailed outlines at close zooms once they are ready.
    fn paint_land(&self) -> Progress {
        let (land, content) = match self.detailed_land {
            Some(detailed) if self.projector.scale >= TILE_SIZE * DETAIL_FROM_ZOOM.exp2() => {
                (detailed, 1)
            }
            _ => (&self.paths.land, 0),
        };
        let draw_region = |context: &CanvasRenderingContext2d,
                           step: usize,
                           projector: &Projector,
                           size: Viewport,
                           ratio: f64| {
            let screen = WorldBox::on_screen(projector, size.width, size.height);
            context.set_fill_style_str(&self.colours.land);
            context.set_stroke_style_str(palette::BORDER);
            for copy in world_copies(projector, size) {
                if let Some(path) = land.region_if_visible(step, copy, screen) {
                    let per_unit = world_transform(context, projector, ratio, copy);
                    context.set_line_width(0.7 / per_unit);
                    context.fill_with_path_2d_and_winding(path, CanvasWindingRule::Evenodd);
                    context.stroke_with_path(path);
                }
            }
        };
        self.pictures.borrow_mut().land.paint(
            self.context,
            self.picture(content),
            (1.0, false),
            (land.regions(), &draw_region),
            (self.clock, self.deadline),
        )
    }

    /// Every arc at `strength` of its usual opacity, from their picture.
    fn paint_arcs(&self, strength: f64) -> Progress {
        let chunks = &self.paths.chunks;
        let draw_chunk = |context: &CanvasRenderingContext2d,
                          step: usize,
                          projector: &Projector,
                          size: Viewport,
                          ratio: f64| {
            stroke_chunk(context, &chunks[step], projector, size, ratio);
        };
        self.pictures.borrow_mut().arcs.paint(
            self.context,
            self.picture(self.paths.version),
            (strength, true),
            (chunks.len(), &draw_chunk),
            (self.clock, self.deadline),
        )
    }

    /// What a picture of this frame's view shows; `content` tells versions of a layer apart.
    fn picture(&self, content: u32) -> Picture {
        Picture {
            view: self.view,
            viewport: self.viewport,
            ratio: self.pixel_ratio,
            content,
        }
    }

    fn trace(&self, path: &[WorldPoint], copy: f64) {
        for (index, point) in path.iter().enumerate() {
            let on_screen = self
                .projector
                .to_screen(WorldPoint::new(point.x + copy, point.y));
            if index == 0 {
                self.context.move_to(on_screen.x, on_screen.y);
            } else {
                self.context.line_to(on_screen.x, on_screen.y);
            }
        }
    }

    /// One arc at full strength, over a dimmed map; true when it moves.
    fn paint_single_arc(&self, arc: &ArcShape) -> bool {
        let context = self.context;
        let look = ArcLook::of(arc.style);
        let moving = self.set_dashes(&look, arc.style);
        context.set_global_alpha(look.alpha);
        context.set_stroke_style_str(look.colour);
        context.set_line_width(look.width);
        context.begin_path();
        self.trace(&arc.path, arc_turns(arc, &self.projector));
        context.stroke();
        if arc.style == ArcStyle::Visit {
            self.paint_arrowhead(arc, look.colour);
        }
        context.set_global_alpha(1.0);
        context.set_line_dash(&js_sys::Array::new()).ok();
        moving
    }

    /// The chosen arc, drawn again on top with a halo; true when it moves.
    fn paint_highlighted_arc(&self, arc: &ArcShape) -> bool {
        let context = self.context;
        let look = ArcLook::of(arc.style);
        context.set_line_dash(&js_sys::Array::new()).ok();
        context.set_stroke_style_str(palette::SELECTION);
        context.set_line_width(look.width + 5.0);
        context.begin_path();
        self.trace(&arc.path, arc_turns(arc, &self.projector));
        context.stroke();
        let moving = self.set_dashes(&look, arc.style);
        context.set_stroke_style_str(look.colour);
        context.set_line_width(look.width + 1.2);
        context.begin_path();
        self.trace(&arc.path, arc_turns(arc, &self.projector));
        context.stroke();
        if arc.style == ArcStyle::Visit {
            self.paint_arrowhead(arc, look.colour);
        }
        context.set_line_dash(&js_sys::Array::new()).ok();
        moving
    }

    /// An arrowhead a little before the end of a visit leg, pointing where the visit went.
    fn paint_arrowhead(&self, arc: &ArcShape, colour: &str) {
        let path = &arc.path;
        let Some(index) = path.len().checked_sub(1).filter(|&last| last >= 2) else {
            return;
        };
        let turns = arc_turns(arc, &self.projector);
        let on_screen = |point: WorldPoint| {
            self.projector
                .to_screen(WorldPoint::new(point.x + turns, point.y))
        };
        let tip_index = index - index / 8;
        let tip = on_screen(path[tip_index]);
        let tail = on_screen(path[tip_index - 1]);
        let angle = (tip.y - tail.y).atan2(tip.x - tail.x);
        let size = 9.0;
        let context = self.context;
        context.set_fill_style_str(colour);
        context.begin_path();
        context.move_to(tip.x, tip.y);
        for side in [2.6_f64, -2.6] {
            context.line_to(
                tip.x - size * (angle + side / 6.0).cos(),
                tip.y - size * (angle + side / 6.0).sin(),
            );
        }
        context.close_path();
        context.fill();
    }

    fn paint_marker(&self, marker: &Marker) {
        let at = self.projector.to_screen_near(marker.at);
        let context = self.context;
        let radius = 3.0 + (marker.degree.min(10) as f64) * 0.35;
        let selected =
            matches!(self.selected, Some(Feature::Place(place)) if place == &marker.place);
        context.begin_path();
        context
            .arc(
                at.x,
                at.y,
                radius + if selected { 3.0 } else { 0.0 },
                0.0,
                std::f64::consts::TAU,
            )
            .ok();
        match marker.kind {
            PlaceKind::City => {
                context.set_fill_style_str(if selected {
                    palette::SELECTION
                } else {
                    palette::MARKER
                });
                context.fill();
                context.set_stroke_style_str("#ffffff");
                context.set_line_width(1.2);
                context.stroke();
            }
            _ => {
                context.set_fill_style_str("rgba(255,255,255,0.75)");
                context.fill();
                context.set_stroke_style_str(if selected {
                    palette::SELECTION
                } else {
                    palette::MARKER
                });
                context.set_line_width(2.0);
                context.stroke();
            }
        }
    }
}
