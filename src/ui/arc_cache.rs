//! A cached picture of the arcs, for atlases with more arcs than a frame can stroke.
//!
//! While the map moves, the last finished picture is drawn scaled and shifted to the new view:
//! one image per frame, however many arcs. Once the map rests, a new picture is drawn off
//! screen a few chunks per frame, within a time budget, and shown when it is complete.

use super::arc_layers::stroke_chunk;
use super::map_paths::ArcChunk;
use crate::map::projection::WorldPoint;
use crate::map::view::{View, Viewport};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// How long the view must rest before a new picture is drawn, in milliseconds.
const SETTLE_MS: f64 = 120.0;
/// How much of a frame drawing a picture may take, in milliseconds.
const BUDGET_MS: f64 = 10.0;

/// What a picture shows: the view, the canvas's size and sharpness, and the arcs' strength.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Picture {
    pub view: View,
    pub viewport: Viewport,
    pub ratio: f64,
    pub strength: f64,
}

struct Layer {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    shows: Option<Picture>,
    next_chunk: usize,
}

impl Layer {
    fn new() -> Option<Layer> {
        let canvas: HtmlCanvasElement = web_sys::window()?
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Layer {
            canvas,
            context,
            shows: None,
            next_chunk: 0,
        })
    }

    fn start(&mut self, picture: Picture) {
        let (width, height) = (
            (picture.viewport.width * picture.ratio).round() as u32,
            (picture.viewport.height * picture.ratio).round() as u32,
        );
        if self.canvas.width() != width || self.canvas.height() != height {
            self.canvas.set_width(width);
            self.canvas.set_height(height);
        }
        let _ = self.context.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        self.context
            .clear_rect(0.0, 0.0, f64::from(width), f64::from(height));
        self.shows = Some(picture);
        self.next_chunk = 0;
    }
}

pub struct ArcCache {
    front: Layer,
    back: Layer,
    last_view: Option<(View, Viewport)>,
    last_change: f64,
}

impl ArcCache {
    pub fn new() -> Option<ArcCache> {
        Some(ArcCache {
            front: Layer::new()?,
            back: Layer::new()?,
            last_view: None,
            last_change: 0.0,
        })
    }

    /// Draws the arcs of `wanted` into `context` from the cache, and works on a new picture
    /// when the view rests. True while it needs more frames.
    pub fn paint(
        &mut self,
        context: &CanvasRenderingContext2d,
        chunks: &[ArcChunk],
        wanted: Picture,
        now: &dyn Fn() -> f64,
    ) -> bool {
        let started = now();
        if self.last_view != Some((wanted.view, wanted.viewport)) {
            self.last_view = Some((wanted.view, wanted.viewport));
            self.last_change = started;
        }
        let mut more = false;
        if self.front.shows != Some(wanted) {
            if started - self.last_change >= SETTLE_MS {
                if self.back.shows != Some(wanted) {
                    self.back.start(wanted);
                }
                let projector = wanted.view.projector(wanted.viewport);
                while self.back.next_chunk < chunks.len() && now() - started < BUDGET_MS {
                    let chunk = &chunks[self.back.next_chunk];
                    stroke_chunk(
                        &self.back.context,
                        chunk,
                        &projector,
                        wanted.viewport,
                        wanted.ratio,
                        wanted.strength,
                    );
                    // Reading a pixel makes the browser draw now, so the budget measures real work.
                    let _ = self.back.context.get_image_data(0.0, 0.0, 1.0, 1.0);
                    self.back.next_chunk += 1;
                }
                if self.back.next_chunk == chunks.len() {
                    std::mem::swap(&mut self.front, &mut self.back);
                } else {
                    more = true;
                }
            } else {
                more = true;
            }
        }
        self.draw_front(context, wanted);
        more
    }

    /// The finished picture, scaled and shifted from the view it shows to `wanted`'s.
    fn draw_front(&self, context: &CanvasRenderingContext2d, wanted: Picture) {
        let Some(shown) = self.front.shows else {
            return;
        };
        let (then, now) = (
            shown.view.projector(shown.viewport),
            wanted.view.projector(wanted.viewport),
        );
        let scale = now.scale / then.scale;
        let origin = WorldPoint::new(0.0, 0.0);
        let (from, to) = (then.to_screen(origin), now.to_screen(origin));
        let ratio = wanted.ratio;
        let _ = context.set_transform(
            ratio * scale,
            0.0,
            0.0,
            ratio * scale,
            ratio * (to.x - from.x * scale),
            ratio * (to.y - from.y * scale),
        );
        let _ = context.draw_image_with_html_canvas_element_and_dw_and_dh(
            &self.front.canvas,
            0.0,
            0.0,
            shown.viewport.width,
            shown.viewport.height,
        );
    }
}
