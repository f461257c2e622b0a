//! Every way of decoding a response that the suite measures, each as an [`Approach`].
//!
//! They all decode into the same types: the library's action structs (see
//! [`types`](crate::types)), wrapped in [`tencent_action::Response`], or a [`Failure`]. The
//! competitors that need types of their own (approaches 2 and 3) get them from [`Case`],
//! which the `case!` macro implements next to each action struct from the same field list.

use serde::Deserialize;
use serde::de::IgnoredAny;
use tencent_action::{Action, ApiError, Response};

/// What every approach returns: the response, or why there is none.
pub type Outcome<A> = Result<Response<A>, Failure>;

/// The one signature of every approach: a body in, an [`Outcome`] out.
pub type Approach<'de, A> = fn(&'de str) -> Outcome<A>;

/// Why an approach gave no response.
#[derive(Debug, PartialEq)]
pub enum Failure {
    /// The body held the server's `Error`.
    Api(ApiError),
    /// The body did not decode; the parser's message, for the mismatch report only.
    Decode(String),
}

impl From<tencent_action::Error> for Failure {
    fn from(error: tencent_action::Error) -> Self {
        match error {
            tencent_action::Error::Api(error) => Failure::Api(error),
            other => Failure::Decode(other.to_string()),
        }
    }
}

fn decode_failure(error: impl std::fmt::Display) -> Failure {
    Failure::Decode(error.to_string())
}

/// `{"Response": T}`: the outer object, as any plain derive reads it (other top-level keys
/// are ignored, as the library ignores them).
#[derive(Debug, Deserialize)]
pub struct Envelope<T> {
    /// The `Response` object.
    #[serde(rename = "Response")]
    pub response: T,
}

/// The server's `Error` object, as every hand-written competitor reads it.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ErrorBody {
    /// The error code.
    pub code: String,
    /// The server's explanation; the library takes a missing or `null` one as empty.
    pub message: Option<String>,
}

impl ErrorBody {
    /// The same [`ApiError`] the library builds: the strings move, nothing is copied.
    pub fn into_api(self, request_id: Option<String>) -> Failure {
        Failure::Api(ApiError::new(
            self.code,
            self.message.unwrap_or_default(),
            request_id.unwrap_or_default(),
        ))
    }
}

/// The `Response` object of an error body, for the approaches that know (or guess) that
/// the body is one: approach 3 on error bodies, the first variant of approach 6's enum.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ErrorPayload {
    /// The `Error` object, required.
    pub error: ErrorBody,
    /// The RequestId.
    pub request_id: Option<String>,
}

/// The per-action types of the competitors that cannot be generic over the action.
///
/// `'de` is the lifetime of the body: owned actions implement it for every `'de`, borrowed
/// ones for their own lifetime.
pub trait Case<'de>: Action + Deserialize<'de> + Sized {
    /// Approach 2's `Response` object: `Error`, `RequestId` and every payload field as an
    /// `Option`, in one plain derive.
    type Hand: Deserialize<'de>;
    /// Approach 3's `Response` object: the payload's fields as the action declares them,
    /// and the RequestId; no `Error`.
    type Plain: Deserialize<'de>;
    /// The outcome approach 2 builds from its object: the error if there is one, else the
    /// payload, with a missing required field as a failure.
    fn from_hand(hand: Self::Hand) -> Outcome<Self>;
    /// The response approach 3 builds from its object.
    fn from_plain(plain: Self::Plain) -> Response<Self>;
}

