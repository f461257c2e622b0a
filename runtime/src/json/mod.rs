//! The JSON entry points: one pass over the body on the way to success or to the
//! server's error; a cold second look only after that pass has failed. What is here is
//! serde_json's: the envelope's rules are the format-agnostic decoder's, in `de/`.

mod explain;
mod salvage;

use crate::de::{EnvelopeSeed, Outcome, Progress};
use crate::{Action, Error, Response};
use explain::{Input, explain};
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
    deserializer: serde_json::Deserializer<R>,
    input: Input<'de>,
) -> Result<Response<A>, Error>
where
    A: Action + Deserialize<'de>,
    R: serde_json::de::Read<'de>,
{
    let mut progress = Progress::default();
    match read_envelope::<A, R>(deserializer, &mut progress) {
        Ok(Outcome::Success(response)) => Ok(response),
        Ok(Outcome::Api(error)) => Err(Error::Api(error)),
        Err(error) => Err(explain::<A>(input, error, progress)),
    }
}

/// Reads a whole body, envelope and payload `A`, and nothing after it.
#[inline]
fn read_envelope<'de, A, R>(
    mut deserializer: serde_json::Deserializer<R>,
    progress: &mut Progress<'de>,
) -> Result<Outcome<A>, serde_json::Error>
where
    A: Deserialize<'de>,
    R: serde_json::de::Read<'de>,
{
    let outcome = EnvelopeSeed::<A>::new(progress).deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    /// The `float_roundtrip` feature is what makes the server's numbers come back exact;
    /// without it, this one comes back a neighbour (the test holds both ways, so that it
    /// also tells when the feature stops mattering).
    #[test]
    fn floats_are_exact_with_float_roundtrip() {
        let text = "99.99997615814209";
        let exact: f64 = text.parse().unwrap();
        let decoded: f64 = serde_json::from_str(text).unwrap();
        assert_eq!(decoded == exact, cfg!(feature = "float_roundtrip"));
    }
}
