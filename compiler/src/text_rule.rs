//! The one rule for text from data, in every field of every file: no control characters (line
//! breaks only in texts and notes, which may run over lines), no bidirectional embeddings,
//! overrides or isolates (which make a name read otherwise than it is stored), no byte-order
//! marks inside a text. Unpaired surrogates cannot get this far: a file must be UTF-8 and TOML
//! refuses a `\uD800` escape, both at their line.

/// Whether a field may hold line breaks: a story's text, a note.
pub fn may_run_over_lines(field: &str) -> bool {
    field
        .split(['.', '_'])
        .any(|segment| matches!(segment, "text" | "note"))
}

/// What is wrong with `text` under the rule, if anything: the first character it refuses.
pub fn text_problem(text: &str, over_lines: bool) -> Option<String> {
    text.chars().enumerate().find_map(|(index, c)| {
        let what = match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' if over_lines => return None,
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
                "a line break, which this field does not allow"
            }
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => "a bidirectional override",
            '\u{FEFF}' => "a byte-order mark",
            c if c.is_control() => "a control character",
            _ => return None,
        };
        Some(format!(
            "contains {what} (U+{:04X}) at character {}; remove it",
            u32::from(c),
            index + 1
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_text_in_every_script_passes() {
        for text in [
            "Osnabrück",
            "奥斯纳布吕克",
            "오스나브뤼크",
            "オスナブリュック",
            "İzmir – Kars · „Partnerschaft“ (1990)",
            "عمان",
        ] {
            assert_eq!(text_problem(text, false), None, "{text}");
        }
    }

    #[test]
    fn control_characters_overrides_and_marks_are_refused_with_their_place() {
        for (text, problem) in [
            (
                "Ans\0bach",
                "contains a control character (U+0000) at character 4; remove it",
            ),
            (
                "M\u{7}ünster",
                "contains a control character (U+0007) at character 2; remove it",
            ),
            (
                "a\tb",
                "contains a control character (U+0009) at character 2; remove it",
            ),
            (
                "\u{202E}Delegation",
                "contains a bidirectional override (U+202E) at character 1; remove it",
            ),
            (
                "x\u{2067}y",
                "contains a bidirectional override (U+2067) at character 2; remove it",
            ),
            (
                "a\u{FEFF}b",
                "contains a byte-order mark (U+FEFF) at character 2; remove it",
            ),
            (
                "a\u{85}b",
                "contains a control character (U+0085) at character 2; remove it",
            ),
        ] {
            assert_eq!(
                text_problem(text, true).as_deref(),
                Some(problem),
                "{text:?}"
            );
        }
    }

    #[test]
    fn line_breaks_only_where_a_text_may_run_over_lines() {
        assert_eq!(text_problem("one\r\ntwo\nthree", true), None);
        assert_eq!(
            text_problem("Osna\nbrück", false).as_deref(),
            Some(
                "contains a line break, which this field does not allow (U+000A) at character 5; remove it"
            )
        );
        assert!(may_run_over_lines("text.de"));
        assert!(may_run_over_lines("note_en"));
        assert!(may_run_over_lines("note"));
        assert!(!may_run_over_lines("names.de"));
        assert!(!may_run_over_lines("title.en"));
        assert!(!may_run_over_lines("german_place"));
    }
}
