//! Calendar dates for periods: reading "YYYY-MM-DD" and counting days, inclusive.

/// A checked calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Reads "2025-06-30"; `None` for anything else, including 2025-02-30.
    pub(crate) fn parse(text: &str) -> Option<Date> {
        let t = text.trim();
        let mut parts = t.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        let (year, month, day) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        (1..=12).contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil), for differences.
    pub(crate) fn day_number(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from `start` to `end`, both counted: Oct. 1 to June 30 is 273 days.
pub(crate) fn days_inclusive(start: Date, end: Date) -> u64 {
    (end.day_number() - start.day_number() + 1).max(0) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iso_dates_and_rejects_impossible_ones() {
        assert_eq!(Date::parse("2025-06-30"), Some(Date { year: 2025, month: 6, day: 30 }));
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2025-02-29"), None);
        assert_eq!(Date::parse("2025-6-30"), None);
        assert_eq!(Date::parse("June 30"), None);
        assert_eq!(Date::parse(""), None);
    }

    #[test]
    fn counts_days_inclusively() {
        let d = |s| Date::parse(s).unwrap();
        // October (31) + November (30) + December (31) + January (31) + February 2025 (28)
        // + March (31) + April (30) + May (31) + June (30) = 273.
        assert_eq!(days_inclusive(d("2024-10-01"), d("2025-06-30")), 273);
        assert_eq!(days_inclusive(d("2025-01-21"), d("2025-01-21")), 1);
        assert_eq!(d("1970-01-01").day_number(), 0);
    }
}
