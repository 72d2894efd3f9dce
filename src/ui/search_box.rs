//! Finding a place by name in any script: a combobox whose suggestions open the place's panel.

use crate::explore::search::Suggestion;
use crate::map::scene::Feature;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::open::open_and_focus;
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::KeyboardEvent;

/// How many suggestions the list shows at most.
const SUGGESTIONS: usize = 8;

#[component]
pub fn SearchBox(loaded: Arc<Loaded>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let index = loaded.clone();
    let suggestions = Memo::new(move |_| {
        let text = query.get();
        // Nothing typed needs no index: it is built on the first letter, if not before.
        if text.trim().is_empty() {
            return Vec::new();
        }
        index.search().suggest(&text, SUGGESTIONS)
    });
    let choose = move |suggestion: &Suggestion| {
        open_and_focus(state, Feature::Place(suggestion.place.clone()));
        query.set(String::new());
        open.set(false);
        active.set(None);
    };
    let on_key = move |event: KeyboardEvent| {
        let count = suggestions.with(Vec::len);
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                open.set(true);
                active.update(|at| *at = Some(at.map_or(0, |at| (at + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                open.set(true);
                active.update(|at| *at = Some(at.map_or(count - 1, |at| (at + count - 1) % count)));
            }
            "Enter" => {
                let chosen = active.get_untracked().unwrap_or(0);
                if let Some(suggestion) =
                    suggestions.with_untracked(|list| list.get(chosen).cloned())
                {
                    event.prevent_default();
                    choose(&suggestion);
                }
            }
            "Escape" => {
                if open.get_untracked() && count > 0 {
                    event.stop_propagation();
                }
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let lang = move || state.lang.get();
    let expanded = move || open.get() && !query.with(|text| text.trim().is_empty());
    let option_id = |index: usize| format!("search-option-{index}");
    view! {
        <div class="search" role="search" data-testid="search">
            <label class="visually-hidden" for="search-input">{move || tr!(lang(), search.label)}</label>
            <input
                id="search-input"
                type="search"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                data-testid="search-input"
                aria-autocomplete="list"
                aria-controls="search-options"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                placeholder=move || tr!(lang(), search.placeholder)
                prop:value=move || query.get()
                on:input=move |event| {
                    query.set(event_target_value(&event));
                    open.set(true);
                    active.set(None);
                }
                on:keydown=on_key
                on:focus=move |_| open.set(true)
                on:blur=move |_| open.set(false)
            />
            <ul
                id="search-options"
                class="search-options"
                role="listbox"
                data-testid="search-options"
                aria-label=move || tr!(lang(), search.label)
                hidden=move || !expanded()
            >
                // Built anew when the list or the active option changes: a reactive attribute
                // inside a list that is rebuilt would leak a little memory with every keystroke.
                {move || {
                    let list = suggestions.get();
                    let active = active.get();
                    if list.is_empty() {
                        return view! {
                            <li class="search-empty" role="option" aria-disabled="true" aria-selected="false">
                                {tr!(lang(), search.no_results)}
                            </li>
                        }
                        .into_any();
                    }
                    let current = lang();
                    list.into_iter()
                        .enumerate()
                        .map(|(index, suggestion)| {
                            let name = loaded.place_name(&suggestion.place, current);
                            let country = loaded
                                .atlas
                                .place(&suggestion.place)
                                .map(|place| crate::ui::words::country(&place.country, current))
                                .unwrap_or_default();
                            let also = (suggestion.matched != name).then(|| suggestion.matched.clone());
                            let chosen = suggestion.clone();
                            view! {
                                <li
                                    id=option_id(index)
                                    role="option"
                                    class="search-option"
                                    data-testid=format!("suggestion-{}", suggestion.place)
                                    aria-selected=(active == Some(index)).to_string()
                                    // Chosen on pointer down, before the input's blur closes the list.
                                    on:pointerdown=move |event| {
                                        event.prevent_default();
                                        choose(&chosen);
                                    }
                                >
                                    <span class="search-name">{name}</span>
                                    {also.map(|matched| view! { <span class="search-matched" lang="und">{matched}</span> })}
                                    <span class="search-country">{country}</span>
                                </li>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
        </div>
    }
}
