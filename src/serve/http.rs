//! Small pieces the handlers share: error answers, running a query on a
//! blocking thread under the timeout, the log line's time stamp.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use oxigraph::sparql::CancellationToken;
use tokio::sync::oneshot::error::TryRecvError;

use crate::memory::{self, Budget};

use super::AppState;

/// A request that cannot be answered: the status and a message for people.
#[derive(Debug)]
pub struct Failure {
    pub status: StatusCode,
    pub message: String,
}

impl Failure {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Failure {
        Failure { status, message: message.into() }
    }

    pub fn bad_request(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::BAD_REQUEST, message)
    }

    pub fn internal(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }

    pub fn busy(workers: usize, timeout: Duration) -> Failure {
        Failure::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "all {workers} query workers stayed busy for {} s, the query's time limit; try again later (newsgraph serve --workers N, --timeout SECONDS)",
                timeout.as_secs_f64()
            ),
        )
    }

    pub fn out_of_memory(limit: usize) -> Failure {
        Failure::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "the query needed more than {} MiB of memory and was stopped (newsgraph serve --max-query-memory MIB)",
                memory::mib(limit)
            ),
        )
    }

    pub fn timed_out(timeout: Duration) -> Failure {
        Failure::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "the query ran longer than {} s and was stopped (newsgraph serve --timeout SECONDS)",
                timeout.as_secs_f64()
            ),
        )
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let mut body = self.message;
        body.push('\n');
        (self.status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
    }
}

/// Runs `job` on a thread of its own once one of the server's query permits
/// is free. The timeout counts from the request's arrival: a request still
/// waiting for a permit when it ends gets 503 without running. After the
/// timeout, or once the job has allocated more than the memory limit, the
/// job's cancellation token is cancelled (the evaluation then stops at its
/// next read of the store) and the client gets 503; the permit stays taken
/// until the job has really ended, so stopped queries cannot pile up, or
/// until its thread is frozen as a runaway (see `memory`). Not tokio's
/// blocking pool: frozen threads would take its places for good.
pub async fn blocking<T, F>(shared: &AppState, job: F) -> Result<T, Failure>
where
    F: FnOnce(CancellationToken) -> Result<T, Failure> + Send + 'static,
    T: Send + 'static,
{
    let timeout = shared.config.timeout;
    let deadline = tokio::time::Instant::now() + timeout;
    let permit = match tokio::time::timeout_at(deadline, shared.permits.clone().acquire_owned()).await {
        Ok(Ok(permit)) => permit,
        Ok(Err(_)) => return Err(Failure::new(StatusCode::SERVICE_UNAVAILABLE, "the server is stopping")),
        Err(_) => return Err(Failure::busy(shared.config.workers, timeout)),
    };
    let token = CancellationToken::new();
    let budget = Budget::new(shared.config.max_query_memory, token.clone());
    let job_token = token.clone();
    let job_budget = budget.clone();
    let (done, mut answer) = tokio::sync::oneshot::channel();
    let spawned =
        std::thread::Builder::new().name("newsgraph-query".into()).stack_size(super::QUERY_STACK).spawn(move || {
            let _counted = job_budget.enter();
            let _ = done.send(std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(job_token))));
        });
    if let Err(e) = spawned {
        return Err(Failure::new(StatusCode::SERVICE_UNAVAILABLE, format!("no thread for the query: {e}")));
    }
    // The answer goes out as soon as the job ends, the timeout passes or the
    // budget is spent (looked at every few milliseconds: the allocator cannot
    // wake anyone).
    let early = loop {
        let next_look = (tokio::time::Instant::now() + BUDGET_LOOK).min(deadline);
        match tokio::time::timeout_at(next_look, &mut answer).await {
            Ok(_) if budget.exceeded() => return Err(Failure::out_of_memory(budget.limit())),
            Ok(Ok(Ok(result))) => return result,
            Ok(_) => return Err(Failure::internal("the query stopped unexpectedly")),
            Err(_) if budget.exceeded() => break Failure::out_of_memory(budget.limit()),
            Err(_) if next_look >= deadline => {
                token.cancel();
                break Failure::timed_out(timeout);
            }
            Err(_) => (),
        }
    };
    // A stopped job may take a while to unwind: its permit stays taken until
    // it has, or until its thread is frozen for going on allocating (see
    // `memory`; it holds no processor then).
    let shared = shared.clone();
    tokio::spawn(async move {
        while matches!(answer.try_recv(), Err(TryRecvError::Empty)) && !budget.runaway() {
            tokio::time::sleep(BUDGET_LOOK).await;
        }
        drop(permit);
        if budget.runaway() {
            (shared.log)(&format!(
                "{} a stopped query went on working: its thread is frozen, holding {} MiB until the server restarts",
                timestamp(),
                memory::mib(budget.used())
            ));
            shared.restart.notify_one();
        }
    });
    Err(early)
}

/// How often a running job's memory budget is looked at.
const BUDGET_LOOK: Duration = Duration::from_millis(20);

/// `text` on one line (runs of white space become one space), cut at `max` characters.
pub fn one_line(text: &str, max: usize) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() <= max {
        return joined;
    }
    let mut cut: String = joined.chars().take(max).collect();
    cut.push('…');
    cut
}

/// The current time as `2025-01-29T10:04:05.123Z` (UTC), for log lines. The
/// milliseconds let a reader time what the log tells (a watched file stored,
/// a request answered) against the moment a file was written.
pub fn timestamp() -> String {
    format_time(SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default())
}

fn format_time(since_epoch: Duration) -> String {
    let secs = since_epoch.as_secs();
    let (days, rest) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days as i64);
    let millis = since_epoch.subsec_millis();
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_117), (2025, 1, 29));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn log_times_have_milliseconds() {
        assert_eq!(format_time(Duration::from_millis(1_738_145_045_007)), "2025-01-29T10:04:05.007Z");
        assert_eq!(format_time(Duration::ZERO), "1970-01-01T00:00:00.000Z");
    }

    #[test]
    fn one_line_cuts() {
        assert_eq!(one_line("SELECT *\n  WHERE {}", 100), "SELECT * WHERE {}");
        assert_eq!(one_line("abcdef", 3), "abc…");
    }
}
