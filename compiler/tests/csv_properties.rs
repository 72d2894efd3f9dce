//! Properties of the CSV reader over generated files: whatever the bytes, it never panics and
//! every problem names its file, a line the file has and a field; a table written in any of
//! the dialects it reads comes back cell for cell, each at its line; and a date that is not one
//! is refused at its row's line, under its column, quoting what was written.

use atlas_compiler::checks::Check;
use atlas_compiler::csv_table::{self, Row};
use atlas_compiler::problems::Problems;
use atlas_compiler::source::SourceFile;
use atlas_compiler::ties_csv::COLUMNS;
use atlas_model::PartialDate;
use proptest::prelude::*;
use proptest::sample::SizeRange;

const PATH: &str = "data/ties.csv";

/// A fixed number of cases per property, so the suite takes the same time on every run;
/// `PROPTEST_CASES` raises it for a longer campaign. A failure prints its smallest input
/// instead of leaving a file in the tree.
fn cases() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(cases)
    }
}

/// A cell as people and spreadsheets write them: words in several scripts, both delimiters,
/// quotes, spaces, line breaks, and now and then a character the text rule refuses.
fn cell() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[a-zA-Z0-9äöüß合肥광명 .:/()|\\-]{0,10}([,;\"\r\n\t]|\u{0}|\u{202E}|\u{FEFF})?[a-z ]{0,4}",
    )
    .expect("the pattern is valid")
}

/// Whether a trimmed cell holds a character the text rule refuses, by the rule as
/// `data/FORMAT.md` states it (not by the compiler's own function).
fn refused(cell: &str, column: &str) -> bool {
    let over_lines = column.starts_with("note");
    cell.chars().any(|c| match c {
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => !over_lines,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => true,
        c => c.is_control(),
    })
}

/// How a table is written: delimiter, line end, byte-order mark, blank lines, final line end.
#[derive(Debug, Clone)]
struct Dialect {
    delimiter: char,
    line_end: &'static str,
    bom: bool,
    blank_lines: Vec<bool>,
    final_line_end: bool,
}

fn dialect(rows: usize) -> impl Strategy<Value = Dialect> {
    (
        prop_oneof![Just(','), Just(';')],
        prop_oneof![Just("\n"), Just("\r\n")],
        any::<bool>(),
        proptest::collection::vec(proptest::bool::weighted(0.2), rows),
        any::<bool>(),
    )
        .prop_map(
            |(delimiter, line_end, bom, blank_lines, final_line_end)| Dialect {
                delimiter,
                line_end,
                bom,
                blank_lines,
                final_line_end,
            },
        )
}

