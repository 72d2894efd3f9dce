//! What recent paints did — how long they took, which labels they showed — for benchmarks,
//! tests and diagnostics. Bounded, so it can run all day.

use atlas_model::PlaceId;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// The durations in milliseconds of the most recent paints, oldest first, and the places
/// labelled by the last one.
#[derive(Clone, Default)]
pub struct PaintLog {
    durations: Rc<RefCell<VecDeque<f64>>>,
    labelled: Rc<RefCell<Vec<PlaceId>>>,
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

    pub fn set_labelled(&self, places: Vec<PlaceId>) {
        *self.labelled.borrow_mut() = places;
    }

    /// The places whose labels the last paint showed.
    pub fn labelled(&self) -> Vec<PlaceId> {
        self.labelled.borrow().clone()
    }
}
