//! Synthetic data directories for benchmarks and scale tests.
//!
//! Networks are spread over the 47 prefectures; members are drawn with a
//! skewed (Zipf-like) popularity so a few bodies sit in many networks, as
//! prefectures, flagship universities and regional banks do in real
//! regions. Names come in the spelling variants real files have (legal
//! forms, full-width letters, variant kanji), and the same seed always
//! gives the same bytes.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io;
use std::path::Path;

use crate::model::{PREFECTURES, Program};

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub networks: usize,
    /// Average members per network; the real data has about 10, national
    /// scale plans assume about 33.
    pub members: usize,
    pub seed: u64,
}

/// A small, fast, deterministic generator (xorshift64*); statistical
/// quality is irrelevant here, repeatability is everything.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }
    /// Index in `0..n`, small indices far more likely (roughly 1/rank).
    fn skewed(&mut self, n: usize) -> usize {
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss
        )]
        let i = ((n as f64 + 1.0).powf((self.next() >> 11) as f64 / (1u64 << 53) as f64) - 1.0)
            as usize;
        i.min(n.saturating_sub(1))
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

#[rustfmt::skip]
const ROMAJI: [&str; 47] = [
    "hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima", "ibaraki",
    "tochigi", "gunma", "saitama", "chiba", "tokyo", "kanagawa", "niigata", "toyama",
    "ishikawa", "fukui", "yamanashi", "nagano", "gifu", "shizuoka", "aichi", "mie", "shiga",
    "kyoto", "osaka", "hyogo", "nara", "wakayama", "tottori", "shimane", "okayama", "hiroshima",
    "yamaguchi", "tokushima", "kagawa", "ehime", "kochi", "fukuoka", "saga", "nagasaki",
    "kumamoto", "oita", "miyazaki", "kagoshima", "okinawa",
];

#[rustfmt::skip]
const FAMILY: [&str; 24] = [
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本",
    "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本",
];
#[rustfmt::skip]
const GIVEN: [&str; 16] = [
    "太郎", "一郎", "健", "誠", "浩", "翔", "大輔", "直樹", "花子", "陽子", "恵", "美咲", "由美", "真理", "彩", "智子",
];
#[rustfmt::skip]
const TITLES: [&str; 8] = [
    "代表取締役社長", "代表取締役会長", "会頭", "理事長", "学長", "副学長", "部長", "頭取",
];
const ROLES: [&str; 6] = ["委員", "委員", "委員", "参画機関", "幹事", "事務局"];
#[rustfmt::skip]
const INDUSTRY: [&str; 12] = [
    "精機", "化学", "電機", "食品", "製作所", "工業", "建設", "運輸", "情報システム", "バイオ", "マテリアル", "ソフト",
];

#[rustfmt::skip]
const KANA: [&str; 16] = [
    "アサヒ", "ミドリ", "ヒカリ", "サンライズ", "テクノ", "ニッポン", "グローバル", "フロンティア", "ユニオン", "ライフ", "メディカル",
    "アグリ", "オーシャン", "スカイ", "エコ", "デジタル",
];

/// One organisation of a prefecture's pool, before spelling variants.
struct Org {
    name: String,
    sector: &'static str,
    company: bool,
}

