//! The app's frame: header, language switch, loading and error states, map and panel.

use super::address::{keep_in_address, opening_state};
use super::explorer::Explorer;
use super::load::{load_atlas, load_basemap};
use super::map_canvas::MapCanvas;
use super::page_url::{atlas_url, basemap_url, initial_lang};
use super::panel::Panel;
use super::search_box::SearchBox;
use super::state::{AppState, Loaded};
use crate::explore::filters::Filters;
use crate::language::UiLang;
use crate::palette;
use crate::tr;
use futures::future::join;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[derive(Clone)]
enum LoadState {
    Loading,
    Failed(String),
    Ready(Arc<Loaded>),
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState {
        lang: RwSignal::new(initial_lang()),
        selected: RwSignal::new(None),
        filters: RwSignal::new(Filters::default()),
        linked_view: RwSignal::new(None),
    };
    provide_context(state);
    opening_state(state);
    let load_state = RwSignal::new(LoadState::Loading);

    let start_loading = move || {
        load_state.set(LoadState::Loading);
        spawn_local(async move {
            let (atlas, basemap) =
                join(load_atlas(&atlas_url()), load_basemap(&basemap_url())).await;
            load_state.set(match atlas {
                Ok(atlas) => {
                    let loaded = Loaded::new(atlas, basemap.map_err(|error| error.0));
                    keep_in_address(state);
                    LoadState::Ready(Arc::new(loaded))
                }
                Err(error) => LoadState::Failed(error.0),
            });
        });
    };
    start_loading();

    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.tag());
        }
    });

    let lang = move || state.lang.get();
    let explorer_open = RwSignal::new(false);
    view! {
        <div class="app">
            <header class="bar">
                <div class="brand">
                    <h1>{move || tr!(lang(), title)}</h1>
                    <p class="subtitle">{move || tr!(lang(), subtitle)}</p>
                </div>
                {move || match load_state.get() {
                    LoadState::Ready(loaded) => Some(view! {
                        <SearchBox index=loaded.search.clone() loaded=loaded />
                    }),
                    _ => None,
                }}
                <LanguageSwitch />
            </header>
            <main class="stage">
                {move || match load_state.get() {
                    LoadState::Loading => view! {
                        <div class="status" role="status" data-testid="loading">
                            <span class="spinner" aria-hidden="true"></span>
                            {move || tr!(lang(), loading)}
                        </div>
                    }.into_any(),
                    LoadState::Failed(detail) => view! {
                        <div class="status error" role="alert" data-testid="load-error">
                            <p class="headline">{move || tr!(lang(), load_failed)}</p>
                            <p class="detail" data-testid="load-error-detail">{detail}</p>
                            <button class="retry" on:click=move |_| start_loading()>{move || tr!(lang(), retry)}</button>
                        </div>
                    }.into_any(),
                    LoadState::Ready(loaded) => view! {
                        <Explorer loaded=loaded.clone() open=explorer_open />
                        <div class="map-area">
                            <button
                                class="secondary explorer-toggle"
                                data-testid="explorer-toggle"
                                aria-expanded=move || explorer_open.get().to_string()
                                on:click=move |_| explorer_open.update(|open| *open = !*open)
                            >
                                {move || if explorer_open.get() { tr!(lang(), explore.hide) } else { tr!(lang(), explore.show) }}
                            </button>
                            <MapCanvas loaded=loaded.clone() />
                            <Legend />
                            <Panel loaded=loaded.clone() />
                            <p class="attribution" data-testid="attribution">{loaded.atlas.credits.join(" · ")}</p>
                            {loaded.basemap_problem.clone().map(|problem| view! {
                                <p class="notice" role="status" data-testid="basemap-notice" title=problem>
                                    {move || tr!(lang(), basemap_missing)}
                                </p>
                            })}
                        </div>
                    }.into_any(),
                }}
            </main>
        </div>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <nav class="languages" aria-label=move || tr!(state.lang.get(), language)>
            {UiLang::ALL.into_iter().map(|lang| view! {
                <button
                    class="lang"
                    lang=lang.tag()
                    data-testid=format!("lang-{}", lang.tag())
                    aria-pressed=move || (state.lang.get() == lang).to_string()
                    on:click=move |_| state.lang.set(lang)
                >
                    {lang.endonym()}
                </button>
            }).collect_view()}
        </nav>
    }
}

#[component]
fn Legend() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = move || state.lang.get();
    // The kinds' colours are shown beside the kind filters; the legend explains the line styles.
    view! {
        <aside class="legend" data-testid="legend" aria-label=move || tr!(lang(), map.legend)>
            <ul>
                <li>
                    <span class="swatch visit" style=format!("border-color:{}", palette::VISIT)></span>
                    {move || tr!(lang(), map.legend_visit)}
                </li>
                <li>
                    <span class="swatch uncertain" style=format!("border-color:{}", palette::MARKER)></span>
                    {move || tr!(lang(), map.legend_list_only)}
                </li>
            </ul>
            <p class="hint">{move || tr!(lang(), map.hint)}</p>
        </aside>
    }
}
