//! Labels rasterised once: each text is drawn with its halo into a small picture of its own,
//! which every frame then copies to where the label stands. Drawing text with a halo is the
//! dearest thing on the map for a CPU; copying a picture is cheap.

use super::label_text::{COUNT_FONT, LINE, Text};
use super::offscreen::offscreen_canvas;
use crate::palette;
use std::cell::RefCell;
use std::collections::HashMap;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Room around a label's box for its halo, in CSS pixels.
const HALO_ROOM: f64 = 2.0;
/// Pictures kept at most: the texts of groups change with the zoom and the filters, and a kiosk
/// runs for days.
const KEPT: usize = 600;

struct Sprite {
    canvas: HtmlCanvasElement,
    width: f64,
    height: f64,
}

/// The pictures of the labels drawn so far, for one pixel ratio.
#[derive(Default)]
pub struct LabelSprites {
    sprites: RefCell<HashMap<Text, Sprite>>,
    ratio: RefCell<f64>,
}

impl LabelSprites {
    /// Draws `text` with its top left corner at (`left`, `top`), in CSS pixels under a screen
    /// transform of `ratio` device pixels each: from its picture, made first where it has none
    /// — but for the map's first frame, which writes its labels directly, so that the map
    /// appears without waiting for a hundred small pictures.
    pub fn draw(
        &self,
        context: &CanvasRenderingContext2d,
        text: &Text,
        (left, top): (f64, f64),
        size: (f64, f64),
        (ratio, first_frame): (f64, bool),
    ) {
        if *self.ratio.borrow() != ratio {
            self.sprites.borrow_mut().clear();
            *self.ratio.borrow_mut() = ratio;
        }
        if !self.sprites.borrow().contains_key(text) {
            let made = if first_frame {
                None
            } else {
                rasterise(text, size, ratio)
            };
            let Some(sprite) = made else {
                write(context, text, (left, top));
                return;
            };
            let mut sprites = self.sprites.borrow_mut();
            if sprites.len() >= KEPT {
                sprites.clear();
            }
            sprites.insert(text.clone(), sprite);
        }
        if let Some(sprite) = self.sprites.borrow().get(text) {
            // On whole device pixels, so that the copy is as sharp as the picture.
            let on_pixel = |value: f64| ((value - HALO_ROOM) * ratio).round() / ratio;
            let _ = context.draw_image_with_html_canvas_element_and_dw_and_dh(
                &sprite.canvas,
                on_pixel(left),
                on_pixel(top),
                sprite.width,
                sprite.height,
            );
        }
    }
}

/// Writes `text`'s lines with their halo, its box's top left corner at (`left`, `top`).
fn write(context: &CanvasRenderingContext2d, text: &Text, (left, top): (f64, f64)) {
    context.set_text_baseline("middle");
    context.set_line_join("round");
    context.set_stroke_style_str(palette::HALO);
    context.set_line_width(3.5);
    for (line, (font, words)) in text.0.iter().enumerate() {
        let (x, y) = (left + 1.0, top + 1.0 + LINE * (line as f64 + 0.5));
        context.set_font(font);
        context.stroke_text(words, x, y).ok();
        context.set_fill_style_str(if *font == COUNT_FONT {
            palette::LABEL_SOFT
        } else {
            palette::LABEL
        });
        context.fill_text(words, x, y).ok();
    }
}

/// A picture of `text` (`size` CSS pixels large) with room for its halo, at `ratio`.
fn rasterise(text: &Text, (width, height): (f64, f64), ratio: f64) -> Option<Sprite> {
    let (canvas, context) = offscreen_canvas()?;
    let (width, height) = (width + 2.0 * HALO_ROOM, height + 2.0 * HALO_ROOM);
    canvas.set_width((width * ratio).ceil() as u32);
    canvas.set_height((height * ratio).ceil() as u32);
    let _ = context.set_transform(ratio, 0.0, 0.0, ratio, 0.0, 0.0);
    write(&context, text, (HALO_ROOM, HALO_ROOM));
    Some(Sprite {
        canvas,
        width: (width * ratio).ceil() / ratio,
        height: (height * ratio).ceil() / ratio,
    })
}
