//! The printed poster: the picture of the view, the ties it shows as a list with their years,
//! and the credits, laid out for the paper chosen. It exists only on paper: on screen it is
//! hidden, and while it exists, printing shows it alone (see `@media print` in `style.css`).

use crate::explore::shown::shown_atlas;
use crate::export::partner_list::poster_ties;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::words::{country_or_unknown, tie_kind};
use atlas_model::{Lang, PlaceId, Tie};
use leptos::portal::Portal;
use leptos::prelude::*;

/// A sheet of paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paper {
    pub a3: bool,
    pub landscape: bool,
}

impl Paper {
    /// Its name in the print stylesheet's named pages: `a4-landscape`.
    pub fn name(self) -> &'static str {
        match (self.a3, self.landscape) {
            (false, false) => "a4-portrait",
            (false, true) => "a4-landscape",
            (true, false) => "a3-portrait",
            (true, true) => "a3-landscape",
        }
    }
}

/// Everything a poster prints.
#[derive(Debug, Clone, PartialEq)]
pub struct PosterSheet {
    pub paper: Paper,
    /// The picture of the view, as a `data:` address.
    pub image: String,
    pub heading: String,
    /// A line for each tie: who, what kind, since when.
    pub rows: Vec<String>,
    pub footnote: String,
    pub lang: Lang,
}

/// The list a poster prints: the town's partners where it is about one, else every tie the
/// filters show.
pub fn poster_rows(
    loaded: &Loaded,
    state: AppState,
    town: Option<&PlaceId>,
) -> (String, Vec<String>) {
    let lang = state.lang.get_untracked();
    let shown = state
        .filters
        .with_untracked(|filters| shown_atlas(&loaded.atlas, filters));
    let name = |id: &PlaceId| loaded.place_name(id, lang);
    let rows = poster_ties(&shown, town, &name)
        .into_iter()
        .map(|tie| row(loaded, tie, town, lang))
        .collect();
    let heading = match town {
        Some(town) => tr!(lang, export.partners, place = name(town)),
        None => tr!(lang, export.all_ties).to_string(),
    };
    (heading, rows)
}

/// "Hefei (China) – Städtefreundschaft, seit 2006", with the German town in front on a poster
/// of every tie.
fn row(loaded: &Loaded, tie: &Tie, town: Option<&PlaceId>, lang: Lang) -> String {
    let partner = loaded.place_name(&tie.partner, lang);
    let country = country_or_unknown(
        loaded
            .atlas
            .place(&tie.partner)
            .map(|place| place.country.as_str()),
        lang,
    );
    let who = match town {
        Some(_) => format!("{partner} ({country})"),
        None => format!(
            "{} – {partner} ({country})",
            loaded.place_name(&tie.german, lang)
        ),
    };
    let mut what = vec![tie_kind(tie.kind, lang).to_string()];
    if let Some(since) = tie.since {
        what.push(tr!(lang, export.since, year = since.year_number()));
    }
    if tie.ended.is_some() || tie.ended_undated {
        what.push(tr!(lang, export.ended).to_string());
    }
    format!("{who} – {}", what.join(", "))
}

/// The poster, placed at the end of the page's body, outside the app's layout.
#[component]
pub fn Poster(sheet: RwSignal<Option<PosterSheet>>) -> impl IntoView {
    move || {
        sheet.get().map(|sheet| {
            view! {
                <Portal>
                    <section class="poster" data-testid="poster" data-paper=sheet.paper.name() lang=sheet.lang.tag()>
                        <img class="poster-map" src=sheet.image.clone() alt=sheet.heading.clone() />
                        <h2>{sheet.heading.clone()}</h2>
                        <ul class="poster-ties" data-testid="poster-ties">
                            {sheet.rows.iter().map(|row| view! { <li>{row.clone()}</li> }).collect_view()}
                        </ul>
                        <p class="poster-credits">{sheet.footnote.clone()}</p>
                    </section>
                </Portal>
            }
        })
    }
}
