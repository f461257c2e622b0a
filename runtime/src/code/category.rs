use super::CommonCode;
use super::dotted::self_and_ancestors;
use std::fmt;

/// What an error code means for the caller: whether to retry, fix the request, fix the
/// credentials, or accept the answer.
///
/// Every common code has a category in the table; any other code takes the category of its
/// nearest dotted ancestor that the table knows (`ResourceNotFound.InstanceNotExist` is a
/// [`Resource`](Category::Resource) error), and [`Unknown`](Category::Unknown) when it has none.
///
/// ```
/// use tencent_action::{Category, Code, ErrorCode};
///
/// assert_eq!(Code::from_code("RequestLimitExceeded.UinLimitExceeded").category(), Category::Throttling);
/// assert_eq!(Code::from_code("LimitExceeded.TopicNum").category(), Category::Quota);
/// assert!(Category::Throttling.is_retryable());
/// assert!(!Category::Quota.is_retryable());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// `DryRunOperation`: the request would have succeeded; it was not carried out because
    /// it asked for a dry run.
    DryRun,
    /// Too many requests in too short a time: retry after a backoff.
    Throttling,
    /// The server failed in a way that may pass (`InternalError`, `ServiceUnavailable`):
    /// the same request may succeed when retried.
    Transient,
    /// The credentials, the signature or the caller's permissions were refused: retrying
    /// the same request fails the same way.
    Auth,
    /// A quota or limit of the account or resource is reached (`LimitExceeded`): this is
    /// not throttling, and waiting a second does not lift it.
    Quota,
    /// The request itself is wrong (a parameter, the action, the version, the region).
    Client,
    /// The request is valid but a resource's state prevents it: not found, in use,
    /// insufficient, unavailable, or busy with another operation.
    Resource,
    /// `FailedOperation`: the service could not carry the operation out; its message says why.
    Failed,
    /// A code that no entry of the table covers, not even by a dotted prefix.
    Unknown,
}

impl Category {
    /// Whether sending the same request again may succeed: throttling and transient
    /// server errors. The official SDKs retry the throttling codes too; nothing else is
    /// safe to retry blindly.
    pub const fn is_retryable(self) -> bool {
        matches!(self, Category::Throttling | Category::Transient)
    }

    /// The category of any code: the entry of the code itself or of its nearest dotted
    /// ancestor, in the common table or among the classified sub-codes below.
    ///
    /// ```
    /// use tencent_action::Category;
    ///
    /// assert_eq!(Category::of("AuthFailure.SomethingNew"), Category::Auth);
    /// assert_eq!(Category::of("InvalidParameterValueLimit"), Category::Unknown);
    /// assert_eq!(Category::of("RequestLimitExceeded.JobNumExceed"), Category::Quota);
    /// ```
    pub fn of(code: &str) -> Category {
        self_and_ancestors(code)
            .find_map(|prefix| {
                CommonCode::from_exact(prefix)
                    .map(CommonCode::category)
                    .or_else(|| classified_family(prefix))
            })
            .unwrap_or(Category::Unknown)
    }

    /// A short lowercase name, as `Display` prints it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::DryRun => "dry run",
            Category::Throttling => "throttling",
            Category::Transient => "transient",
            Category::Auth => "auth",
            Category::Quota => "quota",
            Category::Client => "client",
            Category::Resource => "resource",
            Category::Failed => "failed",
            Category::Unknown => "unknown",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Prefixes and sub-codes that are not common codes but whose meaning is settled, either
/// because a whole family shares it (`AuthFailure.*`) or because a sub-code differs from
/// its parent: several `RequestLimitExceeded.*` codes are quotas or conflicts, not rate
/// limits, and retrying them only repeats the failure.
const CLASSIFIED_FAMILIES: &[(&str, Category)] = &[
    ("AuthFailure", Category::Auth),
    ("OperationDenied", Category::Auth),
    ("ResourcesSoldOut", Category::Resource),
    (
        "RequestLimitExceeded.GlobalRegionUinLimitExceeded",
        Category::Throttling,
    ),
    ("RequestLimitExceeded.JobNumExceed", Category::Quota),
    ("RequestLimitExceeded.CreateDomainLimit", Category::Quota),
    ("RequestLimitExceeded.BatchTaskLimit", Category::Quota),
    (
        "RequestLimitExceeded.WaitForTheLastOperationToComplete",
        Category::Resource,
    ),
];

fn classified_family(prefix: &str) -> Option<Category> {
    CLASSIFIED_FAMILIES
        .iter()
        .find(|(family, _)| *family == prefix)
        .map(|&(_, category)| category)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttling_is_not_quota() {
        assert_eq!(Category::of("RequestLimitExceeded"), Category::Throttling);
        assert_eq!(
            Category::of("RequestLimitExceeded.IPLimitExceeded"),
            Category::Throttling
        );
        assert_eq!(
            Category::of("RequestLimitExceeded.GlobalRegionUinLimitExceeded"),
            Category::Throttling
        );
        assert_eq!(
            Category::of("RequestLimitExceeded.SomethingNew"),
            Category::Throttling
        );
        assert_eq!(Category::of("LimitExceeded"), Category::Quota);
        assert_eq!(Category::of("LimitExceeded.InstanceQuota"), Category::Quota);
        assert_eq!(
            Category::of("RequestLimitExceeded.BatchTaskLimit"),
            Category::Quota
        );
        assert_eq!(
            Category::of("RequestLimitExceeded.WaitForTheLastOperationToComplete"),
            Category::Resource
        );
    }

    #[test]
    fn bare_lookalikes_are_not_family_members() {
        assert_eq!(
            Category::of("InvalidParameterValueLimit"),
            Category::Unknown
        );
        assert_eq!(Category::of("AuthFailureX"), Category::Unknown);
        assert_eq!(Category::of("InvalidParameterValue.X.Y"), Category::Client);
        assert_eq!(Category::of(""), Category::Unknown);
    }

    #[test]
    fn only_throttling_and_transient_retry() {
        let retryable: Vec<_> = [
            Category::DryRun,
            Category::Throttling,
            Category::Transient,
            Category::Auth,
            Category::Quota,
            Category::Client,
            Category::Resource,
            Category::Failed,
            Category::Unknown,
        ]
        .into_iter()
        .filter(|c| c.is_retryable())
        .collect();
        assert_eq!(retryable, [Category::Throttling, Category::Transient]);
    }
}
