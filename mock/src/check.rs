//! Reading and checking one request, as the real servers do, with no I/O: the same
//! function serves the HTTP server and the fuzz target.

use crate::catalog::Catalog;
use crate::errors::{self, ErrorReply};
use crate::query;
use crate::schema::{self, Strictness, Violation};
use serde_json::{Map, Value};
use tencent_action_sign::{Authorization, Payload, SignableRequest, UNSIGNED_PAYLOAD};
use tencent_action_spec::Status;

/// How far a request's `X-TC-Timestamp` may be from the server's clock, in seconds.
pub const MAX_CLOCK_SKEW: i64 = 300;

/// A credential the mock accepts: a SecretId, its key, and for temporary credentials
/// the token that must come with them (the client's side, which signs, is
/// `tencent_action_client::Credential`).
#[derive(Clone)]
pub struct AcceptedCredential {
    /// The SecretId.
    pub secret_id: String,
    /// The SecretKey: never printed.
    pub secret_key: String,
    /// The session token of temporary credentials (`X-TC-Token`).
    pub token: Option<String>,
}

impl std::fmt::Debug for AcceptedCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AcceptedCredential")
            .field("secret_id", &self.secret_id)
            .field("secret_key", &"<redacted>")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

/// One HTTP request as received: names of headers in any case.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    /// The method, `POST` or `GET`.
    pub method: &'a str,
    /// The query string without `?`, as sent.
    pub query: &'a str,
    /// Every header, in the order received.
    pub headers: &'a [(String, String)],
    /// The body's bytes.
    pub body: &'a [u8],
}

impl Incoming<'_> {
    /// The first header of that name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(self.headers, name)
    }

    /// The parameters: a GET's query read into the JSON shape, a POST's JSON body.
    pub fn params(&self) -> Result<Map<String, Value>, ErrorReply> {
        if self.method == "GET" {
            query::parse(self.query)
        } else {
            json_params(self)
        }
    }
}

/// The first header of that name (case-insensitive) in a list of received headers.
pub(crate) fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.as_str())
}

/// A request that passed every check.
#[derive(Debug, Clone)]
pub struct Call {
    /// The service, from the `Host` header or the credential scope.
    pub service: String,
    /// The API version.
    pub version: String,
    /// The action.
    pub action: String,
    /// The parameters: the JSON body, or the GET query read into the same shape.
    pub params: Map<String, Value>,
}

/// What checking a request found.
#[derive(Debug, Clone)]
pub struct Checked {
    /// `X-TC-Action`, when sent.
    pub action: Option<String>,
    /// The service, once known.
    pub service: Option<String>,
    /// Whether the signature was verified with a known credential.
    pub signature_valid: bool,
    /// The call, or the Tencent error that answers the request.
    pub outcome: Result<Call, ErrorReply>,
}

/// Checks `incoming` against the credentials and the catalog at time `now` (Unix
/// seconds). Never panics, whatever the request.
pub fn check(
    credentials: &[AcceptedCredential],
    catalog: &Catalog,
    now: i64,
    incoming: &Incoming<'_>,
) -> Checked {
    let action = incoming.header("x-tc-action").map(str::to_owned);
    let mut checked = Checked {
        action: action.clone(),
        service: None,
        signature_valid: false,
        outcome: Err(ErrorReply::new("InternalError", "")),
    };
    checked.outcome = check_inner(credentials, catalog, now, incoming, &mut checked);
    checked
}

fn check_inner(
    credentials: &[AcceptedCredential],
    catalog: &Catalog,
    now: i64,
    incoming: &Incoming<'_>,
    checked: &mut Checked,
) -> Result<Call, ErrorReply> {
    let method = incoming.method;
    if method != "POST" && method != "GET" {
        return Err(errors::unsupported_method(method));
    }
    let action = incoming
        .header("x-tc-action")
        .ok_or_else(|| errors::missing("Action"))?;
    let version = incoming
        .header("x-tc-version")
        .ok_or_else(|| errors::missing("Version"))?;
    let timestamp = incoming
        .header("x-tc-timestamp")
        .ok_or_else(|| errors::missing("Timestamp"))?;
    let timestamp: i64 = timestamp
        .trim()
        .parse()
        .map_err(|_| errors::wrong_type("Timestamp"))?;

    let service = match documented_unsigned(catalog, action, version, incoming) {
        // Not signed, as documented: nothing to verify, and `signature_valid` stays false.
        Some(service) => service,
        None => {
            let scope_service = match authenticate(credentials, now, timestamp, incoming, checked) {
                Ok(service) => service,
                Err(reply) => {
                    // A refused call is still on record with the service it was meant for.
                    checked.service = service_meant(catalog, action, version, incoming);
                    return Err(reply);
                }
            };

            let host_service = incoming
                .header("host")
                .and_then(|host| host.split('.').next())
                .filter(|label| catalog.has_service(label));
            match host_service {
                Some(host) if host != scope_service && catalog.has_service(&scope_service) => {
                    return Err(errors::signature_failure());
                }
                Some(host) => host.to_owned(),
                None if catalog.has_service(&scope_service) => scope_service,
                // A client given an address for its endpoint (the official Node SDK takes the
                // scope's service from the endpoint's first label: `127`): the action and the
                // version say which service is meant.
                None => service_of_action(catalog, action, version, incoming)?,
            }
        }
    };
    checked.service = Some(service.clone());
    let versions = catalog
        .service(&service)
        .ok_or_else(|| errors::unknown_service(&service))?;
    let spec = &versions
        .get(version)
        .ok_or_else(|| errors::no_such_version(&service, version))?
        .spec;
    let definition = spec
        .actions
        .get(action)
        .filter(|definition| definition.status != Status::Offline)
        .ok_or_else(errors::invalid_action)?;

    let params = incoming.params()?;
    let strictness = strictness(method);
    if let Some(input) = &definition.input {
        schema::check_request(spec, input, &params, strictness).map_err(
            |violation| match violation {
                Violation::Missing(name) => errors::missing(&name),
                Violation::WrongType(name) => errors::wrong_type(&name),
                Violation::Unknown(name) => errors::unknown_parameter(&name),
            },
        )?;
    }
    Ok(Call {
        service,
        version: version.to_owned(),
        action: action.to_owned(),
        params,
    })
}

