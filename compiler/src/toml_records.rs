//! Reading TOML data files into raw records, with every syntax error, type error and
//! unknown field reported at its line.

use crate::known::Known;
use crate::problems::{Problems, quoted};
use crate::source::SourceFile;
use crate::text_rule::{may_run_over_lines, text_problem};
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

/// Keys serde uses inside `Spanned<T>`; they are no fields of the data.
const SPANNED_KEY_PREFIX: &str = "$__serde_spanned_private_";

/// Parses a TOML file; on syntax errors reports each one and gives `None`.
pub fn parse<'a>(file: &'a SourceFile, problems: &mut Problems) -> Option<Spanned<DeTable<'a>>> {
    let (root, mut errors) = DeTable::parse_recoverable(&file.text);
    if errors.is_empty() {
        check_texts(file, &root, problems);
        return Some(root);
    }
    errors.sort_by_key(|error| error.span().map_or(0, |span| span.start));
    for error in errors {
        let offset = error.span().map_or(0, |span| span.start);
        problems.push(file.problem_at(offset, "syntax", error.message()));
    }
    None
}

/// Holds every string of the file, at any depth, to the rule for text from data; each field is
/// named within its record (`names.de`, `organisations[0].name`), as other problems are.
fn check_texts(file: &SourceFile, root: &Spanned<DeTable<'_>>, problems: &mut Problems) {
    fn walk(file: &SourceFile, value: &Spanned<DeValue<'_>>, field: &str, problems: &mut Problems) {
        match value.get_ref() {
            DeValue::String(text) => {
                if let Some(problem) = text_problem(text, may_run_over_lines(field)) {
                    problems.push(file.problem_at(value.span().start, field, problem));
                }
            }
            DeValue::Table(table) => {
                for (key, child) in table.iter() {
                    let field = match field {
                        "" => key.get_ref().to_string(),
                        _ => format!("{field}.{}", key.get_ref()),
                    };
                    walk(file, child, &field, problems);
                }
            }
            DeValue::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walk(file, item, &format!("{field}[{index}]"), problems);
                }
            }
            _ => {}
        }
    }
    for (key, child) in root.get_ref().iter() {
        match child.get_ref() {
            // `[[place]]` records: each one's fields are named from the record.
            DeValue::Array(items) if items.iter().all(|item| item.get_ref().is_table()) => {
                for item in items.iter() {
                    walk(file, item, "", problems);
                }
            }
            _ => walk(file, child, key.get_ref(), problems),
        }
    }
}

/// Raw records read from an array of tables such as `[[place]]`.
pub struct Records<T> {
    pub read: Vec<Spanned<T>>,
    /// The `id` of each record that could not be read, so references to it are not
    /// reported a second time as unknown.
    pub unreadable_ids: Vec<String>,
    /// False when the file is laid out wrongly (e.g. `[[places]]`), so that records may
    /// be missing whose ids cannot even be guessed.
    pub complete: bool,
}

impl<T> Records<T> {
    /// The ids these records define so far: the unreadable ones, marked incomplete when
    /// records may be missing. Readable records are added by the caller as it validates them.
    pub fn known_ids(&self, what: &'static str) -> Known {
        let mut known = Known::new(what);
        if !self.complete {
            known.set_incomplete();
        }
        for id in &self.unreadable_ids {
            known.define(id, "an unreadable record".to_owned());
        }
        known
    }
}

/// Reads the `[[key]]` records of a file whose only top-level key is `key`.
pub fn array_of_tables<T: DeserializeOwned>(
    file: &SourceFile,
    root: &Spanned<DeTable<'_>>,
    key: &str,
    problems: &mut Problems,
) -> Records<T> {
    let mut records = Records {
        read: Vec::new(),
        unreadable_ids: Vec::new(),
        complete: true,
    };
    for (name, value) in root.get_ref().iter() {
        if name.get_ref() != key {
            let message = format!(
                "unknown field {}; expected [[{key}]] records",
                quoted(name.get_ref())
            );
            problems.push(file.problem_at(name.span().start, name.get_ref().as_ref(), message));
            records.complete = false;
            continue;
        }
        let Some(items) = value.get_ref().as_array() else {
            let message = format!("expected [[{key}]] records (an array of tables)");
            problems.push(file.problem_at(value.span().start, key, message));
            records.complete = false;
            continue;
        };
        for item in items.iter() {
            match record(file, item.clone(), problems) {
                Some(raw) => records.read.push(raw),
                None => records.unreadable_ids.extend(peek_id(item)),
            }
        }
    }
    records
}

