//! How much memory one query may take.
//!
//! A query's evaluation can need any amount of memory (an ORDER BY over a
//! cartesian product sorts billions of rows), and the evaluator has no limit
//! of its own. [`Counting`] is a global allocator that adds every allocation
//! made on a thread to the [`Budget`] the thread is working for, if any; once
//! the budget is spent, its cancellation token is cancelled, and the evaluator
//! stops with an error at its next read of the store (it checks the token
//! there), which frees what the query held.
//!
//! Not every part of the evaluator stops at the token: a transitive property
//! path (`?x (p|^p)* ?y`) closes its whole closure before it looks again; an
//! ORDER BY keeps pulling its input after the first error, gathering one error
//! per row of a cartesian product (each read of the store fails, and the read
//! goes on); a sort compares all it gathered. Work that really stops ends
//! within milliseconds of its stop and only frees memory on the way. A thread
//! whose work, once stopped, still allocates [`RUNAWAY_AFTER`] later, or has
//! allocated [`RUNAWAY_BYTES`] (at most its limit) more than it held at the
//! stop, is a *runaway*: the program's hook ([`on_runaway`]) decides what
//! becomes of it — the command line ends the process with the limit's
//! message, the server freezes the thread ([`freeze`]): it sleeps for the rest
//! of the process's life, holding what it had allocated but no processor and
//! nothing anyone waits for, and the server then starts itself again in the
//! same process to give that memory back (`serve::Ended::Restart`). So a
//! stopped query costs at most a quarter of a second of processor after its
//! stop, and the memory of the stop plus a few megabytes until the restart.
//!
//! The count is of bytes allocated minus bytes freed on the thread while it
//! works for the budget: memory freed by another thread (rare in a query) is
//! not taken back. Only a program that installs [`Counting`] as its global
//! allocator counts anything; `newsgraph`'s binary does.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use oxigraph::sparql::CancellationToken;

/// The system allocator, counting each thread's allocations into its budget.
pub struct Counting;

thread_local! {
    /// The budget the current thread is working for (null: none). A raw
    /// pointer with a constant initialiser: reading it never allocates.
    static CURRENT: Cell<*const Budget> = const { Cell::new(ptr::null()) };
}

fn charge(bytes: isize) {
    // `try_with`: during thread teardown the slot may be gone; nothing to count then.
    let _ = CURRENT.try_with(|current| {
        let budget = current.get();
        if !budget.is_null() {
            // SAFETY: a non-null pointer is set only by `Budget::enter`, whose
            // guard keeps the budget alive and clears the pointer when dropped.
            unsafe { &*budget }.add(bytes);
        }
    });
}

// SAFETY: every call is passed on to the system allocator unchanged; the
// counting touches only atomics and a thread-local cell, and never allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            charge(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            charge(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        charge(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, new_size) };
        if !q.is_null() {
            charge(new_size as isize - layout.size() as isize);
        }
        q
    }
}

/// How long stopped work may still allocate before it is a runaway: work
/// that stops at a read of the store has unwound long before.
pub const RUNAWAY_AFTER: Duration = Duration::from_millis(250);

/// How much more than it held at its stop stopped work may allocate before
/// it is a runaway (or its limit, if smaller).
pub const RUNAWAY_BYTES: usize = 16 << 20;

/// The time since the first call, in nanoseconds (never 0): a clock that fits
/// an atomic and never allocates.
fn clock() -> u64 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos() as u64 + 1
}

/// What a runaway thread does (see the module's documentation); none: it goes on.
static RUNAWAY: OnceLock<fn(&Budget)> = OnceLock::new();

/// Sets, once for the process, what a thread does when its stopped work goes
/// on (see the module's documentation). The hook runs on that thread,
/// inside an allocation: it may allocate, and it does not return (it ends the
/// process or calls [`freeze`]).
pub fn on_runaway(hook: fn(&Budget)) {
    let _ = RUNAWAY.set(hook);
}

/// Puts the current thread to sleep for good (a runaway's end in a process
/// that must go on).
pub fn freeze() -> ! {
    loop {
        std::thread::sleep(Duration::from_secs(1 << 30));
    }
}

/// What one piece of work (a query) may allocate, and the token to cancel
/// when it allocates more.
pub struct Budget {
    limit: isize,
    used: AtomicIsize,
    exceeded: AtomicBool,
    /// What was in use at the first allocation after the work was stopped (-1: not yet).
    stopped_at: AtomicIsize,
    /// When that was, by [`clock`] (0: not yet).
    stopped_when: AtomicU64,
    runaway: AtomicBool,
    token: CancellationToken,
    /// The time the work was given, if any: for the messages of its stop.
    timeout: Option<Duration>,
}

impl Budget {
    /// A budget of `limit` bytes that cancels `token` when spent.
    pub fn new(limit: usize, token: CancellationToken) -> Arc<Budget> {
        Budget::timed(limit, token, None)
    }

    /// As [`Budget::new`], for work that is also given `timeout` (which
    /// someone else watches; the budget only keeps it for messages).
    pub fn timed(limit: usize, token: CancellationToken, timeout: Option<Duration>) -> Arc<Budget> {
        Arc::new(Budget {
            limit: isize::try_from(limit).unwrap_or(isize::MAX),
            used: AtomicIsize::new(0),
            exceeded: AtomicBool::new(false),
            stopped_at: AtomicIsize::new(-1),
            stopped_when: AtomicU64::new(0),
            runaway: AtomicBool::new(false),
            token,
            timeout,
        })
    }

