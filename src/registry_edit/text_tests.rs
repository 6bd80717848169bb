//! Unit tests of the text insertions.

use super::text::*;
use crate::loader::locate::Step;

fn top(src: &str, key: &str, block: &[&str], flow: &str) -> String {
    let doc = Doc::new(src);
    let block: Vec<String> = block.iter().map(|s| (*s).to_owned()).collect();
    apply(src, &append_top(&doc, key, &block, flow).unwrap())
}

fn alias(src: &str, i: usize, value: &str) -> String {
    let doc = Doc::new(src);
    let entry = [Step::Key("organizations"), Step::Index(i)];
    apply(
        src,
        &add_to_entry_list(&doc, &entry, "aliases", value).unwrap(),
    )
}

#[test]
fn a_block_list_grows_after_its_last_item() {
    let src = "organizations:\n- name: A\n  note: |\n    x\n# c\npeople: []\n";
    assert_eq!(
        top(src, "organizations", &["name: B"], "{name: B}"),
        "organizations:\n- name: A\n  note: |\n    x\n- name: B\n# c\npeople: []\n"
    );
}

#[test]
fn a_flow_list_grows_inside_its_brackets() {
    assert_eq!(
        top("distinct: []\n", "distinct", &["[a, b]"], "[a, b]"),
        "distinct: [[a, b]]\n"
    );
    assert_eq!(
        top(
            "distinct: [[a, b]] # x\n",
            "distinct",
            &["[c, d]"],
            "[c, d]"
        ),
        "distinct: [[a, b], [c, d]] # x\n"
    );
}

#[test]
fn a_missing_key_goes_before_the_document_end() {
    assert_eq!(
        top("---\npeople: []\n...\n# end\n", "distinct", &["[a, b]"], ""),
        "---\npeople: []\ndistinct:\n  - [a, b]\n...\n# end\n"
    );
    assert_eq!(
        top("people: []", "distinct", &["[a, b]"], ""),
        "people: []\ndistinct:\n  - [a, b]\n"
    );
}

#[test]
fn crlf_files_get_crlf_lines() {
    assert_eq!(
        top(
            "organizations:\r\n  - name: A\r\n",
            "organizations",
            &["name: B"],
            ""
        ),
        "organizations:\r\n  - name: A\r\n  - name: B\r\n"
    );
}

#[test]
fn aliases_are_added_in_each_form() {
    let flow =
        "organizations:\n  - name: A\n    aliases: [x, 'y, z'] # 旧称\n    sector: academia\n";
    assert_eq!(
        alias(flow, 0, "B"),
        "organizations:\n  - name: A\n    aliases: [x, 'y, z', B] # 旧称\n    sector: academia\n"
    );
    let block =
        "organizations:\n  - name: A\n    aliases:\n    - x\n    sector: academia\n  - name: C\n";
    assert_eq!(
        alias(block, 0, "B"),
        "organizations:\n  - name: A\n    aliases:\n    - x\n    - B\n    sector: academia\n  - name: C\n"
    );
    let none = "organizations:\n  - name: A\n    sector: academia\n\n  - name: C\n";
    assert_eq!(
        alias(none, 0, "B"),
        "organizations:\n  - name: A\n    sector: academia\n    aliases: [B]\n\n  - name: C\n"
    );
    assert_eq!(
        alias("organizations: [{name: A}]\n", 0, "B"),
        "organizations: [{name: A, aliases: [B]}]\n"
    );
    assert_eq!(
        alias("organizations:\n  - name: A\n    aliases:\n", 0, "B"),
        "organizations:\n  - name: A\n    aliases: [B]\n"
    );
}

#[test]
fn brackets_inside_quotes_and_comments_do_not_count() {
    let src = "[a, \"]\", '[' # ]\n , b]";
    assert_eq!(closing(src, 0), Some(src.len() - 1));
    assert_eq!(closing("[a", 0), None);
}
