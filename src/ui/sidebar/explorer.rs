//! The side bar beside the map: filters and time, the overview in numbers, the stories as a
//! timeline, the ties as a list.

use crate::explore::facets::year_span;
use crate::tr;
use crate::ui::app_state::{AppState, ExplorerTab, Loaded};
use crate::ui::sidebar::filter_panel::FilterPanel;
use crate::ui::sidebar::overview::OverviewTab;
use crate::ui::sidebar::statement_link::StatementLink;
use crate::ui::sidebar::story_list::StoryList;
use crate::ui::sidebar::tie_list::TieList;
use crate::ui::sidebar::time_range::TimeRange;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Explorer(loaded: Arc<Loaded>, open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let tab = state.tab;
    let lang = move || state.lang.get();
    let title = move |of: ExplorerTab| match of {
        ExplorerTab::Filters => tr!(lang(), explore.filters),
        ExplorerTab::Overview => tr!(lang(), explore.overview),
        ExplorerTab::Stories => tr!(lang(), explore.stories),
        ExplorerTab::Ties => tr!(lang(), explore.ties),
    };
    let span = year_span(&loaded.atlas);
    let on_tab_key = move |event: web_sys::KeyboardEvent| {
        let at = ExplorerTab::ALL
            .iter()
            .position(|&each| each == tab.get_untracked())
            .unwrap_or(0);
        let next = match event.key().as_str() {
            "ArrowRight" | "ArrowDown" => (at + 1) % ExplorerTab::ALL.len(),
            "ArrowLeft" | "ArrowUp" => (at + ExplorerTab::ALL.len() - 1) % ExplorerTab::ALL.len(),
            "Home" => 0,
            "End" => ExplorerTab::ALL.len() - 1,
            _ => return,
        };
        event.prevent_default();
        tab.set(ExplorerTab::ALL[next]);
        if let Some(button) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| {
                document.get_element_by_id(&format!("tab-{}", ExplorerTab::ALL[next].id()))
            })
            .and_then(|element| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
            })
        {
            let _ = button.focus();
        }
    };
    // The lists are built when their tab is opened: with a large atlas, thousands of rows
    // nobody looks at would slow the map's first appearance.
    let (filters_view, overview_view, stories_view, ties_view) =
        (loaded.clone(), loaded.clone(), loaded.clone(), loaded);
    view! {
        <section id="explorer" class="explorer" data-testid="explorer" data-covers-map="" data-open=move || open.get().to_string() aria-label=move || tr!(lang(), explore.label)>
            <div class="explorer-head">
            <div class="tabs" role="tablist" aria-label=move || tr!(lang(), explore.label) on:keydown=on_tab_key>
                {ExplorerTab::ALL.into_iter().map(|each| view! {
                    <button
                        id=format!("tab-{}", each.id())
                        class="tab"
                        role="tab"
                        data-testid=format!("tab-{}", each.id())
                        aria-controls=format!("tabpanel-{}", each.id())
                        aria-selected=move || (tab.get() == each).to_string()
                        tabindex=move || if tab.get() == each { "0" } else { "-1" }
                        on:click=move |_| tab.set(each)
                    >
                        {move || title(each)}
                    </button>
                }).collect_view()}
            </div>
            // Where the side bar lies over the map, it closes from its own head: no button of
            // the map's lies over its tabs.
            <button
                class="explorer-close"
                data-testid="explorer-close"
                aria-label=move || tr!(lang(), explore.hide)
                title=move || tr!(lang(), explore.hide)
                on:click=move |_| open.set(false)
            >"×"</button>
            </div>
            <div id="tabpanel-filters" class="tabpanel" role="tabpanel" aria-labelledby="tab-filters" hidden=move || tab.get() != ExplorerTab::Filters>
                // Counted once the map has shown its first frame, so that the map comes first.
                {move || state.map_shown.get().then(|| view! {
                    {span.map(|span| view! { <TimeRange span=span /> })}
                    <FilterPanel loaded=filters_view.clone() />
                })}
            </div>
            <div id="tabpanel-overview" class="tabpanel" role="tabpanel" aria-labelledby="tab-overview" hidden=move || tab.get() != ExplorerTab::Overview>
                {move || (tab.get() == ExplorerTab::Overview).then(|| view! { <OverviewTab loaded=overview_view.clone() /> })}
            </div>
            <div id="tabpanel-stories" class="tabpanel" role="tabpanel" aria-labelledby="tab-stories" hidden=move || tab.get() != ExplorerTab::Stories>
                {move || (tab.get() == ExplorerTab::Stories).then(|| view! { <StoryList loaded=stories_view.clone() /> })}
            </div>
            <div id="tabpanel-ties" class="tabpanel" role="tabpanel" aria-labelledby="tab-ties" hidden=move || tab.get() != ExplorerTab::Ties>
                {move || (tab.get() == ExplorerTab::Ties).then(|| view! { <TieList loaded=ties_view.clone() /> })}
            </div>
            <StatementLink />
        </section>
    }
}
