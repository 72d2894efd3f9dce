//! The interface's own words in German and English, and how dates and numbers are written.

use atlas_model::{Confidence, Lang, OrganisationRole, PartialDate, PlaceKind, TieKind};

/// Every fixed text of the interface, in one language.
pub struct Strings {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub basemap_missing: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub reset_view: &'static str,
    pub close: &'static str,
    pub visit: &'static str,
    pub route: &'static str,
    pub delegation: &'static str,
    pub people: &'static str,
    pub organisations: &'static str,
    pub topics: &'static str,
    pub since: &'static str,
    pub ended: &'static str,
    pub confidence: &'static str,
    pub sources: &'static str,
    pub source: &'static str,
    pub population: &'static str,
    pub ties: &'static str,
    pub visits: &'static str,
    pub no_year: &'static str,
    pub no_date: &'static str,
    pub legend_visit: &'static str,
    pub legend_list_only: &'static str,
    pub map_label: &'static str,
    pub language: &'static str,
    pub hint: &'static str,
}

const DE: Strings = Strings {
    title: "Partner Atlas",
    subtitle: "Deutsch-asiatische Städtepartnerschaften und Delegationsreisen",
    loading: "Atlas wird geladen …",
    load_failed: "Der Atlas konnte nicht geladen werden.",
    retry: "Erneut versuchen",
    basemap_missing: "Die Grundkarte fehlt; Orte und Verbindungen werden ohne Länderumrisse gezeigt.",
    zoom_in: "Hineinzoomen",
    zoom_out: "Herauszoomen",
    reset_view: "Ansicht zurücksetzen",
    close: "Schließen",
    visit: "Delegationsreise",
    route: "Route",
    delegation: "Delegation",
    people: "Personen",
    organisations: "Beteiligte",
    topics: "Themen",
    since: "Seit",
    ended: "Beendet",
    confidence: "Belegt",
    sources: "Quellen",
    source: "Quelle",
    population: "Einwohner",
    ties: "Verbindungen",
    visits: "Besuche",
    no_year: "Jahr unbekannt",
    no_date: "Datum unbekannt",
    legend_visit: "Besuch (Pfeil zeigt die Richtung)",
    legend_list_only: "Nur in Sammellisten genannt (gepunktet, blasser)",
    map_label: "Karte der Partnerschaften und Besuche",
    language: "Sprache",
    hint: "Linie oder Ort anklicken, um die Geschichte zu lesen",
};

const EN: Strings = Strings {
    title: "Partner Atlas",
    subtitle: "German–Asian city ties and delegation visits",
    loading: "Loading the atlas …",
    load_failed: "The atlas could not be loaded.",
    retry: "Try again",
    basemap_missing: "The basemap is missing; places and ties are shown without country outlines.",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    reset_view: "Reset view",
    close: "Close",
    visit: "Delegation visit",
    route: "Route",
    delegation: "Delegation",
    people: "people",
    organisations: "Involved",
    topics: "Topics",
    since: "Since",
    ended: "Ended",
    confidence: "Evidence",
    sources: "Sources",
    source: "Source",
    population: "Population",
    ties: "Ties",
    visits: "Visits",
    no_year: "year unknown",
    no_date: "date unknown",
    legend_visit: "Visit (arrow shows the direction)",
    legend_list_only: "Only in bulk lists (dotted, paler)",
    map_label: "Map of partnerships and visits",
    language: "Language",
    hint: "Click a line or a place to read its story",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

pub fn tie_kind(kind: TieKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (TieKind::TwinTown, Lang::De) => "Städtepartnerschaft",
        (TieKind::TwinTown, Lang::En) => "Twin towns",
        (TieKind::Friendship, Lang::De) => "Städtefreundschaft",
        (TieKind::Friendship, Lang::En) => "Friendship cities",
        (TieKind::Contact, Lang::De) => "Kontakt",
        (TieKind::Contact, Lang::En) => "Contact",
        (TieKind::ProjectPartnership, Lang::De) => "Projektpartnerschaft",
        (TieKind::ProjectPartnership, Lang::En) => "Project partnership",
        (TieKind::Cooperation, Lang::De) => "Kooperation",
        (TieKind::Cooperation, Lang::En) => "Cooperation",
        (TieKind::LetterOfIntent, Lang::De) => "Absichtserklärung",
        (TieKind::LetterOfIntent, Lang::En) => "Letter of intent",
    }
}

pub fn confidence(confidence: Confidence, lang: Lang) -> &'static str {
    match (confidence, lang) {
        (Confidence::Verified, Lang::De) => "durch eine offizielle Seite bestätigt",
        (Confidence::Verified, Lang::En) => "confirmed by an official page",
        (Confidence::WeakMention, Lang::De) => "nur beiläufig erwähnt",
        (Confidence::WeakMention, Lang::En) => "only mentioned in passing",
        (Confidence::ListOnly, Lang::De) => "nur in Sammellisten genannt, nicht bestätigt",
        (Confidence::ListOnly, Lang::En) => "only in bulk lists, not confirmed",
    }
}

