//! The library against the [`oracle`] on one body: the same outcome class,
//! the same values on success and on an API error, the RequestId kept on a decode error,
//! and the invariants every answer must hold whatever the oracle says.

use crate::oracle::{self, Outcome};
use crate::shapes::Shape;
use crate::tree::{Node, read_string};
use tencent_action::{Action, Category, Code, Error, ErrorCode, FromCode};

/// What the library answered, in the oracle's terms.
pub fn library<S: Shape>(body: &[u8]) -> Outcome {
    outcome(&tencent_action::from_slice::<S::Of<'_>>(body))
}

fn outcome<A: Action + std::fmt::Debug>(
    result: &Result<tencent_action::Response<A>, Error>,
) -> Outcome {
    match result {
        Ok(response) => Outcome::Success {
            data: format!("{:?}", response.data()),
            // The oracle writes an absent RequestId as an empty one.
            request_id: response.request_id().unwrap_or_default().to_owned(),
        },
        Err(Error::Api(error)) => Outcome::Api {
            code: error.code().to_owned(),
            message: error.message().to_owned(),
            request_id: error.request_id().unwrap_or_default().to_owned(),
        },
        Err(Error::Decode(error)) => Outcome::Decode {
            request_id: error.request_id().map(str::to_owned),
        },
        Err(other) => panic!("an error that is neither Api nor Decode: {other:?}"),
    }
}

/// Why the library and the oracle disagree on a body.
#[derive(Debug)]
pub struct Disagreement {
    /// The action type.
    pub action: &'static str,
    /// What the oracle says.
    pub oracle: Outcome,
    /// What the library says.
    pub library: Outcome,
    /// Which rule was broken.
    pub reason: String,
}

impl std::fmt::Display for Disagreement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}\n  oracle:  {:?}\n  library: {:?}",
            self.action, self.reason, self.oracle, self.library
        )
    }
}

/// How the library fared on a body.
#[derive(Debug)]
pub enum Verdict {
    /// It agrees with the oracle, whose outcome this is.
    Agrees(Outcome),
    /// It disagrees only as the open bugs of [`KEY_ORDER_BUGS`] have it: it agrees once
    /// the entries of `Response` are put in the order `RequestId`, `Error`, payload.
    KnownBug(Box<Disagreement>),
    /// It disagrees.
    Disagrees(Box<Disagreement>),
}

/// Whether the library's answer may still depend on where `RequestId` and `Error` stand
/// in `Response` (the bugs whose bodies `tests/tests/key_order.rs` holds). While one such bug is
/// open and set here, a disagreement that vanishes in the canonical key order is counted,
/// not failed: everything else is still checked on every body, and the canonical order is
/// checked in full. They are fixed, so it is `false`: the differential test and the
/// fuzzers fail on any return of them.
pub const KEY_ORDER_BUGS: bool = false;

/// Decodes `body` as `S` with the library and the oracle and compares them. Panics if the
/// library breaks an invariant that holds whatever the body (those are bugs whatever the
/// oracle thinks).
pub fn verdict<S: Shape>(body: &[u8]) -> Verdict {
    match compare::<S>(body) {
        Ok(outcome) => Verdict::Agrees(outcome),
        Err(disagreement) => {
            let canonical = KEY_ORDER_BUGS
                .then(|| canonical_order(body))
                .flatten()
                .filter(|canonical| compare::<S>(canonical).is_ok());
            match canonical {
                Some(_) => Verdict::KnownBug(disagreement),
                None => Verdict::Disagrees(disagreement),
            }
        }
    }
}

/// [`verdict`], with a known bug counted as agreement: the oracle's outcome, or the
/// disagreement.
pub fn check<S: Shape>(body: &[u8]) -> Result<Outcome, Box<Disagreement>> {
    match verdict::<S>(body) {
        Verdict::Agrees(outcome) => Ok(outcome),
        Verdict::KnownBug(disagreement) => Ok(disagreement.oracle),
        Verdict::Disagrees(disagreement) => Err(disagreement),
    }
}

/// The body with the entries of `Response` in the order `RequestId`, `Error`, payload,
/// each group in its own order; `None` if that changes nothing, or if the body is no JSON
/// object with a `Response` object.
pub fn canonical_order(body: &[u8]) -> Option<Vec<u8>> {
    let mut tree = Node::parse(body)?;
    let entries = tree.get_mut("Response")?.entries_mut()?;
    let rank = |key: &[u8]| match read_string(key).as_deref() {
        Some("RequestId") => 0,
        Some("Error") => 1,
        _ => 2,
    };
    let before = entries.clone();
    entries.sort_by_key(|(key, _)| rank(key));
    (*entries != before).then(|| tree.to_bytes())
}

