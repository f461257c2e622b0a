//! The JSON entry points: one pass over the body on the way to success or to the
//! server's error; a cold second look only after that pass has failed.

use crate::de::{EnvelopeSeed, Outcome, Seen};
use crate::explain::{Input, explain};
use crate::{Action, Error, Response};
use serde::Deserialize;
use serde::de::DeserializeSeed;

/// Decodes a response body of action `A`.
///
/// The body is read once: the payload, the RequestId and an `Error`, in any key order.
/// `Ok` holds the payload and the RequestId; [`Error::Api`] the server's error, whatever
/// else the `Response` object holds; [`Error::Decode`] says what is wrong with any other
/// body, and where.
///
/// It accepts every body that `serde_json::from_slice` accepts for the same types,
/// invalid UTF-8 inside skipped values included; a body that is valid UTF-8 (nearly every
/// body) takes a faster path that checks it once instead of string by string.
///
/// ```
/// use tencent_action::tencent_action;
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// pub struct DescribeInstancesStatus {
///     pub total_count: i64,
///     pub instance_status_set: Vec<InstanceStatus>,
/// }
///
/// #[derive(serde::Deserialize, serde::Serialize)]
/// #[serde(rename_all = "PascalCase")]
/// pub struct InstanceStatus {
///     pub instance_id: String,
///     pub instance_state: String,
/// }
///
/// let body = br#"{"Response": {"TotalCount": 1, "RequestId": "6ef60bec",
///     "InstanceStatusSet": [{"InstanceId": "ins-r8hr2upy", "InstanceState": "RUNNING"}]}}"#;
/// let response = tencent_action::from_slice::<DescribeInstancesStatus>(body)?;
/// assert_eq!(response.instance_status_set[0].instance_state, "RUNNING");
/// assert_eq!(response.request_id(), Some("6ef60bec"));
/// # Ok::<(), tencent_action::Error>(())
/// ```
pub fn from_slice<'de, A>(body: &'de [u8]) -> Result<Response<A>, Error>
where
    A: Action + Deserialize<'de>,
{
    match std::str::from_utf8(body) {
        Ok(text) => from_str(text),
        Err(_) => decode::<A, _>(
            serde_json::Deserializer::from_slice(body),
            Input::Slice(body),
        ),
    }
}

/// Decodes a response body of action `A` that is already text; see [`from_slice`].
///
/// ```
/// use tencent_action::{Error, tencent_action};
///
/// #[tencent_action(service = "cvm", version = "2017-03-12")]
/// pub struct StartInstances;
///
/// let body = r#"{"Response": {"RequestId": "b5b41468"}}"#;
/// assert_eq!(tencent_action::from_str::<StartInstances>(body)?.request_id(), Some("b5b41468"));
/// # Ok::<(), Error>(())
/// ```
pub fn from_str<'de, A>(text: &'de str) -> Result<Response<A>, Error>
where
    A: Action + Deserialize<'de>,
{
    decode::<A, _>(serde_json::Deserializer::from_str(text), Input::Str(text))
}

#[inline]
fn decode<'de, A, R>(
    mut deserializer: serde_json::Deserializer<R>,
    input: Input<'de>,
) -> Result<Response<A>, Error>
where
    A: Action + Deserialize<'de>,
    R: serde_json::de::Read<'de>,
{
    let mut seen = Seen::default();
    let decoded = EnvelopeSeed::<A>::new(&mut seen)
        .deserialize(&mut deserializer)
        .and_then(|outcome| deserializer.end().map(|()| outcome));
    match decoded {
        Ok(Outcome::Success(response)) => Ok(response),
        Ok(Outcome::Api(error)) => Err(Error::Api(error)),
        Err(error) => Err(explain::<A>(input, error, seen)),
    }
}
