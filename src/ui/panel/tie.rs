//! A tie's panel: its kind, towns, dates, how sure the atlas is of it, its stories and sources.

use super::links::{external_link, place_link};
use super::report::report_link;
use super::story::story_block;
use crate::format::date;
use crate::tr;
use crate::ui::app_state::Loaded;
use crate::ui::words::{confidence, confidence_reason, tie_kind};
use atlas_model::{Confidence, Lang, TieId};
use leptos::prelude::*;

pub fn tie_details(loaded: &Loaded, id: &TieId, lang: Lang) -> Option<AnyView> {
    let tie = loaded.atlas.tie(id)?;
    let sources = tie
        .sources
        .iter()
        .map(|source| {
            view! { <li>{external_link(&source.url, source.name())}</li> }
        })
        .collect_view();
    let stories = loaded
        .atlas
        .stories_of_tie(id)
        .map(|story| story_block(story, lang, true))
        .collect_view();
    let named = format!(
        "{} – {}",
        loaded.place_name(&tie.german, lang),
        loaded.place_name(&tie.partner, lang)
    );
    let report = report_link(id, &named, lang);
    Some(
        view! {
            <p class="kicker">{tie_kind(tie.kind, lang)}</p>
            <h2 id="panel-title" tabindex="-1" data-testid="panel-title">
                {loaded.place_name(&tie.german, lang)}" – "{loaded.place_name(&tie.partner, lang)}
            </h2>
            <p class="route">{place_link(loaded, &tie.german, lang)}" · "{place_link(loaded, &tie.partner, lang)}</p>
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
            {tie.note.as_ref().map(|note| {
                let (written_in, text) = note.for_reader(lang);
                view! { <p class="note" lang=written_in.tag() data-testid="panel-note">{text.to_owned()}</p> }
            })}
            {stories}
            <h3>{tr!(lang, panel.sources)}</h3>
            <ul class="sources">{sources}</ul>
            {report}
        }
        .into_any(),
    )
}

fn confidence_class(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Verified => "verified",
        Confidence::WeakMention => "weak",
        Confidence::ListOnly => "list-only",
    }
}
