//! Pictures of the still layers of the map (the land, every arc), kept between frames.
//!
//! A picture is keyed on everything it shows: its [`Layer`] (which draws it from nothing but
//! itself, so everything it depends on is in the key), the view, the screen's size and its
//! pixel ratio. While the map moves, a picture of the same layer is drawn scaled and shifted
//! to the new view: one image per frame, however much it shows; it covers a margin around the
//! screen, so a pan shows no gap at first. Once the view rests, a new picture is drawn off
//! screen step by step within a time budget per frame and shown when complete. A picture of
//! another layer (other arcs after a filter, say) is never shown: the new layer is drawn at
//! once, moving or not, its finished steps shown while the rest follow.

use super::offscreen::offscreen_canvas;
use crate::map::projection::{Projector, WorldPoint};
use crate::map::view::{View, Viewport};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// How long the view must rest before a new picture is drawn, in milliseconds.
const SETTLE_MS: f64 = 120.0;
/// The margin a picture covers beyond each side of the screen, as a share of the screen.
const MARGIN: f64 = 0.25;

/// What a picture shows, drawn in steps from nothing but itself.
pub trait Layer: Clone + PartialEq {
    /// How many steps drawing it takes.
    fn steps(&self) -> usize;
    /// Draws one step into `context`, whose pixels `projector` places, `size` CSS pixels large
    /// at `ratio` device pixels each.
    fn draw_step(
        &self,
        context: &CanvasRenderingContext2d,
        step: usize,
        projector: &Projector,
        size: Viewport,
        ratio: f64,
    );
}

/// A picture's key: the layer, and the view, screen and sharpness it was drawn for.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture<L> {
    pub layer: L,
    pub view: View,
    pub viewport: Viewport,
    pub ratio: f64,
}

impl<L> Picture<L> {
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

/// An off-screen canvas and the picture it holds, perhaps still being drawn.
struct Sheet<L> {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    shows: Option<Picture<L>>,
    next_step: usize,
}

impl<L: Layer> Sheet<L> {
    fn new() -> Option<Sheet<L>> {
        let (canvas, context) = offscreen_canvas()?;
        Some(Sheet {
            canvas,
            context,
            shows: None,
            next_step: 0,
        })
    }

    fn start(&mut self, picture: Picture<L>) {
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

    /// Draws steps within `budget`, at least one, or all of them when `whole`; true once the
    /// picture is complete.
    fn draw(&mut self, whole: bool, budget: &Budget) -> bool {
        let Some(picture) = self.shows.clone() else {
            return false;
        };
        let (steps, projector) = (picture.layer.steps(), picture.projector());
        let mut drawn = 0;
        while self.next_step < steps && (whole || drawn == 0 || (budget.clock)() < budget.deadline)
        {
            picture.layer.draw_step(
                &self.context,
                self.next_step,
                &projector,
                picture.covered(),
                picture.ratio,
            );
            // Reading a pixel makes the browser draw now, so the budget measures real work;
            // drawn whole, there is no budget, and each read would stall the first frame.
            if !whole {
                let _ = self.context.get_image_data(0.0, 0.0, 1.0, 1.0);
            }
            self.next_step += 1;
            drawn += 1;
        }
        self.next_step >= steps
    }

    fn shows_layer(&self, layer: &L) -> bool {
        self.shows
            .as_ref()
            .is_some_and(|shown| &shown.layer == layer)
    }
}

/// How a frame went for a layer.
pub struct Progress {
    /// Something of the wanted layer was drawn.
    pub shown: bool,
    /// The picture for this view is still to come: the frame after should look again.
    pub more: bool,
}

/// The time a frame may spend on pictures: the clock, and until when.
pub struct Budget<'a> {
    pub clock: &'a dyn Fn() -> f64,
    pub deadline: f64,
}

/// A layer's finished picture, and the next one being drawn.
pub struct PictureCache<L> {
    front: Sheet<L>,
    back: Sheet<L>,
    last_view: Option<(View, Viewport)>,
    last_change: f64,
}

impl<L: Layer> PictureCache<L> {
    pub fn new() -> Option<PictureCache<L>> {
        Some(PictureCache {
            front: Sheet::new()?,
            back: Sheet::new()?,
            last_view: None,
            last_change: 0.0,
        })
    }

    /// Draws `wanted` into `context` at `alpha` from the best picture there is of its layer,
    /// and works on the exact picture within `budget`: at once for a new layer (whole, the
    /// first time), else once the view has rested. `smooth` smooths a picture while scaled.
    pub fn paint(
        &mut self,
        context: &CanvasRenderingContext2d,
        wanted: Picture<L>,
        (alpha, smooth): (f64, bool),
        budget: &Budget,
    ) -> Progress {
        let started = (budget.clock)();
        if self.last_view != Some((wanted.view, wanted.viewport)) {
            self.last_view = Some((wanted.view, wanted.viewport));
            self.last_change = started;
        }
        let mut more = false;
        if self.front.shows.as_ref() != Some(&wanted) {
            let first = self.front.shows.is_none();
            let new_layer = !self.front.shows_layer(&wanted.layer);
            let resting = started - self.last_change >= SETTLE_MS;
            if first || new_layer || resting {
                // A new layer is drawn for the view it first shows; a resting view for itself.
                let restart = !self.back.shows_layer(&wanted.layer)
                    || (resting && self.back.shows.as_ref() != Some(&wanted));
                if restart {
                    self.back.start(wanted.clone());
                }
                // The first picture is drawn whole at once, so that the map opens complete;
                // so is a new layer while the view rests (a filter changed): one frame longer
                // than the budget beats a picture that fills in over several frames.
                if self.back.draw(first || (new_layer && resting), budget) {
                    std::mem::swap(&mut self.front, &mut self.back);
                } else {
                    more = true;
                }
            } else {
                more = true;
            }
        }
        let shown = if self.front.shows_layer(&wanted.layer) {
            draw_sheet(context, &self.front, &wanted, alpha, smooth)
        } else {
            // The old layer must not be seen: the new one as far as it is drawn.
            draw_sheet(context, &self.back, &wanted, alpha, smooth)
        };
        Progress { shown, more }
    }
}

/// A sheet's picture, scaled and shifted from the view it shows to `wanted`'s. A shift alone
/// moves it by whole pixels, unsmoothed and sharp; a change of scale is smoothed if `smooth`
/// asks for it (worth it for thin lines, at about 4 ms a frame on a CPU).
fn draw_sheet<L>(
    context: &CanvasRenderingContext2d,
    sheet: &Sheet<L>,
    wanted: &Picture<L>,
    alpha: f64,
    smooth: bool,
) -> bool {
    let Some(shown) = sheet.shows.as_ref() else {
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
        &sheet.canvas,
        0.0,
        0.0,
        covered.width,
        covered.height,
    );
    context.set_global_alpha(1.0);
    context.set_image_smoothing_enabled(true);
    true
}
