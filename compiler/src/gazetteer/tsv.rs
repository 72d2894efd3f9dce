//! Tab-separated files with a fixed header, as the gazetteer's files are.

use crate::problems::Problems;
use crate::source::SourceFile;

/// The non-empty rows of `file` as (line number, line), once its header is `columns`; when the
/// header differs, a problem at line 1 and no rows.
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
    lines
        .map(|(index, line)| (index + 1, line.trim_end_matches('\r')))
        .filter(|(_, line)| !line.is_empty())
        .collect()
}
