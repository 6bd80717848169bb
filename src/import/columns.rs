//! Which column holds what: header names in Japanese and English member
//! lists, overridable; which rows are data; and the sector guessed from an
//! organisation's name when the sheet has none.

use unicode_normalization::UnicodeNormalization;

use crate::model::Sector;

/// The fields a member list can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Name,
    Kana,
    Org,
    Title,
    Role,
    Sector,
    Email,
    Phone,
    Note,
}

impl Field {
    pub const ALL: [Field; 9] = [
        Field::Name,
        Field::Kana,
        Field::Org,
        Field::Title,
        Field::Role,
        Field::Sector,
        Field::Email,
        Field::Phone,
        Field::Note,
    ];

    /// The name used in `--map FIELD=HEADER` and in the YAML.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Field::Name => "person",
            Field::Kana => "kana",
            Field::Org => "org",
            Field::Title => "title",
            Field::Role => "role",
            Field::Sector => "sector",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Note => "note",
        }
    }

    #[must_use]
    pub fn from_id(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == s)
    }

    /// Header names recognised for the field, compared after [`fold`].
    fn names(self) -> &'static [&'static str] {
        match self {
            Field::Name => &[
                "氏名",
                "名前",
                "お名前",
                "氏名漢字",
                "代表者名",
                "担当者",
                "担当者名",
                "name",
                "fullname",
            ],
            Field::Kana => &[
                "ふりがな",
                "フリガナ",
                "よみ",
                "ヨミ",
                "よみがな",
                "読み",
                "かな",
                "カナ",
                "氏名かな",
                "氏名カナ",
                "kana",
                "reading",
                "furigana",
            ],
            Field::Org => &[
                "所属",
                "機関名",
                "団体名",
                "会社名",
                "所属機関",
                "機関",
                "団体",
                "企業名",
                "法人名",
                "組織",
                "組織名",
                "organization",
                "organisation",
                "org",
                "company",
                "affiliation",
            ],
            Field::Title => &[
                "役職",
                "職名",
                "肩書",
                "肩書き",
                "title",
                "position",
                "jobtitle",
            ],
            Field::Role => &["役割", "区分役割", "会での役割", "委員区分", "role"],
            Field::Sector => &["区分", "セクター", "分類", "種別", "産学官", "sector"],
            Field::Email => &[
                "メール",
                "メールアドレス",
                "e-mail",
                "email",
                "mail",
                "電子メール",
            ],
            Field::Phone => &["電話", "電話番号", "tel", "phone", "連絡先電話番号"],
            Field::Note => &["備考", "メモ", "note", "notes", "remarks"],
        }
    }
}

