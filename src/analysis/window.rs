//! A window of publication dates (`--since`/`--until`): which articles count.

use crate::error::{Error, Result};

/// Articles published from `since` to `until` (both included; either open).
/// Dates are `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: `--until 2025-04` includes all
/// of April. When a bound is set, an article without a date is outside.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Window {
    pub since: Option<String>,
    pub until: Option<String>,
}

impl Window {
    /// A window from the command line's dates (checked: a usage error when malformed or reversed).
    pub fn new(since: Option<&str>, until: Option<&str>) -> Result<Window> {
        let since = since.map(|d| check_date(d).map(str::to_string)).transpose()?;
        let until = until.map(|d| check_date(d).map(str::to_string)).transpose()?;
        if let (Some(s), Some(u)) = (&since, &until) {
            if s.as_str() > u.as_str() && !s.starts_with(u.as_str()) {
                return Err(Error::Usage { message: format!("--since {s} is after --until {u}") });
            }
        }
        Ok(Window { since, until })
    }

    /// Whether a bound is set.
    pub fn is_set(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    /// Whether an article of this publication date is inside.
    pub fn contains(&self, date: Option<&str>) -> bool {
        if !self.is_set() {
            return true;
        }
        let Some(date) = date else { return false };
        let after = self.since.as_deref().is_none_or(|s| date >= s);
        // Compared on the bound's length, so "2025-04" takes every day of April.
        let before = self.until.as_deref().is_none_or(|u| date.get(..u.len()).unwrap_or(date) <= u);
        after && before
    }

    /// For people: "published from 2025-04-01", "… until 2025-06", "… from A to B".
    pub fn describe(&self) -> Option<String> {
        match (&self.since, &self.until) {
            (None, None) => None,
            (Some(s), None) => Some(format!("articles published from {s}")),
            (None, Some(u)) => Some(format!("articles published until {u}")),
            (Some(s), Some(u)) => Some(format!("articles published from {s} to {u}")),
        }
    }
}

/// `text` if it is a date as `--since`/`--until` take them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
pub fn check_date(text: &str) -> Result<&str> {
    let text = text.trim();
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let number = |s: &str| s.parse::<u32>().unwrap_or(0);
    let ok = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&number(m)),
        [y, m, d] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && (1..=12).contains(&number(m))
                && (1..=31).contains(&number(d))
        }
        _ => false,
    };
    if ok {
        Ok(text)
    } else {
        Err(Error::Usage { message: format!("{text:?} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY") })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_include_their_day_and_a_month_bound_its_month() {
        let w = Window::new(Some("2025-04-03"), Some("2025-06")).unwrap();
        assert!(w.contains(Some("2025-04-03")));
        assert!(!w.contains(Some("2025-04-02")));
        assert!(w.contains(Some("2025-06-30")));
        assert!(!w.contains(Some("2025-07-01")));
        assert!(!w.contains(None), "an undated article is outside a set window");
        assert!(Window::default().contains(None));
    }

    #[test]
    fn malformed_and_reversed_dates_are_usage_errors() {
        assert!(check_date("2025-13-01").is_err());
        assert!(check_date("April 2025").is_err());
        assert!(Window::new(Some("2025-05-01"), Some("2025-04-30")).unwrap_err().is_usage());
        assert!(Window::new(Some("2025-04-10"), Some("2025-04")).is_ok());
    }
}
