//! Byte offsets to 1-based line numbers, for pointing at problems in the source text.

/// The start offset of every line of a text.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Self { starts }
    }

    /// The 1-based line holding byte `offset` (offsets past the end count as the last line).
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_from_one() {
        let index = LineIndex::new("a = 1\nb = 2\r\n\nc = 3");
        assert_eq!(index.line(0), 1);
        assert_eq!(index.line(5), 1);
        assert_eq!(index.line(6), 2);
        assert_eq!(index.line(13), 3);
        assert_eq!(index.line(14), 4);
        assert_eq!(index.line(1000), 4);
    }

    #[test]
    fn an_empty_text_has_one_line() {
        assert_eq!(LineIndex::new("").line(0), 1);
    }
}