fn compare<S: Shape>(body: &[u8]) -> Result<Outcome, Box<Disagreement>> {
    let result = tencent_action::from_slice::<S::Of<'_>>(body);
    invariants::<S::Of<'_>>(body, &result);
    let library = outcome(&result);
    let oracle = oracle::decode::<S>(body);
    let reason = match (&oracle, &library) {
        (
            Outcome::Decode {
                request_id: Some(claim),
            },
            Outcome::Decode { request_id },
        ) => (request_id.as_deref() != Some(claim.as_str()))
            .then(|| format!("the decode error lost the RequestId {claim:?}")),
        (Outcome::Decode { request_id: None }, Outcome::Decode { .. }) => None,
        (oracle, library) if oracle.class() != library.class() => Some(format!(
            "outcome {} where the oracle says {}",
            library.class(),
            oracle.class()
        )),
        (oracle, library) => (oracle != library).then(|| "different values".to_owned()),
    };
    match reason {
        None => Ok(oracle),
        Some(reason) => Err(Box::new(Disagreement {
            action: <S::Of<'_>>::NAME,
            oracle,
            library,
            reason,
        })),
    }
}

/// What every answer of the library must satisfy, whatever the body.
fn invariants<'de, A>(body: &'de [u8], result: &Result<tencent_action::Response<A>, Error>)
where
    A: Action + serde::Deserialize<'de> + std::fmt::Debug,
{
    // The two entry points are one decoder.
    if let Ok(text) = std::str::from_utf8(body) {
        let again = outcome(&tencent_action::from_str::<A>(text));
        assert_eq!(outcome(result), again, "from_slice and from_str disagree");
    }

    match result {
        Ok(response) => {
            let _ = format!("{response:?}");
        }
        Err(error) => {
            // Every error prints, in both forms.
            let shown = error.to_string();
            let _ = format!("{error:?}");
            assert_eq!(error.as_api().is_some(), error.as_decode().is_none());
            if let Some(api) = error.as_api() {
                // A code is kept exactly, and every view of it agrees with the string.
                let code = api.code();
                assert!(
                    shown.starts_with(code),
                    "{shown:?} does not lead with {code:?}"
                );
                assert_eq!(error.code(), Some(code));
                assert_eq!(api.code_as::<Code>().as_str(), code);
                assert_eq!(Code::from_code(code).as_str(), code);
                assert_eq!(api.action_code::<A>().as_str(), code);
                assert_eq!(api.category(), Category::of(code));
                assert_eq!(error.category(), Some(Category::of(code)));
                assert_eq!(error.request_id(), api.request_id());
                assert_ne!(api.request_id(), Some(""), "an empty RequestId is none");
                assert_eq!(error.is_retryable(), Category::of(code).is_retryable());
            }
            if let Some(decode) = error.as_decode() {
                assert!(
                    shown.contains(A::NAME),
                    "{shown:?} does not name the action"
                );
                assert_eq!(decode.action(), A::NAME);
                assert!(!error.is_retryable(), "a decode error is never retried");
                assert_eq!(error.request_id(), decode.request_id());
                assert_ne!(decode.request_id(), Some(""), "an empty RequestId is none");
            }
        }
    }

    // The generic entry point agrees wherever it does not need to look past a failure:
    // whatever it decodes, in full, the JSON entry points decode the same.
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let generic = tencent_action::from_deserializer::<A, _>(&mut deserializer);
    let complete = deserializer.end().is_ok();
    match (generic, result) {
        (Ok(generic), Ok(response)) if complete => {
            assert_eq!(
                format!("{:?}", generic.data()),
                format!("{:?}", response.data())
            );
            assert_eq!(generic.request_id(), response.request_id());
        }
        (Ok(_), _) if complete => panic!("from_deserializer decodes a body from_slice refuses"),
        (Err(Error::Api(generic)), Err(Error::Api(api))) if complete => {
            assert_eq!(&generic, api, "from_deserializer reads another error");
        }
        (Err(Error::Api(_)), _) if complete => {
            panic!("from_deserializer finds an API error from_slice does not")
        }
        _ => {}
    }
}

/// The verdicts on `body` for every shape of [`shapes`](crate::shapes).
pub fn verdicts(body: &[u8]) -> Vec<Verdict> {
    let mut verdicts = Vec::new();
    crate::for_each_shape!(S => verdicts.push(verdict::<S>(body)));
    verdicts
}

/// Runs [`check`] for every shape of [`shapes`](crate::shapes); every disagreement.
pub fn check_all(body: &[u8]) -> Vec<Disagreement> {
    verdicts(body)
        .into_iter()
        .filter_map(|verdict| match verdict {
            Verdict::Disagrees(disagreement) => Some(*disagreement),
            _ => None,
        })
        .collect()
}

/// A body as text for a report: lossy UTF-8, long runs of one repeated piece (deep
/// nesting) folded into `<N x piece>`, and cut at `limit` characters.
pub fn abbreviate(body: &[u8], limit: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    'outer: while i < chars.len() {
        for width in 1..=6 {
            let piece = &chars[i..(i + width).min(chars.len())];
            let mut n = 1;
            while chars.len() >= i + (n + 1) * width
                && chars[i + n * width..i + (n + 1) * width] == *piece
            {
                n += 1;
            }
            if n >= 8 {
                let piece: String = piece.iter().collect();
                out.push_str(&format!("<{n} x {piece}>"));
                i += n * width;
                continue 'outer;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    if out.chars().count() > limit {
        out = out.chars().take(limit).collect::<String>() + "...";
    }
    out
}
