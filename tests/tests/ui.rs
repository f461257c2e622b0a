//! The macro's compile errors, each at the token it is about, pinned as `.stderr`
//! snapshots of `ui/*.rs`. Compiling every case takes longer than the rest of the suite,
//! so `cargo test` leaves it out and CI runs it:
//! `cargo test -p tencent-action-tests --test ui -- --ignored`. The snapshots are the
//! toolchain's rendering: after a compiler upgrade, the same with `TENCENT_ACTION_BLESS=1`
//! rewrites them; review the diff.

use std::process::Command;

#[test]
#[ignore = "compiles every case with rustc; CI runs it (`-- --ignored`)"]
fn ui() {
    if std::env::var_os("TENCENT_ACTION_BLESS").is_some() && std::env::var_os("TRYBUILD").is_none()
    {
        // trybuild reads only its own variable, and setting one in this process would be
        // `unsafe`: the test runs again, in a process that has it.
        let status = Command::new(std::env::current_exe().expect("the test binary's path"))
            .args(["ui", "--exact", "--ignored"])
            .env("TRYBUILD", "overwrite")
            .status()
            .expect("the test binary runs");
        assert!(status.success(), "the snapshots could not be rewritten");
        return;
    }
    trybuild::TestCases::new().compile_fail("ui/*.rs");
}
