//! The code tables against their sources: the common table against the specification's
//! table and Tencent's list of cross-service codes; every category against Tencent's whole
//! published list of codes, through every view of a code.

use std::collections::{BTreeMap, BTreeSet};
use tencent_action::code::REVIEWED;
use tencent_action::{ApiError, Category, Code, CommonCode, ErrorCode, FromCode};
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

/// Every code Tencent publishes (`data/tencent-api/all-error-codes.json`): the code and the
/// services that use it.
fn published() -> Vec<(String, Vec<String>)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../data/tencent-api/all-error-codes.json");
    let text = std::fs::read_to_string(&path).expect("the published list is readable");
    let file: serde_json::Value = serde_json::from_str(&text).expect("the list is JSON");
    let codes = file["codes"].as_array().expect("a list of codes");
    assert_eq!(Some(codes.len() as u64), file["count"].as_u64());
    codes
        .iter()
        .map(|entry| {
            let services = entry["services"].as_array().expect("services");
            (
                entry["code"].as_str().expect("a code").to_owned(),
                services
                    .iter()
                    .map(|service| service.as_str().expect("a name").to_owned())
                    .collect(),
            )
        })
        .collect()
}

/// An action of a service outside the repository's data, declaring a few published codes as
/// its own: its code type must answer as every other view.
#[tencent_action::tencent_action(
    service = "ssl",
    version = "2019-12-05",
    errors(
        "LimitExceeded.RateLimitExceeded" = "The request rate per unit of time reached its limit.",
        "FailedOperation.FrequencyLimit",
        "LimitExceeded.FreqCnt",
        "RequestLimitExceeded.JobNumExceed",
        "InvalidParameter",
    )
)]
#[derive(Debug)]
pub struct ApplyCertificate {
    /// The certificate's ID.
    pub certificate_id: String,
}

