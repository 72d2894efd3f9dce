//! The map's painter. What lives for the session — the canvas and its context, the pictures of
//! land and arcs, the paths of the scene shown, measured label widths, the emphasis worked out
//! for the current choice — is kept here; what one frame shows comes in a [`FrameInput`].

use super::arc_paths::ArcPaths;
use super::drawn::{Drawn, DrawnFlow, Names};
use super::frame::{DIMMED, Frame};
use super::frame_input::FrameInput;
use super::label_sprites::LabelSprites;
use super::label_text::LabelWidths;
use super::land_paths::{DETAIL_FROM_ZOOM, LandPaths};
use super::layers::{ArcLayer, LandLayer};
use super::pictures::{Budget, Picture, PictureCache};
use crate::by_address::ByAddress;
use crate::map::basemap::CountryShape;
use crate::map::emphasis::Emphasis;
use crate::map::flows::{SharedFlows, flow_width};
use crate::map::hit::middle_on_screen;
use crate::map::projection::TILE_SIZE;
use crate::map::scene::{Feature, Scene};
use atlas_model::PlaceId;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// How fast lit visits' dashes march, in pixels per millisecond.
const MARCH_SPEED: f64 = 0.012;
/// How much of a frame redrawing the land's and the arcs' pictures may take, in milliseconds.
const PICTURE_BUDGET_MS: f64 = 5.0;

/// Why the map cannot be drawn in this browser, in words for the page's detail line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CannotDraw(pub &'static str);

/// What a paint did.
pub struct Painted {
    pub drawn: Drawn,
    /// The arcs were shown (from a picture complete or still being drawn).
    pub arcs_shown: bool,
    /// Something moves (a lit visit's dashes): paint the next frame too.
    pub animating: bool,
    /// A picture is still being redrawn for this view.
    pub redrawing: bool,
}

/// The emphasis of what is chosen (whose places stand apart from groups) and of what is lit
/// (the choice and the hovered place's network), kept for the inputs they were made from.
struct Emphases {
    made_for: (ByAddress<Arc<Scene>>, Option<Feature>, Option<PlaceId>),
    chosen: Emphasis,
    lit: Emphasis,
}

pub struct Painter {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    names: Names,
    land: Rc<LandPaths>,
    land_picture: PictureCache<LandLayer>,
    arc_picture: PictureCache<ArcLayer>,
    pair_paths: Option<(ByAddress<Arc<Scene>>, Rc<ArcPaths>)>,
    flow_paths: Option<(SharedFlows, Rc<ArcPaths>)>,
    emphases: Option<Emphases>,
    label_widths: LabelWidths,
    label_sprites: LabelSprites,
    /// Whether a frame has been painted yet.
    painted: bool,
}

