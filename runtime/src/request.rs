use crate::Action;

/// The request of one action: its members as the API expects them on the wire, and the
/// action it asks for, so that sending it is typed end to end (the response type and its
/// error codes follow from [`Request::Action`]).
///
/// The code generator implements it for every `<Action>Request`; it can be written by
/// hand for any `Serialize` type whose members serialize with the API's wire names.
///
/// ```
/// use tencent_action::{Request, tencent_action};
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// pub struct DescribeInstancesStatus {
///     pub total_count: i64,
/// }
///
/// #[derive(serde::Serialize, Default)]
/// #[serde(rename_all = "PascalCase")]
/// pub struct DescribeInstancesStatusRequest {
///     #[serde(skip_serializing_if = "Option::is_none")]
///     pub limit: Option<i64>,
/// }
///
/// impl Request for DescribeInstancesStatusRequest {
///     type Action = DescribeInstancesStatus;
/// }
///
/// let body = serde_json::to_string(&DescribeInstancesStatusRequest { limit: Some(10) }).unwrap();
/// assert_eq!(body, r#"{"Limit":10}"#);
/// ```
pub trait Request: serde::Serialize {
    /// The action this request asks for.
    type Action: Action;

    /// Whether the action takes a `ClientToken` member: a request that carries one is
    /// idempotent (the server acts on a token once), so a client may send it again after
    /// a timeout. A client fills an empty token with a fresh one and reuses it on every
    /// attempt.
    const CLIENT_TOKEN: bool = false;
}
