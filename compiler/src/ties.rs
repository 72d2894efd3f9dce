//! Validating the rows of `ties.csv`: each end is resolved to a declared place or a gazetteer
//! entry, which then becomes a place of its own (see [`crate::auto_places`]).

mod fields;
mod public_text;

pub use fields::{ENDED_UNDATED, Ended};

use crate::auto_places::{self, Spellings};
use crate::checks::Check;
use crate::gazetteer::Match;
use crate::known::Known;
use crate::nearest::far_apart;
use crate::problems::quoted;
use crate::raw::Text;
use crate::rejected::Rejected;
use crate::resolve::{End, Resolved, Resolver};
use crate::ties_csv::RawTie;
use atlas_model::Bilingual;
use atlas_model::{Confidence, PartialDate, Place, PlaceId, Source, Tie, TieKind};
use std::collections::HashMap;

/// A reference that creates a place from an alternate name sharing little with the GeoNames
/// name: its line, the reference and the GeoNames name, for the editor to check (declaring the
/// place in `places.toml` says it was checked).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundByAlternate {
    pub line: usize,
    pub reference: String,
    pub name: String,
}

/// The valid ties, every tie id, and the places created from gazetteer references.
pub struct ValidTies {
    pub ties: Vec<Tie>,
    pub ids: Known,
    pub created: Vec<Place>,
    pub by_alternate: Vec<FoundByAlternate>,
}

/// The fields of a row besides its places.
struct Fields {
    kind: TieKind,
    since: Option<PartialDate>,
    ended: Ended,
    confidence: Confidence,
    sources: Vec<Source>,
    note: Option<Bilingual>,
}

/// A valid row whose ends are resolved but whose created places have no id yet.
struct Pending {
    offset: usize,
    german: End,
    partner: End,
    fields: Fields,
}

/// Validates tie rows against the declared places, the gazetteer and the rejected pairs.
pub fn validate(
    check: &mut Check<'_>,
    rows: &[RawTie],
    resolver: &Resolver<'_>,
    rejected: &[Rejected],
) -> ValidTies {
    let mut ids = Known::new("tie");
    let mut pending = Vec::new();
    let mut by_alternate = Vec::new();
    let mut spellings = Spellings::new();
    for row in rows {
        let line = check.file.line(row.offset);
        let german = end(check, &row.german_place, "german_place", resolver);
        let partner = end(check, &row.partner_place, "partner_place", resolver);
        for (resolved, text) in [(&german, &row.german_place), (&partner, &row.partner_place)] {
            if let Some(Resolved {
                end: End::Entry(geonames_id),
                matched: Some(_),
            }) = resolved
            {
                let written = written_name(text.get_ref()).to_owned();
                spellings.entry(*geonames_id).or_default().insert(written);
            }
            if let Some(Resolved {
                end: End::Entry(_),
                matched: Some((Match::Alternate | Match::ExactAlternate, name)),
            }) = resolved
                && far_apart(written_name(text.get_ref()), name)
            {
                let reference = text.get_ref().clone();
                by_alternate.push(FoundByAlternate {
                    line,
                    reference,
                    name: name.clone(),
                });
            }
        }
        if german.is_none() || partner.is_none() {
            ids.set_incomplete();
        }
        let fields = fields(check, row);
        let (Some(german), Some(partner), Some(fields)) = (german, partner, fields) else {
            continue;
        };
        let (german, partner) = (german.end, partner.end);
        if let Some(pair) = rejected.iter().find(|pair| pair.joins(&german, &partner)) {
            let message = format!(
                "{} and {} are a rejected pair (rejected.csv line {}): {}",
                quoted(row.german_place.get_ref()),
                quoted(row.partner_place.get_ref()),
                pair.line,
                pair.reason
            );
            check.at(row.offset, "partner_place", message);
            continue;
        }
        pending.push(Pending {
            offset: row.offset,
            german,
            partner,
            fields,
        });
    }
    let ends = pending.iter().flat_map(|tie| [&tie.german, &tie.partner]);
    let (place_ids, created) = auto_places::create(ends, resolver, &spellings);
    let place_id = |end: &End| match end {
        End::Declared(id) => Some(id.clone()),
        End::Entry(geonames_id) => place_ids.get(geonames_id).cloned(),
    };
    let mut lines: HashMap<(String, String, TieKind), usize> = HashMap::new();
    let mut ties = Vec::new();
    for tie in pending {
        let (Some(a), Some(b)) = (place_id(&tie.german), place_id(&tie.partner)) else {
            continue;
        };
        let line = check.file.line(tie.offset);
        let fields = tie.fields;
        let key = (a.clone(), b.clone(), fields.kind);
        let id = Tie::id_for(&PlaceId::new(&a), &PlaceId::new(&b), fields.kind);
        if let Some(first) = lines.get(&key) {
            let message = format!("duplicate tie {id} (first on line {first})");
            check.at(tie.offset, "kind", message);
            continue;
        }
        let swapped = lines.get(&(key.1.clone(), key.0.clone(), fields.kind));
        if let Some(first) = swapped {
            let message = format!("the same tie as line {first} with its ends swapped");
            check.at(tie.offset, "partner_place", message);
        }
        if !sides_ok(
            check,
            (&tie.german, &tie.partner),
            tie.offset,
            resolver,
            (&a, &b),
        ) || swapped.is_some()
        {
            continue;
        }
        lines.insert(key, line);
        ids.define(id.as_str(), format!("line {line}"));
        ties.push(Tie {
            id,
            german: PlaceId::new(a),
            partner: PlaceId::new(b),
            kind: fields.kind,
            since: fields.since,
            ended: match fields.ended {
                Ended::On(date) => Some(date),
                Ended::No | Ended::Undated => None,
            },
            ended_undated: fields.ended == Ended::Undated,
            confidence: fields.confidence,
            sources: fields.sources,
            note: fields.note,
        });
    }
    ValidTies {
        ties,
        ids,
        created,
        by_alternate,
    }
}

