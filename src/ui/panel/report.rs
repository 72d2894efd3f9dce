//! "Report a correction": a tie's link to the host's feedback contact, with the tie named, so
//! that whoever answers knows at once which line of the atlas is meant.

use crate::page_options::{Contact, PageOptions};
use crate::tr;
use atlas_model::{Lang, TieId};
use leptos::prelude::*;

/// The link to the host's contact for the tie `named` (its towns) with the id `id`; nothing
/// where the host gave no contact, or on a kiosk, where no link leaves the atlas.
pub fn report_link(id: &TieId, named: &str, lang: Lang) -> Option<AnyView> {
    let options = use_context::<PageOptions>()?;
    if options.kiosk.is_some() {
        return None;
    }
    let href = match options.contact? {
        Contact::Email(address) => {
            let subject = tr!(lang, panel.report_subject, tie = named.to_string()).to_string();
            let body = format!("{}\n\n{named} ({})\n", tr!(lang, panel.report_body), id.0);
            format!(
                "mailto:{address}?subject={}&body={}",
                js_sys::encode_uri_component(&subject),
                js_sys::encode_uri_component(&body)
            )
        }
        Contact::Page(page) => page,
    };
    Some(
        view! {
            <p class="report">
                <a href=href target="_blank" rel="noopener" data-testid="panel-report">
                    {tr!(lang, panel.report)}
                </a>
            </p>
        }
        .into_any(),
    )
}
