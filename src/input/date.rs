//! The publication date of an article: a date in its first lines
//! ("29 January 2025", "January 29, 2025", "Jan. 29, 2025", "2025-01-29").
//! A line that is nothing but a date (a dateline) wins over a date inside a line.

use crate::text::words::MONTHS;

/// How many lines from the top are searched.
const HEAD_LINES: usize = 8;

/// The article's date as `YYYY-MM-DD`, if its first lines state one.
pub fn find_date(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().take(HEAD_LINES).collect();
    let whole_line = lines.iter().find_map(|line| {
        let words = words(line);
        (words.len() <= 4).then(|| date_in(&words)).flatten()
    });
    whole_line.or_else(|| lines.iter().find_map(|line| date_in(&words(line))))
}

fn words(line: &str) -> Vec<&str> {
    line.split(|c: char| c.is_whitespace() || c == ',' || c == ':' || c == '|')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect()
}

fn date_in(words: &[&str]) -> Option<String> {
    (0..words.len()).find_map(|i| {
        iso(words[i])
            .or_else(|| {
                // 29 January 2025
                let (d, m, y) = (words[i], words.get(i + 1)?, words.get(i + 2)?);
                ymd(y, month(m)?, d)
            })
            .or_else(|| {
                // January 29, 2025
                let (m, d, y) = (words[i], words.get(i + 1)?, words.get(i + 2)?);
                ymd(y, month(m)?, d)
            })
    })
}

fn iso(word: &str) -> Option<String> {
    let mut parts = word.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    ymd(y, m.parse().ok()?, d)
}

fn month(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    if w.len() < 3 {
        return None;
    }
    let pos = MONTHS.iter().position(|m| *m == w || (w.len() <= 4 && m.starts_with(&w)))?;
    Some(pos as u32 + 1)
}

fn ymd(year: &str, month: u32, day: &str) -> Option<String> {
    // `iso` hands on whatever number stood between the dashes ("2025-70-01").
    if !(1..=12).contains(&month) {
        return None;
    }
    let y: u32 = year.parse().ok().filter(|y| (1900..=2999).contains(y))?;
    let d: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    Some(format!("{y:04}-{month:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::find_date;

    #[test]
    fn dateline_forms() {
        assert_eq!(find_date("Title\n3 March 2024\nBody").as_deref(), Some("2024-03-03"));
        assert_eq!(find_date("Title\nMarch 3, 2024\n").as_deref(), Some("2024-03-03"));
        assert_eq!(find_date("Title\nSept. 30, 2023\n").as_deref(), Some("2023-09-30"));
        assert_eq!(find_date("Title\n2022-11-30\n").as_deref(), Some("2022-11-30"));
        assert_eq!(find_date("Title\nno date here\n"), None);
    }

    #[test]
    fn a_dateline_beats_a_date_inside_a_line() {
        let text = "Printed on: Sep 15, 2025 by the archive\nHeadline\n29 January 2025\n";
        assert_eq!(find_date(text).as_deref(), Some("2025-01-29"));
    }
}