    fn add(&self, bytes: isize) {
        let used = self.used.fetch_add(bytes, Ordering::Relaxed) + bytes;
        if bytes > 0 && used > self.limit && !self.exceeded.swap(true, Ordering::Relaxed) {
            self.token.cancel();
        }
        if bytes > 0
            && self.token.is_cancelled()
            && self.went_on(used, clock())
            && !self.runaway.swap(true, Ordering::Relaxed)
        {
            if let Some(hook) = RUNAWAY.get() {
                hook(self);
            }
        }
    }

    /// Whether stopped work, allocating now (`used` bytes held at `now`), has
    /// gone on past its stop; the first allocation after the stop marks it.
    fn went_on(&self, used: isize, now: u64) -> bool {
        let stopped_at = self.stopped_at.load(Ordering::Relaxed);
        if stopped_at < 0 {
            self.stopped_at.store(used, Ordering::Relaxed);
            self.stopped_when.store(now, Ordering::Relaxed);
            return false;
        }
        let more = (RUNAWAY_BYTES as isize).min(self.limit);
        let since = now.saturating_sub(self.stopped_when.load(Ordering::Relaxed));
        used > stopped_at.saturating_add(more) || since > RUNAWAY_AFTER.as_nanos() as u64
    }

    /// Counts the current thread's allocations into this budget until the
    /// returned guard is dropped.
    pub fn enter(self: &Arc<Budget>) -> Entered {
        let previous = CURRENT.with(|c| c.replace(Arc::as_ptr(self)));
        Entered { _budget: self.clone(), previous }
    }

    /// Whether more than the limit was allocated at some point.
    pub fn exceeded(&self) -> bool {
        self.exceeded.load(Ordering::Relaxed)
    }

    /// Whether the work went on after it was stopped (and its thread was
    /// handed to the runaway hook).
    pub fn runaway(&self) -> bool {
        self.runaway.load(Ordering::Relaxed)
    }

    /// The bytes the work holds now.
    pub fn used(&self) -> usize {
        self.used.load(Ordering::Relaxed).max(0) as usize
    }

    /// The limit in bytes.
    pub fn limit(&self) -> usize {
        self.limit as usize
    }

    /// The time the work was given, if any.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
    }
}

/// The current thread counts into a budget while this lives.
pub struct Entered {
    _budget: Arc<Budget>,
    previous: *const Budget,
}

impl Drop for Entered {
    fn drop(&mut self) {
        // The slot is cleared before `_budget` (and maybe the budget) is dropped.
        CURRENT.with(|c| c.set(self.previous));
    }
}

/// Whether the current thread works for a budget whose work was cancelled
/// (by the budget or by a timeout on the same token). The evaluator can panic
/// while it stops (an ORDER BY whose comparisons start failing halfway
/// through a sort breaks the sort's order); the binary's panic hook keeps
/// quiet then, and the caller reports the limit instead.
pub fn stopping() -> bool {
    CURRENT
        .try_with(|current| {
            let budget = current.get();
            // SAFETY: as in `charge`.
            !budget.is_null() && unsafe { &*budget }.token.is_cancelled()
        })
        .unwrap_or(false)
}

/// `bytes` as whole mebibytes, for messages.
pub fn mib(bytes: usize) -> usize {
    bytes >> 20
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spent_budget_cancels_its_token() {
        let token = CancellationToken::new();
        let budget = Budget::new(1000, token.clone());
        budget.add(600);
        assert!(!token.is_cancelled());
        budget.add(-500);
        budget.add(600);
        assert!(!token.is_cancelled(), "700 bytes held of 1000");
        budget.add(400);
        assert!(token.is_cancelled() && budget.exceeded());
    }

    #[test]
    fn a_runaway_is_work_that_goes_on_allocating_after_it_was_stopped() {
        let token = CancellationToken::new();
        let budget = Budget::new(1000, token.clone());
        budget.add(1500);
        assert!(budget.exceeded() && !budget.runaway(), "stopped, and may still free what it holds");
        budget.add(-1400);
        budget.add(900);
        assert!(!budget.runaway(), "freeing, then allocating again less than it held when stopped");
        budget.add(1400);
        assert!(
            !budget.runaway(),
            "2,400 bytes: not yet the limit (under 16 MiB) again on top of the 1,500 it held when stopped"
        );
        budget.add(200);
        assert!(budget.runaway(), "2,600 bytes");

        let token = CancellationToken::new();
        let budget = Budget::new(1000, token.clone());
        budget.add(400);
        token.cancel(); // a timeout
        budget.add(100);
        budget.add(900);
        assert!(budget.exceeded() && !budget.runaway());
        budget.add(200);
        assert!(budget.runaway());
    }

    #[test]
    fn stopped_work_that_still_allocates_a_quarter_second_later_went_on() {
        let ms = |m: u64| m * 1_000_000;
        let budget = Budget::new(1 << 30, CancellationToken::new());
        assert!(!budget.went_on(100, ms(1000)), "the first allocation after the stop marks it");
        assert!(!budget.went_on(5_000_000, ms(1200)), "unwinding: a little more, soon after");
        assert!(budget.went_on(200, ms(1300)), "still allocating 300 ms after the stop");

        let budget = Budget::new(1 << 30, CancellationToken::new());
        assert!(!budget.went_on(1 << 20, ms(0)));
        assert!(
            budget.went_on((1 << 20) + RUNAWAY_BYTES as isize + 1, ms(10)),
            "16 MiB more than at the stop, at once"
        );
    }
}
