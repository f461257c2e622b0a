//! Criterion benches of the client (written below).
fn main() {}
