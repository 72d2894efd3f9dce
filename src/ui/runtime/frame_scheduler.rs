//! Coalesces redraw requests into at most one paint per animation frame; nothing is painted
//! while nothing changes or moves.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Calls its paint function on the next animation frame, once, however often it is asked;
/// again on the frame after while the paint says it is animating.
#[derive(Clone)]
pub struct FrameScheduler {
    pending: Rc<Cell<bool>>,
    paint: Rc<dyn Fn() -> bool>,
}

impl FrameScheduler {
    /// `paint` returns true while it wants another frame (an animation runs).
    pub fn new(paint: impl Fn() -> bool + 'static) -> Self {
        Self {
            pending: Rc::new(Cell::new(false)),
            paint: Rc::new(paint),
        }
    }

    pub fn request(&self) {
        if self.pending.replace(true) {
            return;
        }
        let this = self.clone();
        let callback = Closure::once_into_js(move || {
            this.pending.set(false);
            if (this.paint)() {
                this.request();
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(callback.unchecked_ref());
        }
    }
}
