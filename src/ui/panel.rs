//! The side panel: the story of a visit, the facts of a tie, or a place and its links.

use super::open::{close_panel, open_and_focus};
use super::place_panel::place_details;
use super::qr_dialog::{QrShown, qr_button};
use super::state::{AppState, Loaded};
use super::words::{confidence, confidence_reason, role, tie_kind};
use crate::format::{date, date_range};
use crate::language::UiLang;
use crate::map::scene::Feature;
use crate::tr;
use atlas_model::{Confidence, PlaceId, Story, TieId, VisitId};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Panel(loaded: Arc<Loaded>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let lang = state.lang.get();
        let selected = state.selected.get()?;
        let content = match &selected {
            Feature::Visit(id) => visit_details(&loaded, id, lang),
            Feature::Tie(id) => tie_details(&loaded, id, lang),
            Feature::Place(id) => place_details(&loaded, id, lang),
        }?;
        Some(view! {
            <aside class="panel" data-testid="panel" data-covers-map="" aria-labelledby="panel-title">
                <button
                    class="close"
                    data-testid="panel-close"
                    aria-label=tr!(lang, panel.close)
                    title=tr!(lang, panel.close)
                    on:click=move |_| close_panel(state)
                >"×"</button>
                {content}
            </aside>
        })
    }
}

fn confidence_class(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Verified => "verified",
        Confidence::WeakMention => "weak",
        Confidence::ListOnly => "list-only",
    }
}

/// A button that opens another feature in the panel.
pub(super) fn link_to(feature: Feature, label: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let testid = format!("link-{}", feature.key());
    view! {
        <button class="link" data-testid=testid on:click=move |_| open_and_focus(state, feature.clone())>
            {label}
        </button>
    }
}

pub(super) fn place_link(loaded: &Loaded, id: &PlaceId, lang: UiLang) -> impl IntoView {
    link_to(Feature::Place(id.clone()), loaded.place_name(id, lang))
}

/// Only web addresses become links; anything else in the data stays plain text. On a kiosk,
/// a link would lead out of the atlas: it shows the address's QR code instead.
pub(super) fn external_link(url: &str, label: String) -> AnyView {
    let web = url.starts_with("https://") || url.starts_with("http://");
    if let Some(shown) = use_context::<QrShown>().filter(|_| web) {
        qr_button(shown, url.to_string(), label)
    } else if web {
        view! { <a href=url.to_string() target="_blank" rel="noopener noreferrer">{label}</a> }
            .into_any()
    } else {
        view! { <span>{label}</span> }.into_any()
    }
}

/// A story; its title is left out where it already heads the panel.
fn story_block(story: &Story, lang: UiLang, with_title: bool) -> impl IntoView {
    let source = &story.source;
    let source_label = match &source.date {
        Some(published) => format!(
            "{}: „{}“ ({})",
            source.publisher,
            source.title,
            date(published, lang)
        ),
        None => format!("{}: „{}“", source.publisher, source.title),
    };
    let source_view = match &source.url {
        Some(url) => external_link(url, source_label),
        None => view! { <span>{source_label}</span> }.into_any(),
    };
    view! {
        <article class="story" lang=lang.story_lang().tag() data-testid=format!("story-{}", story.id)>
            {with_title.then(|| view! { <h3 class="story-title">{story.title.get(lang.story_lang()).to_string()}</h3> })}
            <p class="meta">{date(&story.date, lang)}</p>
            <div class="story-text" data-testid="story-text">
                {story.text.get(lang.story_lang()).split("\n\n").map(|paragraph| view! { <p>{paragraph.trim().to_string()}</p> }).collect_view()}
            </div>
            <p class="source" data-testid="story-source">{tr!(lang, panel.source)}": "{source_view}</p>
        </article>
    }
}

fn visit_details(loaded: &Loaded, id: &VisitId, lang: UiLang) -> Option<AnyView> {
    let visit = loaded.atlas.visit(id)?;
    let stories: Vec<&Story> = loaded.atlas.stories_of_visit(id).collect();
    let route_names: Vec<String> = visit
        .stops
        .iter()
        .map(|stop| loaded.place_name(stop, lang))
        .collect();
    let title = stories
        .first()
        .map(|story| story.title.get(lang.story_lang()).to_string())
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
        .map(|topic| view! { <li class="chip">{topic.get(lang.story_lang()).to_string()}</li> })
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

fn tie_details(loaded: &Loaded, id: &TieId, lang: UiLang) -> Option<AnyView> {
    let tie = loaded.atlas.tie(id)?;
    let sources = tie
        .sources
        .iter()
        .map(|source| {
            let label = source.label.clone().unwrap_or_else(|| source.url.clone());
            view! { <li>{external_link(&source.url, label)}</li> }
        })
        .collect_view();
    let stories = loaded
        .atlas
        .stories_of_tie(id)
        .map(|story| story_block(story, lang, true))
        .collect_view();
    Some(
        view! {
            <p class="kicker">{tie_kind(tie.kind, lang)}</p>
            <h2 id="panel-title" tabindex="-1" data-testid="panel-title">
                {loaded.place_name(&tie.a, lang)}" – "{loaded.place_name(&tie.b, lang)}
            </h2>
            <p class="route">{place_link(loaded, &tie.a, lang)}" · "{place_link(loaded, &tie.b, lang)}</p>
            <p class="meta" data-testid="panel-date">
                {tr!(lang, panel.since)}": "{tie.since.as_ref().map(|since| date(since, lang)).unwrap_or_else(|| tr!(lang, panel.no_year).to_string())}
                {tie.has_ended().then(|| {
                    let when = tie.ended.as_ref().map(|ended| date(ended, lang)).unwrap_or_else(|| tr!(lang, panel.no_date).to_string());
                    format!(" · {}: {when}", tr!(lang, panel.ended))
                })}
            </p>
            <p class=format!("confidence {}", confidence_class(tie.confidence)) data-testid="panel-confidence">
                <strong>{tr!(lang, panel.confidence)}": "{confidence(tie.confidence, lang)}</strong>
                " "{confidence_reason(tie.confidence, lang)}
            </p>
            {tie.note.clone().map(|note| view! { <p class="note" lang="en">{note}</p> })}
            {stories}
            <h3>{tr!(lang, panel.sources)}</h3>
            <ul class="sources">{sources}</ul>
        }
        .into_any(),
    )
}
