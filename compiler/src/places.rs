//! Validating `places.toml`: ids, kinds, names, and a location from the gazetteer, from a
//! gazetteer entry that represents the place, or from a declared point; the division it lies in.

mod division;
mod location;

use crate::alternates::{self, MAX_ALTERNATES};
use crate::checks::{Check, all};
use crate::europe::in_europe;
use crate::gazetteer::{Entry, Gazetteer, STEPS};
use crate::known::Known;
use crate::locate::describe;
use crate::native_script;
use crate::problems::quoted;
use crate::raw::{RawNames, RawPlace};
use crate::toml_records::Records;
use atlas_model::{Lang, Place, PlaceId, PlaceKind, PlaceNames, PlaceOrigin};
use std::collections::HashMap;
use toml::Spanned;

const KINDS: &str = "city, district, region, state, country";

/// The places of `places.toml`: the valid ones, every id defined, and the line of each.
pub struct DeclaredPlaces {
    pub places: Vec<Place>,
    pub ids: Known,
    pub lines: HashMap<String, usize>,
}

/// Validates the place records.
pub fn validate(
    check: &mut Check<'_>,
    records: &Records<RawPlace>,
    gazetteer: Option<&Gazetteer>,
) -> DeclaredPlaces {
    let mut known = records.known_ids("place");
    let mut places = Vec::new();
    let mut lines = HashMap::new();
    let mut taken: HashMap<u64, (String, usize)> = HashMap::new();
    for record in &records.read {
        let at = record.span().start;
        let line = check.file.line(at);
        let raw = record.get_ref();
        let id = check.required(&raw.id, at, "id").and_then(|id| {
            known.define_checked(check, id, "id", format!("line {line}"));
            check.slug(id, "id")
        });
        let kind = check
            .required(&raw.kind, at, "kind")
            .and_then(|kind| place_kind(check, kind));
        let country = check
            .required(&raw.country, at, "country")
            .and_then(|code| country_code(check, code));
        let names = check
            .required(&raw.names, at, "names")
            .and_then(|names| place_names(check, names));
        let declared_alternates = declared_alternates(check, raw);
        let known_as = match (&names, &country, gazetteer) {
            (Some(names), Some(country), Some(gazetteer)) => own_entry(gazetteer, names, country),
            _ => None,
        };
        let located =
            kind.and_then(|kind| location::locate(check, raw, at, (kind, known_as), gazetteer));
        let (Some(id), Some(kind), Some(country), Some(mut names), Some(located)) =
            (id, kind, country, names, located)
        else {
            continue;
        };
        let Some(alternates) = declared_alternates else {
            continue;
        };
        names.alternates = alternates;
        let declared_division = raw.division.as_ref();
        let Some(division) = division::division(
            check,
            declared_division,
            (kind, &country),
            located.entry,
            gazetteer,
        ) else {
            continue;
        };
        if let Some(entry) = located.entry
            && entry.country != country
            && let Some(code) = &raw.country
            && let Some(gazetteer) = gazetteer
        {
            let message = format!(
                "is {country}, but the gazetteer entry is in {}: {}",
                entry.country,
                describe(gazetteer, entry)
            );
            check.at(code.span().start, "country", message);
            continue;
        }
        if let PlaceOrigin::Gazetteer { geonames_id } = located.origin {
            if let Some((other, other_line)) = taken.get(&geonames_id) {
                let message = format!(
                    "GeoNames {geonames_id} already locates {} (line {other_line}); one place per city",
                    quoted(other)
                );
                let field = if raw.geonames.is_some() {
                    "geonames"
                } else {
                    "gazetteer"
                };
                check.at(at, field, message);
                continue;
            }
            taken.insert(geonames_id, (id.clone(), line));
            if let Some(entry) = located.entry {
                fill_names(&mut names, entry);
            }
        } else {
            names.alternates = alternates::pick(&names, ("", &[]));
        }
        lines.insert(id.clone(), line);
        places.push(Place {
            id: PlaceId::new(id),
            kind,
            names,
            in_europe: in_europe(&country, located.location),
            country,
            division,
            location: located.location,
            population: located.population,
            origin: located.origin,
        });
    }
    DeclaredPlaces {
        places,
        ids: known,
        lines,
    }
}

