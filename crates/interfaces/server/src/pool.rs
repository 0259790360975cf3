//! A small pool of store connections.
//!
//! rusqlite connections are `Send` but not `Sync`, so each request borrows a
//! [`Store`] of its own for the length of one blocking task and gives it
//! back afterwards. Opening a connection costs a few hundred microseconds
//! (pragmas, version check), so idle ones are kept, up to a bound; under a
//! burst beyond it extra connections are opened and closed again. SQLite in
//! WAL mode lets all of them read while one writes.

use std::ops::{Deref, DerefMut};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use sitrep_store::{Store, StoreError};

pub(crate) struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    max_idle: usize,
}

impl Pool {
    pub(crate) fn new(first: Store, max_idle: usize) -> Arc<Pool> {
        let path = first.path().to_path_buf();
        Arc::new(Pool { path, idle: Mutex::new(vec![first]), max_idle: max_idle.max(1) })
    }

    /// A connection: an idle one, or a new one.
    pub(crate) fn get(self: &Arc<Self>) -> Result<Pooled, StoreError> {
        let reused = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let store = match reused {
            Some(s) => s,
            None => Store::open(&self.path)?,
        };
        Ok(Pooled { store: Some(store), pool: Arc::clone(self) })
    }
}

/// A borrowed connection; returns to the pool when dropped.
pub(crate) struct Pooled {
    store: Option<Store>,
    pool: Arc<Pool>,
}

impl Deref for Pooled {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store.as_ref().expect("a pooled store is present until drop")
    }
}

impl DerefMut for Pooled {
    fn deref_mut(&mut self) -> &mut Store {
        self.store.as_mut().expect("a pooled store is present until drop")
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        if let Some(store) = self.store.take() {
            // A connection dropped by a panic may be inside a transaction:
            // close it rather than hand it to the next request.
            if std::thread::panicking() {
                return;
            }
            let mut idle = self.pool.idle.lock().unwrap_or_else(|p| p.into_inner());
            if idle.len() < self.pool.max_idle {
                idle.push(store);
            }
        }
    }
}
