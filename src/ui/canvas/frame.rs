//! One frame's drawing over the pictures of land and arcs: what is chosen or lit drawn live at
//! full strength, markers and groups, a visit's stop numbers, and labels.
//!
//! Pure drawing: it gets the frame's input and the emphasis, never a signal.

use super::drawn::{Drawn, Names};
use super::frame_input::FrameInput;
use super::label_sprites::LabelSprites;
use super::label_text::LabelWidths;
use crate::map::arc_look::ArcLook;
use crate::map::clusters::{Cluster, clusters_for, holdings};
use crate::map::emphasis::Emphasis;
use crate::map::hit::arc_turns;
use crate::map::projection::{Projector, WorldPoint};
use crate::map::scene::{ArcShape, ArcStyle};
use crate::palette;
use wasm_bindgen::JsValue;
use web_sys::CanvasRenderingContext2d;

/// How much of its strength a feature outside what is chosen or lit keeps.
pub const DIMMED: f64 = 0.18;

/// What one frame draws with.
pub struct Frame<'a> {
    pub context: &'a CanvasRenderingContext2d,
    pub input: &'a FrameInput,
    pub projector: Projector,
    /// What is chosen: its places stand apart from groups.
    pub chosen: &'a Emphasis,
    /// What is chosen or lit by the pointer: drawn at full strength, the rest stepped back.
    pub lit: &'a Emphasis,
    /// How far lit visits' dashes have marched, in pixels; `None` when motion is unwanted.
    pub march: Option<f64>,
    pub names: &'a Names,
    /// Label widths by font and text, measured once.
    pub label_widths: &'a LabelWidths,
    /// Labels drawn once as pictures, copied where they stand.
    pub label_sprites: &'a LabelSprites,
    /// The map's first frame, which should come as soon as it can.
    pub first_frame: bool,
}

impl Frame<'_> {
    /// Draws everything over the pictures; says what it drew and whether something moves.
    pub fn paint_over_pictures(&self) -> (Drawn, bool) {
        let context = self.context;
        let scene = &*self.input.scene;
        self.screen_transform();
        let stepped_back = self.lit.steps_back();
        context.set_global_alpha(if stepped_back { DIMMED } else { 1.0 });
        for arc in &scene.visits {
            self.paint_arrowhead(arc, palette::VISIT);
        }
        context.set_global_alpha(1.0);
        let mut animating = false;
        for &index in &self.lit.arcs {
            animating |= self.paint_lit_arc(scene.arc(index));
        }
        if let Some(selected) = &self.input.selected {
            for arc in scene.arcs().filter(|arc| &arc.feature == selected) {
                animating |= self.paint_chosen_arc(arc);
            }
        }
        let clusters = clusters_for(scene, &self.projector, self.chosen);
        let holdings = holdings(&clusters, scene);
        let mut drawn = Drawn::default();
        for (cluster, holding) in clusters.iter().zip(&holdings) {
            context.set_global_alpha(if self.is_lit(cluster) {
                1.0
            } else {
                DIMMED + 0.2
            });
            drawn.markers.push(self.paint_cluster(cluster, holding));
        }
        context.set_global_alpha(1.0);
        drawn.stops = self.paint_stop_numbers();
        drawn.labels = self.paint_labels(&clusters, &holdings, &drawn);
        (drawn, animating)
    }

    /// Whether a cluster holds something lit (everything is, while nothing is chosen).
    pub(super) fn is_lit(&self, cluster: &Cluster) -> bool {
        !self.lit.steps_back()
            || cluster
                .members
                .iter()
                .any(|&index| self.lit.marks(&self.input.scene.markers[index].place))
    }

    /// Draws in CSS pixels.
    pub(super) fn screen_transform(&self) {
        let ratio = self.input.pixel_ratio;
        let _ = self.context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
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

    /// Follows `arc` point by point on the screen, for the few arcs drawn over the pictures.
    fn trace_on_screen(&self, arc: &ArcShape) {
        let turns = arc_turns(arc, &self.projector);
        for (index, point) in arc.path.iter().enumerate() {
            let on_screen = self
                .projector
                .to_screen(WorldPoint::new(point.x + turns, point.y));
            if index == 0 {
                self.context.move_to(on_screen.x, on_screen.y);
            } else {
                self.context.line_to(on_screen.x, on_screen.y);
            }
        }
    }

    fn stroke_arc(&self, arc: &ArcShape, colour: &str, width: f64) {
        let context = self.context;
        context.set_stroke_style_str(colour);
        context.set_line_width(width);
        context.begin_path();
        self.trace_on_screen(arc);
        context.stroke();
    }

    /// One arc of what is lit, at full strength over the stepped-back map; true when it moves.
    fn paint_lit_arc(&self, arc: &ArcShape) -> bool {
        let look = ArcLook::of(arc.style);
        let moving = self.set_dashes(&look, arc.style);
        self.context.set_global_alpha(look.alpha.max(0.85));
        self.stroke_arc(arc, look.colour, look.width + 0.6);
        if arc.style == ArcStyle::Visit {
            self.paint_arrowhead(arc, look.colour);
        }
        self.context.set_global_alpha(1.0);
        self.context.set_line_dash(&js_sys::Array::new()).ok();
        moving
    }

    /// The chosen arc, drawn again on top with a halo; true when it moves.
    fn paint_chosen_arc(&self, arc: &ArcShape) -> bool {
        let look = ArcLook::of(arc.style);
        self.context.set_line_dash(&js_sys::Array::new()).ok();
        self.stroke_arc(arc, palette::SELECTION, look.width + 5.0);
        let moving = self.set_dashes(&look, arc.style);
        self.stroke_arc(arc, look.colour, look.width + 1.2);
        if arc.style == ArcStyle::Visit {
            self.paint_arrowhead(arc, look.colour);
        }
        self.context.set_line_dash(&js_sys::Array::new()).ok();
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
}
