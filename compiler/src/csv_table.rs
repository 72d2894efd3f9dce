//! Reading a CSV file as a spreadsheet saves it: UTF-8 with or without BOM, comma or semicolon
//! (sniffed from the header line), CRLF or LF line ends, columns in any order.

use crate::problems::{Problems, quoted};
use crate::raw::Text;
use crate::source::SourceFile;
use crate::text_rule::{may_run_over_lines, text_problem};
use toml::Spanned;

/// One row: its first byte (for its line) and its cells, trimmed, in the order of the
/// columns asked for.
#[derive(Debug, Clone)]
pub struct Row {
    pub offset: usize,
    pub cells: Vec<Text>,
}

/// The delimiter the header line uses: `;` when it has more semicolons than commas.
pub fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// Reads the rows of a file with exactly these columns; `None` when the header is unusable.
pub fn read(file: &SourceFile, columns: &[&str], problems: &mut Problems) -> Option<Vec<Row>> {
    let delimiter = sniff_delimiter(&file.text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(file.text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(error)) => {
            problems.push(file.problem_on(1, "syntax", error.to_string()));
            return None;
        }
        None => {
            problems.push(file.problem_on(
                1,
                "header",
                format!("empty file; expected the header {}", columns.join(",")),
            ));
            return None;
        }
    };
    let order = column_order(file, columns, &header, problems)?;
    let mut rows = Vec::new();
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let offset = error
                    .position()
                    .map_or(0, |position| row_start(&file.text, position));
                problems.push(file.problem_at(offset, "syntax", error.to_string()));
                continue;
            }
        };
        let offset = record
            .position()
            .map_or(0, |position| row_start(&file.text, position));
        if record.len() != columns.len() && record.iter().any(|cell| cell.contains('\n')) {
            let message = format!(
                "a quote opened in this row is never closed, so the row runs on over the next \
                 lines ({} fields instead of {}); close the quote",
                record.len(),
                columns.len()
            );
            problems.push(file.problem_at(offset, "syntax", message));
            continue;
        }
        if record.len() != columns.len() {
            let message = format!(
                "expected {} fields ({}), found {}; quote fields that contain {}",
                columns.len(),
                columns.join(","),
                record.len(),
                quoted(&char::from(delimiter).to_string())
            );
            problems.push(file.problem_at(offset, "syntax", message));
            continue;
        }
        let cells = order
            .iter()
            .zip(columns)
            .map(|(&index, column)| {
                let text = record.get(index).unwrap_or_default().trim().to_owned();
                if let Some(problem) = text_problem(&text, may_run_over_lines(column)) {
                    problems.push(file.problem_at(offset, *column, problem));
                }
                Spanned::new(offset..offset, text)
            })
            .collect();
        rows.push(Row { offset, cells });
    }
    Some(rows)
}

/// The first byte of a row: csv positions a record at the blank lines before it.
fn row_start(text: &str, position: &csv::Position) -> usize {
    let start = usize::try_from(position.byte()).unwrap_or(0);
    let rest = text.get(start..).unwrap_or_default();
    start + rest.len() - rest.trim_start_matches(['\r', '\n']).len()
}

/// Where each column is in the header; reports unknown and missing columns.
fn column_order(
    file: &SourceFile,
    columns: &[&str],
    header: &csv::StringRecord,
    problems: &mut Problems,
) -> Option<Vec<usize>> {
    let names: Vec<&str> = header.iter().map(str::trim).collect();
    let mut ok = true;
    for (index, name) in names.iter().enumerate() {
        let (field, message) = if name.is_empty() {
            let message = format!(
                "column {} has no name (a delimiter too many at the end of the header line?); \
                 expected the columns {}",
                index + 1,
                columns.join(",")
            );
            ("header", message)
        } else if !columns.contains(name) {
            let message = format!(
                "unknown field {} in the header; expected the columns {}",
                quoted(name),
                columns.join(",")
            );
            (*name, message)
        } else {
            continue;
        };
        problems.push(file.problem_on(1, field, message));
        ok = false;
    }
    let mut order = Vec::with_capacity(columns.len());
    for column in columns {
        match names.iter().position(|name| name == column) {
            Some(index) => order.push(index),
            None => {
                problems.push(file.problem_on(1, *column, "missing column in the header"));
                ok = false;
            }
        }
    }
    ok.then_some(order)
}
