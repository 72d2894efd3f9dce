//! How arcs look, and stroking chunks of them under a world transform into a picture.

use super::arc_paths::ArcChunk;
use crate::map::flows::{Flow, flow_width};
use crate::map::path_data::UNITS;
use crate::map::projection::{Projector, ScreenPoint, WorldPoint};
use crate::map::scene::ArcStyle;
use crate::map::view::Viewport;
use crate::palette;
use atlas_model::Confidence;
use wasm_bindgen::JsValue;
use web_sys::CanvasRenderingContext2d;

/// How an arc of one style is stroked, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ArcLook {
    pub colour: &'static str,
    pub width: f64,
    pub alpha: f64,
    pub dash: &'static [f64],
}

impl ArcLook {
    pub fn of(style: ArcStyle) -> ArcLook {
        match style {
            ArcStyle::Tie { kind, confidence } => ArcLook {
                colour: palette::tie_colour(kind),
                width: 1.0,
                alpha: if confidence == Confidence::Verified {
                    0.8
                } else {
                    0.5
                },
                dash: if confidence == Confidence::ListOnly {
                    &[2.0, 3.0]
                } else {
                    &[]
                },
            },
            ArcStyle::Visit => ArcLook {
                colour: palette::VISIT,
                width: 2.2,
                alpha: 0.95,
                dash: &[7.0, 4.0],
            },
        }
    }

    /// A flow of ties added up: as wide as its count asks, in the colour of the kind most of
    /// its ties are, and the fainter the fewer ties it holds, so that the broad flows stand out
    /// of the many single ones; solid, since it adds up ties of every kind of source.
    pub fn flow(flow: &Flow) -> ArcLook {
        let width = flow_width(flow.count());
        ArcLook {
            colour: flow.main_kind().map_or(palette::VISIT, palette::tie_colour),
            width,
            alpha: 0.4 + 0.45 * (width / 6.0).min(1.0),
            dash: &[],
        }
    }
}

/// The world copies (whole turns east or west) that overlap the viewport.
pub fn world_copies(projector: &Projector, viewport: Viewport) -> impl Iterator<Item = f64> {
    let west = projector.to_world(ScreenPoint::new(0.0, 0.0)).x;
    let east = projector.to_world(ScreenPoint::new(viewport.width, 0.0)).x;
    (west.floor() as i64..=east.floor() as i64).map(|copy| copy as f64)
}

/// Sets `context` to draw in path units, shifted by `copy` world widths; gives pixels per unit.
pub fn world_transform(
    context: &CanvasRenderingContext2d,
    projector: &Projector,
    ratio: f64,
    copy: f64,
) -> f64 {
    let origin = projector.to_screen(WorldPoint::new(copy, 0.0));
    let per_unit = projector.scale / UNITS;
    let _ = context.set_transform(
        ratio * per_unit,
        0.0,
        0.0,
        ratio * per_unit,
        ratio * origin.x,
        ratio * origin.y,
    );
    per_unit
}

/// Strokes every arc of `chunk`, in every visible copy of the world.
pub fn stroke_chunk(
    context: &CanvasRenderingContext2d,
    chunk: &ArcChunk,
    projector: &Projector,
    viewport: Viewport,
    ratio: f64,
) {
    for copy in world_copies(projector, viewport) {
        let per_unit = world_transform(context, projector, ratio, copy);
        for (look, path) in chunk {
            let dash = js_sys::Array::new();
            for length in look.dash {
                dash.push(&JsValue::from(length / per_unit));
            }
            context.set_line_dash(&dash).ok();
            context.set_global_alpha(look.alpha);
            context.set_stroke_style_str(look.colour);
            context.set_line_width(look.width / per_unit);
            context.stroke_with_path(path);
        }
    }
    context.set_global_alpha(1.0);
    context.set_line_dash(&js_sys::Array::new()).ok();
}
