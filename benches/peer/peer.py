#!/usr/bin/env python3
"""The Python peer of `renkei overlap DIR --format json`, for comparison.

It does the job the way an analyst would with the usual tools: read every
YAML file under DIR with PyYAML's C loader, normalise organisation names
(NFKC, no white space, no legal form such as 株式会社), build a networkx
bipartite graph of networks x entities (organisations, people, positions;
an organisation is also present where its people and positions are),
project it onto the networks with `weighted_projected_graph`, and write the
overlap JSON: networks, pairs (shared entities, Jaccard) and bridges.

    pip install pyyaml networkx
    python3 benches/peer/peer.py DIR > overlap.json

See docs/performance.md for how it is timed against renkei.
"""

import json
import os
import re
import sys
import unicodedata

import networkx as nx
import yaml
from networkx.algorithms import bipartite

# After NFKC, so （株） and ㈱ are both (株).
LEGAL_FORMS = re.compile(
    r"株式会社|有限会社|合同会社|\(株\)|\(有\)|一般社団法人|一般財団法人"
    r"|公益社団法人|公益財団法人|学校法人|国立大学法人|公立大学法人"
    r"|独立行政法人|国立研究開発法人|地方独立行政法人"
)


def norm(text):
    """A matching key: NFKC, legal forms and white space removed."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(LEGAL_FORMS.sub("", text).split())


def load(root):
    """(id, document) of every network file, in path order."""
    paths = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in files:
            if name.endswith((".yaml", ".yml")):
                paths.append(os.path.join(folder, name))
    paths.sort()
    networks = []
    for path in paths:
        with open(path, "rb") as f:
            doc = yaml.load(f, Loader=yaml.CLoader)
        if not isinstance(doc, dict) or not isinstance(doc.get("members"), list):
            continue  # registries and broken files
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        networks.append((str(doc.get("id") or rel.rsplit(".", 1)[0]), doc))
    return networks


def build(networks):
    """The bipartite graph; entity nodes carry their kind and a name."""
    g = nx.Graph()
    for nid, doc in networks:
        net = ("network", nid)
        g.add_node(net, bipartite=0, doc=doc)
        for m in doc["members"]:
            if not isinstance(m, dict):
                continue
            org, person, title = m.get("org"), m.get("person"), m.get("title")
            found = []
            if org:
                found.append(("org", norm(org), str(org)))
            if person:
                found.append(("person", f"{norm(person)}@{norm(org or '')}", str(person)))
            elif org and title:
                found.append(("position", f"{norm(org)}/{norm(title)}", f"{org} {title}"))
            for kind, key, name in found:
                node = (kind, key)
                if node not in g:
                    g.add_node(node, bipartite=1, kind=kind, name=name)
                g.add_edge(net, node)
    return g


def line(out, first, item):
    out.write("\n    " if first else ",\n    ")
    out.write(json.dumps(item, ensure_ascii=False, separators=(",", ":")))


def write(out, g, networks):
    nets = sorted(("network", nid) for nid, _ in networks)
    out.write('{\n  "networks": [')
    for i, net in enumerate(nets):
        doc = g.nodes[net]["doc"]
        line(out, i == 0, {
            "id": net[1],
            "name": doc.get("name"),
            "program": doc.get("program"),
            "prefecture": doc.get("prefecture"),
        })
    out.write('\n  ],\n  "pairs": [')
    projected = bipartite.weighted_projected_graph(g, nets)
    pairs = sorted(tuple(sorted((a, b))) for a, b in projected.edges())
    for i, (a, b) in enumerate(pairs):
        na, nb = set(g[a]), set(g[b])
        shared = sorted(na & nb)
        line(out, i == 0, {
            "a": a[1],
            "b": b[1],
            "shared": [{"kind": k, "name": g.nodes[(k, key)]["name"]} for k, key in shared],
            "jaccard": len(shared) / len(na | nb),
        })
    out.write('\n  ],\n  "bridges": [')
    first = True
    for node in sorted(n for n in g if n[0] != "network"):
        if g.degree(node) < 2:
            continue
        ids = sorted(n[1] for n in g[node])
        programs = sorted({g.nodes[("network", n)]["doc"].get("program") for n in ids})
        attrs = g.nodes[node]
        line(out, first, {"kind": attrs["kind"], "name": attrs["name"],
                          "networks": ids, "programs": programs})
        first = False
    out.write("\n  ]\n}\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: peer.py DIR > overlap.json")
    networks = load(sys.argv[1])
    g = build(networks)
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", buffering=1 << 20, closefd=False)
    write(out, g, networks)
    out.flush()
    print(f"{len(networks)} networks, {g.number_of_nodes() - len(networks)} entities, "
          f"{g.number_of_edges()} memberships", file=sys.stderr)


if __name__ == "__main__":
    main()
