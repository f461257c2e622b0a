//! A counting global allocator, for allocations per decode. A binary opts in with
//! `#[global_allocator] static ALLOCATOR: Counting = Counting;`; the timing benchmarks do
//! not, so that counting costs them nothing.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicU64, Ordering};

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

/// The system allocator, counting every allocation and reallocation (a `Vec` growing is
/// one more) and the bytes asked for.
pub struct Counting;

// A `GlobalAlloc` can only be implemented unsafely. This one adds two relaxed counters
// and otherwise forwards every call unchanged to `System`, so it upholds `System`'s
// contract.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
        // SAFETY: the caller's guarantees for `alloc` are passed on as they are.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(layout.size() as u64, Ordering::Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` through this allocator, with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        BYTES.fetch_add(
            new_size.saturating_sub(layout.size()) as u64,
            Ordering::Relaxed,
        );
        // SAFETY: as for `dealloc`, and `new_size` is the caller's, unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Allocations made while a closure ran.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Allocations and reallocations.
    pub allocations: u64,
    /// Bytes asked for (by reallocations, only the growth).
    pub bytes: u64,
}

/// Runs `f` and counts what it allocated; what it returns is dropped after the count.
/// Counts are zero unless the binary installed [`Counting`] as its global allocator.
pub fn count<R>(f: impl FnOnce() -> R) -> (R, Counts) {
    let (allocations, bytes) = (
        ALLOCATIONS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    let result = f();
    let counts = Counts {
        allocations: ALLOCATIONS.load(Ordering::Relaxed) - allocations,
        bytes: BYTES.load(Ordering::Relaxed) - bytes,
    };
    (result, counts)
}
