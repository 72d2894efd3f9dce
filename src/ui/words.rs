//! The interface's words in the reader's language, from `src/locales/` through leptos_i18n.

use crate::i18n::Locale;
use atlas_model::{Confidence, Lang, OrganisationRole, PlaceKind, Region, TieKind};

/// A fixed text in the reader's language: `tr!(lang, map.zoom_in)`, or with values
/// `tr!(lang, explore.showing, shown = 3, total = 9)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $($key:tt)+) => {
        $crate::i18n::td_string!($crate::ui::words::locale($lang), $($key)+)
    };
}
pub use tr;

/// The leptos_i18n locale of an interface language.
pub fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::De => Locale::de,
        Lang::En => Locale::en,
        Lang::Zh => Locale::zh,
        Lang::Ko => Locale::ko,
        Lang::Ja => Locale::ja,
    }
}

pub fn tie_kind(kind: TieKind, lang: Lang) -> &'static str {
    match kind {
        TieKind::TwinTown => tr!(lang, kind.twin_town),
        TieKind::Friendship => tr!(lang, kind.friendship),
        TieKind::Contact => tr!(lang, kind.contact),
        TieKind::ProjectPartnership => tr!(lang, kind.project_partnership),
        TieKind::Cooperation => tr!(lang, kind.cooperation),
        TieKind::LetterOfIntent => tr!(lang, kind.letter_of_intent),
    }
}

/// How sure the atlas is, as a phrase ("confirmed by an official page").
pub fn confidence(confidence: Confidence, lang: Lang) -> &'static str {
    match confidence {
        Confidence::Verified => tr!(lang, confidence.verified),
        Confidence::WeakMention => tr!(lang, confidence.weak_mention),
        Confidence::ListOnly => tr!(lang, confidence.list_only),
    }
}

/// How sure the atlas is, as a filter label ("Confirmed").
pub fn confidence_short(confidence: Confidence, lang: Lang) -> &'static str {
    match confidence {
        Confidence::Verified => tr!(lang, confidence.verified_short),
        Confidence::WeakMention => tr!(lang, confidence.weak_mention_short),
        Confidence::ListOnly => tr!(lang, confidence.list_only_short),
    }
}

/// Why a tie has the confidence it has: what was and was not found.
pub fn confidence_reason(confidence: Confidence, lang: Lang) -> &'static str {
    match confidence {
        Confidence::Verified => tr!(lang, confidence.verified_reason),
        Confidence::WeakMention => tr!(lang, confidence.weak_mention_reason),
        Confidence::ListOnly => tr!(lang, confidence.list_only_reason),
    }
}

pub fn place_kind(kind: PlaceKind, lang: Lang) -> &'static str {
    match kind {
        PlaceKind::City => tr!(lang, place_kind.city),
        PlaceKind::District => tr!(lang, place_kind.district),
        PlaceKind::Region => tr!(lang, place_kind.region),
        PlaceKind::State => tr!(lang, place_kind.state),
        PlaceKind::Country => tr!(lang, place_kind.country),
    }
}

pub fn role(role: OrganisationRole, lang: Lang) -> &'static str {
    match role {
        OrganisationRole::Organiser => tr!(lang, role.organiser),
        OrganisationRole::Participant => tr!(lang, role.participant),
        OrganisationRole::Host => tr!(lang, role.host),
    }
}

/// A country's name from its ISO code; the code itself for a country the interface does not name.
pub fn country(code: &str, lang: Lang) -> String {
    let name = match code {
        "DE" => tr!(lang, country.de),
        "CN" => tr!(lang, country.cn),
        "KR" => tr!(lang, country.kr),
        "JP" => tr!(lang, country.jp),
        "TW" => tr!(lang, country.tw),
        "VN" => tr!(lang, country.vn),
        "IN" => tr!(lang, country.india),
        "ID" => tr!(lang, country.id),
        "MN" => tr!(lang, country.mn),
        "PH" => tr!(lang, country.ph),
        "IL" => tr!(lang, country.il),
        "PS" => tr!(lang, country.ps),
        "TR" => tr!(lang, country.tr),
        _ => return code.to_owned(),
    };
    name.to_owned()
}

/// A partner region's name.
pub fn region(region: Region, lang: Lang) -> &'static str {
    match region {
        Region::EastAsia => tr!(lang, region.east_asia),
        Region::SoutheastAsia => tr!(lang, region.southeast_asia),
        Region::SouthAsia => tr!(lang, region.south_asia),
        Region::WestAsia => tr!(lang, region.west_asia),
        Region::Germany => tr!(lang, region.germany),
    }
}

/// A partner's country as lists of partners name it: a German partner (a cooperation of two
/// German regions) is "Partner region in Germany", not Germany among the partner countries.
pub fn partner_country(code: &str, lang: Lang) -> String {
    match code {
        "DE" => region(Region::Germany, lang).to_owned(),
        _ => country(code, lang),
    }
}

/// A partner's country as [`partner_country`] names it, or that it is not known (a tie whose
/// partner place is missing, say).
pub fn country_or_unknown(code: Option<&str>, lang: Lang) -> String {
    match code {
        Some(code) => partner_country(code, lang),
        None => tr!(lang, country.unknown).to_owned(),
    }
}
