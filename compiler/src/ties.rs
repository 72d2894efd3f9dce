//! Validating the rows of `ties.csv` into ties between two known places.

use crate::checks::{Check, url_problem};
use crate::known::Known;
use crate::problems::quoted;
use crate::raw::Text;
use crate::ties_csv::RawTie;
use atlas_model::{Confidence, Place, PlaceId, Source, Tie, TieKind};
use std::collections::HashMap;

/// Validates tie rows against the known places; gives the valid ties and every tie id.
pub fn validate(
    check: &mut Check<'_>,
    rows: &[RawTie],
    places: &Known,
    valid_places: &[Place],
) -> (Vec<Tie>, Known) {
    let mut known = Known::new("tie");
    let mut lines: HashMap<(String, String, String), usize> = HashMap::new();
    let mut ties = Vec::new();
    for row in rows {
        let line = check.file.line(row.offset);
        let key = (
            row.a.get_ref().clone(),
            row.b.get_ref().clone(),
            row.kind.get_ref().clone(),
        );
        let swapped = (key.1.clone(), key.0.clone(), key.2.clone());
        if let Some(first) = lines.get(&key) {
            let message = format!(
                "duplicate tie {}--{}--{} (first on line {first})",
                key.0, key.1, key.2
            );
            check.at(row.offset, "kind", message);
        } else if let Some(first) = lines.get(&swapped) {
            let message = format!("the same tie as line {first} with its ends swapped");
            check.at(row.offset, "b", message);
        }
        lines.entry(key.clone()).or_insert(line);
        known.define(
            &format!("{}--{}--{}", key.0, key.1, key.2),
            format!("line {line}"),
        );
        if let Some(tie) = validate_row(check, row, places, valid_places) {
            ties.push(tie);
        }
    }
    (ties, known)
}

fn validate_row(
    check: &mut Check<'_>,
    row: &RawTie,
    places: &Known,
    valid_places: &[Place],
) -> Option<Tie> {
    let a = end(check, &row.a, "a", places);
    let b = end(check, &row.b, "b", places);
    let kind = named(
        check,
        &row.kind,
        "kind",
        "tie kind",
        TieKind::from_name,
        &TieKind::ALL.map(TieKind::name),
    );
    let since = optional_date(check, &row.since, "since");
    let ended = optional_date(check, &row.ended, "ended");
    check.end_after_start(
        ("since", since.flatten()),
        ("ended", ended.flatten(), row.offset),
    );
    let confidence = named(
        check,
        &row.confidence,
        "confidence",
        "confidence",
        Confidence::from_name,
        &["verified", "weak_mention", "list_only"],
    );
    let sources = sources(check, &row.sources);
    let (a, b) = (a?, b?);
    if a == b {
        check.at(
            row.offset,
            "b",
            format!(
                "a tie needs two different places; both ends are {}",
                quoted(&a)
            ),
        );
        return None;
    }
    let country = |id: &str| {
        valid_places
            .iter()
            .find(|place| place.id.as_str() == id)
            .map(|place| place.country.as_str())
    };
    if let (Some(country_a), Some("DE")) = (country(&a), country(&b))
        && country_a != "DE"
    {
        let message = format!(
            "put the German side first: {} is in {country_a}, {} in DE",
            quoted(&a),
            quoted(&b)
        );
        check.at(row.offset, "a", message);
        return None;
    }
    let (a, b, kind) = (PlaceId::new(a), PlaceId::new(b), kind?);
    let note = Some(row.note.get_ref().clone()).filter(|note| !note.is_empty());
    Some(Tie {
        id: Tie::id_for(&a, &b, kind),
        a,
        b,
        kind,
        since: since?,
        ended: ended?,
        confidence: confidence?,
        sources: sources?,
        note,
    })
}

fn end(check: &mut Check<'_>, id: &Text, field: &str, places: &Known) -> Option<String> {
    if id.get_ref().is_empty() {
        check.at(id.span().start, field, "missing: a place id");
        return None;
    }
    places.reference(check, id, field)
}

/// A value from a closed list of names, such as the tie kind.
fn named<T>(
    check: &mut Check<'_>,
    text: &Text,
    field: &str,
    what: &str,
    parse: fn(&str) -> Option<T>,
    names: &[&str],
) -> Option<T> {
    let found = parse(text.get_ref());
    if found.is_none() {
        let message = if text.get_ref().is_empty() {
            format!("missing; expected one of {}", names.join(", "))
        } else {
            format!(
                "unknown {what} {}; expected one of {}",
                quoted(text.get_ref()),
                names.join(", ")
            )
        };
        check.at(text.span().start, field, message);
    }
    found
}

/// An optional date: `Some(None)` when empty, `None` when it does not parse.
fn optional_date(
    check: &mut Check<'_>,
    text: &Text,
    field: &str,
) -> Option<Option<atlas_model::PartialDate>> {
    if text.get_ref().is_empty() {
        return Some(None);
    }
    check.date(text, field).map(Some)
}

/// The ` | `-separated source URLs: at least one, each http(s).
fn sources(check: &mut Check<'_>, text: &Text) -> Option<Vec<Source>> {
    if text.get_ref().is_empty() {
        check.at(
            text.span().start,
            "sources",
            "missing: a tie needs at least one source URL",
        );
        return None;
    }
    let mut sources = Vec::new();
    let mut ok = true;
    for url in text.get_ref().split('|').map(str::trim) {
        match url_problem(url) {
            Some(problem) => {
                check.at(text.span().start, "sources", problem);
                ok = false;
            }
            None => sources.push(Source {
                url: url.to_owned(),
            }),
        }
    }
    ok.then_some(sources)
}