/// The actions Tencent documents as called without a signature: their documentation
/// says the `Authorization` header is the value `SKIP` (and no `X-TC-Token` is needed).
/// They are STS's role logins by an outside identity (an OIDC token, a SAML assertion),
/// whose callers have no key to sign with yet.
pub const UNSIGNED_ACTIONS: &[(&str, &str)] = &[
    ("sts", "AssumeRoleWithWebIdentity"),
    ("sts", "AssumeRoleWithSAML"),
];

/// The service of a call of one of the [`UNSIGNED_ACTIONS`] sent as documented, with
/// `Authorization: SKIP`; `None` for every other request, which must then be signed.
fn documented_unsigned(
    catalog: &Catalog,
    action: &str,
    version: &str,
    incoming: &Incoming<'_>,
) -> Option<String> {
    if incoming.header("authorization") != Some("SKIP") {
        return None;
    }
    let service = service_meant(catalog, action, version, incoming)?;
    UNSIGNED_ACTIONS
        .contains(&(service.as_str(), action))
        .then_some(service)
}

fn strictness(method: &str) -> Strictness {
    if method == "GET" {
        Strictness::Query
    } else {
        Strictness::Json
    }
}

/// The service a call whose signature failed was meant for, as far as the request says:
/// the `Host`'s first label, the credential scope's, or the one with its action and
/// version; `None` when none of them names a served service.
fn service_meant(
    catalog: &Catalog,
    action: &str,
    version: &str,
    incoming: &Incoming<'_>,
) -> Option<String> {
    let host = incoming
        .header("host")
        .and_then(|host| host.split('.').next());
    let scope = incoming
        .header("authorization")
        .and_then(|header| Authorization::parse(header).ok())
        .map(|authorization| authorization.service.to_owned());
    host.map(str::to_owned)
        .into_iter()
        .chain(scope)
        .find(|service| catalog.has_service(service))
        .or_else(|| service_of_action(catalog, action, version, incoming).ok())
}

/// The service that has `action` in `version`. When several have it, the first by name
/// whose input struct takes the parameters, else the first by name: the same request is
/// always answered by the same service, and one that only one of them accepts goes to it.
fn service_of_action(
    catalog: &Catalog,
    action: &str,
    version: &str,
    incoming: &Incoming<'_>,
) -> Result<String, ErrorReply> {
    let candidates: Vec<(&str, Option<&str>, &tencent_action_spec::Spec)> = catalog
        .versions()
        .filter(|(_, served, _)| *served == version)
        .filter_map(|(service, _, served)| {
            let definition = served.spec.actions.get(action)?;
            (definition.status != Status::Offline).then_some((
                service,
                definition.input.as_deref(),
                &served.spec,
            ))
        })
        .collect();
    let first = candidates
        .first()
        .ok_or_else(|| errors::no_service_for_action(action, version))?;
    if candidates.len() > 1 {
        let params = incoming.params()?;
        let strictness = strictness(incoming.method);
        let takes = |(_, input, spec): &&(&str, Option<&str>, &tencent_action_spec::Spec)| {
            input
                .is_none_or(|input| schema::check_request(spec, input, &params, strictness).is_ok())
        };
        if let Some((service, _, _)) = candidates.iter().find(takes) {
            return Ok((*service).to_owned());
        }
    }
    Ok(first.0.to_owned())
}

