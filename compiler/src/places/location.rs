//! Where a declared place is: a gazetteer entry (cities always), a gazetteer entry standing for
//! a place that is not a city (`represented_by`, e.g. a district's seat), or a declared point.

use crate::checks::Check;
use crate::gazetteer::{Entry, Gazetteer, STEPS};
use crate::locate::{by_id, describe, find};
use crate::problems::quoted;
use crate::raw::{RawPlace, RawPoint};
use crate::reference::{NameQuery, PlaceRef};
use atlas_model::{Coordinates, PlaceKind, PlaceOrigin};
use toml::Spanned;

/// A place's point, population and where they came from.
pub struct Located<'g> {
    pub location: Coordinates,
    pub population: Option<u64>,
    pub origin: PlaceOrigin,
    /// The gazetteer entry behind the point, if any.
    pub entry: Option<&'g Entry>,
}

/// The location of a place: from the gazetteer for cities; one of a point, a representative
/// entry or the gazetteer otherwise. `known_as` is the gazetteer entry the place's own name
/// finds, if any: a city the gazetteer lacks may be placed like a place that is not a city.
pub fn locate<'g>(
    check: &mut Check<'_>,
    raw: &RawPlace,
    at: usize,
    (kind, known_as): (PlaceKind, Option<&Entry>),
    gazetteer: Option<&'g Gazetteer>,
) -> Option<Located<'g>> {
    let wants_gazetteer = raw.gazetteer.is_some() || raw.geonames.is_some();
    if kind == PlaceKind::City {
        let has = match (known_as, gazetteer) {
            (Some(entry), Some(gazetteer)) => {
                format!(" (the gazetteer has it: {})", describe(gazetteer, entry))
            }
            _ => String::new(),
        };
        let stands_in = [
            ("point", raw.point.as_ref().map(|point| point.span().start)),
            (
                "represented_by",
                raw.represented_by.as_ref().map(|text| text.span().start),
            ),
        ];
        for (field, offset) in stands_in {
            if let Some(offset) = offset
                && (known_as.is_some() || wants_gazetteer)
            {
                let message = format!(
                    "a city is located from the gazetteer: replace {field} with \
                     gazetteer = \"Name, CC\" or geonames = ID{has}"
                );
                check.at(offset, field, message);
                return None;
            }
        }
        if !wants_gazetteer && raw.point.is_none() && raw.represented_by.is_none() {
            check.at(
                at,
                "gazetteer",
                "missing: a city needs gazetteer = \"Name, CC\" or geonames = ID (or, when the \
                 gazetteer lacks it, represented_by or a point with its source)",
            );
            return None;
        }
    }
    match (&raw.point, &raw.represented_by, wants_gazetteer) {
        (Some(point), None, false) => declared(check, point),
        (None, Some(text), false) => {
            gazetteer.and_then(|gazetteer| represented(check, text, gazetteer))
        }
        (None, None, true) => gazetteer.and_then(|gazetteer| from_gazetteer(check, raw, gazetteer)),
        (None, None, false) => {
            let message = "missing: a place that is not a city needs point = { lat, lon, source }, \
                           represented_by = \"Name, CC\" or a gazetteer location";
            check.at(at, "point", message);
            None
        }
        (point, represented_by, _) => {
            let offset = point
                .as_ref()
                .map(|point| point.span().start)
                .or(represented_by.as_ref().map(|text| text.span().start))
                .unwrap_or(at);
            let field = if point.is_some() {
                "point"
            } else {
                "represented_by"
            };
            let message = "give one location: a point, represented_by or a gazetteer location";
            check.at(offset, field, message);
            None
        }
    }
}

fn declared<'g>(check: &mut Check<'_>, point: &Spanned<RawPoint>) -> Option<Located<'g>> {
    let at = point.span().start;
    let raw = point.get_ref();
    let lat = check
        .required(&raw.lat, at, "point.lat")
        .and_then(|lat| in_range(check, lat, "point.lat", 90.0));
    let lon = check
        .required(&raw.lon, at, "point.lon")
        .and_then(|lon| in_range(check, lon, "point.lon", 180.0));
    let source = check.text(&raw.source, at, "point.source");
    Some(Located {
        location: Coordinates::lat_lon(lat?, lon?),
        population: None,
        origin: PlaceOrigin::Declared { source: source? },
        entry: None,
    })
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

fn represented<'g>(
    check: &mut Check<'_>,
    text: &Spanned<String>,
    gazetteer: &'g Gazetteer,
) -> Option<Located<'g>> {
    let found = find(gazetteer, text.get_ref())
        .map_err(|message| check.at(text.span().start, "represented_by", message))
        .ok()?;
    Some(Located {
        location: found.entry.location,
        population: None,
        origin: PlaceOrigin::Representative {
            geonames_id: found.entry.geonames_id,
        },
        entry: Some(found.entry),
    })
}

fn from_gazetteer<'g>(
    check: &mut Check<'_>,
    raw: &RawPlace,
    gazetteer: &'g Gazetteer,
) -> Option<Located<'g>> {
    let entry: &Entry = match (&raw.geonames, &raw.gazetteer) {
        (Some(id), name) => {
            let entry = by_id(gazetteer, *id.get_ref())
                .map_err(|message| check.at(id.span().start, "geonames", message))
                .ok()?;
            if let Some(name) = name
                && !names_entry(gazetteer, name.get_ref(), entry)
            {
                let message = format!(
                    "{} does not name geonames = {}, which is {}",
                    quoted(name.get_ref()),
                    id.get_ref(),
                    describe(gazetteer, entry)
                );
                check.at(name.span().start, "gazetteer", message);
                return None;
            }
            entry
        }
        (None, Some(name)) => {
            find(gazetteer, name.get_ref())
                .map_err(|message| check.at(name.span().start, "gazetteer", message))
                .ok()?
                .entry
        }
        (None, None) => return None,
    };
    Some(Located {
        location: entry.location,
        population: Some(entry.population).filter(|&people| people > 0),
        origin: PlaceOrigin::Gazetteer {
            geonames_id: entry.geonames_id,
        },
        entry: Some(entry),
    })
}

/// True when a gazetteer reference could mean this entry (one of the places it matches).
fn names_entry(gazetteer: &Gazetteer, text: &str, entry: &Entry) -> bool {
    match PlaceRef::parse_gazetteer(text) {
        Ok(PlaceRef::Geonames(id)) => id == entry.geonames_id,
        Ok(PlaceRef::Name(NameQuery {
            name,
            country,
            admin1,
        })) => {
            country == entry.country
                && admin1.is_none_or(|admin1| {
                    gazetteer
                        .admin1
                        .matches(&entry.country, &entry.admin1, admin1)
                })
                && STEPS
                    .iter()
                    .flat_map(|step| step.iter().copied())
                    .any(|how| {
                        gazetteer
                            .matching(how, name, country)
                            .iter()
                            .any(|candidate| candidate.geonames_id == entry.geonames_id)
                    })
        }
        _ => false,
    }
}
