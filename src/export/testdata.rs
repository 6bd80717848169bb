//! A small dataset for the unit tests of the row and graph builders.

use crate::identity::{self, Resolved};
use crate::model::{Dataset, Member, Program, Sector};
use crate::testkit::network;

fn member(org: Option<&str>, person: Option<&str>, title: Option<&str>, role: &str) -> Member {
    Member {
        org: org.map(Into::into),
        person: person.map(Into::into),
        title: title.map(Into::into),
        role: Some(role.into()),
        ..Member::default()
    }
}

/// `a` (交付金): 広島大学, マツダ株式会社 + its 会長, 山田 (広島県), 広島銀行.
/// `b` (COI-NEXT): 広島大学, 山田太郎 again, 佐藤 (広島大学), マツダ（株）.
pub fn dataset() -> (Dataset, Resolved) {
    let mut a = vec![
        member(Some("広島大学"), None, None, "代表機関"),
        member(Some("マツダ株式会社"), None, Some("代表取締役会長"), "委員"),
        member(Some("広島県"), Some("山田 太郎"), Some("局長"), "委員長"),
        member(Some("広島銀行"), None, None, "参画機関"),
    ];
    a[0].sector = Some(Sector::Academia);
    a[1].sector = Some(Sector::Industry);
    a[2].sector = Some(Sector::Government);
    a[2].kana = Some("やまだ たろう".into());
    a[3].sector = Some(Sector::Finance);
    let mut b = vec![
        member(Some("広島大学"), None, None, "代表機関"),
        member(Some("広島県"), Some("山田太郎"), None, "幹事"),
        member(Some("広島大学"), Some("佐藤 花子"), Some("教授"), "PL"),
        member(Some("マツダ（株）"), None, None, "参画機関"),
    ];
    b[2].email = Some("sato@example.jp".into());
    let ds = Dataset {
        networks: vec![
            network("a", Program::Kofukin, "広島県", a),
            network("b", Program::CoiNext, "広島県", b),
        ],
        ..Dataset::default()
    };
    let res = identity::resolve(&ds);
    (ds, res)
}
