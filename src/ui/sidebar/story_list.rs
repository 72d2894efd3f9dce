//! Every story as a timeline beside the map, so that the content is reachable without it.

use crate::format::date;
use crate::tour::story_feature;
use crate::tr;
use crate::ui::app_state::{AppState, Loaded};
use crate::ui::open::open_from_side_bar;
use atlas_model::{Story, StorySubject};
use leptos::prelude::*;
use std::sync::Arc;

/// True when the filters let the story's subject through.
fn passes(loaded: &Loaded, story: &Story, state: AppState) -> bool {
    let atlas = &loaded.atlas;
    state.filters.with(|filters| match &story.subject {
        Some(StorySubject::Visit(id)) => atlas
            .visit(id)
            .is_some_and(|visit| filters.visit_passes(atlas, visit)),
        Some(StorySubject::Tie(id)) => atlas
            .tie(id)
            .is_some_and(|tie| filters.tie_passes(atlas, tie)),
        None => true,
    })
}

#[component]
pub fn StoryList(loaded: Arc<Loaded>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let mut order: Vec<usize> = (0..loaded.atlas.stories.len()).collect();
    order.sort_by_key(|&index| loaded.atlas.stories[index].date);
    move || {
        let lang = state.lang.get();
        let shown: Vec<&Story> = order
            .iter()
            .map(|&index| &loaded.atlas.stories[index])
            .filter(|story| passes(&loaded, story, state))
            .collect();
        if shown.is_empty() {
            return view! { <p class="empty" data-testid="no-stories">{tr!(lang, explore.no_stories)}</p> }
                .into_any();
        }
        let items = shown
            .into_iter()
            .map(|story| {
                let places = story
                    .places
                    .iter()
                    .map(|place| loaded.place_name(place, lang))
                    .collect::<Vec<_>>()
                    .join(" · ");
                let subject = story_feature(story);
                view! {
                    <li class="timeline-item">
                        <time class="timeline-date" datetime=story.date.to_string()>{date(&story.date, lang)}</time>
                        <button
                            class="timeline-title link"
                            lang=lang.tag()
                            data-testid=format!("timeline-{}", story.id)
                            on:click=move |_| {
                                if let Some(feature) = subject.clone() {
                                    open_from_side_bar(state, feature);
                                }
                            }
                        >
                            {story.title.get(lang).to_string()}
                        </button>
                        <span class="timeline-places">{places}</span>
                        <span class="timeline-source">{story.source.publisher.clone()}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="timeline" data-testid="timeline">{items}</ol> }.into_any()
    }
}
