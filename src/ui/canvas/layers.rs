//! The map's two still layers, land and arcs, each drawn into a picture from nothing but
//! itself: what a layer shows is its key (see [`super::pictures`]).

use super::arc_paths::ArcPaths;
use super::arc_style::{stroke_chunk, world_transform};
use super::land_paths::LandPaths;
use super::pictures::Layer;
use crate::by_address::ByAddress;
use crate::map::projection::Projector;
use crate::map::view::{Viewport, world_copies};
use crate::map::world_box::WorldBox;
use crate::palette;
use std::rc::Rc;
use web_sys::{CanvasRenderingContext2d, CanvasWindingRule};

/// The countries' outlines (coarse or detailed), filled in the land's colour.
#[derive(Clone, PartialEq)]
pub struct LandLayer {
    pub paths: ByAddress<Rc<LandPaths>>,
    pub fill: String,
}

impl Layer for LandLayer {
    fn steps(&self) -> usize {
        self.paths.regions()
    }

    fn draw_step(
        &self,
        context: &CanvasRenderingContext2d,
        step: usize,
        projector: &Projector,
        size: Viewport,
        ratio: f64,
    ) {
        let screen = WorldBox::on_screen(projector, size.width, size.height);
        context.set_fill_style_str(&self.fill);
        context.set_stroke_style_str(palette::BORDER);
        for copy in world_copies(projector, size) {
            if let Some(path) = self.paths.region_if_visible(step, copy, screen) {
                let per_unit = world_transform(context, projector, ratio, copy);
                context.set_line_width(0.7 / per_unit);
                context.fill_with_path_2d_and_winding(path, CanvasWindingRule::Evenodd);
                context.stroke_with_path(path);
            }
        }
    }
}

/// Every arc of the scene shown.
#[derive(Clone, PartialEq)]
pub struct ArcLayer {
    pub paths: ByAddress<Rc<ArcPaths>>,
}

impl Layer for ArcLayer {
    fn steps(&self) -> usize {
        self.paths.chunks.len()
    }

    fn draw_step(
        &self,
        context: &CanvasRenderingContext2d,
        step: usize,
        projector: &Projector,
        size: Viewport,
        ratio: f64,
    ) {
        stroke_chunk(context, &self.paths.chunks[step], projector, size, ratio);
    }
}
