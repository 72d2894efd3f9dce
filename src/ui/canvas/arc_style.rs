//! Stroking chunks of arcs under a world transform into a picture.

use super::arc_paths::ArcChunk;
use crate::map::path_data::UNITS;
use crate::map::projection::{Projector, WorldPoint};
use crate::map::view::Viewport;
use crate::map::view::world_copies;
use wasm_bindgen::JsValue;
use web_sys::CanvasRenderingContext2d;

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
