//! What a tie shows the public besides its facts: its note, a short sentence in German and
//! English, and the names of its sources. Research shorthand from the lists the data was
//! gathered from is refused, so it never reaches the page.

use crate::checks::Check;
use crate::problems::quoted;
use crate::raw::Text;
use atlas_model::Bilingual;

/// The longest note, in characters: a sentence or two, not a paragraph.
pub const NOTE_CHARACTERS: usize = 240;

/// The longest source label, in characters: a publisher's name.
pub const LABEL_CHARACTERS: usize = 40;

/// Marks of notes written for researchers rather than readers, and why each is refused.
const SHORTHAND: [(&str, &str); 9] = [
    ("->", "an arrow"),
    ("~", "a tilde"),
    ("excerpt", "\"excerpt\""),
    ("truncated", "\"truncated\""),
    ("scraped", "\"scraped\""),
    ("http", "a URL"),
    ("MoU", "\"MoU\""),
    ("MdB", "\"MdB\""),
    ("per ", "\"per\" (say who states it)"),
];

/// Marks of a source label that reads like a file path or a research log.
const LABEL_SHORTHAND: [&str; 5] = ["/", "scraped", "extract", " by ", "list"];

/// The note of a row: both languages or neither, each a short public sentence.
pub fn note(check: &mut Check<'_>, de: &Text, en: &Text) -> Option<Option<Bilingual>> {
    match (de.get_ref().is_empty(), en.get_ref().is_empty()) {
        (true, true) => Some(None),
        (false, false) => {
            let de_ok = public_sentence(check, de, "note_de");
            let en_ok = public_sentence(check, en, "note_en");
            (de_ok && en_ok).then(|| Some(Bilingual::new(de.get_ref(), en.get_ref())))
        }
        (de_missing, _) => {
            let (field, other) = match de_missing {
                true => ("note_de", "note_en"),
                false => ("note_en", "note_de"),
            };
            let message = format!("missing: {other} is given, so the note needs both languages");
            check.at(de.span().start, field, message);
            None
        }
    }
}

/// Whether a note reads as a public sentence; reports why not.
fn public_sentence(check: &mut Check<'_>, text: &Text, field: &str) -> bool {
    let note = text.get_ref();
    let problem = if let Some((_, what)) = SHORTHAND.iter().find(|(mark, _)| note.contains(mark)) {
        Some(format!(
            "{} reads as research shorthand ({what}); write a short sentence for the public",
            quoted(note)
        ))
    } else if !note.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        Some(format!(
            "{} should begin a sentence with a capital letter",
            quoted(note)
        ))
    } else if !note.ends_with(['.', '!', '?']) {
        Some(format!(
            "{} should end a sentence with a full stop",
            quoted(note)
        ))
    } else if note.chars().count() > NOTE_CHARACTERS {
        Some(format!(
            "{} characters; a note has at most {NOTE_CHARACTERS}",
            note.chars().count()
        ))
    } else {
        None
    };
    if let Some(message) = &problem {
        check.at(text.span().start, field, message.clone());
    }
    problem.is_none()
}

/// Why a source label is not a publisher's name a reader would recognise, if it is not.
pub fn label_problem(label: &str) -> Option<String> {
    if let Some(mark) = LABEL_SHORTHAND.iter().find(|mark| label.contains(*mark)) {
        return Some(format!(
            "the label {} reads like a file path or research note ({}); name the publisher \
             as a reader would (\"Stadt Rosenheim\", \"Wikidata\")",
            quoted(label),
            quoted(mark)
        ));
    }
    let length = label.chars().count();
    (length > LABEL_CHARACTERS).then(|| {
        format!(
            "the label {} has {length} characters; a publisher's name has at most \
             {LABEL_CHARACTERS}",
            quoted(label)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problems::Problems;
    use crate::source::SourceFile;
    use toml::Spanned;

    /// The problems a note in German and English has.
    fn problems(de: &str, en: &str) -> Vec<String> {
        let file = SourceFile::new("data/ties.csv", "header\nrow\n");
        let mut problems = Problems::default();
        let text = |value: &str| Spanned::new(7..8, value.to_owned());
        note(&mut Check::new(&file, &mut problems), &text(de), &text(en));
        problems
            .into_sorted()
            .into_iter()
            .map(|problem| problem.to_string())
            .collect()
    }

    #[test]
    fn a_public_sentence_in_both_languages_is_a_note() {
        assert!(
            problems(
                "Vertrag am 25. Oktober 1986 unterzeichnet.",
                "Signed on 25 October 1986."
            )
            .is_empty()
        );
        assert!(problems("", "").is_empty());
    }

    #[test]
    fn research_shorthand_is_refused_with_its_line() {
        let found = problems(
            "Seit 1963.",
            "55th anniversary celebrated June 2018 -> 1963",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("data/ties.csv:2: note_en:"),
            "{found:?}"
        );
        assert!(
            found[0].contains("research shorthand (an arrow)"),
            "{found:?}"
        );
        assert!(problems("Seit 1963.", "Date truncated in excerpt.")[0].contains("\"excerpt\""));
        assert!(problems("Seit 1963.", "date from the list")[0].contains("capital letter"));
        assert!(problems("Seit 1963", "Since 1963.")[0].contains("full stop"));
    }

    #[test]
    fn a_note_needs_both_languages() {
        let found = problems("Seit 1963.", "");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].contains("note_en: missing: note_de is given"),
            "{found:?}"
        );
    }

    #[test]
    fn labels_name_publishers_not_files() {
        assert_eq!(label_problem("Stadt Rosenheim"), None);
        assert_eq!(label_problem("Wikidata"), None);
        let path = label_problem("sistercity.info list, scraped by pnadelofficial/sis-cities");
        assert!(path.unwrap().contains("reads like a file path"));
        assert!(
            label_problem(&"x".repeat(41))
                .unwrap()
                .contains("41 characters")
        );
    }
}
