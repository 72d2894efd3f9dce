//! Finding a place in the gazetteer by `"Name, CC[, admin1]"` or by GeoNames id, with
//! messages that say what to write instead when it is not found or not unique.

use crate::gazetteer::{Entry, Gazetteer};
use crate::nearest::closest;
use crate::problems::quoted;

/// The parts of a `gazetteer = "Name, CC[, admin1]"` reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameQuery<'a> {
    pub name: &'a str,
    pub country: &'a str,
    pub admin1: Option<&'a str>,
}

impl<'a> NameQuery<'a> {
    pub fn parse(text: &'a str) -> Result<Self, String> {
        let parts: Vec<&str> = text.split(',').map(str::trim).collect();
        let (name, country, admin1) = match parts[..] {
            [name, country] => (name, country, None),
            [name, country, admin1] => (name, country, Some(admin1)),
            _ => return Err(shape_message(text)),
        };
        let is_code = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
        if name.is_empty() || !is_code || admin1.is_some_and(str::is_empty) {
            return Err(shape_message(text));
        }
        Ok(Self {
            name,
            country,
            admin1,
        })
    }
}

fn shape_message(text: &str) -> String {
    format!(
        "{} should be \"Name, CC\" or \"Name, CC, admin1\" (CC: ISO country code in capitals)",
        quoted(text)
    )
}

/// Finds the one entry a `"Name, CC[, admin1]"` reference means.
pub fn by_name<'g>(gazetteer: &'g Gazetteer, text: &str) -> Result<&'g Entry, String> {
    let query = NameQuery::parse(text)?;
    if !gazetteer.has_country(query.country) {
        return Err(format!(
            "country {} is not in the gazetteer (it covers {})",
            query.country,
            gazetteer.countries().join(", ")
        ));
    }
    let named = gazetteer.named(query.name, query.country);
    let matches: Vec<&Entry> = named
        .iter()
        .copied()
        .filter(|entry| query.admin1.is_none_or(|admin1| entry.admin1 == admin1))
        .collect();
    match matches[..] {
        [entry] => Ok(entry),
        [] if !named.is_empty() => {
            let mut admin1s: Vec<&str> = named.iter().map(|e| e.admin1.as_str()).collect();
            admin1s.sort_unstable();
            admin1s.dedup();
            Err(format!(
                "{} is not in the gazetteer: {} in {} is only in admin1 {}",
                quoted(text),
                quoted(query.name),
                query.country,
                admin1s.join(", ")
            ))
        }
        [] => Err(not_found(gazetteer, text, &query)),
        _ => Err(ambiguous(text, &query, &matches)),
    }
}

/// Finds an entry by GeoNames id.
pub fn by_id(gazetteer: &Gazetteer, geonames_id: u64) -> Result<&Entry, String> {
    gazetteer.by_id(geonames_id).ok_or_else(|| {
        format!(
            "GeoNames id {geonames_id} is not in the gazetteer (cities of at least 1000 people in {})",
            gazetteer.countries().join(", ")
        )
    })
}

/// A short description of an entry: `2867543 Münster (admin1 07, PPLA2, population 270184)`.
pub fn describe(entry: &Entry) -> String {
    format!(
        "{} {} ({}, admin1 {}, {}, population {})",
        entry.geonames_id,
        entry.name,
        entry.country,
        entry.admin1,
        entry.feature_code,
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

fn ambiguous(text: &str, query: &NameQuery<'_>, matches: &[&Entry]) -> String {
    let mut candidates = matches.to_vec();
    candidates.sort_by_key(|entry| (std::cmp::Reverse(entry.population), entry.geonames_id));
    let listed: Vec<String> = candidates.iter().map(|entry| describe(entry)).collect();
    let admin1_example = format!(
        "{}, {}, {}",
        query.name, query.country, candidates[0].admin1
    );
    let unique_admin1 = candidates
        .iter()
        .filter(|entry| entry.admin1 == candidates[0].admin1)
        .count()
        == 1;
    let hint = if query.admin1.is_none() && unique_admin1 {
        format!("use geonames = ID or {}", quoted(&admin1_example))
    } else {
        "use geonames = ID".to_owned()
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