/// A header as compared: NFKC, no spaces, lower-case Latin.
#[must_use]
pub fn fold(s: &str) -> String {
    s.nfkc()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The column of each field in `header`: an override (`--map`, matched
/// by header text or a 1-based column number) wins, else the recognised
/// names; the first matching column is taken.
#[must_use]
pub fn map(header: &[String], overrides: &[(Field, String)]) -> Vec<(Field, usize)> {
    let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
    let mut out = Vec::new();
    for field in Field::ALL {
        let wanted = overrides.iter().find(|(f, _)| *f == field).map(|(_, h)| h);
        let col = match wanted {
            Some(h) => folded.iter().position(|c| *c == fold(h)).or_else(|| {
                h.parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .filter(|&n| n < header.len())
            }),
            None => folded
                .iter()
                .position(|c| field.names().iter().any(|n| fold(n) == *c)),
        };
        if let Some(c) = col
            && !out.iter().any(|&(_, used)| used == c)
        {
            out.push((field, c));
        }
    }
    out
}

/// The first of the first 20 rows that maps a name or organisation
/// column: the header row, 0-based.
#[must_use]
pub fn find_header(rows: &[Vec<String>], overrides: &[(Field, String)]) -> Option<usize> {
    rows.iter().take(20).position(|r| {
        map(r, overrides)
            .iter()
            .any(|(f, _)| matches!(f, Field::Name | Field::Org))
    })
}

/// A 区分 cell as a sector: `学`, `academia`, `大学` and the like.
#[must_use]
pub fn sector_cell(s: &str) -> Option<Sector> {
    let s = fold(s).replace(['【', '】', '[', ']', '(', ')'], "");
    Sector::from_id(&s).or(match s.as_str() {
        "学" | "大学" | "学術" | "教育" | "研究機関" | "大学等" => {
            Some(Sector::Academia)
        }
        "官" | "行政" | "自治体" | "国" | "公" => Some(Sector::Government),
        "産" | "企業" | "産業" | "民間企業" => Some(Sector::Industry),
        "金" | "金融" | "金融機関" => Some(Sector::Finance),
        "他" | "その他" | "民" | "団体" => Some(Sector::Other),
        _ => None,
    })
}

/// The sector an organisation's name suggests, with the word that gave it
/// away (for the report), or `None`. Finance is checked before industry so
/// 株式会社四国銀行 is a bank.
#[must_use]
pub fn guess_sector(org: &str) -> Option<(Sector, &'static str)> {
    const RULES: [(Sector, &[&str]); 4] = [
        (
            Sector::Finance,
            &["銀行", "信用金庫", "信用組合", "公庫", "証券", "金庫"],
        ),
        (
            Sector::Academia,
            &["大学", "高専", "高等専門学校", "短期大学", "大学校"],
        ),
        (
            Sector::Industry,
            &["株式会社", "㈱", "(株)", "有限会社", "合同会社"],
        ),
        (
            Sector::Government,
            &["省", "庁", "県", "市", "町", "村", "都", "府", "道"],
        ),
    ];
    let name: String = org.nfkc().collect();
    for (sector, words) in RULES {
        for w in words {
            let w_nfkc: String = w.nfkc().collect();
            let hit = match sector {
                // An office ends the name (高知県, 経済産業省); 県立… is not one.
                Sector::Government => name.ends_with(&w_nfkc),
                _ => name.contains(&w_nfkc),
            };
            if hit {
                return Some((sector, w));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn japanese_and_english_headers_map_and_overrides_win() {
        let h = row(&[
            "No.",
            "お名前",
            "フリガナ",
            "団体名",
            "役職",
            "E-mail",
            "ＴＥＬ",
            "勤務先",
        ]);
        let m = map(&h, &[]);
        assert!(m.contains(&(Field::Name, 1)));
        assert!(m.contains(&(Field::Kana, 2)));
        assert!(m.contains(&(Field::Org, 3)));
        assert!(m.contains(&(Field::Email, 5)));
        assert!(m.contains(&(Field::Phone, 6)));
        let m = map(&h, &[(Field::Org, "勤務先".into())]);
        assert!(m.contains(&(Field::Org, 7)));
        let m = map(&h, &[(Field::Note, "1".into())]);
        assert!(m.contains(&(Field::Note, 0)));
        let rows = vec![row(&["令和6年度 委員名簿"]), row(&[""]), h];
        assert_eq!(find_header(&rows, &[]), Some(2));
    }

    #[test]
    fn sectors_are_read_or_guessed_from_the_name() {
        assert_eq!(sector_cell("【学】"), Some(Sector::Academia));
        assert_eq!(sector_cell("industry"), Some(Sector::Industry));
        assert_eq!(
            guess_sector("高知工業高等専門学校").map(|g| g.0),
            Some(Sector::Academia)
        );
        assert_eq!(
            guess_sector("株式会社四国銀行"),
            Some((Sector::Finance, "銀行"))
        );
        assert_eq!(
            guess_sector("日本政策金融公庫").map(|g| g.0),
            Some(Sector::Finance)
        );
        assert_eq!(
            guess_sector("㈱オーテック").map(|g| g.0),
            Some(Sector::Industry)
        );
        assert_eq!(guess_sector("高知県"), Some((Sector::Government, "県")));
        assert_eq!(
            guess_sector("経済産業省").map(|g| g.0),
            Some(Sector::Government)
        );
        assert_eq!(guess_sector("高知県工業会"), None);
    }
}
