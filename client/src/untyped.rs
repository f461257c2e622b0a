//! Calls of actions that have no generated type, named at run time: the official SDKs'
//! common client. Everything but the decoding is the typed calls' own path.

use crate::answer::read_json;
use crate::transport::HttpResponse;
use crate::{CallOptions, Client, idempotency};
use serde::{Deserialize, Serialize};
use tencent_action::{Action, Code, ConstructionError, ConstructionErrorKind, Error, Response};
use tencent_action_names::{is_action, is_service, is_version};

/// The payload of any action: every member of the `Response` object but its `RequestId`
/// and `Error`, which the runtime's decoder takes out as it does for a typed action.
#[derive(Deserialize)]
#[serde(transparent)]
struct Untyped(serde_json::Value);

/// The names are the call's, known only at run time: a decode error is renamed after
/// the action it read (see [`read_untyped`]).
impl Action for Untyped {
    const NAME: &'static str = "untyped";
    const SERVICE: &'static str = "";
    const VERSION: &'static str = "";
    type ErrorCode = Code;
}

impl Client {
    /// Calls any action by its names, with `body` as its request's JSON members, and
    /// gives back its answer as JSON: for actions that have no generated type (a tool
    /// like tccli, an action newer than the crates). Signed, retried and decoded as
    /// [`call`](Self::call) does: the RequestId is the [`Response`]'s and not in the
    /// value, the server's error is an [`Error::Api`] with its code, message, RequestId
    /// and category, so that throttling and transient codes are retried as for typed
    /// calls; a body that carries a non-empty `ClientToken` is idempotent.
    ///
    /// An empty `service` or `action`, a service that is not a short name (`cvm`), an
    /// action that is not one (`DescribeInstances`) or a `version` that is not a date
    /// `YYYY-MM-DD` is a [`Error::Construction`] naming which, and nothing is sent.
    ///
    /// ```no_run
    /// use tencent_action_client::{Client, Credential};
    ///
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// let client = Client::builder()
    ///     .credential(Credential::new("AKID...", "..."))
    ///     .region("ap-guangzhou")
    ///     .build()?;
    /// let body = serde_json::json!({"Limit": 10});
    /// let answer = client.call_json("cvm", "2017-03-12", "DescribeInstances", &body).await?;
    /// println!("{} instances (RequestId {:?})", answer["TotalCount"], answer.request_id());
    /// # Ok(()) }
    /// ```
    pub async fn call_json(
        &self,
        service: &str,
        version: &str,
        action: &str,
        body: &impl Serialize,
    ) -> Result<Response<serde_json::Value>, Error> {
        self.call_json_with(service, version, action, body, &CallOptions::default())
            .await
    }

    /// [`call_json`](Self::call_json) with per-call settings, over this client's own
    /// (see [`CallOptions`] for how they combine).
    ///
    /// ```no_run
    /// use tencent_action_client::{CallOptions, Client};
    ///
    /// # async fn run(client: Client) -> Result<(), tencent_action::Error> {
    /// let shanghai = CallOptions::new().region("ap-shanghai");
    /// let zones = client
    ///     .call_json_with("cvm", "2017-03-12", "DescribeZones", &serde_json::json!({}), &shanghai)
    ///     .await?;
    /// println!("{}", zones["TotalCount"]);
    /// # Ok(()) }
    /// ```
    pub async fn call_json_with(
        &self,
        service: &str,
        version: &str,
        action: &str,
        body: &impl Serialize,
        options: &CallOptions,
    ) -> Result<Response<serde_json::Value>, Error> {
        check_names(service, version, action)?;
        let body = idempotency::to_body(body)?;
        let token = idempotency::carries_client_token(&body);
        let call = self.call_named([service, version, action], options, body, token);
        self.execute(call, |response| read_untyped(response, action))
            .await
    }
}

/// Reads a JSON answer of `action` as [`read_json`] reads a typed one.
async fn read_untyped(
    response: HttpResponse,
    action: &str,
) -> Result<Response<serde_json::Value>, Error> {
    match read_json::<Untyped>(response).await {
        Ok(response) => {
            let (Untyped(value), request_id) = response.into_parts();
            Ok(Response::new(value, request_id.unwrap_or_default()))
        }
        Err(Error::Decode(error)) => Err(error.with_action(action.to_owned()).into()),
        Err(error) => Err(error),
    }
}

/// Whether the names can make a request: they go into the host name and headers.
fn check_names(service: &str, version: &str, action: &str) -> Result<(), Error> {
    let problem = if service.is_empty() {
        "the service is empty".to_owned()
    } else if !is_service(service) {
        format!("the service {service:?} is not a short name like \"cvm\"")
    } else if version.is_empty() {
        "the version is empty".to_owned()
    } else if !is_version(version) {
        format!("the version {version:?} is not a date YYYY-MM-DD")
    } else if action.is_empty() {
        "the action is empty".to_owned()
    } else if !is_action(action) {
        format!("the action {action:?} is not an action's name like \"DescribeInstances\"")
    } else {
        return Ok(());
    };
    Err(ConstructionError::new(ConstructionErrorKind::Request, problem).into())
}

#[cfg(test)]
mod tests {
    use super::check_names;

    #[test]
    fn names_are_checked_in_order_and_named() {
        let message = |service, version, action| {
            check_names(service, version, action)
                .err()
                .map(|error| error.to_string())
        };
        assert_eq!(message("cvm", "2017-03-12", "DescribeZones"), None);
        for (service, version, action, says) in [
            ("", "2017-03-12", "DescribeZones", "the service is empty"),
            (
                "c vm",
                "2017-03-12",
                "DescribeZones",
                "the service \"c vm\"",
            ),
            (
                "cvm.evil",
                "2017-03-12",
                "DescribeZones",
                "the service \"cvm.evil\"",
            ),
            ("cvm", "", "DescribeZones", "the version is empty"),
            (
                "cvm",
                "2017-3-12",
                "DescribeZones",
                "the version \"2017-3-12\"",
            ),
            ("cvm", "2017-03-12", "", "the action is empty"),
            (
                "cvm",
                "2017-03-12",
                "Describe\nZones",
                "the action \"Describe\\nZones\"",
            ),
        ] {
            let shown = message(service, version, action).expect(says);
            assert!(shown.contains(says), "{shown:?} does not say {says:?}");
        }
    }
}
