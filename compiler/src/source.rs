//! A data file read into memory, with its display path and line index.

use crate::lines::LineIndex;
use crate::problems::{Problem, Problems};
use std::path::{Path, PathBuf};

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

/// Reads a file, reporting a missing or unreadable one as a problem.
pub fn read(path: &Path, problems: &mut Problems) -> Option<SourceFile> {
    SourceFile::read(path)
        .map_err(|problem| problems.push(problem))
        .ok()
}

/// The `*.toml` files of a folder, sorted by name, with their stems. A missing folder
/// has no files.
pub fn read_folder(folder: &Path, problems: &mut Problems) -> (Vec<SourceFile>, Vec<String>) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return (Vec::new(), Vec::new());
        }
        Err(error) => {
            let shown = folder.display().to_string();
            problems.push(Problem::new(
                shown,
                None,
                "folder",
                format!("cannot read: {error}"),
            ));
            return (Vec::new(), Vec::new());
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    let mut stems = Vec::new();
    for path in paths {
        if let Some(file) = read(&path, problems) {
            let stem = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push(file);
            stems.push(stem);
        }
    }
    (files, stems)
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
