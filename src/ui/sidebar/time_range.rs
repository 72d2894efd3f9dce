//! The time range: two sliders over the years of foundings and visits, and a play button that
//! lets the network grow year by year.

use crate::tr;
use crate::ui::app_state::AppState;
use leptos::prelude::*;
use std::time::Duration;

/// How long the play button shows each year.
const YEAR_STEP: Duration = Duration::from_millis(700);

#[component]
pub fn TimeRange(span: (i32, i32)) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (first, last) = span;
    let range = move || state.filters.with(|filters| filters.years.unwrap_or(span));
    let set_range = move |from: i32, to: i32| {
        let (from, to) = (from.min(to).max(first), from.max(to).min(last));
        let years = (from, to) != span;
        state
            .filters
            .update(|filters| filters.years = years.then_some((from, to)));
    };
    let playing = StoredValue::new_local(None::<IntervalHandle>);
    let is_playing = RwSignal::new(false);
    let stop = move || {
        if let Some(handle) = playing.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        is_playing.set(false);
    };
    let play = move || {
        stop();
        set_range(first, first);
        is_playing.set(true);
        let step = move || {
            let (from, to) = range();
            if to >= last {
                stop();
                state.filters.update(|filters| filters.years = None);
            } else {
                set_range(from, to + 1);
            }
        };
        if let Ok(handle) = set_interval_with_handle(step, YEAR_STEP) {
            playing.set_value(Some(handle));
        }
    };
    on_cleanup(stop);
    let lang = move || state.lang.get();
    view! {
        <fieldset class="time-range" data-testid="time-range">
            <legend>{move || tr!(lang(), time.label)}</legend>
            <p class="time-shown" aria-live="polite" data-testid="time-shown">
                {move || {
                    let (from, to) = range();
                    tr!(lang(), time.range, from = from, to = to)
                }}
            </p>
            {year_slider("year-from", span, move || tr!(lang(), time.from), move || range().0, move |from| {
                stop();
                set_range(from, range().1.max(from));
            })}
            {year_slider("year-to", span, move || tr!(lang(), time.to), move || range().1, move |to| {
                stop();
                set_range(range().0.min(to), to);
            })}
            <div class="time-buttons">
                <button
                    class="play"
                    data-testid="play"
                    aria-pressed=move || is_playing.get().to_string()
                    on:click=move |_| if is_playing.get_untracked() { stop() } else { play() }
                >
                    // Drawn, not typed: ⏸ is missing from many fonts.
                    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                        <path d=move || if is_playing.get() { "M4 3h3v10H4zM9 3h3v10H9z" } else { "M4 2.5l9 5.5-9 5.5z" }></path>
                    </svg>
                    {move || if is_playing.get() { tr!(lang(), time.pause) } else { tr!(lang(), time.play) }}
                </button>
                <button
                    class="secondary"
                    data-testid="all-years"
                    disabled=move || state.filters.with(|filters| filters.years.is_none())
                    on:click=move |_| {
                        stop();
                        state.filters.update(|filters| filters.years = None);
                    }
                >
                    {move || tr!(lang(), time.all)}
                </button>
            </div>
        </fieldset>
    }
}

/// One end of the range as a slider over `span`, showing `year` and telling `moved` each year
/// it is moved to.
fn year_slider(
    testid: &'static str,
    (first, last): (i32, i32),
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    year: impl Fn() -> i32 + Send + Sync + 'static,
    moved: impl Fn(i32) + 'static,
) -> impl IntoView {
    view! {
        <label class="slider">
            <span>{label}</span>
            <input
                type="range"
                data-testid=testid
                min=first
                max=last
                step="1"
                prop:value=year
                on:input=move |event| {
                    if let Ok(chosen) = event_target_value(&event).parse::<i32>() {
                        moved(chosen);
                    }
                }
            />
        </label>
    }
}
