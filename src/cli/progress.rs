//! A one-line progress bar on standard error for long ingests: articles, rate,
//! share of the input read and time left. Drawn only when standard error is a
//! terminal; redrawn at most ten times a second. Lines printed through
//! `Progress::line` appear above the bar.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    enabled: bool,
    started: Instant,
    last_draw: Option<Instant>,
    total_bytes: u64,
    articles: usize,
    failed: usize,
    drawn: bool,
}

impl Progress {
    /// A bar for `total_bytes` of input (0 when unknown, e.g. standard input).
    /// `wanted` is false for `--quiet`; the bar is drawn only on a terminal.
    pub fn new(total_bytes: u64, wanted: bool) -> Progress {
        Progress {
            enabled: wanted && std::io::stderr().is_terminal(),
            started: Instant::now(),
            last_draw: None,
            total_bytes,
            articles: 0,
            failed: 0,
            drawn: false,
        }
    }

    pub fn article(&mut self, bytes_done: u64) {
        self.articles += 1;
        self.tick(bytes_done);
    }

    pub fn failure(&mut self, bytes_done: u64) {
        self.failed += 1;
        self.tick(bytes_done);
    }

    fn tick(&mut self, bytes_done: u64) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if self.last_draw.is_some_and(|t| now - t < Duration::from_millis(100)) {
            return;
        }
        self.last_draw = Some(now);
        self.draw(bytes_done);
    }

    fn draw(&mut self, bytes_done: u64) {
        let elapsed = self.started.elapsed().as_secs_f64().max(1e-3);
        let rate = self.articles as f64 / elapsed;
        let mut line = String::new();
        if self.total_bytes > 0 {
            let share = (bytes_done as f64 / self.total_bytes as f64).clamp(0.0, 1.0);
            let filled = (share * 24.0).round() as usize;
            line += &format!("[{}{}] {:>3.0}% ", "#".repeat(filled), ".".repeat(24 - filled), share * 100.0);
            if share > 0.0 && share < 1.0 {
                line += &format!(" {} left ", duration(elapsed * (1.0 - share) / share));
            }
        }
        line += &format!(" {} articles  {:.1}/s", self.articles, rate);
        if self.failed > 0 {
            line += &format!("  {} failed", self.failed);
        }
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[K{line}");
        let _ = err.flush();
        self.drawn = true;
    }

    /// Prints a line (an error, a verbose note) above the bar.
    pub fn line(&mut self, text: &str) {
        let mut err = std::io::stderr().lock();
        if self.drawn {
            let _ = write!(err, "\r\x1b[K");
            self.drawn = false;
            self.last_draw = None;
        }
        let _ = writeln!(err, "{text}");
    }

    /// Clears the bar.
    pub fn finish(&mut self) {
        if self.drawn {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
            self.drawn = false;
        }
    }
}

fn duration(seconds: f64) -> String {
    let s = seconds.round() as u64;
    if s >= 3600 {
        format!("{}h{:02}m", s / 3600, s % 3600 / 60)
    } else if s >= 60 {
        format!("{}m{:02}s", s / 60, s % 60)
    } else {
        format!("{s}s")
    }
}
