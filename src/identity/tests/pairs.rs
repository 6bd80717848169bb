//! The bounds of the organisation-pair search: the work stays bounded
//! whatever the names, and the keys a bound left uncompared are counted.

use crate::identity::best::{Best, Cut, MAX_PAIRS};
use crate::identity::intern::FastMap;
use crate::identity::pairs::{MAX_COMPARISONS, MAX_POSTING, containment_pairs, similar_pairs};

/// `n` keys alike but for their last character: every pair is similar.
fn alike(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            format!(
                "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほ{}",
                char::from_u32(0x4E00 + u32::try_from(i).unwrap()).unwrap()
            )
        })
        .collect()
}

/// Similar pairs found among `keys` within `budget` comparisons, and the cut.
fn similar(keys: &[String], budget: usize) -> (usize, Option<Cut>) {
    similar_capped(keys, budget, MAX_PAIRS)
}

fn similar_capped(keys: &[String], budget: usize, cap: usize) -> (usize, Option<Cut>) {
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let mut best = Best::new(keys.len(), cap);
    let cut = similar_pairs(&refs, &|_, _| false, &mut best, budget);
    (best.pairs.len(), cut)
}

#[test]
fn similarity_work_is_bounded_and_the_cut_counted() {
    let keys = alike(100);
    assert_eq!(similar(&keys, MAX_COMPARISONS), (100 * 99 / 2, None));
    // 100 comparisons: the first key's 99 and one of the second's; the
    // second and every later key are left unfinished.
    assert_eq!(similar(&keys, 100), (100, Some(Cut { names: 99, of: 100 })));
    // A bigram shared by more than MAX_POSTING keys brings none together,
    // and every one of them is counted.
    let n = MAX_POSTING + 1;
    assert_eq!(
        similar(&alike(n), MAX_COMPARISONS),
        (0, Some(Cut { names: n, of: n }))
    );
}

#[test]
fn pairs_past_the_cap_are_left_out_and_their_names_counted() {
    // The first key pairs with all 99 others; 10 pairs are kept, the
    // other 89 partners and the first key miss one, and the search stops
    // before the second key.
    assert_eq!(
        similar_capped(&alike(100), MAX_COMPARISONS, 10),
        (
            10,
            Some(Cut {
                names: 100,
                of: 100
            })
        )
    );
    // Under the cap nothing is cut.
    assert_eq!(similar_capped(&alike(10), MAX_COMPARISONS, 45), (45, None));
}

#[test]
fn a_key_in_every_name_keeps_only_a_few_hits() {
    let mut keys: Vec<String> = (0..5000).map(|i| format!("共通会{i}")).collect();
    keys.push("共通会".into());
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let index: FastMap<&str, usize> = refs.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    let mut best = Best::new(refs.len(), MAX_PAIRS);
    containment_pairs(&refs, &index, &|_, _| false, &mut best);
    let generic = keys.len() - 1;
    assert!(
        best.pairs
            .keys()
            .all(|&(a, b)| a != generic && b != generic),
        "a generic word is not suggested"
    );
    assert!(!best.pairs.is_empty());
}
