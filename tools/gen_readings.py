#!/usr/bin/env python3
"""Generates src/readings/table.txt, the reading estimator's dictionary.

Sources (both installed from ordinary package registries, nothing fetched
from elsewhere):
  * Unihan_Readings.txt(.bz2) from Debian's `unicode-data` package
    (/usr/share/unicode/): kJapaneseOn and kJapaneseKun, per character.
  * IPAdic's compiled sys.dic from the PyPI package `ipadic`
    (pip install ipadic; python3 -c 'import ipadic; print(ipadic.DICDIR)'):
    surnames, given names, place names and common nouns with their readings.

Usage:
  python3 tools/gen_readings.py [UNIHAN] [SYS_DIC] > src/readings/table.txt

Output, one entry a line, sorted: `WORD<TAB>READING[ READING...]` in
hiragana, best reading first; a single character's on readings are in
katakana. Lines starting with `#` are comments.
"""
import bz2
import os
import struct
import sys
import zipfile

UNIHAN = "/usr/share/unicode/Unihan_Readings.txt.bz2"

# Kinds of IPAdic entries kept, with the longest surface kept for each.
KEEP = {
    ("名詞", "固有名詞", "人名", "姓"): 4,
    ("名詞", "固有名詞", "人名", "名"): 3,
    ("名詞", "固有名詞", "地域", "一般"): 2,
    ("名詞", "一般", "*", "*"): 3,
    ("名詞", "サ変接続", "*", "*"): 4,
    ("名詞", "形容動詞語幹", "*", "*"): 3,
    ("名詞", "接尾", "一般", "*"): 3,
    ("名詞", "接尾", "地域", "*"): 2,
    ("名詞", "数", "*", "*"): 2,
}
# Entries costlier than this (rarer) are left out, except names of people.
MAX_COST = 12000

ROMAJI = {}


def _romaji_table():
    rows = "a i u e o".split()
    base = {
        "": "あいうえお", "k": "かきくけこ", "s": "さしすせそ", "t": "たちつてと",
        "n": "なにぬねの", "h": "はひふへほ", "m": "まみむめも", "y": "や_ゆ_よ",
        "r": "らりるれろ", "w": "わ___を", "g": "がぎぐげご", "z": "ざじずぜぞ",
        "d": "だぢづでど", "b": "ばびぶべぼ", "p": "ぱぴぷぺぽ",
    }
    for c, kana in base.items():
        for v, k in zip(rows, kana):
            if k != "_":
                ROMAJI[c + v] = k
    ROMAJI.update({"shi": "し", "chi": "ち", "tsu": "つ", "fu": "ふ", "ji": "じ"})
    for c, i in [("k", "き"), ("g", "ぎ"), ("n", "に"), ("h", "ひ"), ("m", "み"),
                 ("r", "り"), ("b", "び"), ("p", "ぴ")]:
        for v, s in [("a", "ゃ"), ("u", "ゅ"), ("o", "ょ")]:
            ROMAJI[c + "y" + v] = i + s
    for c, i in [("sh", "し"), ("ch", "ち"), ("j", "じ")]:
        for v, s in [("a", "ゃ"), ("u", "ゅ"), ("o", "ょ")]:
            ROMAJI[c + v] = i + s


def to_kana(romaji):
    """Hepburn as Unihan spells it (KOU, SHUU, TCHI) to hiragana."""
    s, out, i = romaji.lower(), [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1] and s[i] not in "aeioun":
            out.append("っ")
            i += 1
            continue
        if s[i] == "t" and s[i + 1:i + 3] == "ch":
            out.append("っ")
            i += 1
            continue
        for n in (3, 2, 1):
            if s[i:i + n] in ROMAJI:
                out.append(ROMAJI[s[i:i + n]])
                i += n
                break
        else:
            if s[i] == "n":
                out.append("ん")
                i += 1
            else:
                return None
    return "".join(out)


def kun_forms(kana):
    """A kun reading and, for verb and adjective forms, the stem names use
    (うける → うけ, とる → とり, たかい → たか)."""
    forms = []
    stems = {"う": "い", "く": "き", "す": "し", "つ": "ち", "ぬ": "に", "ぶ": "び",
             "む": "み", "る": "り", "ぐ": "ぎ"}
    if len(kana) >= 3 and kana[-1] == "る" and kana[-2] in "けげせぜてでねべぺめれえ":
        forms.append(kana[:-1])
    elif len(kana) >= 3 and kana[-1] == "い":
        forms.append(kana[:-1])
    elif len(kana) >= 3 and kana[-1] in stems:
        forms.append(kana[:-1] + stems[kana[-1]])
    forms.append(kana)
    return forms


