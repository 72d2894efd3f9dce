//! The "Picture & poster" button beside the zoom buttons, and its menu: a PNG or an SVG of the
//! view to download, or a poster on the paper chosen, sent to the browser's print.

use super::download::{decoded_image, png_file, save, svg_address, svg_file};
use super::poster::{Paper, Poster, PosterSheet, poster_rows};
use super::view_picture::{ViewPicture, view_picture};
use crate::palette::MapColours;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::map_view::map_state::MapState;
use crate::ui::open::after_render;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// What the reader asked the menu for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Asked {
    Png,
    Svg,
    Poster,
}

#[component]
pub fn ExportMenu(loaded: Arc<Loaded>, map: MapState, colours: MapColours) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = move || state.lang.get();
    let open = RwSignal::new(false);
    let making = RwSignal::new(false);
    let a3 = RwSignal::new(false);
    let landscape = RwSignal::new(true);
    let poster = RwSignal::new(None::<PosterSheet>);
    // Once printed, the poster goes, so that a later print is of the page again.
    let printed = window_event_listener(leptos::ev::afterprint, move |_| poster.set(None));
    on_cleanup(move || printed.remove());
    let make = move |asked: Asked| {
        let Some(made) = view_picture(&loaded, map, state, &colours) else {
            return;
        };
        let paper = Paper {
            a3: a3.get_untracked(),
            landscape: landscape.get_untracked(),
        };
        let loaded = loaded.clone();
        making.set(true);
        spawn_local(async move {
            let outcome = hand_over(asked, made, paper, &loaded, state, poster).await;
            if let Err(problem) = outcome {
                web_sys::console::warn_1(&problem.into());
            }
            making.set(false);
        });
    };
    let make = StoredValue::new_local(make);
    let toggle = NodeRef::<leptos::html::Button>::new();
    // Escape closes the open menu first (and not the panel behind it), its button focused.
    let close_on_escape = move |event: web_sys::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.prevent_default();
            open.set(false);
            if let Some(toggle) = toggle.get_untracked() {
                let _ = toggle.focus();
            }
        }
    };
    let button =
        move |asked: Asked, testid: &'static str, words: fn(atlas_model::Lang) -> &'static str| {
            view! {
                <button
                    class="secondary"
                    data-testid=testid
                    disabled=move || making.get()
                    on:click=move |_| make.with_value(|make| make(asked))
                >
                    {move || words(lang())}
                </button>
            }
        };
    view! {
        <div class="export" on:keydown=close_on_escape>
            <button
                node_ref=toggle
                class="export-toggle"
                data-testid="export-toggle"
                aria-label=move || tr!(lang(), export.button)
                title=move || tr!(lang(), export.button)
                aria-expanded=move || open.get().to_string()
                aria-controls="export-menu"
                on:click=move |_| open.update(|open| *open = !*open)
            >
                // A picture with a download arrow.
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M4 5h16v10H4z M7 13l3-4 3 3 2-2 2 3 M12 17v5 M9 19.5l3 2.5 3-2.5"></path>
                </svg>
            </button>
            <div id="export-menu" class="export-menu" data-testid="export-menu" data-covers-map="" hidden=move || !open.get()>
                {button(Asked::Png, "export-png", |lang| tr!(lang, export.png))}
                {button(Asked::Svg, "export-svg", |lang| tr!(lang, export.svg))}
                <div class="export-paper">
                    <label>
                        {move || tr!(lang(), export.paper)}
                        <select data-testid="export-paper" on:change=move |event| a3.set(event_target_value(&event) == "a3")>
                            <option value="a4" selected=move || !a3.get()>"A4"</option>
                            <option value="a3" selected=move || a3.get()>"A3"</option>
                        </select>
                    </label>
                    <select
                        data-testid="export-orientation"
                        aria-label=move || tr!(lang(), export.paper)
                        on:change=move |event| landscape.set(event_target_value(&event) == "landscape")
                    >
                        <option value="landscape" selected=move || landscape.get()>{move || tr!(lang(), export.landscape)}</option>
                        <option value="portrait" selected=move || !landscape.get()>{move || tr!(lang(), export.portrait)}</option>
                    </select>
                </div>
                {button(Asked::Poster, "export-poster", |lang| tr!(lang, export.poster))}
                <p class="export-status" role="status" data-testid="export-status">
                    {move || making.get().then(|| tr!(lang(), export.making))}
                </p>
            </div>
            <Poster sheet=poster />
        </div>
    }
}

/// Gives the reader what they asked for: a file, or the poster sent to print.
async fn hand_over(
    asked: Asked,
    made: ViewPicture,
    paper: Paper,
    loaded: &Loaded,
    state: AppState,
    poster: RwSignal<Option<PosterSheet>>,
) -> Result<(), String> {
    let stem = &made.file_stem;
    match asked {
        Asked::Svg => save(&svg_file(&made.picture)?, &format!("{stem}.svg")),
        Asked::Png => save(&png_file(&made.picture).await?, &format!("{stem}.png")),
        Asked::Poster => {
            let image = svg_address(&made.picture.svg);
            // Decoded before the poster exists, so that the print has it at once.
            decoded_image(&image).await?;
            let (heading, rows) = poster_rows(loaded, state, made.town.as_ref());
            poster.set(Some(PosterSheet {
                paper,
                image,
                heading,
                rows,
                footnote: made.footnote,
                lang: state.lang.get_untracked(),
            }));
            let window = web_sys::window().ok_or("no window")?;
            after_render(move || {
                let _ = window.print();
            });
            Ok(())
        }
    }
}
