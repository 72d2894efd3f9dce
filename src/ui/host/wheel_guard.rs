//! A good guest in a host page: there the wheel scrolls the page, not the map, unless Ctrl or
//! ⌘ is held (a trackpad's pinch sends that too) or the reader has clicked the map first;
//! otherwise a short hint says how to zoom.

use crate::tr;
use crate::ui::app_state::AppState;
use crate::ui::runtime::quiet_timer::QuietTimer;
use leptos::prelude::*;
use std::time::Duration;
use web_sys::WheelEvent;

/// How long the hint stays after the last wheel turn it answered.
const HINT_FOR: Duration = Duration::from_millis(1800);

#[derive(Clone, Copy)]
pub struct WheelGuard {
    /// Only an embedded map guards the wheel; a page of its own zooms with it.
    guarding: bool,
    /// Set by a click on the map, cleared when the pointer leaves it.
    armed: StoredValue<bool>,
    hint: RwSignal<bool>,
    hide_hint: QuietTimer,
}

impl WheelGuard {
    pub fn new(guarding: bool) -> Self {
        let hint = RwSignal::new(false);
        WheelGuard {
            guarding,
            armed: StoredValue::new(false),
            hint,
            hide_hint: QuietTimer::new(HINT_FOR, move || hint.set(false)),
        }
    }

    /// Whether the map zooms with this wheel turn; when it must leave it to the page, shows
    /// the hint instead.
    pub fn lets_map_zoom(&self, event: &WheelEvent) -> bool {
        if !self.guarding || self.armed.get_value() || event.ctrl_key() || event.meta_key() {
            self.hint.set(false);
            return true;
        }
        self.hint.set(true);
        self.hide_hint.poke();
        false
    }

    /// The reader clicked the map: the wheel is theirs until the pointer leaves it.
    pub fn arm(&self) {
        self.armed.set_value(true);
    }

    pub fn disarm(&self) {
        self.armed.set_value(false);
    }
}

/// ⌘ on Apple's computers, Ctrl elsewhere.
fn zoom_key() -> &'static str {
    let apple = web_sys::window()
        .and_then(|window| window.navigator().user_agent().ok())
        .is_some_and(|agent| agent.contains("Mac"));
    if apple { "⌘" } else { "Ctrl" }
}

#[component]
pub fn WheelHint(guard: WheelGuard) -> impl IntoView {
    let state = expect_context::<AppState>();
    let key = zoom_key();
    view! {
        <p class="wheel-hint" data-testid="wheel-hint" role="status" hidden=move || !guard.hint.get()>
            {move || tr!(state.lang.get(), embed.wheel_hint, key = key)}
        </p>
    }
}
