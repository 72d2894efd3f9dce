//! The report printed after a successful compilation: places by where they were located, ties
//! by country and kind, ties without a year, and the warnings.

use crate::compile::Compiled;
use crate::countries;
use atlas_model::{Atlas, Confidence, PlaceOrigin, Tie, TieKind};
use std::collections::BTreeMap;
use std::fmt::Write;

/// The whole report.
pub fn summary(compiled: &Compiled) -> String {
    let atlas = &compiled.atlas;
    let mut text = places(atlas, compiled.created);
    text.push_str(&ties(atlas));
    let _ = writeln!(text, "visits: {}", atlas.visits.len());
    let _ = write!(text, "stories: {}", atlas.stories.len());
    if !compiled.warnings.is_empty() {
        let _ = write!(text, "\nwarnings: {}", compiled.warnings.len());
        for warning in &compiled.warnings {
            let _ = write!(text, "\n  {warning}");
        }
    }
    text
}

fn places(atlas: &Atlas, created: usize) -> String {
    let count = |wanted: fn(&PlaceOrigin) -> bool| {
        atlas
            .places
            .iter()
            .filter(|place| wanted(&place.origin))
            .count()
    };
    let located = count(|origin| matches!(origin, PlaceOrigin::Gazetteer { .. }));
    let represented = count(|origin| matches!(origin, PlaceOrigin::Representative { .. }));
    let declared = count(|origin| matches!(origin, PlaceOrigin::Declared { .. }));
    format!(
        "places: {} ({located} located from the gazetteer, of them {created} created from \
         ties.csv; {represented} drawn at a gazetteer entry that represents them; {declared} at a \
         declared point)\n",
        atlas.places.len()
    )
}

fn ties(atlas: &Atlas) -> String {
    let ties = &atlas.ties;
    let confidence = |wanted: Confidence| ties.iter().filter(|t| t.confidence == wanted).count();
    let undated = ties.iter().filter(|tie| tie.since.is_none()).count();
    let ended = ties.iter().filter(|tie| tie.has_ended()).count();
    let mut text = format!(
        "ties: {} ({} verified, {} weak_mention, {} list_only); {undated} without a year; {ended} ended\n",
        ties.len(),
        confidence(Confidence::Verified),
        confidence(Confidence::WeakMention),
        confidence(Confidence::ListOnly),
    );
    let mut by_country: BTreeMap<&str, Vec<&Tie>> = BTreeMap::new();
    for tie in ties {
        let country = atlas
            .place(&tie.partner)
            .map_or("??", |place| place.country.as_str());
        by_country.entry(country).or_default().push(tie);
    }
    let mut header = format!("  {:<15} {:>5}", "country", "total");
    for kind in TieKind::ALL {
        let _ = write!(
            header,
            " {:>width$}",
            kind.name(),
            width = kind.name().len()
        );
    }
    let _ = writeln!(text, "{header} {:>7}", "no year");
    for (country, ties) in &by_country {
        let label = format!("{country} {}", countries::name(country));
        let mut line = format!("  {label:<15} {:>5}", ties.len());
        for kind in TieKind::ALL {
            let count = ties.iter().filter(|tie| tie.kind == kind).count();
            let _ = write!(line, " {count:>width$}", width = kind.name().len());
        }
        let undated = ties.iter().filter(|tie| tie.since.is_none()).count();
        let _ = writeln!(text, "{line} {undated:>7}");
    }
    text
}

#[cfg(test)]
mod tests;
