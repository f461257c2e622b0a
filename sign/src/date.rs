//! The credential scope's date: the UTC calendar date of the request's timestamp.

/// The UTC date of a Unix timestamp, `YYYY-MM-DD`, as the credential scope spells it.
///
/// ```
/// assert_eq!(tencent_action_sign::utc_date(1551113065), "2019-02-25");
/// assert_eq!(tencent_action_sign::utc_date(0), "1970-01-01");
/// assert_eq!(tencent_action_sign::utc_date(-1), "1969-12-31");
/// ```
pub fn utc_date(timestamp: i64) -> String {
    let (year, month, day) = civil_from_days(timestamp.div_euclid(86_400));
    format!("{year:04}-{month:02}-{day:02}")
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`), exact for every `i64` timestamp's day.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::utc_date;

    #[test]
    fn day_boundaries_and_leap_days() {
        assert_eq!(utc_date(86_399), "1970-01-01");
        assert_eq!(utc_date(86_400), "1970-01-02");
        assert_eq!(utc_date(951_782_400), "2000-02-29");
        assert_eq!(utc_date(1_709_164_800), "2024-02-29");
        assert_eq!(utc_date(1_735_689_599), "2024-12-31");
        assert_eq!(utc_date(1_735_689_600), "2025-01-01");
        assert_eq!(utc_date(4_102_444_800), "2100-01-01");
    }

    #[test]
    fn extreme_timestamps_do_not_panic() {
        for timestamp in [i64::MIN, i64::MIN + 1, i64::MAX, -86_401] {
            assert!(!utc_date(timestamp).is_empty());
        }
    }
}
