//! Properties of the date parser over generated text: it never panics, what it accepts it
//! writes back as it was given, and what it refuses it says why of, naming the part at fault.

use atlas_model::{DatePrecision, PartialDate, PartialDateError};
use proptest::prelude::*;

/// A fixed number of cases per property, so the suite takes the same time on every run;
/// `PROPTEST_CASES` raises it for a longer campaign. A failure prints its smallest input
/// instead of leaving a file in the tree.
fn cases() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(512);
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(cases)
    }
}

/// Text near the shape of a date: digits and dashes mostly, with spaces, slashes, signs,
/// full-width digits and letters thrown in.
fn date_like() -> impl Strategy<Value = String> {
    proptest::string::string_regex(r"[ \t]?[0-9０-９+\-/ a-zä]{0,14}[ \n]?")
        .expect("the pattern is valid")
}

/// The days of a month, counted from the first of the next month back (not the parser's own
/// table), with years divisible by 100 leap only when divisible by 400.
fn days_in(year: i32, month: u8) -> u8 {
    let leap = year % 400 == 0 || (year % 4 == 0 && year % 100 != 0);
    [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][usize::from(month) - 1]
}

proptest! {
    #![proptest_config(cases())]

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,16}") {
        let _ = text.parse::<PartialDate>();
    }

    #[test]
    fn an_accepted_date_writes_back_as_given(text in date_like()) {
        if let Ok(date) = text.parse::<PartialDate>() {
            prop_assert_eq!(date.to_string(), text.trim());
            let parts = text.trim().split('-').count();
            let precision = [DatePrecision::Year, DatePrecision::Month, DatePrecision::Day];
            prop_assert_eq!(date.precision(), precision[parts - 1]);
            prop_assert!(date.earliest() <= date.latest());
        }
    }

    #[test]
    fn a_refusal_names_the_part_at_fault(text in date_like()) {
        match text.parse::<PartialDate>() {
            Ok(_) => {}
            Err(PartialDateError::Shape) => {
                let shaped = |part: &str, len: usize| {
                    part.len() == len && part.bytes().all(|b| b.is_ascii_digit())
                };
                let parts: Vec<&str> = text.trim().split('-').collect();
                let lengths: &[usize] = match parts.len() {
                    1 => &[4],
                    2 => &[4, 2],
                    3 => &[4, 2, 2],
                    _ => &[],
                };
                prop_assert!(
                    lengths.is_empty()
                        || parts.iter().zip(lengths).any(|(part, &len)| !shaped(part, len)),
                    "{:?} was refused for its shape, but every part has its digits",
                    text
                );
            }
            Err(PartialDateError::Month(month)) => {
                prop_assert!(!(1..=12).contains(&month));
                let said = PartialDateError::Month(month).to_string();
                prop_assert!(said.contains(&month.to_string()));
            }
            Err(error @ PartialDateError::Day { year, month, day }) => {
                prop_assert!(day == 0 || day > days_in(year, month));
                let named = format!("{year}-{month:02} has no day {day}");
                prop_assert!(error.to_string().contains(&named));
            }
        }
    }

    #[test]
    fn every_real_day_is_read(
        year in prop_oneof![0..=9999i32, (0..100i32).prop_map(|century| century * 100)],
        month in prop_oneof![1..=12u8, Just(2u8)],
        day in prop_oneof![1..=31u8, 28..=31u8],
    ) {
        let text = format!("{year:04}-{month:02}-{day:02}");
        let parsed = text.parse::<PartialDate>();
        prop_assert_eq!(parsed.is_ok(), day <= days_in(year, month), "{}", text);
        if let Ok(date) = parsed {
            prop_assert_eq!(date.earliest(), (year, month, day));
            prop_assert_eq!(date.to_string(), text);
        }
    }

    #[test]
    fn an_end_certainly_after_a_start_sorts_after_it(
        a in (1990..=1995i32, 0..=12u8, 0..=31u8),
        b in (1990..=1995i32, 0..=12u8, 0..=31u8),
    ) {
        let date = |(year, month, day): (i32, u8, u8)| match (month, day) {
            (0, _) => Some(PartialDate::year(year)),
            (month, 0) => PartialDate::month(year, month).ok(),
            (month, day) => PartialDate::day(year, month, day).ok(),
        };
        if let (Some(a), Some(b)) = (date(a), date(b))
            && a.is_certainly_after(&b)
        {
            prop_assert!(a > b, "{} is after {} but sorts before it", a, b);
        }
    }
}
