//! Kana helpers for matching readings: long vowels and ぢ/づ folded away,
//! rendaku, on readings in katakana, and romaji queries turned into kana.

use wana_kana::ConvertJapanese;

/// Appends `reading` (hiragana) to `out` in matching form: a long vowel
/// after the vowel it lengthens is dropped (こう → こ, おお → お, ゅう → ゅ,
/// ー), ぢ/づ become じ/ず, so kouchi, kochi and こうち meet. `last` carries
/// the previous character across calls; returns the characters appended.
pub(crate) fn push_matching(out: &mut String, last: &mut Option<char>, reading: &str) -> u32 {
    let mut n = 0;
    for c in reading.chars() {
        let c = match c {
            'ぢ' => 'じ',
            'づ' => 'ず',
            c => c,
        };
        let long = match (*last, c) {
            (Some(_), 'ー') => true,
            (Some(p), 'う') => O_ROW.contains(p) || U_ROW.contains(p),
            (Some(p), 'お') => O_ROW.contains(p),
            _ => false,
        };
        if !long {
            out.push(c);
            n += 1;
        }
        *last = Some(c);
    }
    n
}

const O_ROW: &str = "おぉこごそぞとどのほぼぽもよょろを";
const U_ROW: &str = "うぅくぐすずつづぬふぶぷむゆゅるゔ";

/// `reading` in matching form (see [`push_matching`]).
pub(crate) fn matching(reading: &str) -> String {
    let mut out = String::with_capacity(reading.len());
    push_matching(&mut out, &mut None, reading);
    out
}

/// Katakana to hiragana (on readings are stored in katakana).
pub(super) fn hiragana(kana: &str) -> String {
    kana.chars()
        .map(|c| {
            if ('\u{30A1}'..='\u{30F6}').contains(&c) {
                char::from_u32(u32::from(c) - 0x60).unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

/// Whether a table reading is an on reading (stored in katakana).
pub(super) fn is_on(reading: &str) -> bool {
    reading
        .chars()
        .next()
        .is_some_and(|c| ('\u{30A1}'..='\u{30FA}').contains(&c))
}

/// The reading with its first kana voiced (た → だ), as the second part of
/// a compound often is (受田 うけだ, 山崎 やまざき); `None` when it cannot be.
pub(super) fn rendaku(reading: &str) -> Option<String> {
    let mut chars = reading.chars();
    let first = chars.next()?;
    if !"かきくけこさしすせそたちつてとはひふへほ".contains(first) {
        return None;
    }
    let voiced = char::from_u32(u32::from(first) + 1)?;
    Some(std::iter::once(voiced).chain(chars).collect())
}

/// A folded query's kana form for matching readings: runs of Latin
/// letters are read as romaji (toku → とく, kouchi → こうち); a romaji
/// syllable still being typed at the end (the `k` of `tok`) is left out, so
/// most keystrokes' kana extends the previous one's. `None` when the query
/// holds anything but kana and romaji (kanji, digits).
pub(crate) fn query_kana(folded: &str) -> Option<String> {
    let mut out = String::with_capacity(folded.len() * 3);
    let mut run = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphabetic() || is_macron(c) {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            out.push_str(&romaji(&run, false)?);
            run.clear();
        }
        if is_hiragana(c) {
            out.push(c);
        } else if c == '-' {
            out.push('ー');
        } else {
            return None;
        }
    }
    if !run.is_empty() {
        out.push_str(&romaji(&run, true)?);
    }
    Some(matching(&out))
}

fn is_macron(c: char) -> bool {
    matches!(c, 'ā' | 'ī' | 'ū' | 'ē' | 'ō' | 'â' | 'î' | 'û' | 'ê' | 'ô')
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | 'ー')
}

/// Romaji to hiragana with wana_kana; at the end of the query an
/// unfinished syllable is dropped. `None` when letters remain that are no
/// romaji (`x` alone mid-word, say): such a query is no reading.
fn romaji(run: &str, at_end: bool) -> Option<String> {
    let mut plain = String::with_capacity(run.len() + 4);
    for c in run.chars() {
        plain.push_str(match c {
            'ā' | 'â' => "aa",
            'ī' | 'î' => "ii",
            'ū' | 'û' => "uu",
            'ē' | 'ê' => "ei",
            'ō' | 'ô' => "ou",
            _ => {
                plain.push(c);
                continue;
            }
        });
    }
    let mut text = plain.as_str();
    // A final nn is one ん (wana_kana would read ん twice).
    if at_end && text.ends_with("nn") {
        text = &text[..text.len() - 1];
    }
    let kana = text.to_hiragana();
    let kept = kana.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !at_end && kept.len() != kana.len() {
        return None;
    }
    if kept.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(kept.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_vowels_meet() {
        for q in ["kouchi", "kochi", "kōchi", "こうち", "koochi"] {
            assert_eq!(query_kana(q).as_deref(), Some("こち"), "{q}");
        }
        assert_eq!(query_kana("toukyou").as_deref(), Some("ときょ"));
        assert_eq!(query_kana("tokyo").as_deref(), Some("ときょ"));
        assert_eq!(query_kana("oosaka").as_deref(), Some("おさか"));
        assert_eq!(query_kana("osaka").as_deref(), Some("おさか"));
        assert_eq!(matching("おおいた"), "おいた");
    }

    #[test]
    fn unfinished_syllables_wait() {
        assert_eq!(query_kana("t").as_deref(), Some(""));
        assert_eq!(query_kana("tok").as_deref(), Some("と"));
        assert_eq!(query_kana("toku").as_deref(), Some("とく"));
        assert_eq!(query_kana("kon").as_deref(), Some("こん"));
        assert_eq!(query_kana("konn").as_deref(), Some("こん"));
        assert_eq!(query_kana("hiroshima").as_deref(), Some("ひろしま"));
        assert_eq!(query_kana("高知"), None);
    }

    #[test]
    fn rendaku_voices_the_first_kana() {
        assert_eq!(rendaku("た").as_deref(), Some("だ"));
        assert_eq!(rendaku("さき").as_deref(), Some("ざき"));
        assert_eq!(rendaku("やま"), None);
        assert_eq!(hiragana("ジュ"), "じゅ");
        assert!(is_on("デン"));
        assert!(!is_on("た"));
    }
}
