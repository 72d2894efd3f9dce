//! A good guest in a host page: there the wheel and one finger scroll the page, not the map.
//! The wheel zooms the map when Ctrl or ⌘ is held (a trackpad's pinch sends that too) or the
//! reader has clicked the map first; two fingers move and zoom it. Otherwise a short hint says
//! how. The zoom and reset buttons do everything with one pointer.

use crate::tr;
use crate::ui::app_state::AppState;
use crate::ui::runtime::quiet_timer::QuietTimer;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{AddEventListenerOptions, HtmlCanvasElement, TouchEvent, WheelEvent};

/// How long the hint stays after the last wheel turn or finger it answered.
const HINT_FOR: Duration = Duration::from_millis(1800);
/// How far one finger moves on the map, in pixels, before it is told to use two.
const FINGER_SLOP: f64 = 12.0;

/// Which hint is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    Wheel,
    Fingers,
}

#[derive(Clone, Copy)]
pub struct ScrollGuard {
    /// Only an embedded map guards the page's scrolling, unless its host said `guard=0`.
    guarding: bool,
    /// Set by a click on the map, cleared when the pointer leaves it.
    armed: StoredValue<bool>,
    hint: RwSignal<Option<Hint>>,
    hide_hint: QuietTimer,
}

impl ScrollGuard {
    pub fn new(guarding: bool) -> Self {
        let hint = RwSignal::new(None);
        ScrollGuard {
            guarding,
            armed: StoredValue::new(false),
            hint,
            hide_hint: QuietTimer::new(HINT_FOR, move || hint.set(None)),
        }
    }

    fn show(&self, hint: Hint) {
        if self.hint.get_untracked() != Some(hint) {
            self.hint.set(Some(hint));
        }
        self.hide_hint.poke();
    }

    /// Whether the map zooms with this wheel turn; when it must leave it to the page, shows
    /// the hint instead.
    pub fn lets_map_zoom(&self, event: &WheelEvent) -> bool {
        if !self.guarding || self.armed.get_value() || event.ctrl_key() || event.meta_key() {
            self.hint.set(None);
            return true;
        }
        self.show(Hint::Wheel);
        false
    }

    /// Whether a finger that moved `distance` pixels, with `fingers` on the map, moves the
    /// map; one finger alone scrolls the page instead, and once it has gone some way the hint
    /// says to use two.
    pub fn lets_finger_move_map(&self, fingers: usize, distance: f64) -> bool {
        if !self.guarding || fingers >= 2 {
            if fingers >= 2 && self.hint.get_untracked().is_some() {
                self.hint.set(None);
            }
            return true;
        }
        if distance > FINGER_SLOP {
            self.show(Hint::Fingers);
        }
        false
    }

    /// The reader clicked the map: the wheel is theirs until the pointer leaves it.
    pub fn arm(&self) {
        self.armed.set_value(true);
    }

    pub fn disarm(&self) {
        self.armed.set_value(false);
    }

    /// Keeps the browser from scrolling or zooming the page under two fingers on the map
    /// (one finger it lets scroll): a listener that is not passive, so that it may say so.
    pub fn hold_two_fingers(&self, canvas: &HtmlCanvasElement) {
        if !self.guarding {
            return;
        }
        let listener = Closure::<dyn Fn(TouchEvent)>::new(|event: TouchEvent| {
            if event.touches().length() >= 2 && event.cancelable() {
                event.prevent_default();
            }
        });
        let options = AddEventListenerOptions::new();
        options.set_passive(false);
        for kind in ["touchstart", "touchmove"] {
            let _ = canvas.add_event_listener_with_callback_and_add_event_listener_options(
                kind,
                listener.as_ref().unchecked_ref(),
                &options,
            );
        }
        // The canvas lives as long as the page's map: so does its listener.
        listener.forget();
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
pub fn ScrollHint(guard: ScrollGuard) -> impl IntoView {
    let state = expect_context::<AppState>();
    let key = zoom_key();
    let hint = guard.hint;
    view! {
        <p
            class="wheel-hint"
            data-testid=move || match hint.get() {
                Some(Hint::Fingers) => "touch-hint",
                _ => "wheel-hint",
            }
            role="status"
            hidden=move || hint.get().is_none()
        >
            {move || match hint.get() {
                Some(Hint::Fingers) => tr!(state.lang.get(), embed.touch_hint).to_string(),
                _ => tr!(state.lang.get(), embed.wheel_hint, key = key).to_string(),
            }}
        </p>
    }
}