/// The largest gazetteer entry a place's German or English name finds in its country, if any.
fn own_entry<'g>(gazetteer: &'g Gazetteer, names: &PlaceNames, country: &str) -> Option<&'g Entry> {
    STEPS
        .iter()
        .flat_map(|step| step.iter().copied())
        .flat_map(|how| [&names.de, &names.en].map(|name| gazetteer.matching(how, name, country)))
        .find(|found| !found.is_empty())
        .and_then(|found| found.into_iter().max_by_key(|entry| entry.population))
}

fn place_kind(check: &mut Check<'_>, kind: &Spanned<String>) -> Option<PlaceKind> {
    let found = PlaceKind::from_name(kind.get_ref());
    if found.is_none() {
        let message = format!(
            "unknown place kind {}; expected one of {KINDS}",
            quoted(kind.get_ref())
        );
        check.at(kind.span().start, "kind", message);
    }
    found
}

fn country_code(check: &mut Check<'_>, code: &Spanned<String>) -> Option<String> {
    let text = code.get_ref();
    if text.len() == 2 && text.bytes().all(|b| b.is_ascii_uppercase()) {
        return Some(text.clone());
    }
    let message = format!(
        "{} is not an ISO 3166-1 alpha-2 code in capitals (e.g. \"DE\")",
        quoted(text)
    );
    check.at(code.span().start, "country", message);
    None
}

fn place_names(check: &mut Check<'_>, names: &Spanned<RawNames>) -> Option<PlaceNames> {
    let at = names.span().start;
    let raw = names.get_ref();
    let de = check.text(&raw.de, at, "names.de");
    let en = check.text(&raw.en, at, "names.en");
    let native = check.optional_text(&raw.native, "names.native");
    let zh = check.optional_text(&raw.zh, "names.zh");
    let ko = check.optional_text(&raw.ko, "names.ko");
    let ja = check.optional_text(&raw.ja, "names.ja");
    Some(PlaceNames {
        de: de?,
        en: en?,
        native: native?,
        zh: zh?,
        ko: ko?,
        ja: ja?,
        alternates: Vec::new(),
    })
}

/// The `alternates` a place declares: at most [`MAX_ALTERNATES`], none blank.
fn declared_alternates(check: &mut Check<'_>, raw: &RawPlace) -> Option<Vec<String>> {
    let Some(list) = &raw.alternates else {
        return Some(Vec::new());
    };
    let count = list.get_ref().len();
    if count > MAX_ALTERNATES {
        let message = format!("{count} spellings; give at most {MAX_ALTERNATES}");
        check.at(list.span().start, "alternates", message);
        return None;
    }
    let texts = list.get_ref().iter().enumerate();
    all(texts.map(|(index, text)| check.non_blank(text, &format!("alternates[{index}]"))))
}

/// Completes the names a place does not declare from its gazetteer entry, and adds the
/// entry's spellings to its alternates (see [`alternates::pick`]).
pub fn fill_names(names: &mut PlaceNames, entry: &Entry) {
    names.native = names.native.take().or_else(|| entry.native.clone());
    let native = names.native.clone();
    let or_native = |lang| native_script::readable(lang, native.as_ref());
    names.zh = names
        .zh
        .take()
        .or_else(|| entry.zh.clone())
        .or_else(|| or_native(Lang::Zh));
    names.ko = names
        .ko
        .take()
        .or_else(|| entry.ko.clone())
        .or_else(|| or_native(Lang::Ko));
    names.ja = names
        .ja
        .take()
        .or_else(|| entry.ja.clone())
        .or_else(|| or_native(Lang::Ja));
    names.alternates = alternates::pick(names, (&entry.name, &entry.alternates));
}

#[cfg(test)]
mod tests;