/// Reads a whole file as one record (a story, a seed).
pub fn document<T: DeserializeOwned>(
    file: &SourceFile,
    root: Spanned<DeTable<'_>>,
    problems: &mut Problems,
) -> Option<Spanned<T>> {
    let span = root.span();
    record(
        file,
        Spanned::new(span, DeValue::Table(root.into_inner())),
        problems,
    )
}

/// The `id` of a record, read straight from the TOML.
pub fn peek_id(value: &Spanned<DeValue<'_>>) -> Option<String> {
    let id = value.get_ref().as_table()?.get("id")?;
    id.get_ref().as_str().map(str::to_owned)
}

/// Deserialises one record, reporting unknown fields and the first type error.
fn record<T: DeserializeOwned>(
    file: &SourceFile,
    value: Spanned<DeValue<'_>>,
    problems: &mut Problems,
) -> Option<Spanned<T>> {
    let mut ignored: Vec<Vec<Segment>> = Vec::new();
    let result = serde_ignored::deserialize(ValueDeserializer::from(value.clone()), |path| {
        ignored.push(segments(&path));
    });
    for path in ignored {
        let (field, offset) = locate(&value, &path);
        let name = match path.last() {
            Some(Segment::Key(key)) => key.clone(),
            _ => field.clone(),
        };
        let offset = offset.unwrap_or(value.span().start);
        problems.push(file.problem_at(offset, field, format!("unknown field {}", quoted(&name))));
    }
    match result {
        Ok(raw) => Some(raw),
        Err(error) => {
            let offset = error.span().map_or(value.span().start, |span| span.start);
            let field = field_at(&value, offset).unwrap_or_else(|| "record".to_owned());
            problems.push(file.problem_at(offset, field, error.message()));
            None
        }
    }
}

/// A step of a path into a record.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

fn segments(path: &serde_ignored::Path<'_>) -> Vec<Segment> {
    use serde_ignored::Path;
    let mut out = match path {
        Path::Root => return Vec::new(),
        Path::Seq { parent, .. }
        | Path::Map { parent, .. }
        | Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => segments(parent),
    };
    match path {
        Path::Seq { index, .. } => out.push(Segment::Index(*index)),
        Path::Map { key, .. } if !key.starts_with(SPANNED_KEY_PREFIX) => {
            out.push(Segment::Key(key.clone()));
        }
        _ => {}
    }
    out
}

/// Writes a path the way the data files spell it: `organisations[0].role`.
fn field_name(path: &[Segment]) -> String {
    let mut name = String::new();
    for segment in path {
        match segment {
            Segment::Key(key) if name.is_empty() => name.push_str(key),
            Segment::Key(key) => {
                name.push('.');
                name.push_str(key);
            }
            Segment::Index(index) => name.push_str(&format!("[{index}]")),
        }
    }
    name
}

/// The field name of a path and the offset of its last key in the file.
fn locate(value: &Spanned<DeValue<'_>>, path: &[Segment]) -> (String, Option<usize>) {
    let mut current = value;
    let mut offset = None;
    for segment in path {
        let next = match (segment, current.get_ref()) {
            (Segment::Key(key), DeValue::Table(table)) => table
                .iter()
                .find(|(name, _)| name.get_ref() == key)
                .map(|(name, value)| {
                    offset = Some(name.span().start);
                    value
                }),
            (Segment::Index(index), DeValue::Array(items)) => items.get(*index),
            _ => None,
        };
        match next {
            Some(next) => current = next,
            None => break,
        }
    }
    (field_name(path), offset)
}

/// The path of the innermost field whose key or value covers `offset`.
fn field_at(value: &Spanned<DeValue<'_>>, offset: usize) -> Option<String> {
    /// Descends into `child` under `segment`; true when the offset lies in it.
    fn enter(
        segment: Segment,
        on_key: bool,
        child: &Spanned<DeValue<'_>>,
        offset: usize,
        path: &mut Vec<Segment>,
    ) -> bool {
        path.push(segment);
        if walk(child, offset, path) || on_key || child.span().contains(&offset) {
            return true;
        }
        path.pop();
        false
    }
    fn walk(value: &Spanned<DeValue<'_>>, offset: usize, path: &mut Vec<Segment>) -> bool {
        match value.get_ref() {
            DeValue::Table(table) => table.iter().any(|(key, child)| {
                let segment = Segment::Key(key.get_ref().to_string());
                enter(segment, key.span().contains(&offset), child, offset, path)
            }),
            DeValue::Array(items) => items
                .iter()
                .enumerate()
                .any(|(index, child)| enter(Segment::Index(index), false, child, offset, path)),
            _ => false,
        }
    }
    let mut path = Vec::new();
    walk(value, offset, &mut path).then(|| field_name(&path))
}

#[cfg(test)]
mod tests;
