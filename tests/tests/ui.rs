//! The macro's compile errors, each at the token it is about, pinned as `.stderr`
//! snapshots. The snapshots are the toolchain's rendering: regenerate them with
//! `TRYBUILD=overwrite cargo test -p tencent-action-tests --test ui` after a compiler
//! upgrade, and review the diff.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
