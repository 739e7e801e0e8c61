//! What the server keeps beside the store for its page: the search's names and
//! the analysed graph (the network, its communities, PageRank), made from one
//! read of the store (`Network::load`, which takes the analyses' graph cache
//! when it is of the store's present generation). The first is made before the
//! server accepts requests; after a restart for a runaway query, while it
//! already accepts them: the clients waiting in the listener's backlog get
//! their SPARQL answers and counts at once, and the requests that need the
//! view (search, entity pages, paths, the picture) wait for it. It is made again after
//! writes by a thread of its own: at most once a second, and never for more
//! than half of the time (a read at a million triples costs about a second
//! when the cache is out of date). Requests go on with the view before until
//! the new one is swapped in whole.

use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::analysis::Analysed;
use super::api::{self, Name};
use super::http::timestamp;
use super::AppState;
use crate::analysis::{Network, Scope};
use crate::error::Result;
use crate::store::{Generation, GraphStore};

/// Shortest time between the starts of two refreshes.
const MIN_GAP: Duration = Duration::from_secs(1);

/// One view of the store.
pub struct View {
    /// The store generation it was made from.
    pub generation: Generation,
    /// Every label and alias of every entity.
    pub names: Vec<Name>,
    pub analysed: Analysed,
}

impl View {
    /// Reads the store (or its graph cache) into a view.
    pub fn make(store: &GraphStore) -> Result<View> {
        let generation = store.generation()?;
        let net = Network::load(store, &Scope::default())?;
        Ok(View { generation, names: api::names(&net), analysed: Analysed::of(net) })
    }
}

/// The view of the moment (none before the first is made), and the
/// refresher's state.
pub struct Views {
    current: tokio::sync::watch::Sender<Option<Arc<View>>>,
    state: Mutex<State>,
    wake: Condvar,
}

#[derive(Default)]
struct State {
    /// A write happened since the last refresh started.
    stale: bool,
    stop: bool,
}

impl Views {
    /// No view yet: see [`Views::first`].
    pub fn new() -> Views {
        Views { current: tokio::sync::watch::Sender::new(None), state: Mutex::default(), wake: Condvar::new() }
    }

    /// The view requests read now; before the first one is made, waits for it.
    pub async fn current(&self) -> Arc<View> {
        let mut made = self.current.subscribe();
        let view = made.wait_for(Option::is_some).await.map(|v| v.clone());
        // The sender lives as long as `self`, so the wait cannot fail.
        view.ok().flatten().expect("a view, once one is made")
    }

    /// The view of the moment, if one was made yet.
    fn latest(&self) -> Option<Arc<View>> {
        self.current.borrow().clone()
    }

    /// The first view, unless the refresher already made a newer one.
    pub fn first(&self, view: View) {
        self.current.send_if_modified(|now| {
            let first = now.is_none();
            if first {
                *now = Some(Arc::new(view));
            }
            first
        });
    }

    fn replace(&self, view: View) {
        self.current.send_replace(Some(Arc::new(view)));
    }

    /// After a write: the refresher makes a new view soon. Returns at once.
    pub fn mark_stale(&self) {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).stale = true;
        self.wake.notify_all();
    }

    fn stop(&self) {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).stop = true;
        self.wake.notify_all();
    }

    /// Waits until the view is stale (true) or the server stops (false).
    fn wait_until_stale(&self) -> bool {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        while !state.stale && !state.stop {
            state = self.wake.wait(state).unwrap_or_else(PoisonError::into_inner);
        }
        state.stale = false;
        !state.stop
    }

    /// Sleeps for `pause` unless the server stops meanwhile (false).
    fn pause(&self, pause: Duration) -> bool {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let (state, _) =
            self.wake.wait_timeout_while(state, pause, |s| !s.stop).unwrap_or_else(PoisonError::into_inner);
        !state.stop
    }
}

/// The refreshing thread, and how to stop it.
pub struct Refreshing {
    shared: AppState,
    thread: std::thread::JoinHandle<()>,
}

impl Refreshing {
    /// Asks the thread to stop (after the refresh it is making) and waits for it.
    pub async fn stop(self) {
        self.shared.views.stop();
        let _ = tokio::task::spawn_blocking(move || self.thread.join()).await;
    }
}

/// Starts the thread that makes a new view after writes.
pub fn refresh(shared: AppState) -> Refreshing {
    let state = shared.clone();
    let thread = std::thread::spawn(move || {
        let views = &state.views;
        let mut last: Option<(Instant, Duration)> = None;
        loop {
            // Wait for a write, then for the gap since the last refresh began:
            // a second, or as long as that refresh took if longer.
            if let Some((began, took)) = last {
                if !views.pause(MIN_GAP.max(took).saturating_sub(began.elapsed())) {
                    return;
                }
            }
            if !views.wait_until_stale() {
                return;
            }
            // A write that changed nothing (a watched file offered again) needs no new view.
            if state.store.generation().ok() == views.latest().map(|v| v.generation) {
                continue;
            }
            let began = Instant::now();
            match View::make(&state.store) {
                Ok(view) => views.replace(view),
                // Requests keep the view before; the next write tries again.
                Err(e) => {
                    (state.log)(&format!("{} refreshing the page's view failed: {}", timestamp(), e.with_causes()))
                }
            }
            last = Some((began, began.elapsed()));
        }
    });
    Refreshing { shared, thread }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Access;

    #[tokio::test]
    async fn requests_wait_for_the_first_view_and_a_newer_one_is_never_replaced_by_it() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = GraphStore::open(&dir.path().join("db"), Access::Write).unwrap_or_else(|e| panic!("{e}"));
        let make = || View::make(&store).unwrap_or_else(|e| panic!("{e}"));
        let views = Arc::new(Views::new());
        let waiting = tokio::spawn({
            let views = views.clone();
            async move { views.current().await }
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!waiting.is_finished(), "answered without a view");
        assert!(views.latest().is_none());
        views.first(make());
        let got = tokio::time::timeout(Duration::from_secs(5), waiting).await;
        let got = got.unwrap_or_else(|e| panic!("{e}")).unwrap_or_else(|e| panic!("{e}"));
        assert!(views.latest().is_some_and(|v| Arc::ptr_eq(&v, &got)));

        // A refresh made before the slow first view ended stays.
        let later = Views::new();
        later.replace(make());
        let refreshed = later.latest();
        later.first(make());
        assert!(matches!((later.latest(), refreshed), (Some(a), Some(b)) if Arc::ptr_eq(&a, &b)));
    }
}
