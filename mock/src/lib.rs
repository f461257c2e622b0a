//! A local Tencent Cloud: an HTTP server that speaks Tencent Cloud API 3.0 on loopback,
//! built from the specs Tencent publishes (`api.json`, `examples.json`, `errors.json`).
//!
//! It checks requests the way the real servers do (the TC3-HMAC-SHA256 signature, the
//! timestamp, the token of temporary credentials, the action, the version, and every
//! parameter against the action's input struct), answers with the action's
//! documentation example or a response made from its output struct (every list that
//! pages, page by page from N made-up items, with [`MockBuilder::items`]), and plays
//! faults on demand: latency, throttling, `InternalError`, gateway pages, connections
//! closed before any byte or in the middle of a body, malformed bodies.
//!
//! Tests in any language drive it over HTTP through its admin API under `/_mock/`
//! (health, the record of requests, faults, answers, reset; JSON in and out), and from
//! Rust through the same operations on [`MockServer`].
//!
//! ```
//! use tencent_action_mock::{Catalog, Fault, FaultRule, MockServer, Reply};
//! use tencent_action_mock::caller::{Caller, SignedCall, unix_now};
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let mut catalog = Catalog::new();
//! catalog.add(r#"{
//!     "metadata": {"serviceShortName": "demo", "apiVersion": "2024-01-01"},
//!     "actions": {"Hello": {"input": "HelloRequest", "output": "HelloResponse"}},
//!     "objects": {
//!         "HelloRequest": {"members": [{"name": "Name", "type": "string", "member": "string", "required": true}]},
//!         "HelloResponse": {"members": [{"name": "Greeting", "type": "string", "member": "string"}]}
//!     }
//! }"#, None, None)?;
//! let mock = MockServer::builder()
//!     .catalog(catalog)
//!     .credential("AKIDEXAMPLE", "secret-key")
//!     .start()
//!     .await?;
//! mock.handle("Hello", |call| {
//!     let name = call.params["Name"].as_str().unwrap_or("");
//!     Reply::Success(serde_json::json!({"Greeting": format!("Hello, {name}")}))
//! });
//! mock.fault(FaultRule::new(Fault::Throttle).action("Hello").next(1));
//!
//! let mut caller = Caller::connect(mock.addr()).await?;
//! let call = SignedCall {
//!     service: "demo", version: "2024-01-01", action: "Hello", body: br#"{"Name": "Ada"}"#,
//!     secret_id: "AKIDEXAMPLE", secret_key: "secret-key", token: None, timestamp: unix_now(),
//! };
//! let throttled = caller.call(&call).await?;
//! assert!(throttled.text().contains("RequestLimitExceeded"));
//! let answered = caller.call(&call).await?;
//! assert!(answered.text().contains("Hello, Ada"));
//!
//! let seen = mock.requests();
//! assert_eq!(seen.len(), 2);
//! assert!(seen.iter().all(|request| request.signature_valid));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! # }).unwrap();
//! ```
#![forbid(unsafe_code)]

mod admin;
mod admin_input;
mod answer;
mod answer_rules;
mod body;
pub mod caller;
mod catalog;
mod check;
mod distinct;
mod errors;
mod fault_syntax;
mod faults;
mod pages;
mod query;
mod received;
mod request_log;
mod schema;
mod server;

pub use admin_input::{InputError, answer_from_json, answers_from_json};
pub use answer::{CallInfo, Handler, Reply, default_answer};
pub use answer_rules::AnswerRule;
pub use catalog::{Catalog, CatalogError, ServiceVersion};
pub use check::{
    AcceptedCredential, Call, Checked, Incoming, MAX_CLOCK_SKEW, UNSIGNED_ACTIONS, check,
};
pub use errors::ErrorReply;
pub use fault_syntax::FaultSyntaxError;
pub use faults::{Fault, FaultRule, Times};
pub use received::ReceivedRequest;
pub use schema::{Strictness, Violation, check_request, fits_output, generate_object};
pub use server::{MAX_BODY, MockBuilder, MockServer, REQUEST_ID_HEADER, StartError};

/// A request body that passes the checks of `service`'s `action` (its required members,
/// each with a value of its type), or `None` if the catalog lacks the action.
pub fn sample_request(
    catalog: &Catalog,
    service: &str,
    version: &str,
    action: &str,
) -> Option<serde_json::Map<String, serde_json::Value>> {
    let spec = &catalog.service(service)?.get(version)?.spec;
    match spec.actions.get(action)?.input.as_deref() {
        Some(input) => Some(generate_object(spec, input, true)),
        None => Some(serde_json::Map::new()),
    }
}