/// Declares an action struct (with its attributes, `#[tencent_action]` among them) and,
/// from the same field list, the types of approaches 2 and 3 and their [`Case`] impl.
macro_rules! case {
    (
        $(#[$attr:meta])*
        pub struct $name:ident<$lt:lifetime> {
            $( $(#[$fattr:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
        hand $hand:ident;
        plain $plain:ident;
    ) => {
        $(#[$attr])*
        pub struct $name<$lt> { $( $(#[$fattr])* pub $field: $ty, )* }
        $crate::approach::case!(@types [<$lt>] $name $hand $plain { $( $(#[$fattr])* $field: $ty, )* });
        impl<$lt> $crate::approach::Case<$lt> for $name<$lt> {
            type Hand = $hand<$lt>;
            type Plain = $plain<$lt>;
            $crate::approach::case!(@convert $name $hand $plain { $($field)* });
        }
    };
    (
        $(#[$attr:meta])*
        pub struct $name:ident {
            $( $(#[$fattr:meta])* pub $field:ident : $ty:ty ),* $(,)?
        }
        hand $hand:ident;
        plain $plain:ident;
    ) => {
        $(#[$attr])*
        pub struct $name { $( $(#[$fattr])* pub $field: $ty, )* }
        $crate::approach::case!(@types [] $name $hand $plain { $( $(#[$fattr])* $field: $ty, )* });
        impl<'de> $crate::approach::Case<'de> for $name {
            type Hand = $hand;
            type Plain = $plain;
            $crate::approach::case!(@convert $name $hand $plain { $($field)* });
        }
    };
    (@types [$($gen:tt)*] $name:ident $hand:ident $plain:ident {
        $( $(#[$fattr:meta])* $field:ident : $ty:ty, )*
    }) => {
        #[doc = concat!("Approach 2's `Response` object for [`", stringify!($name), "`].")]
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "PascalCase")]
        pub struct $hand $($gen)* {
            error: Option<$crate::approach::ErrorBody>,
            request_id: Option<String>,
            $( $(#[$fattr])* $field: Option<$ty>, )*
        }

        #[doc = concat!("Approach 3's `Response` object for [`", stringify!($name), "`].")]
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "PascalCase")]
        pub struct $plain $($gen)* {
            $( $(#[$fattr])* $field: $ty, )*
            request_id: String,
        }
    };
    (@convert $name:ident $hand:ident $plain:ident { $($field:ident)* }) => {
        fn from_hand(hand: Self::Hand) -> $crate::approach::Outcome<Self> {
            if let Some(error) = hand.error {
                return Err(error.into_api(hand.request_id));
            }
            let data = $name {
                $( $field: hand.$field.ok_or_else(|| {
                    $crate::approach::Failure::Decode(
                        concat!("missing field `", stringify!($field), "`").to_owned(),
                    )
                })?, )*
            };
            Ok(tencent_action::Response::new(data, hand.request_id.unwrap_or_default()))
        }

        fn from_plain(plain: Self::Plain) -> tencent_action::Response<Self> {
            let data = $name { $( $field: plain.$field, )* };
            tencent_action::Response::new(data, plain.request_id)
        }
    };
}
pub(crate) use case;

/// 1. The library's `from_slice`: one UTF-8 check of the whole body, then one pass.
pub fn library_slice<'de, A: Case<'de>>(body: &'de str) -> Outcome<A> {
    tencent_action::from_slice::<A>(body.as_bytes()).map_err(Failure::from)
}

/// 1. The library's `from_str`: one pass over text already known to be UTF-8.
pub fn library_str<'de, A: Case<'de>>(body: &'de str) -> Outcome<A> {
    tencent_action::from_str::<A>(body).map_err(Failure::from)
}

/// 1. The library's `from_deserializer` driven by sonic-rs, over bytes (sonic-rs checks
///    UTF-8 once, up front, as `from_slice` does).
pub fn sonic<'de, A: Case<'de>>(body: &'de str) -> Outcome<A> {
    let mut deserializer = sonic_rs::Deserializer::from_slice(body.as_bytes());
    let response = tencent_action::from_deserializer::<A, _>(&mut deserializer)?;
    deserializer.end().map_err(decode_failure)?;
    Ok(response)
}

/// 1. The library's `from_deserializer` driven by simd-json. simd-json parses in place,
///    so the body is first copied into a buffer it may overwrite: that copy is timed, as
///    every caller holding a shared body pays it. Owned payloads only, as the buffer dies
///    here.
pub fn simd<A: for<'x> Case<'x>>(body: &str) -> Outcome<A> {
    let mut buffer = body.as_bytes().to_vec();
    let mut deserializer =
        simd_json::Deserializer::from_slice(&mut buffer).map_err(decode_failure)?;
    tencent_action::from_deserializer::<A, _>(&mut deserializer).map_err(Failure::from)
}

/// 2. The ideal hand-written single pass: one plain derive whose `Response` object holds
///    `Error`, `RequestId` and every payload field as an `Option`, via
///    `serde_json::from_slice`.
pub fn hand_written<'de, A: Case<'de>>(body: &'de str) -> Outcome<A> {
    let envelope: Envelope<A::Hand> =
        serde_json::from_slice(body.as_bytes()).map_err(decode_failure)?;
    A::from_hand(envelope.response)
}

/// 3. The plain derive of the payload (and its RequestId) alone, with no `Error` to look
///    for, via `serde_json::from_slice`: the floor for decoding the success bodies.
pub fn plain<'de, A: Case<'de>>(body: &'de str) -> Outcome<A> {
    let envelope: Envelope<A::Plain> =
        serde_json::from_slice(body.as_bytes()).map_err(decode_failure)?;
    Ok(A::from_plain(envelope.response))
}

/// 3. On error bodies, the floor is the plain derive of the error object alone.
pub fn plain_error<'de, A: Case<'de>>(body: &'de str) -> Outcome<A> {
    let envelope: Envelope<ErrorPayload> =
        serde_json::from_slice(body.as_bytes()).map_err(decode_failure)?;
    let ErrorPayload { error, request_id } = envelope.response;
    Err(error.into_api(request_id))
}

/// The first pass of approach 4, what the Go SDK's `ErrorResponse` holds.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Probe {
    error: Option<ErrorBody>,
    request_id: Option<String>,
}

/// 4. Two passes, as the official Go, Python and Java SDKs decode: probe the body for an
///    `Error`, then parse it again into the payload (approach 3's types).
pub fn two_pass<'de, A: Case<'de>>(body: &'de str) -> Outcome<A> {
    let probe: Envelope<Probe> = serde_json::from_slice(body.as_bytes()).map_err(decode_failure)?;
    if let Some(error) = probe.response.error {
        return Err(error.into_api(probe.response.request_id));
    }
    plain::<A>(body)
}

/// 5. `serde_json::Value` first, then the `Error` check on the tree and `from_value` of
///    the `Response` object (approach 3's types). Strings move out of the tree; only
///    owned payloads can come out of it.
pub fn value<'de, A: Case<'de>>(body: &'de str) -> Outcome<A> {
    use serde_json::Value;

    let tree: Value = serde_json::from_slice(body.as_bytes()).map_err(decode_failure)?;
    let Value::Object(mut top) = tree else {
        return Err(Failure::Decode("the body is not an object".to_owned()));
    };
    let Some(Value::Object(mut response)) = top.remove("Response") else {
        return Err(Failure::Decode("no `Response` object".to_owned()));
    };
    if let Some(Value::Object(mut error)) = response.remove("Error") {
        let text = |value: Option<Value>| match value {
            Some(Value::String(text)) => Some(text),
            _ => None,
        };
        let Some(code) = text(error.remove("Code")) else {
            return Err(Failure::Decode("an `Error` without a `Code`".to_owned()));
        };
        let error = ErrorBody {
            code,
            message: text(error.remove("Message")),
        };
        return Err(error.into_api(text(response.remove("RequestId"))));
    }
    let plain = A::Plain::deserialize(Value::Object(response)).map_err(decode_failure)?;
    Ok(A::from_plain(plain))
}

/// Approach 6a's `Response` object: the envelope's keys, and the payload flattened in.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Flattened<T> {
    error: Option<ErrorBody>,
    request_id: Option<String>,
    /// `Option`, so that an error body, which lacks the payload's fields, still decodes.
    #[serde(flatten)]
    data: Option<T>,
}

/// 6a. A generic `Envelope<T>` with `#[serde(flatten)]`: the payload is the action struct
///     itself, decoded from the buffered rest of the `Response` object.
pub fn flatten<'de, A: Case<'de>>(body: &'de str) -> Outcome<A> {
    let envelope: Envelope<Flattened<A>> =
        serde_json::from_slice(body.as_bytes()).map_err(decode_failure)?;
    let Flattened {
        error,
        request_id,
        data,
    } = envelope.response;
    match (error, data) {
        (Some(error), _) => Err(error.into_api(request_id)),
        (None, Some(data)) => Ok(Response::new(data, request_id.unwrap_or_default())),
        (None, None) => Err(Failure::Decode("no payload".to_owned())),
    }
}

/// Approach 6b's body: the error, or else the payload.
#[derive(Deserialize)]
#[serde(untagged)]
enum Untagged<P> {
    Failure(Envelope<ErrorPayload>),
    Success(Envelope<P>),
}

/// 6b. An `#[serde(untagged)]` enum of the error envelope and the payload envelope
///     (approach 3's types): the body is buffered once, then tried against each variant.
pub fn untagged<'de, A: Case<'de>>(body: &'de str) -> Outcome<A> {
    let untagged: Untagged<A::Plain> =
        serde_json::from_slice(body.as_bytes()).map_err(decode_failure)?;
    match untagged {
        Untagged::Failure(envelope) => {
            let ErrorPayload { error, request_id } = envelope.response;
            Err(error.into_api(request_id))
        }
        Untagged::Success(envelope) => Ok(A::from_plain(envelope.response)),
    }
}

/// 7. `serde::de::IgnoredAny` over the same bytes: the cost of merely scanning the JSON.
pub fn scan(body: &str) -> Result<(), Failure> {
    serde_json::from_slice::<IgnoredAny>(body.as_bytes())
        .map(drop)
        .map_err(decode_failure)
}

/// A result as a [`serde_json::Value`] tree: [`check`](crate::check()) compares owned and
/// borrowed results, which are of different types, through it.
pub fn reencode<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("every result type serializes")
}
