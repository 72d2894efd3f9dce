//! "Do this once things have been quiet for a while", without cancelling timers: a cancelled
//! browser timer never frees its callback, and a map that moves every frame for hours would
//! leak one each frame. Here each timer runs out and checks whether the quiet has lasted.

use leptos::prelude::*;
use std::time::Duration;

#[derive(Clone, Copy)]
pub struct QuietTimer {
    quiet: Duration,
    /// When the last poke was, on the page's clock (ms).
    last_poke: StoredValue<f64>,
    /// Whether a timer is running.
    waiting: StoredValue<bool>,
    /// False once `stop` was called: the next timer to run out does nothing.
    on: StoredValue<bool>,
    then: StoredValue<Box<dyn Fn() + Send + Sync>>,
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

impl QuietTimer {
    /// Calls `then` once `quiet` has passed since the last [`QuietTimer::poke`].
    pub fn new(quiet: Duration, then: impl Fn() + Send + Sync + 'static) -> Self {
        QuietTimer {
            quiet,
            last_poke: StoredValue::new(0.0),
            waiting: StoredValue::new(false),
            on: StoredValue::new(false),
            then: StoredValue::new(Box::new(then)),
        }
    }

    /// Something happened: the quiet starts again.
    pub fn poke(self) {
        self.last_poke.set_value(now());
        self.on.set_value(true);
        if !self.waiting.get_value() {
            self.waiting.set_value(true);
            self.wait(self.quiet);
        }
    }

    /// Nothing is to happen until the next poke.
    pub fn stop(self) {
        self.on.set_value(false);
    }

    fn wait(self, time: Duration) {
        set_timeout(
            move || {
                let Some(last_poke) = self.last_poke.try_get_value() else {
                    return;
                };
                let quiet_for = Duration::from_secs_f64(((now() - last_poke) / 1000.0).max(0.0));
                if quiet_for < self.quiet {
                    self.wait(self.quiet - quiet_for);
                    return;
                }
                self.waiting.set_value(false);
                if self.on.get_value() {
                    self.on.set_value(false);
                    self.then.with_value(|then| then());
                }
            },
            time,
        );
    }
}