#[test]
fn every_view_of_every_published_code_agrees() {
    let codes = published();
    assert_eq!(codes.len(), 11_868);
    for (code, _) in &codes {
        let category = Category::of(code);
        let api = ApiError::new(code, "message", "request-id");
        let common = Code::from_code(code);
        let declared = ApplyCertificateErrorCode::from_code(code);
        assert_eq!(common.as_str(), code);
        assert_eq!(declared.as_str(), code);
        assert_eq!(api.category(), category, "{code}");
        assert_eq!(api.is_retryable(), category.is_retryable(), "{code}");
        assert_eq!(common.category(), category, "{code}");
        assert_eq!(declared.category(), category, "{code}");
        assert_eq!(declared.is_retryable(), category.is_retryable(), "{code}");
        match &common {
            Code::Common(exact) => {
                assert_eq!(exact.category(), category, "{code}");
                assert_eq!(exact.family(), Some(*exact));
            }
            Code::Other(unknown) => {
                assert_eq!(unknown.category(), category, "{code}");
                assert_eq!(unknown.family(), common.family());
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(declared.family(), common.family(), "{code}");
        let error = tencent_action::Error::Api(api);
        assert_eq!(error.category(), Some(category), "{code}");
        assert_eq!(error.is_retryable(), category.is_retryable(), "{code}");
    }
    // The declared codes are variants of their own, and still answer alike.
    assert!(matches!(
        ApplyCertificateErrorCode::from_code("LimitExceeded.RateLimitExceeded"),
        ApplyCertificateErrorCode::LimitExceededRateLimitExceeded
    ));
}

/// Counts per category of the published codes, and of those whose category is not their
/// family's, as the runtime's README shows them.
fn category_table(codes: &[(String, Vec<String>)]) -> String {
    let mut counts: BTreeMap<Category, [usize; 2]> = BTreeMap::new();
    for (code, _) in codes {
        let category = Category::of(code);
        let count = counts.entry(category).or_default();
        count[0] += 1;
        count[1] += usize::from(category != Category::family_default(code));
    }
    let mut table =
        String::from("| category | codes | not their family's category |\n|---|---:|---:|\n");
    let mut total = [0; 2];
    for (category, [all, moved]) in &counts {
        table += &format!("| {category} | {} | {moved} |\n", thousands(*all));
        total[0] += all;
        total[1] += moved;
    }
    table += &format!(
        "| all | {} | {} |\n",
        thousands(total[0]),
        thousands(total[1])
    );
    table
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[test]
fn every_published_code_has_a_category_and_the_readme_counts_them() {
    let codes = published();
    let published: BTreeSet<&str> = codes.iter().map(|(code, _)| code.as_str()).collect();
    let reviewed: BTreeSet<&str> = REVIEWED.iter().map(|entry| entry.code).collect();
    // What is not reviewed keeps its family's category: the shape rule for codes outside
    // the data fires on no published code that the review has not seen.
    for (code, _) in &codes {
        if !reviewed.contains(code.as_str()) {
            assert_eq!(
                Category::of(code),
                Category::family_default(code),
                "`{code}` is not reviewed but does not take its family's category: \
                 run runtime/scripts/propose-reviewed-codes.py"
            );
        }
    }
    let stale: Vec<_> = reviewed.difference(&published).collect();
    assert!(stale.is_empty(), "reviewed but not published: {stale:?}");

    let table = category_table(&codes);
    let readme = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/README.md"),
    )
    .expect("runtime/README.md is readable");
    let section = readme
        .split("<!-- code-categories:start -->")
        .nth(1)
        .and_then(|rest| rest.split("<!-- code-categories:end -->").next())
        .expect("runtime/README.md has the code-categories section");
    assert!(
        section.contains(&table),
        "the code-categories section of runtime/README.md should hold the table\n{table}"
    );
    let moved = REVIEWED
        .iter()
        .filter(|entry| entry.category != Category::family_default(entry.code))
        .count();
    let sentence = format!(
        "{} reviewed codes, {moved} of them with a category other than their family's",
        REVIEWED.len()
    );
    assert!(
        section.contains(&sentence),
        "runtime/README.md should say: {sentence}"
    );
}

/// Every reviewed code and the category the review gave it.
const PINNED: &[(&str, Category)] = &[
    ("AddressQuotaLimitExceeded.DailyAllocate", Category::Quota),
    ("FailedOperation.AFRequiredItemNotSelect", Category::Failed),
    (
        "FailedOperation.AIConcurrentOverFrequency",
        Category::Throttling,
    ),
    (
        "FailedOperation.ActionOperateTooQuickly",
        Category::Throttling,
    ),
    ("FailedOperation.AdjustFrequencyLimit", Category::Throttling),
    ("FailedOperation.CallerOverFrequency", Category::Throttling),
    (
        "FailedOperation.CalloutRuleMaxCallCountCalleePerDayAppID",
        Category::Quota,
    ),
    (
        "FailedOperation.ChannelRefundFrequencyLimited",
        Category::Throttling,
    ),
    ("FailedOperation.CountLimitError", Category::Quota),
    (
        "FailedOperation.CreateOperationTooFrequently",
        Category::Throttling,
    ),
    ("FailedOperation.DataFlowTooManyRequests", Category::Quota),
    ("FailedOperation.FreqCtrl", Category::Throttling),
    ("FailedOperation.FrequencyCheckRisk", Category::Failed),
    ("FailedOperation.FrequencyLimit", Category::Throttling),
    ("FailedOperation.FrequencyLimited", Category::Throttling),
    ("FailedOperation.FuseFreqCtrl", Category::Throttling),
    (
        "FailedOperation.OperateFrequencyLimitedError",
        Category::Throttling,
    ),
    (
        "FailedOperation.OperateLimitNumofListener",
        Category::Failed,
    ),
    ("FailedOperation.RateLimitExceeded", Category::Throttling),
    ("FailedOperation.RatelimitConsulError", Category::Failed),
    (
        "FailedOperation.RatelimitMeshApiServiceError",
        Category::Failed,
    ),
    ("FailedOperation.ReadQpsLimit", Category::Throttling),
    (
        "FailedOperation.ReleaseOperationTooFrequently",
        Category::Throttling,
    ),
    ("FailedOperation.RequestLimitExceeded", Category::Throttling),
    ("FailedOperation.RequestLimitExceeded1D", Category::Quota),
    ("FailedOperation.RequestLimitExceeded1H", Category::Quota),
    (
        "FailedOperation.RequestLimitExceeded30S",
        Category::Throttling,
    ),
    ("FailedOperation.RestrictedFrequency", Category::Throttling),
    (
        "FailedOperation.SendVerifyCodeIsLimited",
        Category::Throttling,
    ),
    ("FailedOperation.SlowDown", Category::Throttling),
    ("FailedOperation.TagQpsLimit", Category::Throttling),
    ("FailedOperation.TooFrequent", Category::Throttling),
    ("FailedOperation.TooFrequently", Category::Throttling),
    (
        "FailedOperation.UnsupportedOpenLowFrequency",
        Category::Failed,
    ),
    ("FailedOperation.WriteQpsLimit", Category::Throttling),
    ("InternalError.ExceedMaxLimit", Category::Throttling),
    ("InternalError.QueryReqLimited", Category::Throttling),
    ("InvalidParameter.ActionInProgress", Category::Throttling),
    (
        "InvalidParameter.BandLimitRequiredMainland",
        Category::Client,
    ),
    ("InvalidParameter.Common", Category::Throttling),
    ("InvalidParameter.DateOutOfSixtyDays", Category::Client),
    (
        "InvalidParameter.OperationIsTooFrequent",
        Category::Throttling,
    ),
    ("InvalidParameter.OverLimit", Category::Throttling),
    (
        "InvalidParameter.SkillScanRateLimitExceeded",
        Category::Throttling,
    ),
    (
        "InvalidParameterValue.BindInfrequentaccessFirst",
        Category::Client,
    ),
    (
        "InvalidParameterValue.DailyCreateNamespaceReachMaximum",
        Category::Quota,
    ),
    (
        "InvalidParameterValue.InvalidVideoPlayRate",
        Category::Client,
    ),
    ("InvalidParameterValue.LoRaFreqParmsError", Category::Client),
    (
        "InvalidParameterValue.SiteFailoverNotSupportHostOriginPullRateLimit",
        Category::Client,
    ),
    ("LimitExceeded.AccessLimit", Category::Throttling),
    ("LimitExceeded.ActionLimited", Category::Throttling),
    (
        "LimitExceeded.AddressQuotaLimitExceededDailyAllocate",
        Category::Quota,
    ),
    (
        "LimitExceeded.AppCountryOrRegionDailyLimit",
        Category::Quota,
    ),
    ("LimitExceeded.AppDailyLimit", Category::Quota),
    ("LimitExceeded.AppGlobalDailyLimit", Category::Quota),
    ("LimitExceeded.AppMainlandChinaDailyLimit", Category::Quota),
    (
        "LimitExceeded.CdnCallingQueryIpTooOften",
        Category::Throttling,
    ),
    ("LimitExceeded.CdnHostOpTooOften", Category::Throttling),
    ("LimitExceeded.CdnPurgeExceedDayLimit", Category::Quota),
    ("LimitExceeded.CdnPurgePathExceedDayLimit", Category::Quota),
    ("LimitExceeded.CdnPurgeUrlExceedDayLimit", Category::Quota),
    ("LimitExceeded.CdnPushExceedDayLimit", Category::Quota),
    (
        "LimitExceeded.DailyAllocateAddressQuotaLimitExceeded",
        Category::Quota,
    ),
    ("LimitExceeded.DailyChangeAddressQuota", Category::Quota),
    ("LimitExceeded.DailyLimit", Category::Quota),
    ("LimitExceeded.DailyQuota", Category::Quota),
    ("LimitExceeded.DeliveryFrequencyLimit", Category::Quota),
    ("LimitExceeded.DiagnoseCount", Category::Quota),
    ("LimitExceeded.EcdnDomainOpTooOften", Category::Throttling),
    ("LimitExceeded.FreqCnt", Category::Quota),
    (
        "LimitExceeded.FreqLimitForbiddenAccessError",
        Category::Throttling,
    ),
    (
        "LimitExceeded.GlobalSmsSendingRateLimit",
        Category::Throttling,
    ),
    ("LimitExceeded.IndexCreate", Category::Quota),
    ("LimitExceeded.IndexOperating", Category::Throttling),
    ("LimitExceeded.IotDeviceOpTooOften", Category::Throttling),
    ("LimitExceeded.IotProductOpTooOften", Category::Throttling),
    ("LimitExceeded.IotRuleOpTooOften", Category::Throttling),
    ("LimitExceeded.IotTopicOpTooOften", Category::Throttling),
    ("LimitExceeded.IpFreqCnt", Category::Quota),
    ("LimitExceeded.KeyFreqCnt", Category::Quota),
    ("LimitExceeded.LimitedAccess", Category::Throttling),
    ("LimitExceeded.MaximumTask", Category::Quota),
    ("LimitExceeded.MonthlyAddressRecoveryQuota", Category::Quota),
    ("LimitExceeded.OrderLimitError", Category::Throttling),
    ("LimitExceeded.PhoneNumberDailyLimit", Category::Quota),
    ("LimitExceeded.PhoneNumberOneHourLimit", Category::Quota),
    (
        "LimitExceeded.PhoneNumberSameContentDailyLimit",
        Category::Quota,
    ),
    (
        "LimitExceeded.PhoneNumberThirtySecondLimit",
        Category::Throttling,
    ),
    ("LimitExceeded.RateLimitExceeded", Category::Throttling),
    ("LimitExceeded.ReceiverDetailRequestLimit", Category::Quota),
    ("LimitExceeded.RequestLimit", Category::Throttling),
    ("LimitExceeded.RequestLimitExceeded", Category::Throttling),
    ("LimitExceeded.Search", Category::Throttling),
    ("LimitExceeded.SendEmailWithinOneHourLimit", Category::Quota),
    ("LimitExceeded.SpaceCreate", Category::Quota),
    (
        "LimitExceeded.SslCertRequestLimitExceeded",
        Category::Throttling,
    ),
    ("LimitExceeded.StudioLoRaFreqExceedLimit", Category::Quota),
    ("LimitExceeded.TagQuotaLimitExceeded", Category::Throttling),
    ("LimitExceeded.TooFrequentlyCalled", Category::Throttling),
    ("LimitExceeded.TooManyRequests", Category::Throttling),
    ("OperationDenied.FreqOverLimit", Category::Throttling),
    (
        "OperationDenied.LimitDayForAuditReplayError",
        Category::Resource,
    ),
    (
        "OperationDenied.ManualBackupQuotaPerDayExceededErr",
        Category::Quota,
    ),
    ("OperationDenied.OutQueryLimit", Category::Throttling),
    ("RequestLimitExceeded.BatchImportOverflow", Category::Quota),
    ("RequestLimitExceeded.BatchTaskLimit", Category::Quota),
    ("RequestLimitExceeded.ConcurrencyOverflow", Category::Quota),
    ("RequestLimitExceeded.CreateDomainLimit", Category::Quota),
    ("RequestLimitExceeded.CreateUser", Category::Throttling),
    (
        "RequestLimitExceeded.DeviceDownloadTask",
        Category::Resource,
    ),
    ("RequestLimitExceeded.FrequentRequest", Category::Throttling),
    ("RequestLimitExceeded.Gateway", Category::Throttling),
    (
        "RequestLimitExceeded.InnerRequestLimitExceeded",
        Category::Throttling,
    ),
    ("RequestLimitExceeded.JobNumExceed", Category::Quota),
    ("RequestLimitExceeded.Midas", Category::Throttling),
    (
        "RequestLimitExceeded.MidasInvalidRequest",
        Category::Throttling,
    ),
    ("RequestLimitExceeded.RepeatRequest", Category::Throttling),
    (
        "RequestLimitExceeded.RequestLimitExceeded",
        Category::Throttling,
    ),
    (
        "RequestLimitExceeded.RequestLimitExceededError",
        Category::Throttling,
    ),
    ("RequestLimitExceeded.RotateRateLimited", Category::Quota),
    ("RequestLimitExceeded.SendSms", Category::Throttling),
    (
        "RequestLimitExceeded.WaitForTheLastOperationToComplete",
        Category::Resource,
    ),
    ("ResourceInUse.RatelimitRuleExistError", Category::Resource),
    (
        "ResourceNotFound.StudioLoRaFreqNotExist",
        Category::Resource,
    ),
    ("ResourceUnavailable.MidasDay", Category::Quota),
    (
        "UnauthorizedOperation.OperationTooOften",
        Category::Throttling,
    ),
    ("UnsupportedOperation.FrequencyLimit", Category::Throttling),
    (
        "UnsupportedOperation.FrequencyTopicDeleteOperate",
        Category::Resource,
    ),
    ("UnsupportedOperation.LoRaFreqDupKeyExist", Category::Client),
    (
        "UnsupportedOperation.StudioLoRaFreqInUsed",
        Category::Client,
    ),
];

#[test]
fn every_reviewed_code_is_pinned() {
    use std::collections::BTreeMap;
    let pinned: BTreeMap<&str, Category> = PINNED.iter().copied().collect();
    let table: BTreeMap<&str, Category> = REVIEWED
        .iter()
        .map(|entry| (entry.code, entry.category))
        .collect();
    assert_eq!(table, pinned, "the reviewed table and its pins differ");
    for &(code, category) in PINNED {
        assert_eq!(Category::of(code), category, "{code}");
        let api = ApiError::new(code, "", "");
        assert_eq!(api.category(), category, "{code}");
        assert_eq!(api.is_retryable(), category.is_retryable(), "{code}");
        // A sub-code the review did not see follows its reviewed parent.
        assert_eq!(Category::of(&format!("{code}.Detail")), category, "{code}");
    }
}

#[test]
fn rate_limits_of_codes_outside_the_data() {
    use Category::*;
    let published: BTreeSet<String> = published().into_iter().map(|(code, _)| code).collect();
    let cases = [
        ("LimitExceeded.ApiRateLimitExceeded", Throttling),
        ("FailedOperation.SendQpsLimit", Throttling),
        ("FailedOperation.QueryTooFrequently", Throttling),
        ("InvalidParameter.OpTooOften", Throttling),
        ("ResourceUnavailable.TooManyRequests", Throttling),
        ("UnknownFamily.FrequencyLimited", Throttling),
        ("RequestLimitExceeded.AnythingNew", Throttling),
        ("FailedOperation.DailyFrequencyLimit", Quota),
        ("FailedOperation.SendLimitPerDay", Quota),
        ("LimitExceeded.HourlyRateLimit", Quota),
        ("LimitExceeded.TooManyTags", Quota),
        ("LimitExceeded.FrequencyPlanCount", Quota),
        ("InvalidParameterValue.InvalidBackupFrequency", Client),
        ("FailedOperation.RateLimitRuleInvalid", Failed),
    ];
    for (code, category) in cases {
        assert!(!published.contains(code), "{code} is published");
        let error = ApiError::new(code, "", "r");
        assert_eq!(error.category(), category, "{code}");
        assert_eq!(error.is_retryable(), category.is_retryable(), "{code}");
    }
}
