//! How dates and numbers are written in each interface language.

use atlas_model::{Lang, PartialDate};

/// A whole number with the language's thousands separator: "3.310.268", "3,310,268".
pub fn number(value: u64, lang: Lang) -> String {
    let separator = match lang {
        Lang::De => '.',
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
pub fn date(date: &PartialDate, lang: Lang) -> String {
    let year = date.year_number();
    let Some(month) = date.month_number() else {
        return match lang {
            Lang::Zh | Lang::Ja => format!("{year}年"),
            Lang::Ko => format!("{year}년"),
            Lang::De | Lang::En => year.to_string(),
        };
    };
    let index = usize::from(month - 1);
    match (date.day_number(), lang) {
        (Some(day), Lang::De) => format!("{day}. {} {year}", MONTHS_DE[index]),
        (None, Lang::De) => format!("{} {year}", MONTHS_DE[index]),
        (Some(day), Lang::En) => format!("{day} {} {year}", MONTHS_EN[index]),
        (None, Lang::En) => format!("{} {year}", MONTHS_EN[index]),
        (Some(day), Lang::Zh | Lang::Ja) => format!("{year}年{month}月{day}日"),
        (None, Lang::Zh | Lang::Ja) => format!("{year}年{month}月"),
        (Some(day), Lang::Ko) => format!("{year}년 {month}월 {day}일"),
        (None, Lang::Ko) => format!("{year}년 {month}월"),
    }
}

/// A span of dates, shortened where start and end share a month: "25.–31. Oktober 2024".
pub fn date_range(start: &PartialDate, end: Option<&PartialDate>, lang: Lang) -> String {
    let Some(end) = end.filter(|end| *end != start) else {
        return date(start, lang);
    };
    let same_month =
        start.year_number() == end.year_number() && start.month_number() == end.month_number();
    match (start.day_number(), end.day_number(), same_month, lang) {
        (Some(first), Some(_), true, Lang::De) => format!("{first}.–{}", date(end, lang)),
        (Some(first), Some(_), true, Lang::En) => format!("{first}–{}", date(end, lang)),
        (Some(_), Some(last), true, Lang::Zh | Lang::Ja) => {
            format!("{}–{last}日", date(start, lang))
        }
        (Some(_), Some(last), true, Lang::Ko) => format!("{}–{last}일", date(start, lang)),
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
        assert_eq!(date(&day("2006-11-08"), Lang::De), "8. November 2006");
        assert_eq!(date(&day("2006-11-08"), Lang::En), "8 November 2006");
        assert_eq!(date(&day("2006-11-08"), Lang::Zh), "2006年11月8日");
        assert_eq!(date(&day("2006-11-08"), Lang::Ko), "2006년 11월 8일");
        assert_eq!(date(&day("2015-10"), Lang::De), "Oktober 2015");
        assert_eq!(date(&day("2015-10"), Lang::Ja), "2015年10月");
        assert_eq!(date(&day("2019"), Lang::En), "2019");
        assert_eq!(date(&day("2019"), Lang::Ko), "2019년");
    }

    #[test]
    fn ranges_within_a_month_are_shortened() {
        let (start, end) = (day("2024-10-25"), day("2024-10-31"));
        assert_eq!(
            date_range(&start, Some(&end), Lang::De),
            "25.–31. Oktober 2024"
        );
        assert_eq!(
            date_range(&start, Some(&end), Lang::En),
            "25–31 October 2024"
        );
        assert_eq!(
            date_range(&start, Some(&end), Lang::Ja),
            "2024年10月25日–31日"
        );
        assert_eq!(
            date_range(&start, Some(&end), Lang::Ko),
            "2024년 10월 25일–31일"
        );
        assert_eq!(
            date_range(&day("2024-10-30"), Some(&day("2024-11-02")), Lang::En),
            "30 October 2024 – 2 November 2024"
        );
        assert_eq!(date_range(&day("2015-10"), None, Lang::De), "Oktober 2015");
        assert_eq!(
            date_range(&start, Some(&start), Lang::De),
            "25. Oktober 2024"
        );
    }

    #[test]
    fn numbers_group_thousands_by_language() {
        assert_eq!(number(3_310_268, Lang::De), "3.310.268");
        assert_eq!(number(3_310_268, Lang::En), "3,310,268");
        assert_eq!(number(3_310_268, Lang::Zh), "3,310,268");
        assert_eq!(number(999, Lang::De), "999");
        assert_eq!(number(1000, Lang::En), "1,000");
        assert_eq!(number(0, Lang::En), "0");
    }
}
