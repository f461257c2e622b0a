//! What a valid request is answered with: a registered reply, else the action's first
//! documentation example (as published, or the first that fits its output struct when
//! the mock is conforming), else a response made from that struct.

use crate::catalog::Catalog;
use crate::check::Call;
use crate::errors::ErrorReply;
use crate::schema;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A reply registered for an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// A success: the members of `Response` (a `{"Response": {...}}` wrapper is taken
    /// off); the mock adds the fresh `RequestId`.
    Success(Value),
    /// A Tencent error with this code and message.
    Error {
        /// The code, such as `ResourceNotFound.InstanceNotExist`.
        code: String,
        /// The message.
        message: String,
    },
    /// An HTTP answer exactly as given (no envelope, no RequestId added to the body).
    Raw {
        /// The HTTP status.
        status: u16,
        /// The `Content-Type` header.
        content_type: String,
        /// The body.
        body: Vec<u8>,
    },
}

impl Reply {
    /// A Tencent error.
    pub fn error(code: impl Into<String>, message: impl Into<String>) -> Self {
        Reply::Error {
            code: code.into(),
            message: message.into(),
        }
    }
}

impl From<ErrorReply> for Reply {
    fn from(error: ErrorReply) -> Self {
        Reply::Error {
            code: error.code,
            message: error.message,
        }
    }
}

/// What a handler sees of the call it answers.
#[derive(Debug, Clone)]
pub struct CallInfo {
    /// The service.
    pub service: String,
    /// The API version.
    pub version: String,
    /// The action.
    pub action: String,
    /// The parameters (the JSON body, or the GET query in the same shape).
    pub params: Map<String, Value>,
}

/// A closure that answers calls of one action.
pub type Handler = Arc<dyn Fn(&CallInfo) -> Reply + Send + Sync>;

/// Service, version and action.
type ActionKey = (String, String, String);

/// The default answers, computed once per action.
pub(crate) struct Defaults {
    conforming: bool,
    cache: Mutex<HashMap<ActionKey, Arc<DefaultAnswer>>>,
}

/// An action's default answer: its members, and its whole body serialized once, cut
/// where the RequestId goes, so that a call costs two copies and no serialization.
pub(crate) struct DefaultAnswer {
    /// The members of `Response`, less `RequestId` (pages are made from them).
    pub(crate) members: Map<String, Value>,
    /// `{"Response":{...` up to the RequestId's opening quote.
    head: Vec<u8>,
    /// From the RequestId's closing quote to the end.
    tail: Vec<u8>,
}

impl DefaultAnswer {
    fn new(members: Map<String, Value>) -> Self {
        // A marker no example holds, in place of the RequestId: the body is cut around it,
        // with the members in the order the envelope of any other reply has them.
        let marker = format!("request-id-{}", uuid::Uuid::new_v4());
        let mut response = members.clone();
        response.insert("RequestId".to_owned(), Value::from(marker.as_str()));
        let body =
            serde_json::to_vec(&serde_json::json!({ "Response": response })).unwrap_or_default();
        let at = body
            .windows(marker.len())
            .position(|window| window == marker.as_bytes())
            .unwrap_or(body.len());
        DefaultAnswer {
            members,
            head: body[..at].to_vec(),
            tail: body.get(at + marker.len()..).unwrap_or_default().to_vec(),
        }
    }

    /// The body of the answer with this RequestId (which needs no escaping: a UUID).
    pub(crate) fn body(&self, request_id: &str) -> Vec<u8> {
        let mut body = Vec::with_capacity(self.head.len() + request_id.len() + self.tail.len());
        body.extend_from_slice(&self.head);
        body.extend_from_slice(request_id.as_bytes());
        body.extend_from_slice(&self.tail);
        body
    }
}

impl Defaults {
    /// Answers from the examples as published, or only from those that fit the spec.
    pub fn new(conforming: bool) -> Self {
        Defaults {
            conforming,
            cache: Mutex::default(),
        }
    }

    /// See [`default_answer`].
    pub fn answer(&self, catalog: &Catalog, call: &Call) -> Arc<DefaultAnswer> {
        let mut cache = self
            .cache
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        let key = (
            call.service.clone(),
            call.version.clone(),
            call.action.clone(),
        );
        if let Some(found) = cache.get(&key) {
            return found.clone();
        }
        let answer = Arc::new(DefaultAnswer::new(default_answer(
            catalog,
            call,
            self.conforming,
        )));
        cache.insert(key, answer.clone());
        answer
    }
}

/// The members of `Response` (less `RequestId`) for a call that passed the checks: the
/// action's first documentation example that is a success, as Tencent publishes it even
/// where it breaks the spec (a `null` where the spec says never, a number sent as text:
/// what the real servers send, and what users' code meets); with `conforming`, the first
/// that fits the output struct. Without one, a response made from the output struct.
pub fn default_answer(catalog: &Catalog, call: &Call, conforming: bool) -> Map<String, Value> {
    let Some(version) = catalog
        .service(&call.service)
        .and_then(|versions| versions.get(&call.version))
    else {
        return Map::new();
    };
    let Some(action) = version.spec.actions.get(&call.action) else {
        return Map::new();
    };
    let examples = version.examples.actions.get(&call.action);
    for example in examples.into_iter().flatten() {
        let Some(output) = example.output.as_deref() else {
            continue;
        };
        let Ok(Value::Object(mut envelope)) = serde_json::from_str::<Value>(output) else {
            continue;
        };
        let Some(Value::Object(mut response)) = envelope.remove("Response") else {
            continue;
        };
        if response.contains_key("Error") {
            continue;
        }
        if !conforming || schema::fits_output(&version.spec, &action.output, &response) {
            response.remove("RequestId");
            return response;
        }
    }
    schema::generate_object(&version.spec, &action.output, false)
}
