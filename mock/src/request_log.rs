//! `--log requests`: one line per request for a person watching the mock's stderr.

use crate::received::ReceivedRequest;
use std::time::{SystemTime, UNIX_EPOCH};

/// `2024-05-01T12:00:00.123Z cvm:DescribeZones ok RequestId=<uuid> signature=valid`
/// (`invalid`, or `skipped` for a request sent with `Authorization: SKIP`), the outcome
/// being `ok`, `error=<Code>` or `fault=<name>` (the `--fault` kind). Only what the record holds, and of its headers only the action: never a key, a token or a
/// signature.
pub(crate) fn line(record: &ReceivedRequest, at: SystemTime) -> String {
    let action = match (&record.service, &record.action) {
        (Some(service), Some(action)) => format!("{service}:{action}"),
        (None, Some(action)) => action.clone(),
        (_, None) => "-".to_owned(),
    };
    let outcome = match (&record.fault, &record.error_code) {
        (Some(fault), _) => format!("fault={fault}"),
        (None, Some(code)) => format!("error={code}"),
        (None, None) => "ok".to_owned(),
    };
    let verdict = if record.signature_valid {
        "valid"
    } else if record.header("authorization") == Some("SKIP") {
        // Sent unsigned, as STS's role logins are (`UNSIGNED_ACTIONS`).
        "skipped"
    } else {
        "invalid"
    };
    format!(
        "{} {} {} RequestId={} signature={verdict}",
        utc_time(at),
        // The action is the client's text: a space or a control character in it must not
        // make the line read as two fields or two lines.
        action.escape_debug().to_string().replace(' ', "\\x20"),
        outcome.escape_debug(),
        record.request_id,
    )
}

/// RFC 3339 in UTC, to the millisecond.
fn utc_time(at: SystemTime) -> String {
    let since = at.duration_since(UNIX_EPOCH).unwrap_or_default();
    let seconds = since.as_secs() as i64;
    let of_day = seconds.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}.{:03}Z",
        tencent_action_sign::utc_date(seconds),
        of_day / 3_600,
        of_day / 60 % 60,
        of_day % 60,
        since.subsec_millis()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::faults::Fault;
    use std::time::Duration;

    fn record() -> ReceivedRequest {
        ReceivedRequest {
            method: "POST".to_owned(),
            action: Some("DescribeZones".to_owned()),
            service: Some("cvm".to_owned()),
            headers: vec![("x-tc-token".to_owned(), "session-token".to_owned())],
            body: b"{}".to_vec(),
            params: serde_json::Map::new(),
            signature_valid: true,
            request_id: "6f1c2c8e-0000-4000-8000-000000000001".to_owned(),
            error_code: None,
            fault: None,
        }
    }

    #[test]
    fn a_line_says_when_what_how_which_and_whether_signed() {
        let at = UNIX_EPOCH + Duration::from_millis(1_714_564_800_123);
        assert_eq!(
            line(&record(), at),
            "2024-05-01T12:00:00.123Z cvm:DescribeZones ok \
             RequestId=6f1c2c8e-0000-4000-8000-000000000001 signature=valid"
        );
        let refused = ReceivedRequest {
            service: None,
            signature_valid: false,
            error_code: Some("AuthFailure.SignatureFailure".to_owned()),
            ..record()
        };
        assert!(
            line(&refused, at).contains(
                " DescribeZones error=AuthFailure.SignatureFailure RequestId=6f1c2c8e-0000-4000-8000-000000000001 signature=invalid"
            ),
            "{}",
            line(&refused, at)
        );
        let faulted = ReceivedRequest {
            fault: Some(Fault::HttpStatus(502)),
            ..record()
        };
        assert!(line(&faulted, at).contains(" cvm:DescribeZones fault=http=502 "));
        let throttled = ReceivedRequest {
            fault: Some(Fault::Throttle),
            error_code: Some("RequestLimitExceeded".to_owned()),
            ..record()
        };
        assert!(line(&throttled, at).contains(" fault=throttle "));
        assert!(!line(&record(), at).contains("session-token"));
        let unsigned = ReceivedRequest {
            action: Some("AssumeRoleWithWebIdentity".to_owned()),
            service: Some("sts".to_owned()),
            headers: vec![("authorization".to_owned(), "SKIP".to_owned())],
            signature_valid: false,
            ..record()
        };
        assert!(line(&unsigned, at).ends_with(" signature=skipped"));
    }

    #[test]
    fn a_strange_action_stays_one_field_on_one_line() {
        let odd = ReceivedRequest {
            action: Some("Describe Zones\nsignature=valid".to_owned()),
            service: None,
            ..record()
        };
        let text = line(&odd, UNIX_EPOCH);
        assert!(
            text.starts_with("1970-01-01T00:00:00.000Z Describe\\x20Zones\\nsignature=valid ok "),
            "{text}"
        );
        assert_eq!(text.split(' ').count(), 5, "{text}");
    }
}
