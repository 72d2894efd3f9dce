//! What recent paints did — how long they took, which labels they showed — for benchmarks,
//! tests and diagnostics. Bounded, so it can run all day.

use atlas_model::PlaceId;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// The durations in milliseconds of the most recent paints, oldest first, and the places
/// labelled by the last one.
#[derive(Clone, Default)]
pub struct PaintLog {
    durations: Rc<RefCell<VecDeque<f64>>>,
    labelled: Rc<RefCell<Vec<PlaceId>>>,
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

    pub fn set_labelled(&self, places: Vec<PlaceId>) {
        *self.labelled.borrow_mut() = places;
    }

    /// The places whose labels the last paint showed.
    pub fn labelled(&self) -> Vec<PlaceId> {
        self.labelled.borrow().clone()
    }
}