/// The organisations of one prefecture, most popular first.
fn pool(pref: &str, rng: &mut Rng, size: usize) -> Vec<Org> {
    let stem = pref.trim_end_matches(['県', '府', '都']);
    let mut orgs = vec![
        Org {
            name: pref.to_owned(),
            sector: "government",
            company: false,
        },
        Org {
            name: format!("{stem}大学"),
            sector: "academia",
            company: false,
        },
        Org {
            name: format!("{stem}銀行"),
            sector: "finance",
            company: true,
        },
        Org {
            name: format!("{stem}県商工会議所連合会"),
            sector: "other",
            company: false,
        },
        Org {
            name: format!("{stem}県立大学"),
            sector: "academia",
            company: false,
        },
        Org {
            name: "日本政策金融公庫".into(),
            sector: "finance",
            company: false,
        },
        Org {
            name: "科学技術振興機構".into(),
            sector: "government",
            company: false,
        },
    ];
    let mut seen: HashSet<String> = orgs.iter().map(|o| o.name.clone()).collect();
    while orgs.len() < size {
        let o = match rng.below(10) {
            0 => Org {
                name: format!(
                    "{stem}{}市",
                    rng.pick(&["北", "南", "東", "西", "中央", "新"])
                ),
                sector: "government",
                company: false,
            },
            1 => Org {
                name: format!(
                    "{stem}{}大学",
                    rng.pick(&["工業", "医科", "文化", "国際", "学園", "理科"])
                ),
                sector: "academia",
                company: false,
            },
            _ => Org {
                name: format!(
                    "{}{}{}{}",
                    if rng.below(3) == 0 {
                        stem
                    } else {
                        rng.pick(&FAMILY)
                    },
                    rng.pick(&KANA),
                    rng.pick(&INDUSTRY),
                    // A number only once the name space is nearly used up.
                    if seen.len() > 3000 {
                        seen.len().to_string()
                    } else {
                        String::new()
                    },
                ),
                sector: "industry",
                company: true,
            },
        };
        if seen.insert(o.name.clone()) {
            orgs.push(o);
        }
    }
    orgs
}

/// A spelling as people write it: legal forms before or after, (株),
/// full-width digits, or the bare name.
fn spell(org: &Org, rng: &mut Rng) -> String {
    if !org.company {
        return org.name.clone();
    }
    match rng.below(6) {
        0 => format!("株式会社{}", org.name),
        1 => format!("{}（株）", org.name),
        2 => org
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    char::from_u32(u32::from(c) + 0xFEE0).unwrap_or(c)
                } else {
                    c
                }
            })
            .collect(),
        _ => format!("{}株式会社", org.name),
    }
}

/// Writes `spec.networks` network files under `dir` (which must not hold
/// earlier output: existing files are never overwritten).
///
/// # Errors
/// I/O errors, including a file that already exists.
pub fn generate(dir: &Path, spec: Spec) -> io::Result<()> {
    write_networks(dir, spec, None)
}

/// Like [`generate`], but every network in one prefecture (`PREFECTURES`
/// index, 0 for 北海道): a region with hundreds of networks, for views
/// that show one prefecture at a time.
///
/// # Errors
/// I/O errors, including a file that already exists.
pub fn generate_in(dir: &Path, spec: Spec, prefecture: usize) -> io::Result<()> {
    write_networks(dir, spec, Some(prefecture.min(PREFECTURES.len() - 1)))
}

fn write_networks(dir: &Path, spec: Spec, only: Option<usize>) -> io::Result<()> {
    let mut rng = Rng::new(spec.seed);
    let pools: Vec<Vec<Org>> = PREFECTURES
        .iter()
        .map(|p| pool(p, &mut rng, 60 + spec.members * 12))
        .collect();
    for i in 0..spec.networks {
        let drawn = rng.below(47);
        let p = only.unwrap_or(drawn);
        let text = network(i, p, &pools[p], spec, &mut rng);
        let folder = dir.join(ROMAJI[p]);
        std::fs::create_dir_all(&folder)?;
        let mut f = std::fs::File::create_new(folder.join(format!("n{i:06}.yaml")))?;
        io::Write::write_all(&mut f, text.as_bytes())?;
    }
    Ok(())
}

fn network(index: usize, pref: usize, pool: &[Org], spec: Spec, rng: &mut Rng) -> String {
    let program = Program::ALL[[0, 1, 1, 2, 2, 2, 3, 3, 3, 3][rng.below(10)]];
    let name = PREFECTURES[pref];
    let stem = name.trim_end_matches(['県', '府', '都']);
    let since = 2015 + rng.below(8);
    let until = since + 3 + rng.below(8);
    let mut out = String::with_capacity(spec.members * 80);
    let _ = writeln!(
        out,
        "name: {stem}連携会議{index}\nprogram: {}",
        program.id()
    );
    let _ = writeln!(
        out,
        "prefecture: {name}\nsince: {since}\nuntil: {until}\nmembers:"
    );
    let mut used = HashSet::new();
    for _ in 0..=rng.below(spec.members * 2) {
        member(&mut out, pool, &mut used, rng);
    }
    out
}

