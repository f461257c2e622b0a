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
//!     Err(error) => eprintln!("{error} (RequestId {:?})", error.request_id()),
//! }
//! # Ok(()) }
//! ```
//!
//! The pieces: [`ClientBuilder`] (endpoint rules, timeouts), [`credential`] (providers
//! and the default chain), [`retry`] (policy, backoff, budget), [`transport`] (the HTTP
//! trait and its reqwest implementation), [`sse`] (streamed answers).
#![forbid(unsafe_code)]

#[cfg(feature = "blocking")]
pub mod blocking;
mod builder;
mod client;
pub mod credential;
pub mod endpoint;
mod idempotency;
pub mod retry;
mod signing;
pub mod sse;
pub mod transport;

pub use builder::{BuildError, ClientBuilder};
pub use client::{CallOptions, Client};
pub use credential::Credential;
pub use endpoint::Endpoint;
pub use signing::{CONTENT_TYPE, REQUEST_CLIENT};
