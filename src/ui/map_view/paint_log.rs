//! What recent paints did — how long they took, what the last one drew — for benchmarks,
//! tests and diagnostics. Bounded, so it can run all day.

use crate::ui::canvas::Drawn;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// The durations in milliseconds of the most recent paints, oldest first, and what the last
/// one drew.
#[derive(Clone, Default)]
pub struct PaintLog {
    durations: Rc<RefCell<VecDeque<f64>>>,
    drawn: Rc<RefCell<Drawn>>,
    includes_raster: Rc<Cell<bool>>,
    complete: Rc<Cell<bool>>,
}

impl PaintLog {
    const CAPACITY: usize = 4096;

    pub fn record(&self, milliseconds: f64) {
        let mut durations = self.durations.borrow_mut();
        if durations.len() == Self::CAPACITY {
            durations.pop_front();
        }
        durations.push_back(milliseconds);
    }

    /// Hands over the recorded durations and starts afresh.
    pub fn take(&self) -> Vec<f64> {
        self.durations.borrow_mut().drain(..).collect()
    }

    /// Whether each paint waits for the browser to rasterise what it drew, so that its duration
    /// is the whole work of the frame. Off by default: on a GPU canvas the wait stalls the frame.
    pub fn set_includes_raster(&self, on: bool) {
        self.includes_raster.set(on);
    }

    pub fn includes_raster(&self) -> bool {
        self.includes_raster.get()
    }

    /// Whether the last paint showed everything in full, no picture still being redrawn.
    pub fn set_complete(&self, complete: bool) {
        self.complete.set(complete);
    }

    pub fn complete(&self) -> bool {
        self.complete.get()
    }

    pub fn set_drawn(&self, drawn: Drawn) {
        *self.drawn.borrow_mut() = drawn;
    }

    /// The labels, markers and stop numbers the last paint drew.
    pub fn drawn(&self) -> Drawn {
        self.drawn.borrow().clone()
    }
}