/// Appends one member (organisation, position or person), unless the draw
/// repeats one already in this network.
fn member(out: &mut String, pool: &[Org], used: &mut HashSet<(usize, usize)>, rng: &mut Rng) {
    let rank = rng.skewed(pool.len());
    let org = &pool[rank];
    match rng.below(10) {
        0..=5 => {
            if used.insert((rank, 0)) {
                let _ = writeln!(
                    out,
                    "  - org: {}\n    sector: {}",
                    spell(org, rng),
                    org.sector
                );
            }
        }
        6 | 7 => {
            let title = rng.below(TITLES.len());
            if used.insert((rank, 1 + title)) {
                let _ = writeln!(
                    out,
                    "  - org: {}\n    title: {}",
                    spell(org, rng),
                    TITLES[title]
                );
            }
        }
        _ => {
            let (family, given) = (rng.below(FAMILY.len()), rng.below(GIVEN.len()));
            if used.insert((rank, 100 + family * GIVEN.len() + given)) {
                // 髙橋 for 高橋 now and then, as in real lists.
                let family = match FAMILY[family] {
                    "高橋" if rng.below(3) == 0 => "髙橋",
                    other => other,
                };
                let sep = if rng.below(2) == 0 { " " } else { "" };
                let org = spell(org, rng);
                let role = rng.pick(&ROLES);
                let _ = writeln!(
                    out,
                    "  - person: {family}{sep}{}\n    org: {org}\n    role: {role}",
                    GIVEN[given]
                );
            }
        }
    }
}

#[rustfmt::skip]
const NAME_KANJI: &str = "山川田中村本小林高橋鈴木佐藤伊渡辺加吉松井上森清水池野石原岡崎西東南北大新日光明和平安成長谷浜島津宮城坂口道雄健一郎次三春夏秋冬花月星雪風雲海空地産業技術研究開発総合未来創造環境情報通信電機化学精密金属建設運輸食品";
#[rustfmt::skip]
const NAME_SUFFIXES: [&str; 16] = [
    "大学", "工業", "製作所", "銀行", "商工会", "協会", "研究所", "センター", "機構", "財団",
    "電機", "建設", "商事", "信用金庫", "短期大学部", "商工会議所連合会",
];
const NAME_FORMS: [&str; 6] = [
    "株式会社",
    "（株）",
    "一般社団法人",
    "学校法人",
    "公立大学法人",
    "",
];

/// `n` organisation names as they come in member lists: a legal form now
/// and then, a prefecture now and then, a kanji stem and a kind of body.
/// Many near-misses arise by chance, as in real national lists.
#[must_use]
pub fn org_names(n: usize, seed: u64) -> Vec<String> {
    let kanji: Vec<char> = NAME_KANJI.chars().collect();
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|_| {
            let mut s = String::new();
            if rng.below(4) == 0 {
                s.push_str(NAME_FORMS[rng.below(NAME_FORMS.len())]);
            }
            if rng.below(3) == 0 {
                s.push_str(PREFECTURES[rng.below(47)]);
            }
            for _ in 0..2 + rng.below(3) {
                s.push(kanji[rng.below(kanji.len())]);
            }
            s.push_str(NAME_SUFFIXES[rng.below(NAME_SUFFIXES.len())]);
            s
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_output() {
        let spec = Spec {
            networks: 5,
            members: 10,
            seed: 7,
        };
        let mut a = Rng::new(spec.seed);
        let mut b = Rng::new(spec.seed);
        let pa = pool("高知県", &mut a, 50);
        let pb = pool("高知県", &mut b, 50);
        assert_eq!(
            network(0, 38, &pa, spec, &mut a),
            network(0, 38, &pb, spec, &mut b)
        );
    }

    #[test]
    fn popularity_is_skewed() {
        let mut rng = Rng::new(1);
        let hits = (0..10_000).filter(|_| rng.skewed(1000) < 10).count();
        // Uniform would give about 100 of 10,000 draws.
        assert!(hits > 2_000, "{hits}");
    }
}
