//! Dates known to a day, a month or only a year: `2006-11-08`, `2015-10`, `2019`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// How precisely a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DatePrecision {
    Year,
    Month,
    Day,
}

/// A calendar date with a precision. Written and serialised as ISO 8601 (`YYYY[-MM[-DD]]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a text is not a [`PartialDate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartialDateError {
    Shape,
    Month(u8),
    Day { year: i32, month: u8, day: u8 },
}

impl fmt::Display for PartialDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDateError::Shape => {
                f.write_str("expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
            }
            PartialDateError::Month(month) => write!(f, "month {month} is not between 1 and 12"),
            PartialDateError::Day { year, month, day } => {
                write!(f, "{year}-{month:02} has no day {day}")
            }
        }
    }
}

impl std::error::Error for PartialDateError {}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }

    pub fn month(year: i32, month: u8) -> Result<Self, PartialDateError> {
        if !(1..=12).contains(&month) {
            return Err(PartialDateError::Month(month));
        }
        Ok(Self {
            year,
            month: Some(month),
            day: None,
        })
    }

    pub fn day(year: i32, month: u8, day: u8) -> Result<Self, PartialDateError> {
        let with_month = Self::month(year, month)?;
        if day == 0 || day > days_in_month(year, month) {
            return Err(PartialDateError::Day { year, month, day });
        }
        Ok(Self {
            day: Some(day),
            ..with_month
        })
    }

    pub fn year_number(&self) -> i32 {
        self.year
    }

    pub fn month_number(&self) -> Option<u8> {
        self.month
    }

    pub fn day_number(&self) -> Option<u8> {
        self.day
    }

    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (_, Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    /// The first day this date may mean, as (year, month, day).
    pub fn earliest(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date may mean, as (year, month, day).
    pub fn latest(&self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (self.year, month, day)
    }

    /// True when `end` certainly lies before `self`, whatever their precisions.
    pub fn is_certainly_after(&self, end: &PartialDate) -> bool {
        end.latest() < self.earliest()
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PartialDate {
    /// Chronological by earliest day; a less precise date sorts before a more precise one.
    fn cmp(&self, other: &Self) -> Ordering {
        self.earliest()
            .cmp(&other.earliest())
            .then(self.precision().cmp(&other.precision()))
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        _ => 28,
    }
}

fn digits<T: FromStr>(part: &str, len: usize) -> Result<T, PartialDateError> {
    if part.len() != len || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PartialDateError::Shape);
    }
    part.parse().map_err(|_| PartialDateError::Shape)
}

impl FromStr for PartialDate {
    type Err = PartialDateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        match parts.as_slice() {
            [y] => Ok(Self::year(digits(y, 4)?)),
            [y, m] => Self::month(digits(y, 4)?, digits(m, 2)?),
            [y, m, d] => Self::day(digits(y, 4)?, digits(m, 2)?, digits(d, 2)?),
            _ => Err(PartialDateError::Shape),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        text.parse().unwrap()
    }

    #[test]
    fn parses_each_precision_and_writes_it_back() {
        for text in ["2019", "2015-10", "2006-11-08", "2024-02-29"] {
            assert_eq!(date(text).to_string(), text);
        }
        assert_eq!(date("2019").precision(), DatePrecision::Year);
        assert_eq!(date("2015-10").precision(), DatePrecision::Month);
        assert_eq!(date("2006-11-08").precision(), DatePrecision::Day);
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(
            "2023-02-29".parse::<PartialDate>(),
            Err(PartialDateError::Day {
                year: 2023,
                month: 2,
                day: 29
            })
        );
        assert_eq!(
            "2015-13".parse::<PartialDate>(),
            Err(PartialDateError::Month(13))
        );
        for shape in [
            "",
            "15",
            "2015/10",
            "2015-1",
            "2015-10-8",
            "Oktober 2015",
            "2015-10-08-01",
        ] {
            assert_eq!(
                shape.parse::<PartialDate>(),
                Err(PartialDateError::Shape),
                "{shape}"
            );
        }
    }

    #[test]
    fn an_end_is_before_a_start_only_when_certain() {
        assert!(date("2024-10-25").is_certainly_after(&date("2024-10-24")));
        assert!(date("2024").is_certainly_after(&date("2023-12")));
        assert!(!date("2015-10").is_certainly_after(&date("2015-10-01")));
        assert!(!date("2015-10-30").is_certainly_after(&date("2015")));
    }

    #[test]
    fn sorts_chronologically() {
        let mut dates = [
            date("2024-10-25"),
            date("2006"),
            date("2015-10"),
            date("2006-06"),
        ];
        dates.sort();
        let texts: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["2006", "2006-06", "2015-10", "2024-10-25"]);
    }

    #[test]
    fn serialises_as_a_string() {
        let json = serde_json::to_string(&date("2006-11-08")).unwrap();
        assert_eq!(json, "\"2006-11-08\"");
        let back: PartialDate = serde_json::from_str(&json).unwrap();
        assert_eq!(back, date("2006-11-08"));
        assert!(serde_json::from_str::<PartialDate>("\"2006-11-31\"").is_err());
    }
}
