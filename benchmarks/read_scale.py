"""Time read_thread on a 50,000-comment thread in each format (issue 2: "within seconds").

Run ``python benchmarks/read_scale.py [--comments N]``; prints one line per format
with the seconds taken to write the file (not timed) and read it back.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from stance import read_thread, write_thread


def _tree(n: int, rng: random.Random) -> list[int | None]:
    return [None if i == 0 or rng.random() < 0.3 else rng.randrange(max(0, i - 50), i)
            for i in range(n)]


def disqus(path: Path, parents: list) -> None:
    posts = []
    for i, p in enumerate(parents):
        parent = f'<parent dsq:id="{p}"/>' if p is not None else ""
        posts.append(f'<post dsq:id="{i}"><message><![CDATA[<p>Comment {i} &amp; more, '
                     f'about Putin.</p>]]></message><createdAt>2020-06-01T10:00:00Z</createdAt>'
                     f'<author><name>user{i % 97}</name></author><thread dsq:id="t1"/>{parent}'
                     f'<isDeleted>false</isDeleted><isSpam>false</isSpam></post>')
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns:dsq="http://disqus.com/'
                    'disqus-internals"><thread dsq:id="t1"><title>T</title></thread>'
                    + "".join(posts) + "</disqus>", encoding="utf-8")


def text_dump(path: Path, parents: list) -> None:
    depth: list[int] = []
    lines = ["JUNE 2020", "", "A title", "", "A paragraph.", ""]
    for i, p in enumerate(parents):
        d = 0 if p is None else min(depth[p] + 1, 6)
        # a dump lists replies right under their parent; keep file order valid by
        # making every comment a reply to the previous one at most one level deeper
        if i and d > depth[i - 1] + 1:
            d = depth[i - 1] + 1
        depth.append(d)
        pad = " " * (2 + 4 * d)
        lines += [f"{pad}• user{i % 97}", "", f"{pad}  Comment {i} about Putin and the West.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def reddit(path: Path, parents: list) -> None:
    nodes = [{"kind": "t1", "data": {"id": f"c{i}", "name": f"t1_c{i}", "author": f"u{i % 97}",
                                     "body": f"Comment {i} about Putin.", "created_utc": 1590000000 + i,
                                     "replies": ""}} for i in range(len(parents))]
    roots = []
    for i, p in enumerate(parents):
        if p is None:
            roots.append(nodes[i])
        else:
            parent = nodes[p]["data"]
            if parent["replies"] == "":
                parent["replies"] = {"kind": "Listing", "data": {"children": []}}
            parent["replies"]["data"]["children"].append(nodes[i])
    page = [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {
        "id": "p", "name": "t3_p", "title": "T", "selftext": "", "author": "op",
        "created_utc": 1590000000}}]}},
            {"kind": "Listing", "data": {"children": roots}}]
    path.write_text(json.dumps(page), encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=50_000)
    args = parser.parse_args(argv)
    rng = random.Random(0)
    parents = _tree(args.comments, rng)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = {"disqus": tmp / "t.xml", "text": tmp / "t.txt", "reddit": tmp / "t.json"}
        disqus(files["disqus"], parents)
        text_dump(files["text"], parents)
        reddit(files["reddit"], parents)
        print(f"{'format':<8} {'rows':>7} {'seconds':>8}")
        table = None
        for name, path in files.items():
            start = time.perf_counter()
            table = read_thread(path)
            print(f"{name:<8} {len(table):>7} {time.perf_counter() - start:>8.2f}")
        for ext in ("csv", "parquet"):
            path = write_thread(table, tmp / f"t.{ext}")
            start = time.perf_counter()
            back = read_thread(path)
            print(f"{ext:<8} {len(back):>7} {time.perf_counter() - start:>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
