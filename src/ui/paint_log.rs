//! How long recent paints took, for benchmarks and diagnostics. Bounded, so it can run all day.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// The durations in milliseconds of the most recent paints, oldest first.
#[derive(Clone, Default)]
pub struct PaintLog(Rc<RefCell<VecDeque<f64>>>);

impl PaintLog {
    const CAPACITY: usize = 4096;

    pub fn record(&self, milliseconds: f64) {
        let mut durations = self.0.borrow_mut();
        if durations.len() == Self::CAPACITY {
            durations.pop_front();
        }
        durations.push_back(milliseconds);
    }

    /// Hands over the recorded durations and starts afresh.
    pub fn take(&self) -> Vec<f64> {
        self.0.borrow_mut().drain(..).collect()
    }
}
