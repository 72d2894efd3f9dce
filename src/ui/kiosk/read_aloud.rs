//! Reading the open story aloud on a kiosk, for a visitor who cannot read the screen well:
//! the browser's speech (Web Speech API) with a voice the device itself has for the story's
//! language, since a kiosk is often offline; where it has none, there is no button.

use crate::tr;
use atlas_model::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn speech() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// A voice on this device (not a service on the network) for `lang`.
fn local_voice(speech: &SpeechSynthesis, lang: Lang) -> Option<SpeechSynthesisVoice> {
    let tag = lang.tag();
    speech
        .get_voices()
        .iter()
        .filter_map(|voice| voice.dyn_into::<SpeechSynthesisVoice>().ok())
        .filter(|voice| voice.local_service())
        .find(|voice| {
            let spoken = voice.lang().to_ascii_lowercase();
            spoken == tag
                || spoken.starts_with(&format!("{tag}-"))
                || spoken.starts_with(&format!("{tag}_"))
        })
}

/// A button that reads `text` aloud in `lang`, and stops; nothing where no voice exists.
#[component]
pub fn ReadAloud(text: String, lang: Lang) -> impl IntoView {
    let Some(speech) = speech() else {
        return None::<AnyView>.into_any();
    };
    // Voices may come a moment after the page: the button follows them.
    let voices_changed = Trigger::new();
    let listener = Closure::<dyn Fn()>::new(move || voices_changed.notify());
    let _ =
        speech.add_event_listener_with_callback("voiceschanged", listener.as_ref().unchecked_ref());
    let speaking = RwSignal::new(false);
    // One handler for the end of every reading, and the reading under way, both let go with
    // the story: a kiosk reads for weeks.
    let ended = StoredValue::new_local(Closure::<dyn Fn()>::new(move || speaking.set(false)));
    let reading = StoredValue::new_local(None::<SpeechSynthesisUtterance>);
    let listening = StoredValue::new_local((speech.clone(), listener));
    on_cleanup(move || {
        listening.try_with_value(|(speech, listener)| {
            let _ = speech.remove_event_listener_with_callback(
                "voiceschanged",
                listener.as_ref().unchecked_ref(),
            );
            if let Some(utterance) = reading.try_get_value().flatten() {
                utterance.set_onend(None);
                utterance.set_onerror(None);
                speech.cancel();
            }
        });
    });
    let voice = {
        let speech = speech.clone();
        Signal::derive(move || {
            voices_changed.track();
            local_voice(&speech, lang).map(|voice| voice.name())
        })
    };
    let toggle = move |_| {
        speech.cancel();
        if speaking.get_untracked() {
            speaking.set(false);
            return;
        }
        let Some(voice) = local_voice(&speech, lang) else {
            return;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text) else {
            return;
        };
        utterance.set_voice(Some(&voice));
        utterance.set_lang(&voice.lang());
        ended.with_value(|ended| {
            utterance.set_onend(Some(ended.as_ref().unchecked_ref()));
            utterance.set_onerror(Some(ended.as_ref().unchecked_ref()));
        });
        speech.speak(&utterance);
        reading.set_value(Some(utterance));
        speaking.set(true);
    };
    view! {
        <Show when=move || voice.get().is_some()>
            <button
                class="secondary read-aloud"
                data-testid="read-aloud"
                aria-pressed=move || speaking.get().to_string()
                on:click=toggle.clone()
            >
                {move || if speaking.get() { tr!(lang, kiosk.stop_reading) } else { tr!(lang, kiosk.read_aloud) }}
            </button>
        </Show>
    }
    .into_any()
}
