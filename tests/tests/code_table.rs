//! The common code table against its sources: the specification's table and Tencent's
//! list of cross-service codes.

use std::collections::BTreeSet;
use tencent_action::{Category, Code, CommonCode, ErrorCode, FromCode};
use tencent_action_tests::SPEC;

/// `Code | Description |` rows of the specification's table.
fn spec_table() -> Vec<(String, String)> {
    SPEC.lines()
        .filter_map(|line| {
            let mut cells = line.split('|').map(str::trim);
            let code = cells.next()?;
            let description = cells.next()?;
            let is_code = !code.is_empty()
                && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
                && code != "Error Code";
            is_code.then(|| (code.to_owned(), description.to_owned()))
        })
        .collect()
}

fn common_errors_json() -> Vec<String> {
    let text = include_str!("../../data/tencent-api/common-errors.json");
    let file: serde_json::Value = serde_json::from_str(text).unwrap();
    file["codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|code| code["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn every_code_of_the_spec_table_with_its_description() {
    let table = spec_table();
    assert_eq!(table.len(), 26, "the spec's table has 26 rows: {table:?}");
    for (code, description) in table {
        let common: CommonCode = code.parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(common.as_str(), code);
        assert_eq!(common.description(), Some(description.as_str()), "{code}");
    }
}

#[test]
fn every_cross_service_code_and_nothing_else() {
    let listed: BTreeSet<String> = common_errors_json().into_iter().collect();
    let table: BTreeSet<String> = CommonCode::ALL
        .iter()
        .map(|c| c.as_str().to_owned())
        .collect();
    assert_eq!(table, listed);
}

#[test]
fn categories_of_the_common_codes() {
    use Category::*;
    let expected = [
        ("AuthFailure.SignatureExpire", Auth),
        ("UnauthorizedOperation", Auth),
        ("DryRunOperation", DryRun),
        ("FailedOperation", Failed),
        ("InternalError", Transient),
        ("ServiceUnavailable", Transient),
        ("InvalidParameterValue", Client),
        ("MissingParameter", Client),
        ("LimitExceeded", Quota),
        ("RequestLimitExceeded", Throttling),
        ("RequestLimitExceeded.UinLimitExceeded", Throttling),
        ("RequestLimitExceeded.IPLimitExceeded", Throttling),
        ("ResourceNotFound", Resource),
        ("ResourceInsufficient", Resource),
    ];
    for (code, category) in expected {
        assert_eq!(Code::from_code(code).category(), category, "{code}");
    }
    for code in CommonCode::ALL {
        assert_ne!(code.category(), Unknown, "{code} has a category");
    }
}

#[test]
fn dotted_families_and_lookalikes() {
    let sub = Code::from_code("InvalidParameterValue.InstanceIdMalformed");
    assert_eq!(sub.family(), Some(CommonCode::InvalidParameterValue));
    assert!(sub.belongs_to(CommonCode::InvalidParameterValue));
    assert!(!sub.belongs_to(CommonCode::InvalidParameter));
    assert_eq!(sub.category(), Category::Client);

    for lookalike in [
        "InvalidParameterValueLimit",
        "InvalidParameterCombination",
        "LimitExceededX",
    ] {
        let code = Code::from_code(lookalike);
        assert!(matches!(code, Code::Other(_)), "{lookalike}");
        assert_eq!(code.as_str(), lookalike);
        assert!(
            !code.belongs_to(CommonCode::InvalidParameterValue),
            "{lookalike}"
        );
        assert!(!code.belongs_to(CommonCode::LimitExceeded), "{lookalike}");
    }
    // `InvalidParameterCombination` does belong to nothing, not even `InvalidParameter`.
    assert_eq!(
        Code::from_code("InvalidParameterCombination").family(),
        None
    );
}

#[test]
fn unknown_codes_round_trip_as_sent() {
    for raw in [
        "Brand.New",
        "brand",
        "",
        "A.B.C.D",
        "RequestLimitExceeded.JobNumExceed",
        "中文.代码",
    ] {
        let code = Code::from_code(raw);
        assert_eq!(code.as_str(), raw);
        assert_eq!(code.to_string(), raw);
        assert_eq!(raw.parse::<Code>().unwrap(), code);
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(serde_json::from_str::<Code>(&json).unwrap(), code);
    }
}

#[test]
fn throttling_versus_quota() {
    for throttled in [
        "RequestLimitExceeded",
        "RequestLimitExceeded.UinLimitExceeded",
        "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
        "RequestLimitExceeded.IPLimitExceeded",
    ] {
        let code = Code::from_code(throttled);
        assert_eq!(code.category(), Category::Throttling, "{throttled}");
        assert!(code.is_retryable(), "{throttled}");
    }
    for not_transient in [
        "LimitExceeded",
        "LimitExceeded.InstanceQuota",
        "RequestLimitExceeded.JobNumExceed",
        "RequestLimitExceeded.CreateDomainLimit",
        "RequestLimitExceeded.BatchTaskLimit",
        "RequestLimitExceeded.WaitForTheLastOperationToComplete",
    ] {
        assert!(
            !Code::from_code(not_transient).is_retryable(),
            "{not_transient}"
        );
    }
}
