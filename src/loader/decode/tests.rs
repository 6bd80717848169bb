//! Unit tests of `decode`, kept beside it in their own file.

use super::*;

const U8: InputEncoding = InputEncoding::Utf8;

#[test]
fn utf8_with_and_without_bom() {
    assert_eq!(
        decode("name: 高知".as_bytes(), "f", U8).unwrap(),
        "name: 高知"
    );
    let mut bom = UTF8_BOM.to_vec();
    bom.extend_from_slice("name: 高知".as_bytes());
    assert_eq!(decode(&bom, "f", U8).unwrap(), "name: 高知");
    let sjis = InputEncoding::ShiftJis;
    assert_eq!(decode(&bom, "f", sjis).unwrap(), "name: 高知");
    assert_eq!(decode("高知".as_bytes(), "f", sjis).unwrap(), "高知");
}

#[test]
fn shift_jis_is_named_and_pinpointed() {
    let (sjis, _, _) = SHIFT_JIS.encode("name: x\norg: 高知大学\n");
    let err = decode(&sjis, "a.yaml", U8).unwrap_err();
    assert!(
        err.message.en().contains("Shift_JIS"),
        "{}",
        err.message.en()
    );
    assert_eq!(err.pos, Pos::new(2, 6));
    assert!(err.help.en().contains("iconv -f CP932 -t UTF-8 'a.yaml'"));
    assert!(err.help.en().contains("--input-encoding shift_jis"));
}

#[test]
fn explicit_encodings_decode_and_pinpoint() {
    let (sjis, _, _) = SHIFT_JIS.encode("name: x\norg: 高知大学\n");
    let text = decode(&sjis, "f", InputEncoding::ShiftJis).unwrap();
    assert_eq!(text, "name: x\norg: 高知大学\n");
    let (euc, _, _) = EUC_JP.encode("org: 徳島大学\n");
    assert_eq!(
        decode(&euc, "f", InputEncoding::EucJp).unwrap(),
        "org: 徳島大学\n"
    );
    let mut bad = sjis.into_owned();
    bad.extend_from_slice(b"note: \x81\x20\n");
    let err = decode(&bad, "f", InputEncoding::ShiftJis).unwrap_err();
    assert_eq!(err.pos, Pos::new(3, 7));
    assert!(
        err.message.en().contains("not valid Shift_JIS"),
        "{}",
        err.message.en()
    );
}

#[test]
fn utf16_with_and_without_bom() {
    let le: Vec<u8> = "\u{feff}name: x\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let err = decode(&le, "f", U8).unwrap_err();
    assert!(err.message.en().contains("UTF-16 (little-endian)"));
    assert!(
        err.help.en().contains("--input-encoding utf-16le"),
        "{}",
        err.help.en()
    );
    // The BOM wins over the byte order asked for.
    assert_eq!(
        decode(&le, "f", InputEncoding::Utf16Be).unwrap(),
        "name: x\n"
    );
    let be: Vec<u8> = "name: 高知県地方大学・地域産業創生事業推進特別委員会\n"
        .encode_utf16()
        .flat_map(u16::to_be_bytes)
        .collect();
    assert!(
        decode(&be, "f", U8)
            .unwrap_err()
            .message
            .en()
            .contains("UTF-16 (big-endian)")
    );
    assert_eq!(
        decode(&be, "f", InputEncoding::Utf16Be).unwrap(),
        "name: 高知県地方大学・地域産業創生事業推進特別委員会\n"
    );
}

#[test]
fn garbage_is_invalid_utf8_not_a_panic() {
    let err = decode(b"ok\n\xFF\xFF\xFF", "f", U8).unwrap_err();
    assert_eq!(err.pos, Pos::new(2, 1));
}

#[test]
fn quotes_in_file_names_cannot_break_the_hint() {
    let (sjis, _, _) = SHIFT_JIS.encode("org: 高知大学\n");
    let err = decode(&sjis, "a'; rm -rf ~; '.yaml", U8).unwrap_err();
    assert!(
        err.help.en().contains(r"'a'\''; rm -rf ~; '\''.yaml'"),
        "{}",
        err.help.en()
    );
}

#[test]
fn utf32_is_named_in_both_orders_with_and_without_bom() {
    let text = "name: 高知県地方大学・地域産業創生事業推進特別委員会\nprogram: kofukin\n";
    let le: Vec<u8> = text
        .chars()
        .flat_map(|c| u32::from(c).to_le_bytes())
        .collect();
    let be: Vec<u8> = text
        .chars()
        .flat_map(|c| u32::from(c).to_be_bytes())
        .collect();
    for (bytes, order, from) in [
        (le.clone(), "little-endian", "UTF-32LE"),
        (be.clone(), "big-endian", "UTF-32BE"),
        (
            [b"\xFF\xFE\0\0".as_slice(), &le].concat(),
            "little-endian",
            "UTF-32",
        ),
        (
            [b"\0\0\xFE\xFF".as_slice(), &be].concat(),
            "big-endian",
            "UTF-32",
        ),
    ] {
        for enc in [U8, InputEncoding::ShiftJis, InputEncoding::Utf16Le] {
            let err = decode(&bytes, "a.yaml", enc).unwrap_err();
            assert_eq!(
                err.message.en(),
                format!("file is UTF-32 ({order}), but renkei reads UTF-8")
            );
            assert!(
                err.help
                    .en()
                    .contains(&format!("iconv -f {from} -t UTF-8 'a.yaml'")),
                "{}",
                err.help.en()
            );
            assert!(!err.help.en().contains("CP932"));
            assert_eq!(err.pos, Pos::new(1, 1));
        }
    }
    // UTF-16 is not mistaken for it.
    let u16le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert!(
        decode(&u16le, "f", U8)
            .unwrap_err()
            .message
            .en()
            .contains("UTF-16")
    );
}

#[test]
fn utf16_without_bom_names_its_order_for_iconv() {
    let le: Vec<u8> = "name: x\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert!(
        decode(&le, "f", U8)
            .unwrap_err()
            .help
            .en()
            .contains("iconv -f UTF-16LE ")
    );
}

#[test]
fn two_leading_boms_read_as_one() {
    let bytes = [UTF8_BOM, UTF8_BOM, "name: 高知".as_bytes()].concat();
    assert_eq!(decode(&bytes, "f", U8).unwrap(), "name: 高知");
    assert_eq!(leading_boms(&bytes), 2);
    assert_eq!(leading_boms(b"name"), 0);
}
