//! `data/rejected.csv`: pairs that public bulk lists name but a better source contradicts. No
//! tie may join the two places of such a pair, in either order.

use crate::checks::{Check, url_problem};
use crate::csv_table;
use crate::problems::Problems;
use crate::raw::Text;
use crate::resolve::{End, Resolver};
use crate::source::SourceFile;

/// The columns of `rejected.csv`.
pub const COLUMNS: [&str; 4] = ["german_place", "partner_place", "reason", "evidence"];

/// A rejected pair: its two places, its line and why it is rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub german: End,
    pub partner: End,
    pub line: usize,
    pub reason: String,
}

impl Rejected {
    /// True when a tie between `a` and `b` is this pair, in either order.
    pub fn joins(&self, a: &End, b: &End) -> bool {
        (&self.german == a && &self.partner == b) || (&self.german == b && &self.partner == a)
    }
}

/// Reads and resolves the rejected pairs, reporting each problem at its line.
pub fn read(file: &SourceFile, resolver: &Resolver<'_>, problems: &mut Problems) -> Vec<Rejected> {
    let Some(rows) = csv_table::read(file, &COLUMNS, problems) else {
        return Vec::new();
    };
    let mut check = Check::new(file, problems);
    let mut pairs = Vec::new();
    for row in rows {
        let [german, partner, reason, evidence] = &row.cells[..] else {
            continue;
        };
        let german = end(&mut check, resolver, german, "german_place");
        let partner = end(&mut check, resolver, partner, "partner_place");
        if reason.get_ref().is_empty() {
            check.at(
                row.offset,
                "reason",
                "missing: say why the pair is rejected",
            );
        }
        for url in evidence.get_ref().split('|').map(str::trim) {
            if let Some(problem) = url_problem(url).filter(|_| !url.is_empty()) {
                check.at(row.offset, "evidence", problem);
            }
        }
        if let (Some(german), Some(partner), false) = (german, partner, reason.get_ref().is_empty())
        {
            pairs.push(Rejected {
                german,
                partner,
                line: check.file.line(row.offset),
                reason: reason.get_ref().clone(),
            });
        }
    }
    pairs
}

fn end(check: &mut Check<'_>, resolver: &Resolver<'_>, text: &Text, field: &str) -> Option<End> {
    if text.get_ref().is_empty() {
        check.at(text.span().start, field, "missing: a place");
        return None;
    }
    match resolver.resolve(text.get_ref()) {
        Ok(resolved) => Some(resolved.end),
        Err(Some(message)) => {
            check.at(text.span().start, field, message);
            None
        }
        Err(None) => None,
    }
}
