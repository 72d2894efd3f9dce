//! A visit's panel: its route, delegation, stories, topics and organisations.

use super::links::place_link;
use super::story::story_block;
use crate::format::date_range;
use crate::tr;
use crate::ui::app_state::Loaded;
use crate::ui::words::role;
use atlas_model::{Lang, Story, VisitId};
use leptos::prelude::*;

pub fn visit_details(loaded: &Loaded, id: &VisitId, lang: Lang) -> Option<AnyView> {
    let visit = loaded.atlas.visit(id)?;
    let stories: Vec<&Story> = loaded.atlas.stories_of_visit(id).collect();
    let route_names: Vec<String> = visit
        .stops
        .iter()
        .map(|stop| loaded.place_name(stop, lang))
        .collect();
    let title = stories
        .first()
        .map(|story| story.title.get(lang).to_string())
        .unwrap_or_else(|| {
            format!(
                "{} → {}",
                loaded.place_name(&visit.from, lang),
                route_names.join(", ")
            )
        });
    let route = std::iter::once(&visit.from)
        .chain(visit.stops.iter())
        .enumerate()
        .map(|(index, place)| {
            view! {
                {(index > 0).then_some(" → ")}
                {place_link(loaded, place, lang)}
            }
        })
        .collect_view();
    let organisations = visit
        .organisations
        .iter()
        .map(|organisation| view! { <li>{organisation.name.clone()}" ("{role(organisation.role, lang)}")"</li> })
        .collect_view();
    let topics = visit
        .topics
        .iter()
        .map(|topic| view! { <li class="chip">{topic.get(lang).to_string()}</li> })
        .collect_view();
    Some(
        view! {
            <p class="kicker visit">{tr!(lang, panel.visit)}</p>
            <h2 id="panel-title" tabindex="-1" data-testid="panel-title">{title}</h2>
            <p class="meta" data-testid="panel-date">{date_range(&visit.start, visit.end.as_ref(), lang)}</p>
            <p class="route" data-testid="panel-route"><span class="label">{tr!(lang, panel.route)}": "</span>{route}</p>
            {visit.delegation_size.map(|size| view! { <p class="meta">{tr!(lang, panel.delegation)}": "{size}" "{tr!(lang, panel.people)}</p> })}
            {stories.into_iter().enumerate().map(|(index, story)| story_block(story, lang, index > 0)).collect_view()}
            {(!visit.topics.is_empty()).then(|| view! { <h3>{tr!(lang, panel.topics)}</h3><ul class="chips">{topics}</ul> })}
            {(!visit.organisations.is_empty()).then(|| view! { <h3>{tr!(lang, panel.organisations)}</h3><ul class="plain">{organisations}</ul> })}
        }
        .into_any(),
    )
}