/// One cell as a careful writer quotes it: in quotes, with quotes doubled, when it holds the
/// delimiter, a quote or a line break.
fn quoted_cell(cell: &str, delimiter: char) -> String {
    if cell.contains([delimiter, '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

/// A generated table: the columns in the order of its header, and its rows in that order.
#[derive(Debug, Clone)]
struct Table {
    header: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

fn table(rows: impl Into<SizeRange>) -> impl Strategy<Value = Table> {
    let header = Just(COLUMNS.to_vec()).prop_shuffle();
    let rows = proptest::collection::vec(proptest::collection::vec(cell(), COLUMNS.len()), rows);
    (header, rows).prop_map(|(header, rows)| Table { header, rows })
}

/// The file's text, and the line each row starts on.
fn written(table: &Table, dialect: &Dialect) -> (String, Vec<usize>) {
    let line = |text: &str| 1 + text.matches('\n').count();
    let end = dialect.line_end;
    let mut text = String::from(if dialect.bom { "\u{feff}" } else { "" });
    text.push_str(&table.header.join(&dialect.delimiter.to_string()));
    let mut lines = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        text.push_str(end);
        if dialect.blank_lines.get(index) == Some(&true) {
            text.push_str(end);
        }
        lines.push(line(&text));
        let cells: Vec<String> = row
            .iter()
            .map(|cell| quoted_cell(cell, dialect.delimiter))
            .collect();
        text.push_str(&cells.join(&dialect.delimiter.to_string()));
    }
    if dialect.final_line_end {
        text.push_str(end);
    }
    (text, lines)
}

fn read(text: &str) -> (Option<Vec<Row>>, Problems) {
    let file = SourceFile::new(PATH, text);
    let mut problems = Problems::default();
    let rows = csv_table::read(&file, &COLUMNS, &mut problems);
    (rows, problems)
}

/// Text that starts like a table and goes anywhere: the right header or a near one, then
/// delimiters, quotes, line ends and words in any order.
fn any_file() -> impl Strategy<Value = String> {
    let header = prop_oneof![
        Just(COLUMNS.join(",")),
        Just(COLUMNS.join(";")),
        Just(COLUMNS[..5].join(",")),
        "[a-z_,;\"]{0,40}",
    ];
    let body = proptest::string::string_regex("([a-z0-9 ]{0,6}[,;\"\r\n]){0,60}")
        .expect("the pattern is valid");
    (proptest::bool::weighted(0.2), header, body).prop_map(|(bom, header, body)| {
        format!("{}{header}{body}", if bom { "\u{feff}" } else { "" })
    })
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn any_file_is_read_or_refused_at_a_line_it_has(text in any_file()) {
        let (rows, problems) = read(&text);
        let lines = 1 + text.matches('\n').count();
        for problem in problems.iter() {
            prop_assert_eq!(&problem.path, PATH);
            let line = problem.line.unwrap_or(0);
            prop_assert!((1..=lines).contains(&line), "{} in a file of {} lines", problem, lines);
            prop_assert!(!problem.field.is_empty() && !problem.message.is_empty(), "{}", problem);
        }
        if rows.is_none() {
            prop_assert!(!problems.is_empty(), "a file was refused without a problem");
        }
    }

    #[test]
    fn a_table_in_any_dialect_comes_back_cell_for_cell_at_its_lines(
        (table, dialect) in table(0..6).prop_flat_map(|table| {
            let rows = table.rows.len();
            (Just(table), dialect(rows))
        })
    ) {
        let (text, lines) = written(&table, &dialect);
        let file = SourceFile::new(PATH, text.as_str());
        let (rows, problems) = read(&text);
        let rows = rows.expect("the header is the documented one");
        prop_assert_eq!(rows.len(), table.rows.len());
        let mut expected_problems = Vec::new();
        for ((row, written_row), line) in rows.iter().zip(&table.rows).zip(&lines) {
            prop_assert_eq!(file.line(row.offset), *line);
            for (column, read_cell) in COLUMNS.iter().zip(&row.cells) {
                let position = table.header.iter().position(|name| name == column);
                let written_cell = &written_row[position.expect("every column is written")];
                prop_assert_eq!(read_cell.get_ref(), written_cell.trim());
                if refused(written_cell.trim(), column) {
                    expected_problems.push((*line, column.to_string()));
                }
            }
        }
        let found: Vec<(usize, String)> = problems
            .iter()
            .map(|problem| (problem.line.unwrap_or(0), problem.field.clone()))
            .collect();
        prop_assert_eq!(found, expected_problems);
    }

    #[test]
    fn a_date_that_is_not_one_is_refused_at_its_row_quoting_it(
        dates in proptest::collection::vec("[ 0-9\\-/a-z]{0,12}", 1..5),
        blank in proptest::collection::vec(any::<bool>(), 5),
    ) {
        let mut text = COLUMNS.join(",");
        let mut lines = Vec::new();
        for (index, date) in dates.iter().enumerate() {
            text.push('\n');
            if blank[index] {
                text.push('\n');
            }
            lines.push(1 + text.matches('\n').count());
            let mut cells = vec![String::new(); COLUMNS.len()];
            cells[3] = date.clone();
            text.push_str(&cells.join(","));
        }
        let file = SourceFile::new(PATH, text.as_str());
        let (rows, mut problems) = read(&text);
        let rows = rows.expect("the header is the documented one");
        prop_assert!(problems.is_empty());
        let mut check = Check::new(&file, &mut problems);
        let mut expected = Vec::new();
        for ((row, date), line) in rows.iter().zip(&dates).zip(&lines) {
            let since = &row.cells[3];
            if check.date(since, "since").is_none() {
                expected.push(*line);
                prop_assert!(date.trim().parse::<PartialDate>().is_err());
            }
        }
        let found: Vec<usize> = problems.iter().map(|problem| problem.line.unwrap_or(0)).collect();
        prop_assert_eq!(&found, &expected);
        let refused = dates.iter().filter(|date| date.trim().parse::<PartialDate>().is_err());
        for (problem, date) in problems.iter().zip(refused) {
            prop_assert_eq!(problem.field.as_str(), "since");
            let quoted = format!("{:?} is not a date", date.trim());
            prop_assert!(problem.message.starts_with(&quoted), "{}", problem);
        }
    }
}
