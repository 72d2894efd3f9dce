//! Kiosk mode: after a while without a touch the kiosk returns to where it started (view,
//! filters, language) and tours the stories, each in the next language, inviting visitors;
//! the first touch stops the tour at once and hands the map over.
//!
//! For scripts: `partnerAtlas.kiosk()` gives `{ mode, steps, resets }` (`mode` is `tour` or
//! `control`); `partnerAtlas.tourStep()` shows the next story at once.

pub mod qr_dialog;
pub mod read_aloud;

use crate::explore::LinkState;
use crate::page_options::KioskOptions;
use crate::tour::Tour;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::host::scripting::Lent;
use crate::ui::runtime::quiet_timer::QuietTimer;
use atlas_model::Lang;
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What a visitor's touch ends and what the idle time starts.
const ACTIVITY: [&str; 3] = ["pointerdown", "keydown", "wheel"];
/// How long before the idle reset a countdown warns, with a button to stay (WCAG 2.2.1 asks for
/// at least 20 seconds).
const WARNING: Duration = Duration::from_secs(20);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Someone is using the kiosk (or it has just started).
    Control,
    Tour,
}

/// The kiosk's timers and tour, shared by its event handlers.
#[derive(Clone, Copy)]
struct Kiosk {
    mode: RwSignal<Mode>,
    steps: RwSignal<usize>,
    resets: RwSignal<usize>,
    tour: StoredValue<Tour>,
    idle_timer: StoredValue<Option<QuietTimer>>,
    /// Starts the countdown before the idle reset.
    warn_timer: StoredValue<Option<QuietTimer>>,
    /// Seconds left before the reset while the countdown shows.
    seconds_left: RwSignal<Option<u32>>,
    countdown: StoredValue<Option<IntervalHandle>, LocalStorage>,
    step_timer: StoredValue<Option<IntervalHandle>, LocalStorage>,
    state: AppState,
    /// The language, filters and open feature the kiosk started with.
    start: StoredValue<(Lang, LinkState)>,
    idle: Duration,
    step: Duration,
}

impl Kiosk {
    /// Someone touched the screen: the tour stops and the idle time starts again.
    fn touched(self) {
        if self.mode.get_untracked() == Mode::Tour {
            self.mode.set(Mode::Control);
            self.state.touring.set(false);
            if let Some(timer) = self.step_timer.try_update_value(Option::take).flatten() {
                timer.clear();
            }
        }
        self.stop_countdown();
        if let Some(idle) = self.idle_timer.get_value() {
            idle.poke();
        }
        if let Some(warn) = self.warn_timer.get_value() {
            warn.poke();
        }
    }

    /// The last seconds before the reset are counted down on the screen, with a way to stay.
    fn start_countdown(self) {
        let deadline = js_sys::Date::now() + self.warning().as_secs_f64() * 1000.0;
        let tick = move || {
            let left = ((deadline - js_sys::Date::now()) / 1000.0).ceil().max(1.0) as u32;
            if self.seconds_left.get_untracked() != Some(left) {
                self.seconds_left.set(Some(left));
            }
        };
        tick();
        if let Ok(timer) = set_interval_with_handle(tick, Duration::from_millis(250)) {
            self.countdown.set_value(Some(timer));
        }
    }

    fn stop_countdown(self) {
        if let Some(timer) = self.countdown.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        if self.seconds_left.get_untracked().is_some() {
            self.seconds_left.set(None);
        }
    }

    /// How long the countdown lasts: the last [`WARNING`] of the idle time, or all of a
    /// shorter one.
    fn warning(self) -> Duration {
        WARNING.min(self.idle)
    }

    /// Back to the start, then the tour's first story at once and the next one every step.
    fn begin_tour(self) {
        self.stop_countdown();
        self.reset_to_start();
        self.tour.update_value(Tour::restart);
        self.mode.set(Mode::Tour);
        self.state.touring.set(true);
        self.next_story();
        if let Ok(timer) = set_interval_with_handle(move || self.next_story(), self.step) {
            self.step_timer.set_value(Some(timer));
        }
    }

    fn reset_to_start(self) {
        let (lang, start) = self.start.get_value();
        self.state.lang.set(lang);
        self.state.filters.set(start.filters);
        self.state.selected.set(start.open.clone());
        self.state.home.notify();
        self.resets.update(|resets| *resets += 1);
        // A safe moment for the offline copy to take a new version (see public/boot.js).
        if let (Some(window), Ok(event)) = (
            web_sys::window(),
            web_sys::Event::new("partner-atlas:idle-reset"),
        ) {
            let _ = window.dispatch_event(&event);
        }
    }

    fn next_story(self) {
        let Some(stop) = self.tour.try_update_value(Tour::next_stop).flatten() else {
            return;
        };
        self.state.lang.set(stop.lang);
        self.state.selected.set(Some(stop.feature));
        self.steps.update(|steps| *steps += 1);
    }
}

