//! Reading `seeds/*.toml`, the records of the source articles stories are written from.

use crate::checks::Check;
use crate::facts::{self, FactLists};
use crate::known::Known;
use crate::problems::{Problems, quoted};
use crate::raw::RawSeed;
use crate::source::SourceFile;
use crate::toml_records::{document, parse};

/// Checks every seed record; gives the seed file names (`<stem>.txt`) stories may name, and
/// the facts each lists.
///
/// A record that cannot be read still counts as known, so a story naming it is not
/// reported a second time.
pub fn read(files: &[SourceFile], stems: &[String], problems: &mut Problems) -> (Known, FactLists) {
    let mut known = Known::new("seed");
    let mut facts = FactLists::new();
    for (file, stem) in files.iter().zip(stems) {
        let expected = format!("{stem}.txt");
        known.define(&expected, file.path.clone());
        let Some(root) = parse(file, problems) else {
            continue;
        };
        let Some(record) = document::<RawSeed>(file, root, problems) else {
            continue;
        };
        let at = record.span().start;
        let raw = record.get_ref();
        let mut check = Check::new(file, problems);
        if let Some(name) = check.text(&raw.file, at, "file")
            && name != expected
        {
            let message = format!(
                "{} does not match the record's file name; expected {}",
                quoted(&name),
                quoted(&expected)
            );
            check.at(
                raw.file.as_ref().map_or(at, |f| f.span().start),
                "file",
                message,
            );
        }
        check.text(&raw.publisher, at, "publisher");
        check.text(&raw.title, at, "title");
        check.text(&raw.reports, at, "reports");
        if let Some(date) = &raw.date {
            check.date(date, "date");
        }
        if let Some(url) = &raw.url {
            check.url(url, "url");
        }
        facts.insert(expected, facts::read(&mut check, &raw.fact));
    }
    (known, facts)
}
