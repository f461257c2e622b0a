//! The Tencent Cloud API 3.0 client: TC3-HMAC-SHA256 signing, an HTTP transport behind a
//! small trait, retries as data, credential providers, and the typed responses and errors
//! of [`tencent_action`].
//!
//! ```no_run
//! use tencent_action::tencent_action;
//! use tencent_action_client::{Client, Credential};
//!
//! #[tencent_action(service = "cvm", version = "2017-03-12")]
//! pub struct DescribeInstancesStatus {
//!     pub total_count: i64,
//! }
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::builder()
//!     .credential(Credential::new("AKID...", "..."))
//!     .region("ap-guangzhou")
//!     .build()?;
//! match client.call::<DescribeInstancesStatus>(&serde_json::json!({"Limit": 10})).await {
//!     Ok(status) => println!("{} instances", status.total_count),
//!     Err(error) => eprintln!("{error}"), // the RequestId is in the message when one came
//! }
//! # Ok(()) }
//! ```
//!
//! The pieces: [`ClientBuilder`] (endpoint rules, timeouts, the region and where it is
//! found), [`CallOptions`] (per-call settings, and [`Client::with_options`] for a copy
//! that uses them), [`credential`] (providers and the default chain), [`retry`] (policy,
//! backoff, budget), [`transport`] (the HTTP trait and its hyper and reqwest implementations),
//! [`sse`] (streamed answers), [`paging`] (every page or every item of a paged action),
//! [`waiter`] (polling until a resource is ready), [`interceptor`] (hooks on each
//! attempt), [`failover`] (a region breaker and alternative root domains, both off by
//! default), and [`Client::call_json`] for actions that have no generated type.
//!
//! Settings are named one way throughout: what only configures the thing it builds
//! ([`ClientBuilder`], [`CallOptions`], the credential providers) takes each setting by
//! its bare name (`region("ap-guangzhou")`); a value that is read back
//! ([`retry::RetryConfig`], [`retry::BudgetConfig`], [`Credential`], the transport's
//! `HttpRequest` and `HttpResponse`) takes it with `with_` and gives it back by the bare
//! name (`with_max_attempts(5)`, `max_attempts()`), as the built [`Client`] does
//! (`region()`).
//!
//! # Cargo features
//!
//! - `reqwest` (default): the default transports, hyper with rustls
//!   ([`transport::HyperTransport`]) and reqwest for a proxy in the environment
//!   ([`transport::ReqwestTransport`]). Without it, give
//!   the builder a [`transport::Transport`] of your own; the crate then builds without
//!   reqwest, hyper and rustls.
//! - `blocking`: `blocking::Client`, the same client for programs without an async
//!   runtime.
#![forbid(unsafe_code)]

mod answer;
#[cfg(feature = "blocking")]
pub mod blocking;
mod builder;
mod call;
mod client;
pub mod credential;
mod dirs;
pub mod endpoint;
pub mod failover;
mod idempotency;
pub mod interceptor;
mod options;
pub mod paging;
mod region;
pub mod retry;
mod signing;
pub mod sse;
mod state;
pub mod transport;
mod untyped;
pub mod waiter;

pub use builder::{BuildError, ClientBuilder};
pub use client::Client;
pub use credential::Credential;
pub use endpoint::Endpoint;
pub use interceptor::Interceptor;
pub use options::CallOptions;
pub use paging::{Items, Pages};
pub use signing::{CONTENT_TYPE, REQUEST_CLIENT};
pub use waiter::Waiter;