/// Checks the `Authorization` header, the timestamp and the token; gives the credential
/// scope's service.
fn authenticate(
    credentials: &[AcceptedCredential],
    now: i64,
    timestamp: i64,
    incoming: &Incoming<'_>,
    checked: &mut Checked,
) -> Result<String, ErrorReply> {
    let header = incoming
        .header("authorization")
        .ok_or_else(|| errors::invalid_authorization("the Authorization header is missing"))?;
    let authorization = Authorization::parse(header)
        .map_err(|error| errors::invalid_authorization(&error.to_string()))?;
    let signed: Vec<&str> = authorization.signed_headers().collect();
    for required in ["content-type", "host"] {
        if !signed
            .iter()
            .any(|name| name.eq_ignore_ascii_case(required))
        {
            return Err(errors::invalid_authorization(&format!(
                "SignedHeaders must include `{required}`"
            )));
        }
    }
    let credential = credentials
        .iter()
        .find(|credential| credential.secret_id == authorization.secret_id)
        .ok_or_else(errors::secret_id_not_found)?;
    if now.abs_diff(timestamp) > MAX_CLOCK_SKEW as u64 {
        return Err(errors::signature_expire());
    }
    let mut headers = Vec::with_capacity(signed.len());
    for name in &signed {
        let value = incoming
            .header(name)
            .ok_or_else(errors::signature_failure)?;
        headers.push((*name, value));
    }
    let host = incoming.header("host").unwrap_or("");
    let payload = if incoming.header("x-tc-content-sha256") == Some(UNSIGNED_PAYLOAD) {
        Payload::Unsigned
    } else {
        Payload::Bytes(incoming.body)
    };
    let request = SignableRequest {
        method: incoming.method,
        query: incoming.query,
        headers: &headers,
        payload,
    };
    let verifies = |request: &SignableRequest<'_>| {
        authorization.verify(&credential.secret_key, timestamp, request)
    };
    // The official Node SDK signs the host without its port (`URL.hostname`) and sends
    // it with it (`URL.host`). The real servers, on 443, are sent no port, so for them
    // the two agree; here the port is what differs. The host is still signed: a
    // signature over another host fails.
    let port_less = without_port(host).map(|bare| {
        let headers: Vec<(&str, &str)> = headers
            .iter()
            .map(|&(name, value)| {
                if name.eq_ignore_ascii_case("host") {
                    (name, bare)
                } else {
                    (name, value)
                }
            })
            .collect();
        headers
    });
    let port_less_verifies = || {
        port_less
            .as_ref()
            .is_some_and(|headers| verifies(&SignableRequest { headers, ..request }))
    };
    if !verifies(&request) && !port_less_verifies() {
        return Err(errors::signature_failure());
    }
    checked.signature_valid = true;
    let token = incoming
        .header("x-tc-token")
        .filter(|token| !token.is_empty());
    match (&credential.token, token) {
        (None, None) => {}
        (Some(expected), Some(sent)) if expected == sent => {}
        (Some(_), None) => return Err(errors::token_failure("the request carries no X-TC-Token")),
        (Some(_), Some(_)) => {
            return Err(errors::token_failure(
                "the X-TC-Token is not the credential's",
            ));
        }
        (None, Some(_)) => {
            return Err(errors::token_failure(
                "an X-TC-Token was sent with a permanent SecretId",
            ));
        }
    }
    Ok(authorization.service.to_owned())
}

/// `host:port` (or `[v6]:port`) without its port; `None` when there is no port.
fn without_port(host: &str) -> Option<&str> {
    let (bare, port) = host.rsplit_once(':')?;
    let is_port = !port.is_empty() && port.bytes().all(|byte| byte.is_ascii_digit());
    // A bare IPv6 address is all colons: only a bracketed one carries a port.
    let whole_host = !bare.contains(':') || (bare.starts_with('[') && bare.ends_with(']'));
    (is_port && whole_host && !bare.is_empty()).then_some(bare)
}

/// The JSON body of a POST as the parameters.
fn json_params(incoming: &Incoming<'_>) -> Result<Map<String, Value>, ErrorReply> {
    let content_type = incoming.header("content-type").unwrap_or("");
    let media_type = content_type.split(';').next().unwrap_or("").trim();
    if !media_type.eq_ignore_ascii_case("application/json") {
        return Err(errors::unsupported_content_type(content_type));
    }
    if incoming.body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(incoming.body) {
        Ok(Value::Object(params)) => Ok(params),
        Ok(_) => Err(errors::body_not_object()),
        Err(error) => Err(errors::body_not_json(&error)),
    }
}

#[cfg(test)]
mod tests {
    use super::without_port;

    #[test]
    fn only_a_port_is_taken_off_the_host() {
        for (host, bare) in [
            ("127.0.0.1:8080", Some("127.0.0.1")),
            (
                "cvm.tencentcloudapi.com:443",
                Some("cvm.tencentcloudapi.com"),
            ),
            ("[::1]:8080", Some("[::1]")),
            ("127.0.0.1", None),
            ("::1", None),
            ("[::1]", None),
            ("host:", None),
            (":80", None),
            ("host:8o", None),
        ] {
            assert_eq!(without_port(host), bare, "{host}");
        }
    }
}
