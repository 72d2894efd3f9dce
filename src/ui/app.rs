//! The app's frame: header, language switch, loading and error states, map and panel.

use crate::explore::filters::Filters;
use crate::page_options::PageOptions;
use crate::tr;
use crate::ui::app_state::{AppState, ExplorerTab, Loaded};
use crate::ui::host::address::{keep_in_address, opening_state, read_link};
use crate::ui::host::focus::{FocusNotice, resolve_focus};
use crate::ui::host::frame_height::tell_host_the_height;
use crate::ui::host::open_full::OpenFull;
use crate::ui::host::page_url::{atlas_file, basemap_file, initial_lang, page_options};
use crate::ui::host::theme::apply_theme;
use crate::ui::kiosk::KioskLayer;
use crate::ui::kiosk::qr_dialog::{QrDialog, QrShown};
use crate::ui::load::{load_atlas, load_basemap};
use crate::ui::map_view::map_canvas::MapCanvas;
use crate::ui::open::{after_render, close_panel, focus_testid};
use crate::ui::panel::Panel;
use crate::ui::runtime::next_task::next_task;
use crate::ui::search_box::SearchBox;
use crate::ui::sidebar::explorer::Explorer;
use atlas_model::Lang;
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
    let options = page_options();
    apply_theme(&options.theme);
    provide_context(options.clone());
    let embedded = options.embedded;
    if embedded {
        tell_host_the_height();
    }
    let kiosk = options.kiosk.clone();
    let qr_shown = QrShown(RwSignal::new(None));
    if kiosk.is_some() {
        // On a kiosk, sources show a QR code instead of leaving the atlas.
        provide_context(qr_shown);
    }
    let state = AppState {
        lang: RwSignal::new(initial_lang()),
        selected: RwSignal::new(None),
        filters: RwSignal::new(Filters::default()),
        linked_view: RwSignal::new(None),
        home: Trigger::new(),
        touring: RwSignal::new(false),
        side_bar_open: RwSignal::new(false),
        tab: RwSignal::new(ExplorerTab::Filters),
        covers_moved: Trigger::new(),
        opener: StoredValue::new_local(None),
        map_shown: RwSignal::new(false),
    };
    provide_context(state);
    let start = read_link();
    opening_state(state);
    let load_state = RwSignal::new(LoadState::Loading);
    let focus_unknown = RwSignal::new(None::<String>);
    // How many broken records the atlas had, and the first reason, once it is loaded.
    let left_out = RwSignal::new(None::<(usize, String)>);
    let history = !embedded && kiosk.is_none();

    // An address may name only files this page allows; the others are told, and the page's
    // own are loaded instead.
    let (atlas_file, basemap_file) = (atlas_file(), basemap_file());
    let mut refused: Vec<String> = [&atlas_file.refused, &basemap_file.refused]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    refused.dedup();
    let files = StoredValue::new((atlas_file.url, basemap_file.url));
    let start_loading = move || {
        load_state.set(LoadState::Loading);
        spawn_local(async move {
            let (atlas_url, basemap_url) = files.get_value();
            let (atlas, basemap) = join(load_atlas(&atlas_url), load_basemap(&basemap_url)).await;
            load_state.set(match atlas {
                Ok((atlas, dropped)) => {
                    left_out.set((dropped.count() > 0).then(|| {
                        (
                            dropped.count(),
                            dropped.reasons.first().cloned().unwrap_or_default(),
                        )
                    }));
                    let loaded = Loaded::new(atlas, basemap.map_err(|error| error.0));
                    focus_unknown.set(resolve_focus(&loaded, state));
                    keep_in_address(state, history);
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

    // The search index is built while nobody types, once the map has shown its first frame.
    Effect::new(move |_| {
        if let (true, LoadState::Ready(loaded)) =
            (state.map_shown.get(), load_state.get_untracked())
        {
            spawn_local(async move {
                next_task().await;
                loaded.search();
            });
        }
    });

    close_on_escape(state);
    let lang = move || state.lang.get();
    let explorer_open = state.side_bar_open;
    let is_kiosk = kiosk.is_some();
    view! {
        <div class="app" data-embed=embedded.to_string() data-kiosk=is_kiosk.to_string()>
            // Named, so that on a town's page they stand apart from the page's own landmarks.
            <header class="bar" aria-label=move || tr!(lang(), title)>
                <div class="brand">
                    <h1>{move || tr!(lang(), title)}</h1>
                    <p class="subtitle">{move || tr!(lang(), subtitle)}</p>
                </div>
                // A kiosk has no keyboard: its lists and the map find everything.
                {move || match load_state.get() {
                    LoadState::Ready(loaded) if !is_kiosk => Some(view! {
                        <SearchBox loaded=loaded />
                    }),
                    _ => None,
                }}
                <LanguageSwitch />
            </header>
            <main class="stage" aria-label=move || tr!(lang(), subtitle)>
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
                        <a class="skip-link visually-hidden" href="#map-canvas" data-testid="skip-to-map" on:click=skip_to_map>
                            {move || tr!(lang(), explore.skip_to_map)}
                        </a>
                        <Explorer loaded=loaded.clone() open=explorer_open />
                        <div class="map-area">
                            <button
                                class="secondary explorer-toggle"
                                data-testid="explorer-toggle"
                                data-covers-map=""
                                aria-expanded=move || explorer_open.get().to_string()
                                aria-controls="explorer"
                                on:click=move |_| explorer_open.set(true)
                            >
                                {move || tr!(lang(), explore.show)}
                            </button>
                            <MapCanvas loaded=loaded.clone() />
                            <Legend />
                            <Panel loaded=loaded.clone() />
                            <p class="attribution" data-testid="attribution" data-covers-map="">{
                                let credits = loaded.atlas.credits.clone();
                                move || credits.iter().map(|credit| credit.get(lang())).collect::<Vec<_>>().join(" · ")
                            }</p>
                            <div class="notices">
                                {(!refused.is_empty()).then(|| {
                                    let origins = refused.join(", ");
                                    view! {
                                        <p class="notice" role="status" data-testid="source-notice" data-covers-map="">
                                            {move || tr!(lang(), source_refused, origin = origins.clone())}
                                        </p>
                                    }
                                })}
                                {move || left_out.get().map(|(count, first)| {
                                    let file = files.get_value().0;
                                    view! {
                                        <p class="notice" role="status" data-testid="atlas-notice" data-covers-map="" title=first>
                                            {move || match count {
                                                1 => tr!(lang(), atlas_left_out_one, file = file.clone()),
                                                _ => tr!(lang(), atlas_left_out, count = count, file = file.clone()),
                                            }}
                                        </p>
                                    }
                                })}
                                {loaded.basemap_problem.clone().map(|problem| view! {
                                    <p class="notice" role="status" data-testid="basemap-notice" data-covers-map="" title=problem>
                                        {move || tr!(lang(), basemap_missing)}
                                    </p>
                                })}
                                {move || focus_unknown.get().map(|unknown| view! { <FocusNotice unknown /> })}
                            </div>
                            {embedded.then(|| view! { <OpenFull /> })}
                        </div>
                        {kiosk.clone().map(|options| view! {
                            <KioskLayer loaded=loaded.clone() options start=start.clone() />
                            <QrDialog shown=qr_shown />
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
            {Lang::ALL.into_iter().map(|lang| view! {
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
            // In a narrow embed, where five buttons would take a row of their own.
            <select
                class="lang-select"
                data-testid="lang-select"
                aria-label=move || tr!(state.lang.get(), language)
                on:change=move |event| {
                    if let Some(lang) = Lang::from_tag(&event_target_value(&event)) {
                        state.lang.set(lang);
                    }
                }
            >
                {Lang::ALL.into_iter().map(|lang| view! {
                    <option value=lang.tag() lang=lang.tag() selected=move || state.lang.get() == lang>{lang.endonym()}</option>
                }).collect_view()}
            </select>
        </nav>
    }
}

/// A legend entry: a swatch (its class and what it shows inside) and what it means.
type LegendEntry = (&'static str, &'static str, fn(Lang) -> &'static str);

/// The legend's entries; the kinds' colours are shown beside the kind filters instead.
const LEGEND: [LegendEntry; 5] = [
    ("flow", "", |lang| tr!(lang, map.legend_flow)),
    ("visit", "", |lang| tr!(lang, map.legend_visit)),
    ("uncertain", "", |lang| tr!(lang, map.legend_list_only)),
    ("group", "3", |lang| tr!(lang, map.legend_group)),
    ("stop", "1", |lang| tr!(lang, map.legend_stop)),
];

#[component]
fn Legend() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = move || state.lang.get();
    let matches = |query: &str| {
        web_sys::window()
            .and_then(|window| window.match_media(query).ok().flatten())
            .is_some_and(|list| list.matches())
    };
    // Touch screens are tapped, not clicked.
    let touch = use_context::<PageOptions>().is_some_and(|options| options.kiosk.is_some())
        || matches("(pointer: coarse)");
    // Where the map is small, the legend starts folded, a button in its corner.
    let folded = RwSignal::new(matches("(max-width: 640px)"));
    view! {
        <aside class="legend" data-testid="legend" data-covers-map="" aria-label=move || tr!(lang(), map.legend)>
            <button
                class="legend-fold"
                data-testid="legend-fold"
                aria-expanded=move || (!folded.get()).to_string()
                aria-controls="legend-body"
                title=move || if folded.get() { tr!(lang(), map.legend_show) } else { tr!(lang(), map.legend_hide) }
                on:click=move |_| {
                    folded.update(|folded| *folded = !*folded);
                    state.covers_moved.notify();
                }
            >
                <span>{move || tr!(lang(), map.legend)}</span>
                <svg class="icon chevron" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 10l5-5 5 5"></path></svg>
            </button>
            <div id="legend-body" class="legend-body" hidden=move || folded.get()>
                <ul>
                    {LEGEND.into_iter().map(|(swatch, sample, text)| view! {
                        <li>
                            <span class=format!("swatch {swatch}") aria-hidden="true">{sample}</span>
                            {move || text(lang())}
                        </li>
                    }).collect_view()}
                </ul>
                <p class="hint">{move || if touch { tr!(lang(), map.hint_touch) } else { tr!(lang(), map.hint) }}</p>
            </div>
        </aside>
    }
}

/// The skip link's way past the side bar: the keyboard focus goes to the map.
fn skip_to_map(event: web_sys::MouseEvent) {
    event.prevent_default();
    focus_testid("map-canvas");
}

/// Escape closes the open panel (the focus goes back where it came from), else a side bar
/// that lies over the map (the focus goes to its button).
fn close_on_escape(state: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() != "Escape" || event.default_prevented() {
            return;
        }
        if state.selected.get_untracked().is_some() {
            close_panel(state);
        } else if state.side_bar_open.get_untracked() {
            state.side_bar_open.set(false);
            // The button shows again once the side bar has closed.
            after_render(|| focus_testid("explorer-toggle"));
        }
    });
    on_cleanup(move || handle.remove());
}
