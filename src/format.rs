//! How dates and numbers are written in each interface language.

use crate::language::UiLang;
use atlas_model::PartialDate;

/// A whole number with the language's thousands separator: "3.310.268", "3,310,268".
pub fn number(value: u64, lang: UiLang) -> String {
    let separator = match lang {
        UiLang::De => '.',
        _ => ',',
    };
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people write it: "8. November 2006", "October 2015", "2006年11月8日",
/// "2006년 11월 8일", "2019".
pub fn date(date: &PartialDate, lang: UiLang) -> String {
    let year = date.year_number();
    let Some(month) = date.month_number() else {
        return match lang {
            UiLang::Zh | UiLang::Ja => format!("{year}年"),
            UiLang::Ko => format!("{year}년"),
            UiLang::De | UiLang::En => year.to_string(),
        };
    };
    let index = usize::from(month - 1);
    match (date.day_number(), lang) {
        (Some(day), UiLang::De) => format!("{day}. {} {year}", MONTHS_DE[index]),
        (None, UiLang::De) => format!("{} {year}", MONTHS_DE[index]),
        (Some(day), UiLang::En) => format!("{day} {} {year}", MONTHS_EN[index]),
        (None, UiLang::En) => format!("{} {year}", MONTHS_EN[index]),
        (Some(day), UiLang::Zh | UiLang::Ja) => format!("{year}年{month}月{day}日"),
        (None, UiLang::Zh | UiLang::Ja) => format!("{year}年{month}月"),
        (Some(day), UiLang::Ko) => format!("{year}년 {month}월 {day}일"),
        (None, UiLang::Ko) => format!("{year}년 {month}월"),
    }
}

/// A span of dates, shortened where start and end share a month: "25.–31. Oktober 2024".
pub fn date_range(start: &PartialDate, end: Option<&PartialDate>, lang: UiLang) -> String {
    let Some(end) = end.filter(|end| *end != start) else {
        return date(start, lang);
    };
    let same_month =
        start.year_number() == end.year_number() && start.month_number() == end.month_number();
    match (start.day_number(), end.day_number(), same_month, lang) {
        (Some(first), Some(_), true, UiLang::De) => format!("{first}.–{}", date(end, lang)),
        (Some(first), Some(_), true, UiLang::En) => format!("{first}–{}", date(end, lang)),
        (Some(_), Some(last), true, UiLang::Zh | UiLang::Ja) => {
            format!("{}–{last}日", date(start, lang))
        }
        (Some(_), Some(last), true, UiLang::Ko) => format!("{}–{last}일", date(start, lang)),
        _ => format!("{} – {}", date(start, lang), date(end, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> PartialDate {
        text.parse().unwrap()
    }

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(date(&day("2006-11-08"), UiLang::De), "8. November 2006");
        assert_eq!(date(&day("2006-11-08"), UiLang::En), "8 November 2006");
        assert_eq!(date(&day("2006-11-08"), UiLang::Zh), "2006年11月8日");
        assert_eq!(date(&day("2006-11-08"), UiLang::Ko), "2006년 11월 8일");
        assert_eq!(date(&day("2015-10"), UiLang::De), "Oktober 2015");
        assert_eq!(date(&day("2015-10"), UiLang::Ja), "2015年10月");
        assert_eq!(date(&day("2019"), UiLang::En), "2019");
        assert_eq!(date(&day("2019"), UiLang::Ko), "2019년");
    }

    #[test]
    fn ranges_within_a_month_are_shortened() {
        let (start, end) = (day("2024-10-25"), day("2024-10-31"));
        assert_eq!(
            date_range(&start, Some(&end), UiLang::De),
            "25.–31. Oktober 2024"
        );
        assert_eq!(
            date_range(&start, Some(&end), UiLang::En),
            "25–31 October 2024"
        );
        assert_eq!(
            date_range(&start, Some(&end), UiLang::Ja),
            "2024年10月25日–31日"
        );
        assert_eq!(
            date_range(&start, Some(&end), UiLang::Ko),
            "2024년 10월 25일–31일"
        );
        assert_eq!(
            date_range(&day("2024-10-30"), Some(&day("2024-11-02")), UiLang::En),
            "30 October 2024 – 2 November 2024"
        );
        assert_eq!(
            date_range(&day("2015-10"), None, UiLang::De),
            "Oktober 2015"
        );
        assert_eq!(
            date_range(&start, Some(&start), UiLang::De),
            "25. Oktober 2024"
        );
    }

    #[test]
    fn numbers_group_thousands_by_language() {
        assert_eq!(number(3_310_268, UiLang::De), "3.310.268");
        assert_eq!(number(3_310_268, UiLang::En), "3,310,268");
        assert_eq!(number(3_310_268, UiLang::Zh), "3,310,268");
        assert_eq!(number(999, UiLang::De), "999");
        assert_eq!(number(1000, UiLang::En), "1,000");
        assert_eq!(number(0, UiLang::En), "0");
    }
}
