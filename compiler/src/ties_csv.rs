//! Reading `ties.csv` into raw rows: UTF-8 with or without BOM, comma or semicolon
//! (sniffed from the header line), CRLF or LF line ends.

use crate::problems::{Problems, quoted};
use crate::raw::Text;
use crate::source::SourceFile;
use toml::Spanned;

/// The columns of `ties.csv`, in the documented order.
pub const COLUMNS: [&str; 8] = [
    "a",
    "b",
    "kind",
    "since",
    "ended",
    "confidence",
    "sources",
    "note",
];

/// One row, each cell trimmed and spanned at the row's first byte (for its line).
#[derive(Debug, Clone)]
pub struct RawTie {
    pub offset: usize,
    pub a: Text,
    pub b: Text,
    pub kind: Text,
    pub since: Text,
    pub ended: Text,
    pub confidence: Text,
    pub sources: Text,
    pub note: Text,
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

/// Reads the rows; `None` when the header is unusable (then no row can be read).
pub fn read(file: &SourceFile, problems: &mut Problems) -> Option<Vec<RawTie>> {
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
                format!("empty file; expected the header {}", COLUMNS.join(",")),
            ));
            return None;
        }
    };
    let columns = column_order(file, &header, problems)?;
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
        if record.len() != COLUMNS.len() {
            let message = format!(
                "expected {} fields ({}), found {}; quote fields that contain {}",
                COLUMNS.len(),
                COLUMNS.join(","),
                record.len(),
                quoted(&char::from(delimiter).to_string())
            );
            problems.push(file.problem_at(offset, "syntax", message));
            continue;
        }
        let cell = |column: usize| -> Text {
            let text = record
                .get(columns[column])
                .unwrap_or_default()
                .trim()
                .to_owned();
            Spanned::new(offset..offset, text)
        };
        rows.push(RawTie {
            offset,
            a: cell(0),
            b: cell(1),
            kind: cell(2),
            since: cell(3),
            ended: cell(4),
            confidence: cell(5),
            sources: cell(6),
            note: cell(7),
        });
    }
    Some(rows)
}

/// The first byte of a row: csv positions a record at the blank lines before it.
fn row_start(text: &str, position: &csv::Position) -> usize {
    let start = usize::try_from(position.byte()).unwrap_or(0);
    let rest = text.get(start..).unwrap_or_default();
    start + rest.len() - rest.trim_start_matches(['\r', '\n']).len()
}

/// Where each documented column is in the header; reports unknown and missing columns.
fn column_order(
    file: &SourceFile,
    header: &csv::StringRecord,
    problems: &mut Problems,
) -> Option<[usize; 8]> {
    let names: Vec<&str> = header.iter().map(str::trim).collect();
    let mut ok = true;
    for name in names.iter().filter(|name| !COLUMNS.contains(name)) {
        let message = format!(
            "unknown field {} in the header; expected the columns {}",
            quoted(name),
            COLUMNS.join(",")
        );
        problems.push(file.problem_on(1, *name, message));
        ok = false;
    }
    let mut order = [0; 8];
    for (slot, column) in order.iter_mut().zip(COLUMNS) {
        match names.iter().position(|name| *name == column) {
            Some(index) => *slot = index,
            None => {
                problems.push(file.problem_on(1, column, "missing column in the header"));
                ok = false;
            }
        }
    }
    ok.then_some(order)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> (Vec<RawTie>, Vec<String>) {
        let mut problems = Problems::default();
        let rows = read(&SourceFile::new("data/ties.csv", text), &mut problems).unwrap_or_default();
        (rows, problems.iter().map(ToString::to_string).collect())
    }

    const HEADER: &str = "a,b,kind,since,ended,confidence,sources,note";

    #[test]
    fn reads_comma_rows_with_their_lines() {
        let text = format!(
            "{HEADER}\nosnabrueck,hefei,friendship,2006,,verified,http://osnabrueck.de/20974.asp,\"Treaty, not a twinning\"\n\ndortmund,xian,twin_town,1992-07-22,,verified,https://www.dortmund.de/,\n"
        );
        let (rows, problems) = rows(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].note.get_ref(), "Treaty, not a twinning");
        let file = SourceFile::new("data/ties.csv", text.as_str());
        assert_eq!(file.line(rows[1].offset), 4);
    }

    #[test]
    fn sniffs_semicolons_and_accepts_bom_and_crlf() {
        let text = "\u{feff}a;b;kind;since;ended;confidence;sources;note\r\nhannover;hiroshima;twin_town;1983;;verified;https://www.hamburg.emb-japan.go.jp/;\r\n";
        let (rows, problems) = rows(text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(rows[0].b.get_ref(), "hiroshima");
        assert_eq!(
            rows[0].sources.get_ref(),
            "https://www.hamburg.emb-japan.go.jp/"
        );
        assert_eq!(rows[0].note.get_ref(), "");
    }

    #[test]
    fn short_rows_and_unknown_columns_are_reported() {
        let (_, problems) = rows(&format!("{HEADER}\nosnabrueck,hefei,friendship\n"));
        assert_eq!(
            problems,
            [
                "data/ties.csv:2: syntax: expected 8 fields (a,b,kind,since,ended,confidence,sources,note), found 3; quote fields that contain \",\""
            ]
        );
        let (_, problems) = rows("a,b,kind,since,until,confidence,sources,note\n");
        assert_eq!(
            problems,
            [
                "data/ties.csv:1: until: unknown field \"until\" in the header; expected the columns a,b,kind,since,ended,confidence,sources,note",
                "data/ties.csv:1: ended: missing column in the header",
            ]
        );
    }
}
