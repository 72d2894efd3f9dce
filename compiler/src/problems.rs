//! A problem found in the data: where it is (file, line, field) and what is wrong.

use std::fmt;

/// One thing wrong with the input, printed as `path:line: field: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the user named it (e.g. `data/ties.csv`).
    pub path: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// The field or column at fault (`kind`, `names.de`, `to[2]`), or `syntax` / `file`.
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(
        path: impl Into<String>,
        line: Option<usize>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            path: path.into(),
            line,
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}: {}", self.path, self.field, self.message),
            None => write!(f, "{}: {}: {}", self.path, self.field, self.message),
        }
    }
}

/// Every problem found in one compilation, in the order they were found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems(Vec<Problem>);

impl Problems {
    pub fn push(&mut self, problem: Problem) {
        self.0.push(problem);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.0.iter()
    }

    /// Sorted by file, then line; problems of the same line keep the order they were found in.
    pub fn into_sorted(mut self) -> Vec<Problem> {
        self.0
            .sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        self.0
    }
}

impl Extend<Problem> for Problems {
    fn extend<I: IntoIterator<Item = Problem>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

/// Quotes a value from the data for a message: `"twin town"`.
pub fn quoted(text: &str) -> String {
    format!("{text:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_path_line_field_and_message() {
        let problem = Problem::new(
            "data/ties.csv",
            Some(4),
            "kind",
            "unknown tie kind \"twin town\"",
        );
        assert_eq!(
            problem.to_string(),
            "data/ties.csv:4: kind: unknown tie kind \"twin town\""
        );
    }

    #[test]
    fn omits_the_line_when_there_is_none() {
        let problem = Problem::new("data/visits.toml", None, "file", "cannot read it");
        assert_eq!(
            problem.to_string(),
            "data/visits.toml: file: cannot read it"
        );
    }

    #[test]
    fn sorts_by_file_then_line_keeping_the_order_within_a_line() {
        let mut problems = Problems::default();
        problems.push(Problem::new("data/ties.csv", Some(3), "b", "second"));
        problems.push(Problem::new("data/places.toml", Some(9), "id", "x"));
        problems.push(Problem::new("data/ties.csv", Some(3), "a", "first?"));
        problems.push(Problem::new("data/ties.csv", Some(2), "kind", "y"));
        let fields: Vec<String> = problems
            .into_sorted()
            .into_iter()
            .map(|p| format!("{}:{}", p.line.unwrap_or(0), p.field))
            .collect();
        assert_eq!(fields, ["9:id", "2:kind", "3:b", "3:a"]);
    }
}
