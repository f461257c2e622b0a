//! A blocking client, for programs without an async runtime: the same client (signing,
//! retries, credentials, decoding), driven by a private single-thread runtime.
//!
//! Do not call it from inside an async runtime (it would block that runtime's thread;
//! tokio refuses and panics): use [`crate::Client`] there.
//!
//! ```no_run
//! use tencent_action::tencent_action;
//! use tencent_action_client::{Credential, blocking};
//!
//! #[tencent_action(service = "cvm", version = "2017-03-12")]
//! pub struct DescribeInstancesStatus {
//!     pub total_count: i64,
//! }
//!
//! let client = blocking::Client::new(
//!     tencent_action_client::Client::builder().credential(Credential::new("AKID...", "...")).region("ap-guangzhou"),
//! )?;
//! let status = client.call::<DescribeInstancesStatus>(&serde_json::json!({"Limit": 1}))?;
//! println!("{}", status.total_count);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::{BuildError, CallOptions, ClientBuilder};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::sync::Arc;
use tencent_action::{Action, Error, Request, Response};

/// The blocking face of [`crate::Client`]; clones share its pool, budget and runtime.
#[derive(Clone, Debug)]
pub struct Client {
    client: crate::Client,
    runtime: Arc<tokio::runtime::Runtime>,
}

impl Client {
    /// Builds the client of `builder` with its own runtime (its connections live there).
    pub fn new(builder: ClientBuilder) -> Result<Self, BuildError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|error| {
                BuildError::new(format!(
                    "the blocking client's runtime could not start: {error}"
                ))
            })?;
        // The default transport's connections are tied to the runtime they open in.
        let client = {
            let _guard = runtime.enter();
            builder.build()?
        };
        Ok(Client {
            client,
            runtime: Arc::new(runtime),
        })
    }

    /// [`crate::Client::call`], blocking.
    pub fn call<A: Action + DeserializeOwned>(
        &self,
        body: &impl Serialize,
    ) -> Result<Response<A>, Error> {
        self.runtime.block_on(self.client.call::<A>(body))
    }

    /// [`crate::Client::call_with`], blocking.
    pub fn call_with<A: Action + DeserializeOwned>(
        &self,
        body: &impl Serialize,
        options: &CallOptions,
    ) -> Result<Response<A>, Error> {
        self.runtime
            .block_on(self.client.call_with::<A>(body, options))
    }

    /// [`crate::Client::send`], blocking.
    pub fn send<R: Request<Action: DeserializeOwned>>(
        &self,
        request: &R,
    ) -> Result<Response<R::Action>, Error> {
        self.runtime.block_on(self.client.send(request))
    }

    /// [`crate::Client::send_with`], blocking.
    pub fn send_with<R: Request<Action: DeserializeOwned>>(
        &self,
        request: &R,
        options: &CallOptions,
    ) -> Result<Response<R::Action>, Error> {
        self.runtime
            .block_on(self.client.send_with(request, options))
    }

    /// [`crate::Client::call_json`], blocking.
    ///
    /// ```no_run
    /// # fn run(client: tencent_action_client::blocking::Client) -> Result<(), tencent_action::Error> {
    /// let zones = client.call_json("cvm", "2017-03-12", "DescribeZones", &serde_json::json!({}))?;
    /// println!("{}", zones["TotalCount"]);
    /// # Ok(()) }
    /// ```
    pub fn call_json(
        &self,
        service: &str,
        version: &str,
        action: &str,
        body: &impl Serialize,
    ) -> Result<Response<serde_json::Value>, Error> {
        self.runtime
            .block_on(self.client.call_json(service, version, action, body))
    }

    /// [`crate::Client::call_json_with`], blocking.
    pub fn call_json_with(
        &self,
        service: &str,
        version: &str,
        action: &str,
        body: &impl Serialize,
        options: &CallOptions,
    ) -> Result<Response<serde_json::Value>, Error> {
        let call = self
            .client
            .call_json_with(service, version, action, body, options);
        self.runtime.block_on(call)
    }

    /// [`crate::Client::with_options`]: a copy whose calls use `options`.
    pub fn with_options(&self, options: CallOptions) -> Client {
        Client {
            client: self.client.with_options(options),
            runtime: self.runtime.clone(),
        }
    }

    /// The async client underneath.
    pub fn as_async(&self) -> &crate::Client {
        &self.client
    }
}
