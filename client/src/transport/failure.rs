//! What both default transports read the same way: an answer's headers, and what an
//! HTTP stack's failure means to the client, read from hyper's error and the I/O error
//! beneath it.

use std::error::Error as StdError;
use std::io::ErrorKind;

/// What happened to a request whose connection opened but gave no answer's head.
pub(crate) fn before_answer(error: &(dyn StdError + 'static)) -> String {
    let hyper = chain(error).find_map(|cause| cause.downcast_ref::<hyper::Error>());
    if hyper.is_some_and(hyper::Error::is_incomplete_message) {
        return "the connection closed before any answer came".to_owned();
    }
    if hyper.is_some_and(hyper::Error::is_parse) {
        return format!("the answer is not valid HTTP: {}", root_cause(error));
    }
    match io_kind(error) {
        Some(ErrorKind::ConnectionReset) => {
            "the connection was reset before any answer came".to_owned()
        }
        Some(ErrorKind::BrokenPipe) => {
            "the connection closed while the request was being written".to_owned()
        }
        _ => format!("no answer came: {}", root_cause(error)),
    }
}

/// What happened to an answer whose head came and whose body did not.
pub(crate) fn in_body(error: &(dyn StdError + 'static)) -> String {
    match io_kind(error) {
        Some(ErrorKind::UnexpectedEof) => {
            "the connection closed while the answer's body came".to_owned()
        }
        Some(ErrorKind::ConnectionReset) => {
            "the connection was reset while the answer's body came".to_owned()
        }
        _ => format!("reading the answer's body: {}", root_cause(error)),
    }
}

/// `error` and its causes, outermost first.
fn chain<'a>(
    error: &'a (dyn StdError + 'static),
) -> impl Iterator<Item = &'a (dyn StdError + 'static)> {
    std::iter::successors(Some(error), |&cause| cause.source())
}

/// The kind of the first I/O error among the causes.
pub(crate) fn io_kind(error: &(dyn StdError + 'static)) -> Option<ErrorKind> {
    chain(error).find_map(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
    })
}

/// The innermost cause's words ("Connection refused (os error 111)", "dns error: ..."):
/// the outer layers only say "error sending request".
pub(crate) fn root_cause(error: &(dyn StdError + 'static)) -> String {
    chain(error)
        .last()
        .map(ToString::to_string)
        .unwrap_or_default()
}

/// An answer's headers as the client keeps them: names lowercase, values as text.
pub(crate) fn header_pairs(headers: &hyper::HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                String::from_utf8_lossy(value.as_bytes()).into_owned(),
            )
        })
        .collect()
}
