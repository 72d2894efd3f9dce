//! Coalesces redraw requests into at most one paint per animation frame.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Calls its paint function on the next animation frame, once, however often it is asked.
#[derive(Clone)]
pub struct FrameScheduler {
    pending: Rc<Cell<bool>>,
    paint: Rc<dyn Fn()>,
}

impl FrameScheduler {
    pub fn new(paint: impl Fn() + 'static) -> Self {
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
            (this.paint)();
        });
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(callback.unchecked_ref());
        }
    }
}
