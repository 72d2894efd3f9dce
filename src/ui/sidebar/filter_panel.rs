//! The filters: kind of tie, visits, partner country, German state and evidence, each option
//! with the number of ties it leaves, and a reset.

use crate::explore::facets::{FacetCounts, FacetOption, facet_counts};
use crate::explore::filters::Filters;
use crate::palette;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::words::{confidence_short, partner_country, region, tie_kind};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// One option of a facet as shown: its value, its name in tests, its label and the ties it
/// would leave.
struct Choice<T> {
    value: T,
    key: String,
    label: String,
    count: usize,
    /// The colour the map draws this option in, where it has one.
    colour: Option<&'static str>,
}

impl<T> Choice<T> {
    fn of(option: FacetOption<T>, key: String, label: String) -> Choice<T> {
        Choice {
            value: option.value,
            key,
            label,
            count: option.count,
            colour: None,
        }
    }

    fn coloured(self, colour: &'static str) -> Choice<T> {
        Choice {
            colour: Some(colour),
            ..self
        }
    }
}

/// A group of checkboxes; none checked means no restriction.
fn facet<T>(
    name: &'static str,
    legend: String,
    choices: Vec<Choice<T>>,
    chosen: impl Fn(&Filters) -> &BTreeSet<T> + Copy + Send + Sync + 'static,
    chosen_mut: impl Fn(&mut Filters) -> &mut BTreeSet<T> + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Ord + Clone + Send + Sync + 'static,
{
    let state = expect_context::<AppState>();
    let boxes = choices
        .into_iter()
        .map(|choice| {
            let value = choice.value.clone();
            let toggled = choice.value;
            view! {
                <label class="choice" class:empty=choice.count == 0>
                    <input
                        type="checkbox"
                        data-testid=format!("filter-{name}-{}", choice.key)
                        prop:checked=state.filters.with_untracked(|filters| chosen(filters).contains(&value))
                        on:change=move |_| state.filters.update(|filters| {
                            let set = chosen_mut(filters);
                            if !set.remove(&toggled) {
                                set.insert(toggled.clone());
                            }
                        })
                    />
                    {choice.colour.map(|colour| view! {
                        <span class="swatch" aria-hidden="true" style:background=colour></span>
                    })}
                    <span class="choice-label">{choice.label}</span>
                    <span class="count" data-testid="count">{choice.count}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet" data-testid=format!("facet-{name}")>
            <legend>{legend}</legend>
            {boxes}
        </fieldset>
    }
}

#[component]
pub fn FilterPanel(loaded: Arc<Loaded>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let counting = loaded.clone();
    let counts = Memo::new(move |_| {
        state
            .filters
            .with(|filters| facet_counts(&counting.atlas, filters))
    });
    let total = loaded.atlas.ties.len();
    let in_europe = partners_in_europe(&loaded);
    // The whole panel is built anew on any change of language or filters, so the states inside
    // it (checked, disabled) are read untracked: a reactive attribute nested in a view that is
    // rebuilt leaks a little WebAssembly memory each time (found by the kiosk soak check).
    move || {
        let lang = state.lang.get();
        let focused = state.filters.with(|filters| filters.place.clone());
        let focus_name = focused.map(|place| loaded.place_name(&place, lang));
        let FacetCounts {
            ties: shown,
            kinds,
            regions,
            countries,
            states,
            confidences,
            visits,
            undated_hidden,
            ..
        } = counts.get();
        let kinds = kinds
            .into_iter()
            .map(|option| {
                let kind = option.value;
                Choice::of(
                    option,
                    kind.name().to_owned(),
                    tie_kind(kind, lang).to_owned(),
                )
                .coloured(palette::tie_colour(kind))
            })
            .collect();
        let regions = regions
            .into_iter()
            .map(|option| {
                let value = option.value;
                Choice::of(
                    option,
                    value.name().to_owned(),
                    region(value, lang).to_owned(),
                )
            })
            .collect();
        let countries = countries
            .into_iter()
            .map(|option| {
                let code = option.value.clone();
                let label = partner_country(&code, lang);
                Choice::of(option, code, label)
            })
            .collect();
        let states = states
            .into_iter()
            .map(|option| {
                let name = option.value.clone();
                let label = loaded.division_name(&name, lang);
                Choice::of(option, name, label)
            })
            .collect();
        let confidences = confidences
            .into_iter()
            .map(|option| {
                let level = option.value;
                Choice::of(
                    option,
                    level.name().to_owned(),
                    confidence_short(level, lang).to_owned(),
                )
            })
            .collect();
        view! {
            <div class="filters" data-testid="filters">
                <p class="filter-summary" aria-live="polite" data-testid="filter-summary" data-shown=shown>
                    {tr!(lang, explore.showing, shown = shown, total = total)}
                </p>
                <button
                    class="secondary reset"
                    data-testid="filter-reset"
                    disabled=state.filters.with_untracked(Filters::is_default)
                    on:click=move |_| state.filters.set(Filters::default())
                >
                    {tr!(lang, explore.reset)}
                </button>
                {focus_name.map(|name| view! {
                    <p class="focus-chip" data-testid="focus-chip">
                        <span>{tr!(lang, embed.focus_only, name = name)}</span>
                        <button
                            class="secondary"
                            data-testid="focus-clear"
                            on:click=move |_| state.filters.update(|filters| filters.place = None)
                        >
                            {tr!(lang, embed.focus_clear)}
                        </button>
                    </p>
                })}
                {(undated_hidden > 0).then(|| view! {
                    <p class="note" data-testid="undated-hidden">{tr!(lang, explore.undated_hidden, count = undated_hidden)}</p>
                })}
                <label class="choice toggle">
                    <input
                        type="checkbox"
                        data-testid="filter-visits"
                        prop:checked=state.filters.with_untracked(|filters| filters.visits)
                        on:change=move |_| state.filters.update(|filters| filters.visits = !filters.visits)
                    />
                    <span class="choice-label">{tr!(lang, explore.visits)}</span>
                    <span class="count">{visits}</span>
                </label>
                {facet("kind", tr!(lang, explore.kinds).to_owned(), kinds, |f| &f.kinds, |f| &mut f.kinds)}
                {facet("region", tr!(lang, explore.regions).to_owned(), regions, |f| &f.regions, |f| &mut f.regions)}
                <p class="note scope" data-testid="scope">{tr!(lang, explore.scope, europe = in_europe)}</p>
                {facet("country", tr!(lang, explore.countries).to_owned(), countries, |f| &f.countries, |f| &mut f.countries)}
                {facet("state", tr!(lang, explore.states).to_owned(), states, |f| &f.states, |f| &mut f.states)}
                {facet("confidence", tr!(lang, explore.confidence).to_owned(), confidences, |f| &f.confidences, |f| &mut f.confidences)}
            </div>
        }
    }
}

/// How many partner places lie in the European part of Türkiye, which the scope note names.
fn partners_in_europe(loaded: &Loaded) -> usize {
    let partners: BTreeSet<_> = loaded.atlas.ties.iter().map(|tie| &tie.partner).collect();
    partners
        .into_iter()
        .filter(|id| loaded.atlas.place(id).is_some_and(|place| place.in_europe))
        .count()
}
