//! The app's frame: header, language switch, loading and error states, map and panel.

use super::load::{load_atlas, load_basemap};
use super::map_canvas::MapCanvas;
use super::page_url::{atlas_url, basemap_url, initial_lang};
use super::panel::Panel;
use super::state::{AppState, Loaded};
use super::words::tie_kind;
use crate::language::UiLang;
use crate::palette;
use crate::tr;
use atlas_model::TieKind;
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
    };
    provide_context(state);
    let load_state = RwSignal::new(LoadState::Loading);

    let start_loading = move || {
        load_state.set(LoadState::Loading);
        spawn_local(async move {
            let (atlas, basemap) =
                join(load_atlas(&atlas_url()), load_basemap(&basemap_url())).await;
            load_state.set(match atlas {
                Ok(atlas) => LoadState::Ready(Arc::new(Loaded::new(
                    atlas,
                    basemap.map_err(|error| error.0),
                ))),
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
    view! {
        <div class="app">
            <header class="bar">
                <div class="brand">
                    <h1>{move || tr!(lang(), title)}</h1>
                    <p class="subtitle">{move || tr!(lang(), subtitle)}</p>
                </div>
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
                        <MapCanvas loaded=loaded.clone() />
                        <Legend />
                        <Panel loaded=loaded.clone() />
                        <p class="attribution" data-testid="attribution">{loaded.atlas.credits.join(" · ")}</p>
                        {loaded.basemap_problem.clone().map(|problem| view! {
                            <p class="notice" role="status" data-testid="basemap-notice" title=problem>
                                {move || tr!(lang(), basemap_missing)}
                            </p>
                        })}
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
                    title=lang.endonym()
                    aria-label=lang.endonym()
                    aria-pressed=move || (state.lang.get() == lang).to_string()
                    on:click=move |_| state.lang.set(lang)
                >
                    {lang.tag().to_uppercase()}
                </button>
            }).collect_view()}
        </nav>
    }
}

#[component]
fn Legend() -> impl IntoView {
    let state = expect_context::<AppState>();
    let kinds = TieKind::ALL;
    view! {
        <aside class="legend" data-testid="legend" aria-label=move || tr!(state.lang.get(), map.legend)>
            <ul>
                {kinds.into_iter().map(|kind| view! {
                    <li>
                        <span class="swatch" style=format!("background:{}", palette::tie_colour(kind))></span>
                        {move || tie_kind(kind, state.lang.get())}
                    </li>
                }).collect_view()}
                <li>
                    <span class="swatch visit" style=format!("border-color:{}", palette::VISIT)></span>
                    {move || tr!(state.lang.get(), map.legend_visit)}
                </li>
                <li>
                    <span class="swatch uncertain" style=format!("border-color:{}", palette::MARKER)></span>
                    {move || tr!(state.lang.get(), map.legend_list_only)}
                </li>
            </ul>
            <p class="hint">{move || tr!(state.lang.get(), map.hint)}</p>
        </aside>
    }
}