/// The name part of a `"Name, CC"` reference.
fn written_name(reference: &str) -> &str {
    reference.split(',').next().unwrap_or(reference).trim()
}

fn fields(check: &mut Check<'_>, row: &RawTie) -> Option<Fields> {
    let kind = fields::named(
        check,
        &row.kind,
        "kind",
        "tie kind",
        TieKind::from_name,
        &TieKind::ALL.map(TieKind::name),
    );
    let since = fields::optional_date(check, &row.since, "since");
    let ended = fields::ended(check, &row.ended);
    let ended_on = match ended {
        Some(Ended::On(date)) => Some(date),
        _ => None,
    };
    check.end_after_start(("since", since.flatten()), ("ended", ended_on, row.offset));
    let confidence = fields::named(
        check,
        &row.confidence,
        "confidence",
        "confidence",
        Confidence::from_name,
        &["verified", "weak_mention", "list_only"],
    );
    let sources = fields::sources(check, &row.sources);
    let note = public_text::note(check, &row.note_de, &row.note_en);
    Some(Fields {
        kind: kind?,
        since: since?,
        ended: ended?,
        confidence: confidence?,
        sources: sources?,
        note: note?,
    })
}

fn end(
    check: &mut Check<'_>,
    text: &Text,
    field: &str,
    resolver: &Resolver<'_>,
) -> Option<Resolved> {
    if text.get_ref().is_empty() {
        check.at(text.span().start, field, "missing: a place");
        return None;
    }
    match resolver.resolve(text.get_ref()) {
        Ok(resolved) => Some(resolved),
        Err(Some(message)) => {
            check.at(text.span().start, field, message);
            None
        }
        Err(None) => None,
    }
}

/// Two different places, the German one first.
fn sides_ok(
    check: &mut Check<'_>,
    (german, partner): (&End, &End),
    offset: usize,
    resolver: &Resolver<'_>,
    (a, b): (&str, &str),
) -> bool {
    if a == b {
        let message = format!(
            "a tie needs two different places; both ends are {}",
            quoted(a)
        );
        check.at(offset, "partner_place", message);
        return false;
    }
    let german = resolver.country(german);
    let partner = resolver.country(partner);
    match (german, partner) {
        (Some(country), Some("DE")) if country != "DE" => {
            let message = format!(
                "put the German side first: {} is in {country}, {} in DE",
                quoted(a),
                quoted(b)
            );
            check.at(offset, "german_place", message);
            false
        }
        (Some(country), _) if country != "DE" => {
            let message = format!(
                "{} is in {country}; german_place must be a place in Germany (DE)",
                quoted(a)
            );
            check.at(offset, "german_place", message);
            false
        }
        _ => true,
    }
}
