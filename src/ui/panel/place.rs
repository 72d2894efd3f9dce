//! A place's panel: its ties by year with kind, partner and sources, its visits and its stories.

use super::links::{external_link, link_to, place_link};
use crate::explore::place_summary::PlaceSummary;
use crate::format::{date, number};
use crate::map::scene::Feature;
use crate::tr;
use crate::ui::app_state::Loaded;
use crate::ui::words::{country, place_kind, tie_kind};
use atlas_model::{Lang, PlaceId, PlaceKind, Story, StorySubject, Tie};
use leptos::prelude::*;

fn tie_row(loaded: &Loaded, tie: &Tie, id: &PlaceId, lang: Lang) -> AnyView {
    let partner = tie.other_end(id).unwrap_or(&tie.partner);
    let partner_country = loaded
        .atlas
        .place(partner)
        .map(|place| country(&place.country, lang))
        .unwrap_or_default();
    // An unknown year is a dash to the eye and words to a screen reader.
    let year = match tie.since {
        Some(since) => view! { <span class="tie-year">{since.year_number()}</span> }.into_any(),
        None => view! {
            <span class="tie-year">
                <span aria-hidden="true">"–"</span>
                <span class="visually-hidden">{tr!(lang, panel.no_year)}</span>
            </span>
        }
        .into_any(),
    };
    let sources = tie
        .sources
        .iter()
        .map(|source| view! { <li>{external_link(&source.url, source.name())}</li> })
        .collect_view();
    view! {
        <li class="tie-row" data-testid=format!("place-tie-{}", tie.id)>
            {year}
            <span class="tie-what">
                {place_link(loaded, partner, lang)}
                <span class="tie-meta">" · "{partner_country}</span>
                <br />
                {link_to(Feature::Tie(tie.id.clone()), tie_kind(tie.kind, lang).to_owned())}
            </span>
            <ul class="tie-sources" aria-label=tr!(lang, panel.sources)>{sources}</ul>
        </li>
    }
    .into_any()
}

/// What opening a story shows: the visit or tie it is about, else the story's first place.
fn story_subject(story: &Story) -> Option<Feature> {
    match &story.subject {
        Some(StorySubject::Visit(visit)) => Some(Feature::Visit(visit.clone())),
        Some(StorySubject::Tie(tie)) => Some(Feature::Tie(tie.clone())),
        None => story.places.first().cloned().map(Feature::Place),
    }
}

/// The place in numbers: partners, their countries, the oldest tie, visits and stories.
fn summary_card(loaded: &Loaded, id: &PlaceId, lang: Lang) -> AnyView {
    let summary = PlaceSummary::of(&loaded.atlas, id);
    let countries = summary
        .countries
        .iter()
        .map(|(code, count)| format!("{} {count}", country(code, lang)))
        .collect::<Vec<_>>()
        .join(", ");
    let oldest = summary.oldest.as_ref().map(|(partner, year)| {
        let partner = loaded.place_name(partner, lang);
        tr!(lang, summary.oldest_value, partner = partner, year = *year).to_string()
    });
    let row = |term: &'static str, value: String| view! { <dt>{term}</dt><dd>{value}</dd> };
    view! {
        <dl class="place-summary" data-testid="place-summary" aria-label=tr!(lang, summary.label)>
            {row(tr!(lang, summary.partners), number(summary.partners as u64, lang))}
            {(!countries.is_empty()).then(|| row(tr!(lang, summary.countries), countries))}
            {oldest.map(|oldest| row(tr!(lang, summary.oldest), oldest))}
            {row(tr!(lang, summary.visits), number(summary.visits as u64, lang))}
            {row(tr!(lang, summary.stories), number(summary.stories as u64, lang))}
        </dl>
    }
    .into_any()
}

pub fn place_details(loaded: &Loaded, id: &PlaceId, lang: Lang) -> Option<AnyView> {
    let place = loaded.atlas.place(id)?;
    let atlas = &loaded.atlas;
    let mut ties: Vec<&Tie> = atlas.ties.iter().filter(|tie| tie.touches(id)).collect();
    // By year, the ties of unknown year last.
    ties.sort_by_key(|tie| (tie.since.is_none(), tie.since));
    let tie_items = ties
        .into_iter()
        .map(|tie| tie_row(loaded, tie, id, lang))
        .collect_view();
    let mut visits: Vec<_> = atlas
        .visits
        .iter()
        .filter(|visit| visit.touches(id))
        .collect();
    visits.sort_by_key(|visit| visit.start);
    let has_visits = !visits.is_empty();
    let visit_items = visits
        .into_iter()
        .map(|visit| {
            let label = atlas
                .stories_of_visit(&visit.id)
                .next()
                .map(|story| story.title.get(lang).to_string())
                .unwrap_or_else(|| date(&visit.start, lang));
            view! {
                <li>
                    <span class="tie-year">{date(&visit.start, lang)}</span>" "
                    {link_to(Feature::Visit(visit.id.clone()), label)}
                </li>
            }
        })
        .collect_view();
    let stories: Vec<_> = loaded
        .atlas
        .stories_of_place(id)
        .filter_map(|story| Some((story, story_subject(story)?)))
        .collect();
    let has_stories = !stories.is_empty();
    let story_items = stories
        .into_iter()
        .map(|(story, subject)| {
            let title = story.title.get(lang).to_string();
            view! {
                <li lang=lang.tag()>
                    <span class="tie-year">{date(&story.date, lang)}</span>" "
                    {link_to(subject, title)}
                    <span class="tie-meta">" · "{story.source.publisher.clone()}</span>
                </li>
            }
        })
        .collect_view();
    let native = place
        .names
        .native
        .clone()
        .filter(|native| native != &place.names.en && native != &place.names.de);
    Some(
        view! {
            <p class="kicker">{place_kind(place.kind, lang)}" · "{country(&place.country, lang)}</p>
            <h2 id="panel-title" tabindex="-1" data-testid="panel-title">{loaded.place_name(id, lang)}</h2>
            {native.map(|native| view! { <p class="native" lang="und">{native}</p> })}
            {place.division.as_deref().map(|division| view! { <p class="meta" data-testid="panel-division">{loaded.division_name(division, lang)}</p> })}
            {place.in_europe.then(|| view! { <p class="meta" data-testid="panel-europe">{tr!(lang, panel.in_europe)}</p> })}
            {(place.kind == PlaceKind::Country).then(|| view! { <p class="meta" data-testid="panel-country-whole">{tr!(lang, panel.country_whole)}</p> })}
            {place.population.map(|population| view! { <p class="meta">{tr!(lang, panel.population)}": "{number(population, lang)}</p> })}
            {summary_card(loaded, id, lang)}
            <h3>{tr!(lang, panel.ties)}</h3>
            <ul class="plain tie-rows" data-testid="place-ties">{tie_items}</ul>
            <h3>{tr!(lang, panel.visits)}</h3>
            {if has_visits {
                view! { <ul class="plain">{visit_items}</ul> }.into_any()
            } else {
                view! { <p class="meta">{tr!(lang, panel.no_visits)}</p> }.into_any()
            }}
            {has_stories.then(|| view! {
                <h3>{tr!(lang, panel.stories)}</h3>
                <ul class="plain" data-testid="place-stories">{story_items}</ul>
            })}
        }
        .into_any(),
    )
}