def unihan(path):
    opener = bz2.open if path.endswith(".bz2") else open
    if path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        lines = z.read("Unihan_Readings.txt").decode().splitlines()
    else:
        with opener(path, "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
    on, kun = {}, {}
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        code, field, value = line.split("\t", 2)
        if field not in ("kJapaneseOn", "kJapaneseKun"):
            continue
        ch = chr(int(code[2:], 16))
        kana = [k for k in (to_kana(v) for v in value.split()) if k]
        if field == "kJapaneseOn":
            on[ch] = kana
        else:
            kun[ch] = [f for k in kana for f in kun_forms(k)]
    return on, kun


def ipadic_entries(path):
    d = open(path, "rb").read()
    h = struct.unpack("<10I", d[:40])
    lexsize, dsize, tsize, fsize = h[3], h[6], h[7], h[8]
    t0 = 72 + dsize
    feats = d[t0 + tsize:t0 + tsize + fsize]
    for i in range(lexsize):
        _, _, _, cost, off, _ = struct.unpack("<HHHhII", d[t0 + 16 * i:t0 + 16 * i + 16])
        f = feats[off:feats.index(b"\0", off)].decode("utf-8").split(",")
        if len(f) < 8:
            continue
        yield tuple(f[:4]), f[6], f[7], cost


def is_kanji(c):
    return "\u4e00" <= c <= "\u9fff" or c in "々〆ヶ"


def hira(kata):
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in kata)


def kata(hiragana):
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in hiragana)


def main():
    uni = sys.argv[1] if len(sys.argv) > 1 else UNIHAN
    if len(sys.argv) > 2:
        sysdic = sys.argv[2]
    else:
        import ipadic
        sysdic = os.path.join(ipadic.DICDIR, "sys.dic")
    _romaji_table()
    on, kun = unihan(uni)
    words = {}
    for kind, surface, reading, cost in ipadic_entries(sysdic):
        longest = KEEP.get(kind)
        if longest is None or not surface or len(surface) > longest:
            continue
        if not any(is_kanji(c) for c in surface):
            continue
        if not all(is_kanji(c) or "\u3041" <= c <= "\u3096" for c in surface):
            continue
        if kind[2] != "人名" and cost > MAX_COST:
            continue
        r = hira(reading)
        if not all("\u3041" <= c <= "\u3096" or c == "ー" for c in r):
            continue
        words.setdefault(surface, {})
        best = words[surface].get(r)
        words[surface][r] = cost if best is None else min(best, cost)
    # Per character: IPAdic's own single-kanji readings first, then Unihan's
    # on (organisation names are mostly Sino-Japanese), then kun.
    chars = set(on) | set(kun)
    out = {}
    for ch in chars:
        if not ("\u4e00" <= ch <= "\u9fff" or ch == "々"):
            continue
        seen = [r for r, _ in sorted(words.pop(ch, {}).items(), key=lambda x: x[1])]
        for r in on.get(ch, []) + kun.get(ch, []):
            if r not in seen:
                seen.append(r)
        ons = set(on.get(ch, []))
        # On readings in katakana, kun in hiragana: the estimator charges
        # for mixing the two within a word (重箱読み is the exception).
        out[ch] = [kata(r) if r in ons else r for r in seen]
    for w, rs in words.items():
        out[w] = [r for r, _ in sorted(rs.items(), key=lambda x: x[1])][:3]
    print("# renkei reading table, generated by tools/gen_readings.py; do not edit.")
    print("# Per-character readings from Unicode's Unihan database (kJapaneseOn,")
    print("# kJapaneseKun), © Unicode, Inc., Unicode-DFS-2016 / License v3. IPAdic words,")
    print("# Copyright 2000-2003 Nara Institute of Science and Technology (see")
    print("# docs/identity.md for the licence text and its ICOT conditions).")
    for w in sorted(out):
        if out[w]:
            print(f"{w}\t{' '.join(out[w])}")


if __name__ == "__main__":
    main()
