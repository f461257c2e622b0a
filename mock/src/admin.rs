//! The admin API under `/_mock/`: JSON in and out, no signature, for test suites in any
//! language. Tencent's API is served at `/`, so no Tencent call reaches these paths.

use crate::admin_input::{answer_from_json, fault_from_json};
use crate::body::MockBody;
use crate::server::State;
use hyper::header::{ALLOW, CONTENT_TYPE, HeaderValue};
use hyper::{Response, StatusCode};
use serde_json::{Value, json};

/// Where the admin API lives: `/_mock` and every path below it.
pub(crate) fn is_admin_path(path: &str) -> bool {
    path == "/_mock" || path.starts_with("/_mock/")
}

/// Every path and the methods it takes.
const ROUTES: &[(&str, &[&str])] = &[
    ("/_mock/health", &["GET"]),
    ("/_mock/requests", &["GET", "DELETE"]),
    ("/_mock/faults", &["POST", "DELETE"]),
    ("/_mock/answers", &["POST", "DELETE"]),
    ("/_mock/reset", &["POST"]),
];

/// Answers one admin request.
pub(crate) fn serve(state: &State, method: &str, path: &str, body: &[u8]) -> Response<MockBody> {
    let Some((_, methods)) = ROUTES.iter().find(|(route, _)| *route == path) else {
        let paths: Vec<&str> = ROUTES.iter().map(|(route, _)| *route).collect();
        return failure(
            StatusCode::NOT_FOUND,
            format!(
                "no admin path `{}`; the paths are {}",
                path.escape_debug(),
                paths.join(", ")
            ),
        );
    };
    if !methods.contains(&method) {
        let allowed = methods.join(", ");
        let mut response = failure(
            StatusCode::METHOD_NOT_ALLOWED,
            format!("`{path}` takes {allowed}, not {}", method.escape_debug()),
        );
        if let Ok(value) = HeaderValue::from_str(&allowed) {
            response.headers_mut().insert(ALLOW, value);
        }
        return response;
    }
    let done = || reply(StatusCode::OK, &json!({"status": "ok"}));
    match (method, path) {
        ("GET", "/_mock/health") => done(),
        ("GET", "/_mock/requests") => {
            let records: Vec<Value> = state.requests().iter().map(|r| r.to_json()).collect();
            reply(StatusCode::OK, &Value::Array(records))
        }
        ("DELETE", "/_mock/requests") => {
            state.clear_requests();
            done()
        }
        ("POST", "/_mock/faults") => {
            match read(body).and_then(|v| fault_from_json(&v).map_err(|e| e.to_string())) {
                Ok(rule) => {
                    state.add_fault(rule);
                    done()
                }
                Err(why) => failure(StatusCode::BAD_REQUEST, why),
            }
        }
        ("DELETE", "/_mock/faults") => {
            state.clear_faults();
            done()
        }
        ("POST", "/_mock/answers") => {
            match read(body)
                .and_then(|v| answer_from_json(&v, &state.catalog).map_err(|e| e.to_string()))
            {
                Ok(rule) => {
                    state.add_answer(rule);
                    done()
                }
                Err(why) => failure(StatusCode::BAD_REQUEST, why),
            }
        }
        ("DELETE", "/_mock/answers") => {
            state.clear_answers();
            done()
        }
        ("POST", "/_mock/reset") => {
            state.reset();
            done()
        }
        _ => failure(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("`{method} {path}` is routed but not served"),
        ),
    }
}

/// The answer to a body over `limit` bytes.
pub(crate) fn body_too_large(limit: usize) -> Response<MockBody> {
    failure(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("the body is larger than {limit} bytes"),
    )
}

/// The body as JSON.
fn read(body: &[u8]) -> Result<Value, String> {
    serde_json::from_slice(body).map_err(|error| format!("the body is not JSON: {error}"))
}

/// `{"error": why}` with its status.
fn failure(status: StatusCode, why: impl Into<String>) -> Response<MockBody> {
    reply(status, &json!({ "error": why.into() }))
}

fn reply(status: StatusCode, value: &Value) -> Response<MockBody> {
    let mut response = Response::new(MockBody::whole(value.to_string()));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

#[cfg(test)]
mod tests {
    use super::is_admin_path;

    #[test]
    fn only_the_mock_prefix_is_admin() {
        for path in ["/_mock", "/_mock/", "/_mock/health", "/_mock/x/y"] {
            assert!(is_admin_path(path), "{path}");
        }
        for path in ["/", "/_mocked", "/_Mock/health", "/api/_mock/health", ""] {
            assert!(!is_admin_path(path), "{path}");
        }
    }
}
