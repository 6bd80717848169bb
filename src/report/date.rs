//! Calendar dates (UTC) of file modification times, for the report's
//! "as of" line, without a date library: days since 1970 to year, month
//! and day by the proleptic Gregorian calendar.

use std::time::{SystemTime, UNIX_EPOCH};

/// `2026-12-01` for a time; `None` before 1970.
#[must_use]
pub fn ymd(t: SystemTime) -> Option<String> {
    let secs = t.duration_since(UNIX_EPOCH).ok()?.as_secs();
    let days = i64::try_from(secs / 86_400).ok()?;
    let (y, m, d) = civil(days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Days since 1970-01-01 to (year, month, day), counting in 400-year eras
/// of 146,097 days that start on 1 March, so leap days fall at an era's
/// end.
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn known_dates() {
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(11_016), (2000, 2, 29));
        assert_eq!(civil(11_017), (2000, 3, 1));
        assert_eq!(civil(20_454), (2026, 1, 1));
        let t = UNIX_EPOCH + Duration::from_secs(1_796_083_200 + 3_600);
        assert_eq!(ymd(t).as_deref(), Some("2026-12-01"));
        assert_eq!(ymd(UNIX_EPOCH - Duration::from_secs(5)), None);
    }
}
