//! A data file read into memory, with its display path and line index.

use crate::lines::LineIndex;
use crate::problems::Problem;
use std::path::Path;

/// A text file of the data, without its byte-order mark.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it, for messages.
    pub path: String,
    pub text: String,
    lines: LineIndex,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        let lines = LineIndex::new(&text);
        Self {
            path: path.into(),
            text,
            lines,
        }
    }

    /// Reads a UTF-8 file; a missing file or bad UTF-8 is a problem of that file.
    pub fn read(path: &Path) -> Result<Self, Problem> {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path)
            .map_err(|error| Problem::new(&shown, None, "file", format!("cannot read: {error}")))?;
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Self::new(shown, text)),
            Err(error) => {
                let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
                let line = 1 + valid.iter().filter(|&&byte| byte == b'\n').count();
                Err(Problem::new(shown, Some(line), "file", "not valid UTF-8"))
            }
        }
    }

    /// The 1-based line of a byte offset in the text.
    pub fn line(&self, offset: usize) -> usize {
        self.lines.line(offset)
    }

    /// A problem at a byte offset of this file.
    pub fn problem_at(
        &self,
        offset: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Problem {
        Problem::new(&self.path, Some(self.line(offset)), field, message)
    }

    /// A problem at a known line of this file.
    pub fn problem_on(
        &self,
        line: usize,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> Problem {
        Problem::new(&self.path, Some(line), field, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_the_byte_order_mark() {
        let file = SourceFile::new("data/ties.csv", "\u{feff}a,b\n");
        assert_eq!(file.text, "a,b\n");
    }

    #[test]
    fn bad_utf8_is_a_problem_with_its_line() {
        let dir = std::env::temp_dir().join(format!("atlas-source-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("bad.csv");
        std::fs::write(&path, b"a,b\nM\xfcnster,x\n").unwrap();
        let problem = SourceFile::read(&path).unwrap_err();
        assert_eq!(problem.line, Some(2));
        assert_eq!(problem.message, "not valid UTF-8");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
