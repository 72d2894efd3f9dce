//! Validating `places.toml`: ids, kinds, names, and a location from the gazetteer or a
//! declared point.

use crate::checks::Check;
use crate::gazetteer::{Entry, Gazetteer};
use crate::known::Known;
use crate::locate::{NameQuery, by_id, by_name, describe};
use crate::problems::quoted;
use crate::raw::{RawNames, RawPlace, RawPoint};
use crate::toml_records::Records;
use atlas_model::{Coordinates, Place, PlaceId, PlaceKind, PlaceNames, PlaceOrigin};
use std::collections::HashMap;
use toml::Spanned;

const KINDS: &str = "city, district, region, state, country";

/// Validates the place records; gives the valid places and every id defined.
pub fn validate(
    check: &mut Check<'_>,
    records: &Records<RawPlace>,
    gazetteer: Option<&Gazetteer>,
) -> (Vec<Place>, Known) {
    let mut known = records.known_ids("place");
    let mut places = Vec::new();
    let mut taken: HashMap<u64, (String, usize)> = HashMap::new();
    for record in &records.read {
        let at = record.span().start;
        let line = check.file.line(at);
        let raw = record.get_ref();
        let id = check.required(&raw.id, at, "id").and_then(|id| {
            known.define_checked(check, id, "id", format!("line {line}"));
            check.slug(id, "id")
        });
        let kind = check.required(&raw.kind, at, "kind").and_then(|kind| {
            let found = PlaceKind::from_name(kind.get_ref());
            if found.is_none() {
                let message = format!(
                    "unknown place kind {}; expected one of {KINDS}",
                    quoted(kind.get_ref())
                );
                check.at(kind.span().start, "kind", message);
            }
            found
        });
        let country = check
            .required(&raw.country, at, "country")
            .and_then(|code| country_code(check, code));
        let names = check
            .required(&raw.names, at, "names")
            .and_then(|names| place_names(check, names));
        let located = kind.and_then(|kind| locate(check, raw, at, kind, gazetteer));
        let (
            Some(id),
            Some(kind),
            Some(country),
            Some(names),
            Some((location, population, origin)),
        ) = (id, kind, country, names, located)
        else {
            continue;
        };
        if let PlaceOrigin::Gazetteer { geonames_id } = origin
            && let Some(entry) = gazetteer.and_then(|g| g.by_id(geonames_id))
            && entry.country != country
            && let Some(code) = &raw.country
        {
            let message = format!(
                "is {country}, but the gazetteer entry is in {}: {}",
                entry.country,
                describe(entry)
            );
            check.at(code.span().start, "country", message);
            continue;
        }
        if let PlaceOrigin::Gazetteer { geonames_id } = origin {
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
        }
        places.push(Place {
            id: PlaceId::new(id),
            kind,
            names,
            country,
            location,
            population,
            origin,
        });
    }
    (places, known)
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
    Some(PlaceNames {
        de: de?,
        en: en?,
        native: native?,
    })
}

type Location = (Coordinates, Option<u64>, PlaceOrigin);

/// The location of a place: from the gazetteer for cities, a point or the gazetteer otherwise.
fn locate(
    check: &mut Check<'_>,
    raw: &RawPlace,
    at: usize,
    kind: PlaceKind,
    gazetteer: Option<&Gazetteer>,
) -> Option<Location> {
    let wants_gazetteer = raw.gazetteer.is_some() || raw.geonames.is_some();
    match (&raw.point, wants_gazetteer) {
        (Some(point), _) if kind == PlaceKind::City => {
            let message = "a city is located from the gazetteer: replace point with \
                           gazetteer = \"Name, CC\" or geonames = ID";
            check.at(point.span().start, "point", message);
            None
        }
        (Some(point), true) => {
            check.at(
                point.span().start,
                "point",
                "give either a point or a gazetteer location, not both",
            );
            None
        }
        (Some(point), false) => declared(check, point),
        (None, true) => gazetteer.and_then(|gazetteer| from_gazetteer(check, raw, gazetteer)),
        (None, false) if kind == PlaceKind::City => {
            check.at(
                at,
                "gazetteer",
                "missing: a city needs gazetteer = \"Name, CC\" or geonames = ID",
            );
            None
        }
        (None, false) => {
            let message = "missing: a place that is not a city needs point = { lat, lon, source } \
                           or a gazetteer location";
            check.at(at, "point", message);
            None
        }
    }
}

fn declared(check: &mut Check<'_>, point: &Spanned<RawPoint>) -> Option<Location> {
    let at = point.span().start;
    let raw = point.get_ref();
    let lat = check
        .required(&raw.lat, at, "point.lat")
        .and_then(|lat| in_range(check, lat, "point.lat", 90.0));
    let lon = check
        .required(&raw.lon, at, "point.lon")
        .and_then(|lon| in_range(check, lon, "point.lon", 180.0));
    let source = check.text(&raw.source, at, "point.source");
    let location = Coordinates::lat_lon(lat?, lon?);
    Some((location, None, PlaceOrigin::Declared { source: source? }))
}

fn in_range(check: &mut Check<'_>, value: &Spanned<f64>, field: &str, limit: f64) -> Option<f64> {
    let number = *value.get_ref();
    if number.is_finite() && (-limit..=limit).contains(&number) {
        return Some(number);
    }
    check.at(
        value.span().start,
        field,
        format!("{number} is out of range (-{limit} to {limit})"),
    );
    None
}

fn from_gazetteer(
    check: &mut Check<'_>,
    raw: &RawPlace,
    gazetteer: &Gazetteer,
) -> Option<Location> {
    let entry: &Entry = match (&raw.geonames, &raw.gazetteer) {
        (Some(id), name) => {
            let entry = by_id(gazetteer, *id.get_ref())
                .map_err(|message| check.at(id.span().start, "geonames", message))
                .ok()?;
            if let Some(name) = name
                && !names_entry(name.get_ref(), entry)
            {
                let message = format!(
                    "{} does not name geonames = {}, which is {}",
                    quoted(name.get_ref()),
                    id.get_ref(),
                    describe(entry)
                );
                check.at(name.span().start, "gazetteer", message);
                return None;
            }
            entry
        }
        (None, Some(name)) => by_name(gazetteer, name.get_ref())
            .map_err(|message| check.at(name.span().start, "gazetteer", message))
            .ok()?,
        (None, None) => return None,
    };
    let population = Some(entry.population).filter(|&people| people > 0);
    let origin = PlaceOrigin::Gazetteer {
        geonames_id: entry.geonames_id,
    };
    Some((entry.location, population, origin))
}

/// True when a `"Name, CC[, admin1]"` reference fits an entry.
fn names_entry(text: &str, entry: &Entry) -> bool {
    NameQuery::parse(text).is_ok_and(|query| {
        query.name.to_lowercase() == entry.name.to_lowercase()
            && query.country == entry.country
            && query.admin1.is_none_or(|admin1| admin1 == entry.admin1)
    })
}

#[cfg(test)]
mod tests;
