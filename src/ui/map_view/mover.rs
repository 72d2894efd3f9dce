//! Plays a [`Motion`] on the view, one step per animation frame, until it ends or a person
//! takes over. People who ask for reduced motion get the end of a flight at once and no glide.

use crate::map::motion::Motion;
use crate::map::view::View;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

#[derive(Clone)]
pub struct Mover {
    motion: Rc<RefCell<Option<Motion>>>,
    running: Rc<Cell<bool>>,
    view: RwSignal<Option<View>>,
}

/// True when the reader's system asks for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|window| {
            window
                .match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

impl Mover {
    pub fn new(view: RwSignal<Option<View>>) -> Self {
        Self {
            motion: Rc::new(RefCell::new(None)),
            running: Rc::new(Cell::new(false)),
            view,
        }
    }

    /// Flies from the current view to `target`.
    pub fn fly_to(&self, target: View) {
        let Some(current) = self.view.get_untracked() else {
            return;
        };
        if prefers_reduced_motion() {
            self.stop();
            self.view.set(Some(target));
            return;
        }
        self.start(Motion::fly(current, target, now()));
    }

    /// Lets the map glide on after a fling (pixels per millisecond).
    pub fn glide(&self, velocity: (f64, f64)) {
        if prefers_reduced_motion() {
            return;
        }
        if let Some(glide) = Motion::glide(velocity, now()) {
            self.start(glide);
        }
    }

    /// A person took over: whatever was moving stops where it is.
    pub fn stop(&self) {
        self.motion.borrow_mut().take();
    }

    fn start(&self, motion: Motion) {
        *self.motion.borrow_mut() = Some(motion);
        if !self.running.replace(true) {
            self.next_frame();
        }
    }

    fn next_frame(&self) {
        let this = self.clone();
        let step = Closure::once_into_js(move |time: f64| this.step(time));
        if let Some(window) = web_sys::window() {
            let _ = window.request_animation_frame(step.unchecked_ref());
        }
    }

    fn step(&self, time: f64) {
        let motion = *self.motion.borrow();
        let (Some(mut motion), Some(current)) = (motion, self.view.get_untracked()) else {
            self.running.set(false);
            return;
        };
        let (next, going) = motion.step(current, time);
        self.view.set(Some(next));
        if going {
            *self.motion.borrow_mut() = Some(motion);
            self.next_frame();
        } else {
            self.motion.borrow_mut().take();
            self.running.set(false);
        }
    }
}
