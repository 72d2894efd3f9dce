//! The ties that pass the filters as a list, by partner country: the map's lines as text.

use crate::map::scene::Feature;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::open::open_from_side_bar;
use crate::ui::words::{country_or_unknown, tie_kind};
use atlas_model::{Lang, Tie};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The heading a tie is listed under: its partner's country, or that it is not known.
fn partner_country(loaded: &Loaded, tie: &Tie, lang: Lang) -> String {
    let partner = loaded.atlas.place(&tie.partner);
    country_or_unknown(partner.map(|partner| partner.country.as_str()), lang)
}

#[component]
pub fn TieList(loaded: Arc<Loaded>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let atlas = &loaded.atlas;
        let mut by_country: BTreeMap<String, Vec<(String, &Tie)>> = BTreeMap::new();
        state.filters.with(|filters| {
            for tie in filters.passing_ties(atlas) {
                let label = format!(
                    "{} – {}",
                    loaded.place_name(&tie.german, lang),
                    loaded.place_name(&tie.partner, lang)
                );
                by_country
                    .entry(partner_country(&loaded, tie, lang))
                    .or_default()
                    .push((label, tie));
            }
        });
        if by_country.is_empty() {
            return view! { <p class="empty">{tr!(lang, explore.no_ties)}</p> }.into_any();
        }
        let groups = by_country
            .into_iter()
            .map(|(name, mut ties)| {
                ties.sort_by(|a, b| a.0.cmp(&b.0));
                let count = ties.len();
                let rows = ties
                    .into_iter()
                    .map(|(label, tie)| {
                        let feature = Feature::Tie(tie.id.clone());
                        let year = tie
                            .since
                            .map(|since| format!(" · {}", since.year_number()))
                            .unwrap_or_default();
                        view! {
                            <li>
                                <button
                                    class="link"
                                    data-testid=format!("list-{}", feature.key())
                                    on:click=move |_| open_from_side_bar(state, feature.clone())
                                >
                                    {label}
                                </button>
                                <span class="tie-meta">" · "{tie_kind(tie.kind, lang)}{year}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="tie-group">
                        <h3>{name}" ("{count}")"</h3>
                        <ul class="plain">{rows}</ul>
                    </section>
                }
            })
            .collect_view();
        view! { <div class="tie-list" data-testid="tie-list">{groups}</div> }.into_any()
    }
}
