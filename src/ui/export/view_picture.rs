//! The picture of what the map shows now, with its words in the reader's language.

use crate::export::map_drawing::MapDrawing;
use crate::export::sheet::{LegendLine, Picture, Sheet, picture, picture_view};
use crate::format;
use crate::map::scene::{ArcStyle, Feature, Scene};
use crate::palette::{self, MapColours};
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::host::address::full_atlas_address;
use crate::ui::map_view::map_state::MapState;
use crate::ui::words::tie_kind;
use atlas_model::{Lang, PartialDate, PlaceId, TieKind};
use leptos::prelude::*;

/// A picture of the view, and what it is of.
pub struct ViewPicture {
    pub picture: Picture,
    /// The town the view is about (the one chosen, else the one the page focuses on).
    pub town: Option<PlaceId>,
    /// A file name without its ending: `partner-atlas-osnabrueck`.
    pub file_stem: String,
    pub footnote: String,
}

/// The picture of the map as it rests now; `None` before the map has its size.
pub fn view_picture(
    loaded: &Loaded,
    map: MapState,
    state: AppState,
    colours: &MapColours,
) -> Option<ViewPicture> {
    let view = map.view.get_untracked()?;
    let viewport = map.viewport.get_untracked();
    let (view, size) = picture_view(view, viewport);
    let lang = state.lang.get_untracked();
    let scene = map.scene.get_untracked();
    let flows = map.flows.get_untracked();
    let selected = state.selected.get_untracked();
    let town = match &selected {
        Some(Feature::Place(place)) => Some(place.clone()),
        _ => state
            .filters
            .with_untracked(|filters| filters.place.clone()),
    };
    let name = |id: &PlaceId| loaded.place_name(id, lang);
    let title = match &town {
        Some(town) => tr!(lang, export.partners, place = name(town)),
        None => tr!(lang, title).to_string(),
    };
    let footnote = footnote(loaded, lang);
    let sheet = Sheet {
        title,
        subtitle: subtitle(&scene, lang),
        legend: legend(&scene, lang),
        footnote: footnote.clone(),
        link: online_address(state),
        link_caption: tr!(lang, export.online).to_string(),
    };
    let drawing = MapDrawing {
        scene: &scene,
        flows: flows.as_ref().map(|flows| flows.0.as_slice()),
        countries: &loaded.countries,
        view,
        size,
        colours,
        selected: selected.as_ref(),
        name: &name,
    };
    Some(ViewPicture {
        picture: picture(&drawing, &sheet),
        file_stem: format!(
            "partner-atlas-{}",
            town.as_ref()
                .map_or("atlas".to_string(), |town| town.to_string())
        ),
        town,
        footnote,
    })
}

/// How many ties between how many places the picture shows.
fn subtitle(scene: &Scene, lang: Lang) -> String {
    let places = scene
        .markers
        .iter()
        .filter(|marker| marker.degree > 0)
        .count();
    tr!(
        lang,
        export.counted,
        ties = scene.ties.len(),
        places = places
    )
}

/// A line for each kind of tie the picture shows, with its count, and one for visits.
fn legend(scene: &Scene, lang: Lang) -> Vec<LegendLine> {
    let count = |kind: TieKind| {
        scene
            .ties
            .iter()
            .filter(|arc| matches!(arc.style, ArcStyle::Tie { kind: shown, .. } if shown == kind))
            .count()
    };
    let mut lines: Vec<LegendLine> = TieKind::ALL
        .into_iter()
        .map(|kind| (kind, count(kind)))
        .filter(|(_, count)| *count > 0)
        .map(|(kind, count)| LegendLine {
            colour: palette::tie_colour(kind),
            dashed: false,
            text: format!("{} · {count}", tie_kind(kind, lang)),
        })
        .collect();
    if !scene.visits.is_empty() {
        lines.push(LegendLine {
            colour: palette::VISIT,
            dashed: true,
            text: tr!(lang, map.legend_visit).to_string(),
        });
    }
    lines
}

/// Today's date and the atlas's credits.
fn footnote(loaded: &Loaded, lang: Lang) -> String {
    let now = js_sys::Date::new_0();
    let today = PartialDate::day(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .map(|date| tr!(lang, export.as_of, date = format::date(&date, lang)));
    today
        .into_iter()
        .chain(
            loaded
                .atlas
                .credits
                .iter()
                .map(|credit| credit.get(lang).to_string()),
        )
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The address of this view in the atlas on a page of its own, in full, for the QR code.
fn online_address(state: AppState) -> String {
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", full_atlas_address(state))
}
