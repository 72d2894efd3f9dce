//! The foot of the side bar: a link to the atlas's accessibility statement, in the reader's
//! language and with the contact the host gave (none on a kiosk, where no link leaves the atlas).

use crate::page_options::PageOptions;
use crate::tr;
use crate::ui::app_state::AppState;
use leptos::prelude::*;

/// The statement's address: `accessibility.html?lang=de&contact=…`, each value encoded.
fn statement_address(lang: &str, contact: Option<&str>) -> String {
    let mut address = format!("accessibility.html?lang={lang}");
    if let Some(contact) = contact {
        address.push_str("&contact=");
        address.push_str(&String::from(js_sys::encode_uri_component(contact)));
    }
    address
}

#[component]
pub fn StatementLink() -> impl IntoView {
    let state = expect_context::<AppState>();
    let options = use_context::<PageOptions>().unwrap_or_default();
    let contact = options.contact.map(|contact| contact.as_text().to_string());
    options.kiosk.is_none().then(|| {
        view! {
            <p class="explorer-foot">
                <a
                    data-testid="statement-link"
                    href=move || statement_address(state.lang.get().tag(), contact.as_deref())
                    target="_blank"
                    rel="noopener"
                >
                    {move || tr!(state.lang.get(), embed.accessibility)}
                </a>
            </p>
        }
    })
}
