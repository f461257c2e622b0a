//! The rate-limit shape of a code's name: how a code that no table knows, of a service
//! outside the published data or added after it, is still recognised as a rate limit
//! (`FailedOperation.FrequencyLimit`, `LimitExceeded.RateLimitExceeded`) or as a day's
//! quota (`LimitExceeded.DailyFrequencyLimit`) instead of taking its family's category.
//!
//! The rule reads the words of one segment (`ReadQPSLimit` is `read qps limit`):
//! - a rate: `frequent`, `frequently`, `ratelimit(ed)`, `throttled`, `throttling`; `too`
//!   before `often`, `quickly`, `fast`, `frequent(ly)` or `many requests`; `slow down`; a
//!   rate word (`frequency`, `freq`, `qps`, `rate`) before a limit word (`limit`, `limited`,
//!   `exceeded`, `ctrl`, `control`, `over`, ...), or `over`, `restricted`, `exceed(ed)` before
//!   a rate word; but not a rate phrase followed by `rule`, `config`, `policy`, ... (the
//!   name of the setting that sets a rate);
//! - a long window: `day`, `daily`, `hour`, `1d`, `1h`, `today`, `week`, `month`, ...;
//!   a short one: `second(s)`, `minute(s)`; a volume: `limit`, `exceeded`, `quota`, `max`, ...
//!
//! A long window with a rate or a volume is a [`Quota`](Category::Quota); otherwise a rate,
//! or a short window with a volume, is [`Throttling`](Category::Throttling). It is stricter
//! than `runtime/scripts/propose-reviewed-codes.py`, which proposes codes for review: on
//! every published code it fires on, the reviewed table has the last word (the
//! `code_table` test checks that it fires on no published code outside the table).

use super::Category;

const RATE: &[&str] = &["frequency", "freq", "qps", "rate"];
const RATE_LIMIT: &[&str] = &[
    "limit", "limited", "limits", "limiting", "exceeded", "exceed", "exceeds", "ctrl", "control",
    "over",
];
const BEFORE_RATE: &[&str] = &["over", "restricted", "exceeded", "exceed"];
const RATE_ALONE: &[&str] = &[
    "frequent",
    "frequently",
    "ratelimit",
    "ratelimited",
    "throttled",
    "throttling",
];
/// Words after a rate phrase that make it the name of a setting, not a limit reached.
const FEATURE: &[&str] = &[
    "rule",
    "rules",
    "config",
    "configuration",
    "policy",
    "strategy",
    "setting",
    "settings",
    "template",
    "plugin",
];
const AFTER_TOO: &[&str] = &["often", "quickly", "fast", "frequent", "frequently"];
const LONG_WINDOW: &[&str] = &[
    "day", "days", "daily", "perday", "hour", "hours", "hourly", "1d", "1h", "24h", "today",
    "week", "weekly", "month", "monthly",
];
const SHORT_WINDOW: &[&str] = &["second", "seconds", "minute", "minutes"];
const VOLUME: &[&str] = &[
    "limit", "limited", "limits", "exceeded", "exceed", "quota", "max", "maximum",
];

/// The category the shape of one segment gives, if it has the shape of a rate or a quota.
pub(super) fn of(segment: &str) -> Option<Category> {
    let words = words(segment);
    let rate = (0..words.len()).any(|i| names_a_rate(&words[i..]));
    let has = |list: &[&str]| words.iter().any(|word| list.contains(&word.as_str()));
    let volume = has(VOLUME);
    if has(LONG_WINDOW) && (rate || volume) {
        Some(Category::Quota)
    } else if rate || (has(SHORT_WINDOW) && volume) {
        Some(Category::Throttling)
    } else {
        None
    }
}

/// Whether the words from here on start with a phrase that names a rate, and not the
/// feature that sets one (`RateLimitRuleInvalid`).
fn names_a_rate(words: &[String]) -> bool {
    let word = |i: usize| words.get(i).map_or("", String::as_str);
    let not_a_feature = |i: usize| !FEATURE.contains(&word(i));
    (RATE_ALONE.contains(&word(0)) && not_a_feature(1))
        || (word(0) == "too"
            && (AFTER_TOO.contains(&word(1)) || (word(1) == "many" && word(2) == "requests")))
        || (word(0) == "slow" && word(1) == "down")
        || (RATE.contains(&word(0)) && RATE_LIMIT.contains(&word(1)) && not_a_feature(2))
        || (BEFORE_RATE.contains(&word(0)) && RATE.contains(&word(1)))
}

/// The lowercase words of a segment: a new word at a lowercase-to-uppercase step, at the
/// last capital of a run that a lowercase letter follows (`QPSLimit`), and where digits
/// start; `1D` and `30S` stay one word; anything not alphanumeric separates.
fn words(segment: &str) -> Vec<String> {
    let chars: Vec<char> = segment.chars().collect();
    let mut words = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() {
            words.extend((!current.is_empty()).then(|| std::mem::take(&mut current)));
            continue;
        }
        let previous = i.checked_sub(1).map(|p| chars[p]).unwrap_or(' ');
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let starts_word = (c.is_numeric() && !previous.is_numeric())
            || (c.is_uppercase() && previous.is_lowercase())
            || (c.is_uppercase() && previous.is_uppercase() && next.is_lowercase());
        if starts_word && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.extend(c.to_lowercase());
    }
    words.extend((!current.is_empty()).then_some(current));
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_a_segment() {
        assert_eq!(words("ReadQPSLimit"), ["read", "qps", "limit"]);
        assert_eq!(
            words("RequestLimitExceeded1D"),
            ["request", "limit", "exceeded", "1d"]
        );
        assert_eq!(words("Limit30S"), ["limit", "30s"]);
        assert_eq!(words("Ratelimit_rule-x"), ["ratelimit", "rule", "x"]);
        assert_eq!(words(""), Vec::<String>::new());
    }

    #[test]
    fn rates_windows_and_lookalikes() {
        use Category::{Quota, Throttling};
        let cases = [
            ("RateLimitExceeded", Some(Throttling)),
            ("FrequencyLimit", Some(Throttling)),
            ("ReadQpsLimit", Some(Throttling)),
            ("FreqCtrl", Some(Throttling)),
            ("FreqOverLimit", Some(Throttling)),
            ("OverFrequency", Some(Throttling)),
            ("TooFrequently", Some(Throttling)),
            ("OpTooOften", Some(Throttling)),
            ("TooManyRequests", Some(Throttling)),
            ("FrequentRequest", Some(Throttling)),
            ("SlowDown", Some(Throttling)),
            ("ThirtySecondLimit", Some(Throttling)),
            ("DailyFrequencyLimit", Some(Quota)),
            ("RequestLimitExceeded1D", Some(Quota)),
            ("SendEmailWithinOneHourLimit", Some(Quota)),
            ("FreqCnt", None),
            ("TooManyTags", None),
            ("InvalidBackupFrequency", None),
            ("OperateLimitNumofListener", None),
            ("AFRequiredItemNotSelect", None),
            ("RateLimitRuleInvalid", None),
            ("RatelimitPolicyNotFound", None),
            ("GetLiveDailySummary", None),
            ("RequestLimitExceeded", None),
            ("", None),
        ];
        for (segment, expected) in cases {
            assert_eq!(of(segment), expected, "{segment}");
        }
    }
}