/// Runs the kiosk: idle timer, tour and the invitation shown while it runs.
#[component]
pub fn KioskLayer(loaded: Arc<Loaded>, options: KioskOptions, start: LinkState) -> impl IntoView {
    let state = expect_context::<AppState>();
    let kiosk = Kiosk {
        mode: RwSignal::new(Mode::Control),
        steps: RwSignal::new(0),
        resets: RwSignal::new(0),
        tour: StoredValue::new(Tour::new(&loaded.atlas, &options.tour_langs)),
        idle_timer: StoredValue::new(None),
        warn_timer: StoredValue::new(None),
        seconds_left: RwSignal::new(None),
        countdown: StoredValue::new_local(None),
        step_timer: StoredValue::new_local(None),
        state,
        start: StoredValue::new((state.lang.get_untracked(), start)),
        idle: Duration::from_secs_f64(options.idle_seconds),
        step: Duration::from_secs_f64(options.step_seconds),
    };
    kiosk
        .idle_timer
        .set_value(Some(QuietTimer::new(kiosk.idle, move || {
            kiosk.begin_tour()
        })));
    kiosk.warn_timer.set_value(Some(QuietTimer::new(
        kiosk.idle.saturating_sub(kiosk.warning()),
        move || kiosk.start_countdown(),
    )));
    listen_for_touches(kiosk);
    install_script_interface(kiosk);
    kiosk.touched();

    // Language and mode are read here, not in a closure nested in the view, which would leak a
    // little memory each time the tour begins.
    let seconds_left = kiosk.seconds_left;
    let countdown = move || {
        let left = seconds_left.get()?;
        let lang = state.lang.get_untracked();
        Some(view! {
            <div class="idle-warning" role="alert" data-testid="idle-warning">
                <p>{tr!(lang, kiosk.idle_warning, seconds = left)}</p>
                // Any touch stays; the button says so and is large enough to find at once.
                <button class="stay" data-testid="idle-stay">{tr!(lang, kiosk.stay)}</button>
            </div>
        })
    };
    // Built once per tour: only its words follow the language as the tour turns through them,
    // so that a touch never lands on a shield being replaced.
    let invitation = move || {
        (kiosk.mode.get() == Mode::Tour).then(|| {
            view! {
                <div class="tour-shield" data-testid="tour-invite">
                    <p class="tour-invite" data-covers-map="">
                        <span class="tour-hand" aria-hidden="true">"☝"</span>
                        {move || tr!(state.lang.get(), kiosk.invite)}
                    </p>
                </div>
            }
        })
    };
    view! { {countdown} {invitation} }
}

/// Every touch, key and wheel anywhere counts, before the app's own handlers see it; a touch
/// also asks for the full screen and long presses open no menu.
fn listen_for_touches(kiosk: Kiosk) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_activity = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
        kiosk.touched();
        enter_full_screen();
    });
    let no_menu = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        event.prevent_default();
    });
    for name in ACTIVITY {
        let _ = window.add_event_listener_with_callback_and_bool(
            name,
            on_activity.as_ref().unchecked_ref(),
            true,
        );
    }
    let _ =
        window.add_event_listener_with_callback("contextmenu", no_menu.as_ref().unchecked_ref());
    let handlers = StoredValue::new_local((on_activity, no_menu));
    on_cleanup(move || {
        for timer in [kiosk.idle_timer, kiosk.warn_timer] {
            if let Some(timer) = timer.get_value() {
                timer.stop();
            }
        }
        kiosk.stop_countdown();
        if let Some(timer) = kiosk.step_timer.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        handlers.with_value(|(on_activity, no_menu)| {
            for name in ACTIVITY {
                let _ = window.remove_event_listener_with_callback_and_bool(
                    name,
                    on_activity.as_ref().unchecked_ref(),
                    true,
                );
            }
            let _ = window.remove_event_listener_with_callback(
                "contextmenu",
                no_menu.as_ref().unchecked_ref(),
            );
        });
    });
}

/// A kiosk fills the screen; the browser allows asking only while handling a touch.
fn enter_full_screen() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if document.fullscreen_element().is_none()
        && let Some(root) = document.document_element()
    {
        let _ = root.request_fullscreen();
    }
}

fn install_script_interface(kiosk: Kiosk) {
    let report = Closure::<dyn Fn() -> JsValue>::new(move || {
        let report = Object::new();
        let mode = match kiosk.mode.get_untracked() {
            Mode::Tour => "tour",
            Mode::Control => "control",
        };
        let _ = Reflect::set(&report, &"mode".into(), &mode.into());
        let _ = Reflect::set(
            &report,
            &"steps".into(),
            &kiosk.steps.get_untracked().into(),
        );
        let _ = Reflect::set(
            &report,
            &"resets".into(),
            &kiosk.resets.get_untracked().into(),
        );
        report.into()
    });
    let step = Closure::<dyn Fn()>::new(move || {
        if kiosk.mode.get_untracked() == Mode::Tour {
            kiosk.next_story();
        } else {
            kiosk.begin_tour();
        }
    });
    let mut lent = Lent::default();
    lent.lend("kiosk", report);
    lent.lend("tourStep", step);
    lent.while_mounted();
}