impl Painter {
    /// A painter for `canvas` over the basemap's `countries`, or what the browser refused.
    pub fn new(
        canvas: HtmlCanvasElement,
        countries: &[CountryShape],
        names: Names,
    ) -> Result<Painter, CannotDraw> {
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|context| context.dyn_into().ok())
            .ok_or(CannotDraw("the browser gives the map no 2D canvas"))?;
        let land = LandPaths::build(countries).ok_or(CannotDraw(
            "the browser refused the outlines of the countries",
        ))?;
        let no_pictures = CannotDraw("the browser gives the map no canvas for its pictures");
        Ok(Painter {
            canvas,
            context,
            names,
            land: Rc::new(land),
            land_picture: PictureCache::new().ok_or(no_pictures)?,
            arc_picture: PictureCache::new().ok_or(no_pictures)?,
            pair_paths: None,
            flow_paths: None,
            emphases: None,
            label_widths: LabelWidths::default(),
            label_sprites: LabelSprites::default(),
            painted: false,
        })
    }

    /// Paints `input`; `clock` tells the time in milliseconds, for the pictures' budget and the
    /// dashes' march. `None` where the browser refuses the scene's paths.
    pub fn paint(&mut self, input: &FrameInput, clock: &dyn Fn() -> f64) -> Option<Painted> {
        let started = clock();
        let budget = Budget {
            clock,
            deadline: started + PICTURE_BUDGET_MS,
        };
        self.fit_canvas(input);
        let arcs = self.arc_paths_for(input)?;
        self.update_emphases(input);
        let Emphases { chosen, lit, .. } = self.emphases.as_ref()?;
        let context = &self.context;
        let ratio = input.pixel_ratio;
        let _ = context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
        context.set_fill_style_str(&input.colours.sea);
        context.fill_rect(0.0, 0.0, input.viewport.width, input.viewport.height);

        let close =
            input.view.projector(input.viewport).scale >= TILE_SIZE * DETAIL_FROM_ZOOM.exp2();
        let land = match &input.detail {
            Some(detailed) if close => detailed.clone(),
            _ => ByAddress(self.land.clone()),
        };
        let land = self.land_picture.paint(
            context,
            picture(
                LandLayer {
                    paths: land,
                    fill: input.colours.land.clone(),
                },
                input,
            ),
            (1.0, false),
            &budget,
        );
        let strength = if lit.steps_back() { DIMMED } else { 1.0 };
        let arcs = self.arc_picture.paint(
            context,
            picture(
                ArcLayer {
                    paths: ByAddress(arcs),
                },
                input,
            ),
            (strength, true),
            &budget,
        );
        let frame = Frame {
            context,
            input,
            projector: input.view.projector(input.viewport),
            chosen,
            lit,
            march: input.motion.then_some(started * MARCH_SPEED),
            names: &self.names,
            label_widths: &self.label_widths,
            label_sprites: &self.label_sprites,
            first_frame: !self.painted,
        };
        let (mut drawn, animating) = frame.paint_over_pictures();
        drawn.flows = drawn_flows(input);
        self.painted = true;
        Some(Painted {
            drawn,
            arcs_shown: arcs.shown,
            animating,
            redrawing: land.more || arcs.more,
        })
    }

    /// Makes the browser rasterise what was drawn now, by reading a pixel back.
    pub fn read_one_pixel(&self) {
        let _ = self.context.get_image_data(0.0, 0.0, 1.0, 1.0);
    }

    fn fit_canvas(&self, input: &FrameInput) {
        let (width, height) = (
            (input.viewport.width * input.pixel_ratio).round() as u32,
            (input.viewport.height * input.pixel_ratio).round() as u32,
        );
        if self.canvas.width() != width || self.canvas.height() != height {
            self.canvas.set_width(width);
            self.canvas.set_height(height);
        }
    }

    /// The paths of the flows or of the pairs the frame shows, built anew when they are
    /// others; the pairs are kept while flows are shown, for a zoom back in.
    fn arc_paths_for(&mut self, input: &FrameInput) -> Option<Rc<ArcPaths>> {
        if let Some(flows) = &input.flows {
            return cached(&mut self.flow_paths, flows, || {
                ArcPaths::of_flows(flows, &input.scene)
            });
        }
        let scene = &input.scene;
        cached(&mut self.pair_paths, scene, || ArcPaths::of_scene(scene))
    }

    fn update_emphases(&mut self, input: &FrameInput) {
        let made_for = (
            input.scene.clone(),
            input.selected.clone(),
            input.hovered.clone(),
        );
        if self
            .emphases
            .as_ref()
            .is_some_and(|kept| kept.made_for == made_for)
        {
            return;
        }
        let scene = &input.scene;
        self.emphases = Some(Emphases {
            chosen: Emphasis::of(scene, input.selected.as_ref(), None),
            lit: Emphasis::of(scene, input.selected.as_ref(), input.hovered.as_ref()),
            made_for,
        });
    }
}

/// The paths kept in `slot` if they were built for `key`, else those `build` makes, kept.
fn cached<K: PartialEq + Clone>(
    slot: &mut Option<(K, Rc<ArcPaths>)>,
    key: &K,
    build: impl FnOnce() -> Option<ArcPaths>,
) -> Option<Rc<ArcPaths>> {
    if let Some((built_for, paths)) = slot.as_ref()
        && built_for == key
    {
        return Some(paths.clone());
    }
    let paths = Rc::new(build()?);
    *slot = Some((key.clone(), paths.clone()));
    Some(paths)
}

/// The flows added up in the frame, each with the middle of its stroke on screen.
fn drawn_flows(input: &FrameInput) -> Vec<DrawnFlow> {
    let Some(flows) = &input.flows else {
        return Vec::new();
    };
    let projector = input.view.projector(input.viewport);
    flows
        .iter()
        .filter(|flow| !flow.is_pairs())
        .filter_map(|flow| {
            let middle = middle_on_screen(&flow.path, &projector)?;
            Some(DrawnFlow {
                from: flow.from.key(),
                to: flow.to.key(),
                ties: flow.count(),
                width: flow_width(flow.count()),
                kind: flow.main_kind(),
                x: middle.x,
                y: middle.y,
            })
        })
        .collect()
}

/// The picture of `layer` for the frame's view.
fn picture<L>(layer: L, input: &FrameInput) -> Picture<L> {
    Picture {
        layer,
        view: input.view,
        viewport: input.viewport,
        ratio: input.pixel_ratio,
    }
}