/// Why a tie has the confidence it has: what was and was not found.
pub fn confidence_reason(confidence: Confidence, lang: Lang) -> &'static str {
    match (confidence, lang) {
        (Confidence::Verified, Lang::De) => {
            "Eine Seite der Stadt, eines Konsulats oder der Lokalpresse nennt die Verbindung."
        }
        (Confidence::Verified, Lang::En) => {
            "A page of the city, a consulate or the local press states the tie."
        }
        (Confidence::WeakMention, Lang::De) => {
            "Nur eine Seite erwähnt die Verbindung am Rande; eine offizielle Bestätigung fehlt."
        }
        (Confidence::WeakMention, Lang::En) => {
            "Only one page mentions the tie in passing; no official confirmation was found."
        }
        (Confidence::ListOnly, Lang::De) => {
            "Nur aus Wikipedia oder Wikidata abgeleitete Listen nennen sie; keine offizielle Seite bestätigt sie, keine widerspricht ihr."
        }
        (Confidence::ListOnly, Lang::En) => {
            "Only lists derived from Wikipedia or Wikidata name it; no official page confirms or contradicts it."
        }
    }
}

pub fn place_kind(kind: PlaceKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (PlaceKind::City, Lang::De) => "Stadt",
        (PlaceKind::City, Lang::En) => "City",
        (PlaceKind::District, Lang::De) => "Kreis",
        (PlaceKind::District, Lang::En) => "District",
        (PlaceKind::Region, Lang::De) => "Region",
        (PlaceKind::Region, Lang::En) => "Region",
        (PlaceKind::State, Lang::De) => "Land",
        (PlaceKind::State, Lang::En) => "State",
        (PlaceKind::Country, Lang::De) => "Staat",
        (PlaceKind::Country, Lang::En) => "Country",
    }
}

pub fn role(role: OrganisationRole, lang: Lang) -> &'static str {
    match (role, lang) {
        (OrganisationRole::Organiser, Lang::De) => "Organisation",
        (OrganisationRole::Organiser, Lang::En) => "organiser",
        (OrganisationRole::Participant, Lang::De) => "Teilnahme",
        (OrganisationRole::Participant, Lang::En) => "participant",
        (OrganisationRole::Host, Lang::De) => "Gastgeber",
        (OrganisationRole::Host, Lang::En) => "host",
    }
}

/// A whole number with the language's thousands separator: "3.310.268", "3,310,268".
pub fn number(value: u64, lang: Lang) -> String {
    let separator = match lang {
        Lang::De => '.',
        Lang::En => ',',
    };
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people write it: "8. November 2006", "October 2015", "2019".
pub fn date(date: &PartialDate, lang: Lang) -> String {
    let year = date.year_number();
    let Some(month) = date.month_number() else {
        return year.to_string();
    };
    let month_name = match lang {
        Lang::De => MONTHS_DE[usize::from(month - 1)],
        Lang::En => MONTHS_EN[usize::from(month - 1)],
    };
    match (date.day_number(), lang) {
        (Some(day), Lang::De) => format!("{day}. {month_name} {year}"),
        (Some(day), Lang::En) => format!("{day} {month_name} {year}"),
        (None, _) => format!("{month_name} {year}"),
    }
}

/// A span of dates, shortened where start and end share a month: "25.–31. Oktober 2024".
pub fn date_range(start: &PartialDate, end: Option<&PartialDate>, lang: Lang) -> String {
    let Some(end) = end.filter(|end| *end != start) else {
        return date(start, lang);
    };
    let same_month =
        start.year_number() == end.year_number() && start.month_number() == end.month_number();
    match (start.day_number(), end.day_number(), same_month, lang) {
        (Some(first), Some(_), true, Lang::De) => format!("{first}.–{}", date(end, lang)),
        (Some(first), Some(_), true, Lang::En) => format!("{first}–{}", date(end, lang)),
        _ => format!("{} – {}", date(start, lang), date(end, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> PartialDate {
        text.parse().unwrap()
    }

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(date(&day("2006-11-08"), Lang::De), "8. November 2006");
        assert_eq!(date(&day("2006-11-08"), Lang::En), "8 November 2006");
        assert_eq!(date(&day("2015-10"), Lang::De), "Oktober 2015");
        assert_eq!(date(&day("2019"), Lang::En), "2019");
    }

    #[test]
    fn ranges_within_a_month_are_shortened() {
        let (start, end) = (day("2024-10-25"), day("2024-10-31"));
        assert_eq!(
            date_range(&start, Some(&end), Lang::De),
            "25.–31. Oktober 2024"
        );
        assert_eq!(
            date_range(&start, Some(&end), Lang::En),
            "25–31 October 2024"
        );
        assert_eq!(
            date_range(&day("2024-10-30"), Some(&day("2024-11-02")), Lang::En),
            "30 October 2024 – 2 November 2024"
        );
        assert_eq!(date_range(&day("2015-10"), None, Lang::De), "Oktober 2015");
        assert_eq!(
            date_range(&start, Some(&start), Lang::De),
            "25. Oktober 2024"
        );
    }

    #[test]
    fn numbers_group_thousands_by_language() {
        assert_eq!(number(3_310_268, Lang::De), "3.310.268");
        assert_eq!(number(3_310_268, Lang::En), "3,310,268");
        assert_eq!(number(999, Lang::De), "999");
        assert_eq!(number(1000, Lang::En), "1,000");
        assert_eq!(number(0, Lang::En), "0");
    }

    #[test]
    fn every_tie_kind_has_a_name_in_both_languages_and_no_two_share_one() {
        for kind in TieKind::ALL {
            for lang in Lang::ALL {
                assert!(!tie_kind(kind, lang).is_empty());
                let same = TieKind::ALL
                    .iter()
                    .filter(|other| tie_kind(**other, lang) == tie_kind(kind, lang));
                assert_eq!(same.count(), 1, "{kind:?} in {lang:?}");
            }
            assert_ne!(
                tie_kind(kind, Lang::De),
                tie_kind(kind, Lang::En).to_lowercase()
            );
        }
    }
}
