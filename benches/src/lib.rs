//! The shared pieces of the decoding benchmarks: the inputs, the types they decode into,
//! every competing approach as a function of one signature, the check that they all agree,
//! and a counting allocator.
//!
//! Every approach is an [`Approach`]: `fn(&str) -> Outcome<A>`. The body is handed over as
//! text so that `from_str` can be timed without a UTF-8 check; the approaches that take
//! bytes (`from_slice`, every `serde_json::from_slice`) call `as_bytes()`, which is free.
//! Each returns the same [`Outcome`], a [`tencent_action::Response`] or a [`Failure`], so
//! that [`check()`] can compare them all before anything is timed.
//!
//! The numbering follows the benchmark's list of approaches:
//!
//! 1. this library: [`approach::library_slice`], [`approach::library_str`], and the same
//!    driven by [`approach::sonic`] and [`approach::simd`];
//! 2. the hand-written single pass, [`approach::hand_written`];
//! 3. the plain derive of the payload alone, [`approach::plain`] (and
//!    [`approach::plain_error`] on error bodies);
//! 4. two passes, as the official SDKs do: [`approach::two_pass`];
//! 5. `serde_json::Value` first: [`approach::value`];
//! 6. a generic envelope with `flatten` or `untagged`: [`approach::flatten`],
//!    [`approach::untagged`];
//! 7. the bare scan: [`approach::scan`].

pub mod alloc;
pub mod approach;
pub mod check;
pub mod inputs;
pub mod synthetic;
pub mod types;

pub use approach::{Approach, Case, Failure, Outcome};
pub use check::check;
pub use inputs::{Input, Suite};
