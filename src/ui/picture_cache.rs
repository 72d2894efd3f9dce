//! A picture of a still layer of the map (the land, or every arc), for frames that move.
//!
//! While the map moves, the last finished picture is drawn scaled and shifted to the new view:
//! one image per frame, however much it shows. A picture covers a margin around the screen, so
//! a pan shows no gap at first. Once the view rests, a new picture is drawn off screen step by
//! step within a time budget per frame, and shown when it is complete.

use crate::map::projection::{Projector, WorldPoint};
use crate::map::view::{View, Viewport};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// How long the view must rest before a new picture is drawn, in milliseconds.
const SETTLE_MS: f64 = 120.0;
/// The margin a picture covers beyond each side of the screen, as a share of the screen.
const MARGIN: f64 = 0.25;

/// What a picture shows: the view, the screen's size and sharpness, and a number that changes
/// when the layer's content does (the detailed land arriving, say).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Picture {
    pub view: View,
    pub viewport: Viewport,
    pub ratio: f64,
    pub content: u32,
}

impl Picture {
    /// The size of the picture: the screen and its margins.
    fn covered(&self) -> Viewport {
        Viewport {
            width: (self.viewport.width * (1.0 + 2.0 * MARGIN)).round(),
            height: (self.viewport.height * (1.0 + 2.0 * MARGIN)).round(),
        }
    }

    /// Where the picture's pixels lie in the world.
    fn projector(&self) -> Projector {
        self.view.projector(self.covered())
    }
}

/// Draws one step of a layer into a picture: `(context, step, projector, size, pixel ratio)`.
pub type DrawStep<'a> = &'a dyn Fn(&CanvasRenderingContext2d, usize, &Projector, Viewport, f64);

struct Layer {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    shows: Option<Picture>,
    next_step: usize,
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
            next_step: 0,
        })
    }

    fn start(&mut self, picture: Picture) {
        let covered = picture.covered();
        let (width, height) = (
            (covered.width * picture.ratio).round() as u32,
            (covered.height * picture.ratio).round() as u32,
        );
        if self.canvas.width() != width || self.canvas.height() != height {
            self.canvas.set_width(width);
            self.canvas.set_height(height);
        }
        let _ = self.context.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        self.context
            .clear_rect(0.0, 0.0, f64::from(width), f64::from(height));
        self.shows = Some(picture);
        self.next_step = 0;
    }
}

/// How a frame went for a picture.
pub struct Progress {
    /// A picture (perhaps of an earlier view) was drawn.
    pub shown: bool,
    /// The picture for this view is still to come: the frame after should look again.
    pub more: bool,
}

pub struct PictureCache {
    front: Layer,
    back: Layer,
    last_view: Option<(View, Viewport)>,
    last_change: f64,
}

impl PictureCache {
    pub fn new() -> Option<PictureCache> {
        Some(PictureCache {
            front: Layer::new()?,
            back: Layer::new()?,
            last_view: None,
            last_change: 0.0,
        })
    }

    /// Draws the layer for `wanted` into `context` at `alpha` from the finished picture, and
    /// works on a new picture of `steps` steps while the clock is before `deadline`, once the
    /// view rests (at once and whole while there is no picture yet). `smooth` smooths the
    /// picture while it is scaled.
    pub fn paint(
        &mut self,
        context: &CanvasRenderingContext2d,
        wanted: Picture,
        (alpha, smooth): (f64, bool),
        (steps, draw_step): (usize, DrawStep),
        (now, deadline): (&dyn Fn() -> f64, f64),
    ) -> Progress {
        let started = now();
        if self.last_view != Some((wanted.view, wanted.viewport)) {
            self.last_view = Some((wanted.view, wanted.viewport));
            self.last_change = started;
        }
        let mut more = false;
        if self.front.shows != Some(wanted) {
            let resting = started - self.last_change >= SETTLE_MS;
            if resting || self.front.shows.is_none() {
                if self.back.shows != Some(wanted) {
                    self.back.start(wanted);
                }
                let projector = wanted.projector();
                // The first picture is drawn whole at once, so that the map opens complete.
                let first = self.front.shows.is_none();
                while self.back.next_step < steps && (first || now() < deadline) {
                    draw_step(
                        &self.back.context,
                        self.back.next_step,
                        &projector,
                        wanted.covered(),
                        wanted.ratio,
                    );
                    // Reading a pixel makes the browser draw now, so the budget measures real work.
                    let _ = self.back.context.get_image_data(0.0, 0.0, 1.0, 1.0);
                    self.back.next_step += 1;
                }
                if self.back.next_step >= steps {
                    std::mem::swap(&mut self.front, &mut self.back);
                } else {
                    more = true;
                }
            } else {
                more = true;
            }
        }
        let shown = self.draw_front(context, wanted, alpha, smooth);
        Progress { shown, more }
    }

    /// The finished picture, scaled and shifted from the view it shows to `wanted`'s. A shift
    /// alone moves it by whole pixels, unsmoothed and sharp; a change of scale is smoothed if
    /// `smooth` asks for it (worth it for thin lines, at about 4 ms a frame on a CPU).
    fn draw_front(
        &self,
        context: &CanvasRenderingContext2d,
        wanted: Picture,
        alpha: f64,
        smooth: bool,
    ) -> bool {
        let Some(shown) = self.front.shows else {
            return false;
        };
        let (then, now) = (shown.projector(), wanted.view.projector(wanted.viewport));
        let scale = now.scale / then.scale;
        let origin = WorldPoint::new(0.0, 0.0);
        let (from, to) = (then.to_screen(origin), now.to_screen(origin));
        let ratio = wanted.ratio;
        let shifted_only = (scale - 1.0).abs() < 1e-9 && shown.ratio == ratio;
        let (mut dx, mut dy) = (
            ratio * (to.x - from.x * scale),
            ratio * (to.y - from.y * scale),
        );
        if shifted_only {
            (dx, dy) = (dx.round(), dy.round());
        }
        let _ = context.set_transform(ratio * scale, 0.0, 0.0, ratio * scale, dx, dy);
        let covered = shown.covered();
        context.set_global_alpha(alpha);
        context.set_image_smoothing_enabled(smooth && !shifted_only);
        let _ = context.draw_image_with_html_canvas_element_and_dw_and_dh(
            &self.front.canvas,
            0.0,
            0.0,
            covered.width,
            covered.height,
        );
        context.set_global_alpha(1.0);
        context.set_image_smoothing_enabled(true);
        true
    }
}
