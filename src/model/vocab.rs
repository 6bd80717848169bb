//! The fixed vocabularies of the format: programs, sectors and the 47 prefectures.

use std::fmt;

/// The funding program or kind of standing body a network belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Program {
    /// 地方大学・地域産業創生交付金 (Cabinet Office).
    Kofukin,
    /// 共創の場形成支援プログラム (JST COI-NEXT).
    CoiNext,
    /// 地域連携プラットフォーム and other standing 産学官 councils.
    Platform,
    /// Anything else.
    Other,
}

impl Program {
    pub const ALL: [Program; 4] = [
        Program::Kofukin,
        Program::CoiNext,
        Program::Platform,
        Program::Other,
    ];

    /// The spelling used in files and on the command line.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Program::Kofukin => "kofukin",
            Program::CoiNext => "coi-next",
            Program::Platform => "platform",
            Program::Other => "other",
        }
    }

    /// Short Japanese label for tables and the browser.
    #[must_use]
    pub fn label_ja(self) -> &'static str {
        match self {
            Program::Kofukin => "交付金",
            Program::CoiNext => "COI-NEXT",
            Program::Platform => "プラットフォーム",
            Program::Other => "その他",
        }
    }

    /// Short English label.
    #[must_use]
    pub fn label_en(self) -> &'static str {
        match self {
            Program::Kofukin => "Kofukin",
            Program::CoiNext => "COI-NEXT",
            Program::Platform => "Platform",
            Program::Other => "Other",
        }
    }

    /// Parses the file spelling; `None` for anything else.
    #[must_use]
    pub fn from_id(s: &str) -> Option<Program> {
        Program::ALL.into_iter().find(|p| p.id() == s)
    }
}

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// 産学官金 and the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sector {
    /// 学
    Academia,
    /// 官
    Government,
    /// 産
    Industry,
    /// 金
    Finance,
    /// 民・その他
    Other,
}

impl Sector {
    pub const ALL: [Sector; 5] = [
        Sector::Academia,
        Sector::Government,
        Sector::Industry,
        Sector::Finance,
        Sector::Other,
    ];

    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Sector::Academia => "academia",
            Sector::Government => "government",
            Sector::Industry => "industry",
            Sector::Finance => "finance",
            Sector::Other => "other",
        }
    }

    /// One-character label as used in Japanese member lists (【学】【官】…).
    #[must_use]
    pub fn label_ja(self) -> &'static str {
        match self {
            Sector::Academia => "学",
            Sector::Government => "官",
            Sector::Industry => "産",
            Sector::Finance => "金",
            Sector::Other => "他",
        }
    }

    #[must_use]
    pub fn from_id(s: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|p| p.id() == s)
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The 47 都道府県 in JIS X 0401 order (code = index + 1).
pub const PREFECTURES: [&str; 47] = [
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
];

/// A prefecture, stored as its JIS code so it is `Copy` and sorts in the
/// customary north-to-south order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Prefecture(u8);

impl Prefecture {
    /// Looks up the full official name (`広島県`, `東京都`, `北海道`).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Prefecture> {
        PREFECTURES
            .iter()
            .position(|p| *p == name)
            .and_then(|i| u8::try_from(i + 1).ok())
            .map(Prefecture)
    }

    /// JIS X 0401 code, 1 to 47.
    #[must_use]
    pub fn code(self) -> u8 {
        self.0
    }

    #[must_use]
    pub fn name(self) -> &'static str {
        PREFECTURES[usize::from(self.0) - 1]
    }

    /// All 47, in code order.
    pub fn all() -> impl Iterator<Item = Prefecture> {
        (1..=47).map(Prefecture)
    }
}

impl fmt::Display for Prefecture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
