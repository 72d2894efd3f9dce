//! The map drawn on a canvas: a long-lived [`Painter`] and what one frame draws. No signals
//! here: everything a frame depends on comes in one [`FrameInput`], and the pictures kept
//! between frames are keyed on what they show.

mod arc_paths;
mod arc_style;
mod drawn;
mod frame;
mod frame_input;
mod label_sprites;
mod label_text;
mod labels;
mod land_paths;
mod layers;
mod markers;
mod offscreen;
mod painter;
mod pictures;

pub use drawn::{Drawn, Names};
pub use frame_input::FrameInput;
pub use land_paths::{LandPaths, PREPARE_DETAIL_FROM_ZOOM};
pub use painter::{CannotDraw, Painter};
