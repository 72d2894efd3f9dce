//! Tab-separated files with a fixed header, as the gazetteer's files are.

use crate::problems::Problems;
use crate::source::SourceFile;
use crate::text_rule::text_problem;

/// The non-empty rows of `file` as (line number, line), once its header is `columns`; when the
/// header differs, a problem at line 1 and no rows. A cell the rule for text refuses is a
/// problem at its line, under its column.
pub fn rows<'a>(
    file: &'a SourceFile,
    columns: &[&str],
    problems: &mut Problems,
) -> Vec<(usize, &'a str)> {
    let mut lines = file.text.lines().enumerate();
    let header: Vec<&str> = lines
        .next()
        .map(|(_, line)| line.trim_end_matches('\r').split('\t').collect())
        .unwrap_or_default();
    if header != columns {
        let message = format!("expected the header {}", columns.join("\\t"));
        problems.push(file.problem_on(1, "header", message));
        return Vec::new();
    }
    let rows: Vec<(usize, &str)> = lines
        .map(|(index, line)| (index + 1, line.trim_end_matches('\r')))
        .filter(|(_, line)| !line.is_empty())
        .collect();
    for &(line_number, line) in &rows {
        for (cell, column) in line.split('\t').zip(columns) {
            if let Some(problem) = text_problem(cell, false) {
                problems.push(file.problem_on(line_number, *column, problem));
            }
        }
    }
    rows
}
