use super::dotted::self_and_ancestors;
use super::{CommonCode, reviewed, shape};
use std::fmt;

/// What an error code means for the caller: whether to retry, fix the request, fix the
/// credentials, or accept the answer.
///
/// [`Category::of`] is the one rule every code type answers by. A code takes the category
/// of the nearest of itself and its dotted ancestors that something decides: the common
/// table, a family that is not a code (`AuthFailure.*`), the [reviewed](super::REVIEWED)
/// codes of Tencent's published list, or, for a code nobody reviewed, the shape of its name
/// (`Foo.RateLimitExceeded` is throttling, `Foo.DailyLimit` a quota); else
/// [`Unknown`](Category::Unknown).
///
/// ```
/// use tencent_action::{Category, Code, ErrorCode, FromCode};
///
/// assert_eq!(Code::from_code("RequestLimitExceeded.UinLimitExceeded").category(), Category::Throttling);
/// assert_eq!(Code::from_code("LimitExceeded.TopicNum").category(), Category::Quota);
/// assert_eq!(Code::from_code("LimitExceeded.RateLimitExceeded").category(), Category::Throttling);
/// assert!(Category::Throttling.is_retryable());
/// assert!(!Category::Quota.is_retryable());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// `DryRunOperation`: the request would have succeeded; it was not carried out because
    /// it asked for a dry run.
    DryRun,
    /// Too many requests in too short a time, a limit that clears within seconds or a
    /// minute: retry after a backoff.
    Throttling,
    /// The server failed in a way that may pass (`InternalError`, `ServiceUnavailable`):
    /// the same request may succeed when retried.
    Transient,
    /// The credentials, the signature or the caller's permissions were refused: retrying
    /// the same request fails the same way.
    Auth,
    /// A quota or limit of the account or resource is reached (`LimitExceeded`), a count of
    /// things or a day's or an hour's volume: this is not throttling, and waiting a second
    /// does not lift it.
    Quota,
    /// The request itself is wrong (a parameter, the action, the version, the region).
    Client,
    /// The request is valid but a resource's state prevents it: not found, in use,
    /// insufficient, unavailable, or busy with another operation.
    Resource,
    /// `FailedOperation`: the service could not carry the operation out; its message says why.
    Failed,
    /// A code that nothing classifies, not even by a dotted prefix or its shape.
    Unknown,
}

impl Category {
    /// Whether sending the same request again may succeed: throttling and transient
    /// server errors. The official SDKs retry the throttling codes too; nothing else is
    /// safe to retry blindly.
    pub const fn is_retryable(self) -> bool {
        matches!(self, Category::Throttling | Category::Transient)
    }

    /// The category of any code: see the type's documentation for the order.
    ///
    /// ```
    /// use tencent_action::Category;
    ///
    /// assert_eq!(Category::of("AuthFailure.SomethingNew"), Category::Auth);
    /// assert_eq!(Category::of("InvalidParameterValueLimit"), Category::Unknown);
    /// assert_eq!(Category::of("RequestLimitExceeded.JobNumExceed"), Category::Quota);
    /// // Codes nobody reviewed, of a service outside the published data:
    /// assert_eq!(Category::of("FailedOperation.SendQpsLimit"), Category::Throttling);
    /// assert_eq!(Category::of("LimitExceeded.DailyCallLimit"), Category::Quota);
    /// ```
    pub fn of(code: &str) -> Category {
        self_and_ancestors(code)
            .find_map(|prefix| decided(prefix).or_else(|| shape::of(last_segment(prefix))))
            .unwrap_or(Category::Unknown)
    }

    /// What an HTTP status means when the answer holds no error code (a gateway's page):
    /// 429 is throttling; 500, 502, 503 and 504 are transient, the statuses smithy-rs and
    /// the official SDKs retry; any other says nothing.
    ///
    /// ```
    /// use tencent_action::Category;
    ///
    /// assert_eq!(Category::of_status(503), Some(Category::Transient));
    /// assert_eq!(Category::of_status(429), Some(Category::Throttling));
    /// assert_eq!(Category::of_status(501), None);
    /// assert_eq!(Category::of_status(404), None);
    /// ```
    pub const fn of_status(status: u16) -> Option<Category> {
        match status {
            429 => Some(Category::Throttling),
            500 | 502 | 503 | 504 => Some(Category::Transient),
            _ => None,
        }
    }

    /// The category that the dotted family rule alone gives: the common table and the
    /// families that are not codes, without the reviewed codes and the shape rule. It is
    /// what [`of`](Self::of) answers for every published code that is not reviewed.
    ///
    /// ```
    /// use tencent_action::Category;
    ///
    /// assert_eq!(Category::family_default("LimitExceeded.RateLimitExceeded"), Category::Quota);
    /// assert_eq!(Category::of("LimitExceeded.RateLimitExceeded"), Category::Throttling);
    /// ```
    pub fn family_default(code: &str) -> Category {
        self_and_ancestors(code)
            .find_map(family)
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

/// Families that are not common codes themselves but whose every code shares a meaning:
/// the family rule's entries beside the common table.
const FAMILIES: &[(&str, Category)] = &[
    ("AuthFailure", Category::Auth),
    ("OperationDenied", Category::Auth),
    ("ResourcesSoldOut", Category::Resource),
];

/// The category the family rule gives exactly `prefix`, if any.
fn family(prefix: &str) -> Option<Category> {
    CommonCode::from_exact(prefix)
        .map(CommonCode::table_category)
        .or_else(|| {
            FAMILIES
                .iter()
                .find(|(family, _)| *family == prefix)
                .map(|&(_, category)| category)
        })
}

/// The category a table gives exactly `prefix`: the family rule's, or the reviewed one
/// (the two never hold the same code).
fn decided(prefix: &str) -> Option<Category> {
    family(prefix).or_else(|| reviewed::lookup(prefix))
}

fn last_segment(code: &str) -> &str {
    code.rsplit('.').next().unwrap_or(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_reviewed_codes_and_shapes() {
        use Category::*;
        let cases = [
            ("RequestLimitExceeded", Throttling),
            ("RequestLimitExceeded.IPLimitExceeded", Throttling),
            ("RequestLimitExceeded.SomethingNew", Throttling),
            ("LimitExceeded", Quota),
            ("LimitExceeded.InstanceQuota", Quota),
            ("RequestLimitExceeded.BatchTaskLimit", Quota),
            (
                "RequestLimitExceeded.WaitForTheLastOperationToComplete",
                Resource,
            ),
            // A reviewed code's sub-code follows it; a shape below a family wins over it.
            ("LimitExceeded.RateLimitExceeded.Extra", Throttling),
            ("LimitExceeded.NewFreqLimit", Throttling),
            ("LimitExceeded.FreqCnt.Extra", Quota),
            // A reviewed code is not overridden by its own shape.
            ("LimitExceeded.StudioLoRaFreqExceedLimit", Quota),
            ("SomeService.RateLimited", Throttling),
            ("RateLimitExceeded", Throttling),
            // Lookalikes are not family members.
            ("InvalidParameterValueLimit", Unknown),
            ("AuthFailureX", Unknown),
            ("InvalidParameterValue.X.Y", Client),
            ("", Unknown),
        ];
        for (code, category) in cases {
            assert_eq!(Category::of(code), category, "{code}");
        }
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
