//! Reading `ties.csv` into raw rows (see [`crate::csv_table`] for the spreadsheet dialects).

use crate::csv_table;
use crate::problems::Problems;
use crate::raw::Text;
use crate::source::SourceFile;

/// The columns of `ties.csv`, in the documented order.
pub const COLUMNS: [&str; 9] = [
    "german_place",
    "partner_place",
    "kind",
    "since",
    "ended",
    "confidence",
    "sources",
    "note_de",
    "note_en",
];

/// One row, each cell trimmed and spanned at the row's first byte (for its line).
#[derive(Debug, Clone)]
pub struct RawTie {
    pub offset: usize,
    pub german_place: Text,
    pub partner_place: Text,
    pub kind: Text,
    pub since: Text,
    pub ended: Text,
    pub confidence: Text,
    pub sources: Text,
    pub note_de: Text,
    pub note_en: Text,
}

/// Reads the rows; `None` when the header is unusable (then no row can be read).
pub fn read(file: &SourceFile, problems: &mut Problems) -> Option<Vec<RawTie>> {
    let rows = csv_table::read(file, &COLUMNS, problems)?;
    Some(
        rows.into_iter()
            .map(|row| {
                let [
                    german_place,
                    partner_place,
                    kind,
                    since,
                    ended,
                    confidence,
                    sources,
                    note_de,
                    note_en,
                ]: [Text; 9] = row
                    .cells
                    .try_into()
                    .unwrap_or_else(|_| unreachable!("csv_table gives one cell per column"));
                RawTie {
                    offset: row.offset,
                    german_place,
                    partner_place,
                    kind,
                    since,
                    ended,
                    confidence,
                    sources,
                    note_de,
                    note_en,
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> (Vec<RawTie>, Vec<String>) {
        let mut problems = Problems::default();
        let rows = read(&SourceFile::new("data/ties.csv", text), &mut problems).unwrap_or_default();
        (rows, problems.iter().map(ToString::to_string).collect())
    }

    const HEADER: &str =
        "german_place,partner_place,kind,since,ended,confidence,sources,note_de,note_en";

    #[test]
    fn reads_comma_rows_with_their_lines() {
        let text = format!(
            "{HEADER}\n\"Osnabrück, DE\",\"Hefei, CN\",friendship,2006,,verified,http://osnabrueck.de/20974.asp,\"Vertrag, keine Partnerschaft.\",\"Treaty, not a twinning.\"\n\n\
             dortmund,xian,twin_town,1992-07-22,,verified,https://www.dortmund.de/,,\n"
        );
        let (rows, problems) = rows(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].partner_place.get_ref(), "Hefei, CN");
        assert_eq!(rows[0].note_de.get_ref(), "Vertrag, keine Partnerschaft.");
        assert_eq!(rows[0].note_en.get_ref(), "Treaty, not a twinning.");
        let file = SourceFile::new("data/ties.csv", text.as_str());
        assert_eq!(file.line(rows[1].offset), 4);
    }

    #[test]
    fn sniffs_semicolons_and_accepts_bom_crlf_and_any_column_order() {
        let text = "\u{feff}partner_place;german_place;kind;since;ended;confidence;sources;note_en;note_de\r\n\
                    Hiroshima, JP;Hannover, DE;twin_town;1983;;verified;https://www.hamburg.emb-japan.go.jp/;;\r\n";
        let (rows, problems) = rows(text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(rows[0].german_place.get_ref(), "Hannover, DE");
        assert_eq!(rows[0].partner_place.get_ref(), "Hiroshima, JP");
        assert_eq!(
            rows[0].sources.get_ref(),
            "https://www.hamburg.emb-japan.go.jp/"
        );
        assert_eq!(rows[0].note_de.get_ref(), "");
    }

    #[test]
    fn short_rows_and_unknown_columns_are_reported() {
        let (_, problems) = rows(&format!("{HEADER}\nosnabrueck,\"Hefei, CN\",friendship\n"));
        assert_eq!(
            problems,
            [
                "data/ties.csv:2: syntax: expected 9 fields (german_place,partner_place,kind,since,\
                 ended,confidence,sources,note_de,note_en), found 3; quote fields that contain \",\""
            ]
        );
        let (_, problems) = rows(
            "german_place,partner_place,kind,since,until,confidence,sources,note_de,note_en\n",
        );
        assert_eq!(
            problems,
            [
                "data/ties.csv:1: until: unknown field \"until\" in the header; expected the columns \
                 german_place,partner_place,kind,since,ended,confidence,sources,note_de,note_en",
                "data/ties.csv:1: ended: missing column in the header",
            ]
        );
    }

    #[test]
    fn a_column_without_a_name_is_named_by_its_number() {
        let (_, problems) = rows(&format!("{HEADER},\n"));
        assert_eq!(
            problems,
            [
                "data/ties.csv:1: header: column 10 has no name (a delimiter too many at the end \
                 of the header line?); expected the columns german_place,partner_place,kind,\
                 since,ended,confidence,sources,note_de,note_en"
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_is_named_as_such() {
        let (rows, problems) = rows(&format!(
            "{HEADER}\nosnabrueck,\"Hefei, CN,friendship,2006,,verified,https://a.de/,\nx,y\n"
        ));
        assert!(rows.is_empty());
        assert_eq!(
            problems,
            [
                "data/ties.csv:2: syntax: a quote opened in this row is never closed, so the row \
                 runs on over the next lines (2 fields instead of 9); close the quote"
            ]
        );
    }
}
