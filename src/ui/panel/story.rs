//! A story as the panel tells it: title, date, text and its source; on a kiosk, read aloud.

use super::links::external_link;
use crate::format::date;
use crate::page_options::PageOptions;
use crate::tr;
use crate::ui::kiosk::read_aloud::ReadAloud;
use atlas_model::{Lang, Story};
use leptos::prelude::*;

/// A story; its title is left out where it already heads the panel.
pub fn story_block(story: &Story, lang: Lang, with_title: bool) -> impl IntoView {
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
    // On a kiosk, a visitor who cannot read the screen well can listen.
    let kiosk = use_context::<PageOptions>().is_some_and(|options| options.kiosk.is_some());
    let spoken = format!("{}. {}", story.title.get(lang), story.text.get(lang));
    view! {
        <article class="story" lang=lang.tag() data-testid=format!("story-{}", story.id)>
            {with_title.then(|| view! { <h3 class="story-title">{story.title.get(lang).to_string()}</h3> })}
            <p class="meta">{date(&story.date, lang)}</p>
            {kiosk.then(|| view! { <ReadAloud text=spoken lang=lang /> })}
            <div class="story-text" data-testid="story-text">
                {story.text.get(lang).split("\n\n").map(|paragraph| view! { <p>{paragraph.trim().to_string()}</p> }).collect_view()}
            </div>
            <p class="source" data-testid="story-source">{tr!(lang, panel.source)}": "{source_view}</p>
        </article>
    }
}
