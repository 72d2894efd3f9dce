//! Finding a place in the gazetteer by `"Name, CC[, region]"` or by GeoNames id, with
//! messages that say what to write instead when it is not found or not unique.

use crate::gazetteer::{Entry, Gazetteer, Match, STEPS};
use crate::nearest::closest;
use crate::problems::quoted;
use crate::reference::{NameQuery, PlaceRef};

/// An entry and how its name matched the query.
#[derive(Debug, Clone, Copy)]
pub struct Found<'g> {
    pub entry: &'g Entry,
    pub how: Match,
}

/// Finds the entry a gazetteer reference (`"Name, CC[, region]"` or `"geonames:ID"`) means.
pub fn find<'g>(gazetteer: &'g Gazetteer, text: &str) -> Result<Found<'g>, String> {
    match PlaceRef::parse_gazetteer(text)? {
        PlaceRef::Name(query) => by_name(gazetteer, text.trim(), &query),
        PlaceRef::Geonames(id) => by_id(gazetteer, id).map(|entry| Found {
            entry,
            how: Match::Name,
        }),
        PlaceRef::Id(_) => Err(format!("{} is no gazetteer reference", quoted(text))),
    }
}

/// Finds the one entry a name query means, in the [`STEPS`]: its GeoNames name; then the name
/// loosely (without diacritics, `ue` for `ü`) or an alternate name exactly; then an alternate
/// name loosely. A region narrows each step.
pub fn by_name<'g>(
    gazetteer: &'g Gazetteer,
    text: &str,
    query: &NameQuery<'_>,
) -> Result<Found<'g>, String> {
    if !gazetteer.has_country(query.country) {
        return Err(format!(
            "country {} is not in the gazetteer (it covers {})",
            query.country,
            gazetteer.countries().join(", ")
        ));
    }
    let in_region = |entry: &&Entry| {
        query.admin1.is_none_or(|admin1| {
            gazetteer
                .admin1
                .matches(&entry.country, &entry.admin1, admin1)
        })
    };
    // The places of the first way that finds the name, when the region rules them all out.
    let mut elsewhere: Vec<&Entry> = Vec::new();
    for step in STEPS {
        let mut named: Vec<(&Entry, Match)> = Vec::new();
        for &how in step {
            for entry in gazetteer.matching(how, query.name, query.country) {
                if named
                    .iter()
                    .all(|(known, _)| known.geonames_id != entry.geonames_id)
                {
                    named.push((entry, how));
                }
            }
        }
        let fitting: Vec<(&Entry, Match)> = named
            .iter()
            .copied()
            .filter(|(entry, _)| in_region(entry))
            .collect();
        let named: Vec<&Entry> = named.into_iter().map(|(entry, _)| entry).collect();
        let fitting_entries: Vec<&Entry> = fitting.iter().map(|(entry, _)| *entry).collect();
        match fitting[..] {
            [(entry, how)] => return Ok(Found { entry, how }),
            [] if elsewhere.is_empty() => elsewhere = named,
            [] => {}
            _ => return Err(ambiguous(gazetteer, text, query, &fitting_entries)),
        }
    }
    if elsewhere.is_empty() {
        return Err(not_found(gazetteer, text, query));
    }
    let mut regions: Vec<String> = elsewhere
        .iter()
        .map(|entry| gazetteer.admin1.describe(&entry.country, &entry.admin1))
        .collect();
    regions.sort();
    regions.dedup();
    Err(format!(
        "{} is not in the gazetteer: {} in {} is only in {}",
        quoted(text),
        quoted(query.name),
        query.country,
        regions.join(", ")
    ))
}

/// Finds an entry by GeoNames id.
pub fn by_id(gazetteer: &Gazetteer, geonames_id: u64) -> Result<&Entry, String> {
    gazetteer.by_id(geonames_id).ok_or_else(|| {
        format!(
            "GeoNames id {geonames_id} is not in the gazetteer (it covers {}; \
             data/gazetteer/README.md says which places it keeps)",
            gazetteer.countries().join(", ")
        )
    })
}

/// A short description of an entry:
/// `2867543 Münster (DE, 07 Nordrhein-Westfalen, PPLA2, population 308258)`.
pub fn describe(gazetteer: &Gazetteer, entry: &Entry) -> String {
    let feature = if entry.feature_code.is_empty() {
        String::new()
    } else {
        format!("{}, ", entry.feature_code)
    };
    format!(
        "{} {} ({}, {}, {feature}population {})",
        entry.geonames_id,
        entry.name,
        entry.country,
        gazetteer.admin1.describe(&entry.country, &entry.admin1),
        entry.population
    )
}

fn not_found(gazetteer: &Gazetteer, text: &str, query: &NameQuery<'_>) -> String {
    let mut names: Vec<&str> = gazetteer
        .in_country(query.country)
        .map(|entry| entry.name.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    let nearest = closest(query.name, names, 5);
    if nearest.is_empty() {
        return format!(
            "{} is not in the gazetteer, and no name in {} is close",
            quoted(text),
            query.country
        );
    }
    let nearest: Vec<String> = nearest.iter().map(|name| quoted(name)).collect();
    format!(
        "{} is not in the gazetteer; nearest names in {}: {}",
        quoted(text),
        query.country,
        nearest.join(", ")
    )
}

fn ambiguous(
    gazetteer: &Gazetteer,
    text: &str,
    query: &NameQuery<'_>,
    matches: &[&Entry],
) -> String {
    let mut candidates = matches.to_vec();
    candidates.sort_by_key(|entry| (std::cmp::Reverse(entry.population), entry.geonames_id));
    let listed: Vec<String> = candidates
        .iter()
        .map(|entry| describe(gazetteer, entry))
        .collect();
    let first = candidates[0];
    let by_id = format!("\"geonames:{}\"", first.geonames_id);
    let unique_region = candidates
        .iter()
        .filter(|entry| entry.admin1 == first.admin1)
        .count()
        == 1;
    let hint = if query.admin1.is_none() && unique_region {
        let region = gazetteer.admin1.written(&first.country, &first.admin1);
        let example = format!("{}, {}, {region}", query.name, query.country);
        format!(
            "pick one by its GeoNames id ({by_id}) or add its region ({})",
            quoted(&example)
        )
    } else {
        format!("pick one by its GeoNames id ({by_id})")
    };
    format!(
        "{} is ambiguous: {} places match: {}; {hint}",
        quoted(text),
        candidates.len(),
        listed.join("; ")
    )
}

#[cfg(test)]
mod tests;
