//! A flow of ties named where the pointer meets it — "Niedersachsen → China: 14 Verbindungen",
//! with its kinds beneath — and what choosing it does: the side bar's list of exactly its ties.

use crate::map::flows::{Flow, FlowEnd};
use crate::tr;
use crate::ui::app_state::{AppState, ExplorerTab, Loaded};
use crate::ui::map_view::map_state::MapState;
use crate::ui::words::{country, tie_kind};
use atlas_model::Lang;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

/// The name of the flow under the pointer, beside it; nothing while there is none.
#[component]
pub fn FlowTipView(loaded: Arc<Loaded>, map: MapState) -> impl IntoView {
    let state = expect_context::<AppState>();
    // A name stays only while the map stays where it was given.
    Effect::watch(
        move || map.view.get(),
        move |now, before, _| {
            if before.is_some_and(|before| before != now) {
                map.flow_tip.set(None);
            }
        },
        false,
    );
    move || {
        let tip = map.flow_tip.get()?;
        let lang = state.lang.get();
        let kinds = tip.flow.kinds.iter();
        let kinds: Vec<String> = kinds
            .map(|&(kind, count)| {
                let kind = tie_kind(kind, lang);
                tr!(lang, map.flow_kind, kind = kind, count = count).to_string()
            })
            .collect();
        let style = format!("left: {}px; top: {}px", tip.at.x, tip.at.y);
        // Right of the pointer and above it, or where there is more room.
        let size = map.viewport.get_untracked();
        let class = match (tip.at.x > size.width / 2.0, tip.at.y < 80.0) {
            (false, false) => "flow-tip",
            (true, false) => "flow-tip west",
            (false, true) => "flow-tip below",
            (true, true) => "flow-tip west below",
        };
        Some(view! {
            <div class=class role="status" data-testid="flow-tip" style=style>
                <p class="flow-name">{flow_name(&tip.flow, lang, &loaded)}</p>
                <p class="flow-kinds">{kinds.join(" · ")}</p>
            </div>
        })
    }
}

/// "Niedersachsen → China: 14 Verbindungen", in the reader's language.
pub fn flow_name(flow: &Flow, lang: Lang, loaded: &Loaded) -> String {
    let name = |end: &FlowEnd| match end {
        FlowEnd::Land(land) => loaded.division_name(land, lang),
        FlowEnd::Country(code) => country(code, lang),
        FlowEnd::Province(_, province) => loaded.division_name(province, lang),
        FlowEnd::Place(place) => loaded.place_name(place, lang),
    };
    let ties = match flow.count() {
        1 => tr!(lang, map.one_tie).to_string(),
        count => tr!(lang, map.ties, count = count),
    };
    tr!(
        lang,
        map.flow,
        from = name(&flow.from),
        to = name(&flow.to),
        ties = ties
    )
    .to_string()
}

/// How long after a tap the side bar opens: later than the click the browser makes of the same
/// tap, which would otherwise land on whatever the side bar puts under the finger.
const AFTER_TAP: Duration = Duration::from_millis(350);

/// Shows exactly a flow's ties: its Land and its country chosen, every other filter kept, and
/// the side bar open on their list (a moment later after a tap).
pub fn show_flow_ties(state: AppState, flow: &Flow, tapped: bool) {
    state.filters.update(|filters| {
        if let FlowEnd::Land(land) = &flow.from {
            filters.states = BTreeSet::from([land.clone()]);
        }
        if let Some(code) = flow.to.country() {
            filters.countries = BTreeSet::from([code.to_owned()]);
        }
    });
    state.tab.set(ExplorerTab::Ties);
    let open = move || state.side_bar_open.set(true);
    if tapped {
        set_timeout(open, AFTER_TAP);
    } else {
        open();
    }
}
