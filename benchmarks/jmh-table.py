#!/usr/bin/env python3
"""Turns JMH's JSON result (-rf json) into the markdown table of results/jmh.md.

usage: benchmarks/jmh-table.py jmh.json > table.md
"""
import json
import sys

RAW = {"Write": "rawWrite", "Read": "rawRead"}


def main(path):
    runs = json.load(open(path))
    rows = {}
    for run in runs:
        name = run["benchmark"].rsplit(".", 1)[1]
        cls = run["benchmark"].rsplit(".", 2)[1]
        params = run.get("params") or {}
        label = name + "".join(f" ({k}={v})" for k, v in params.items())
        metric = run["primaryMetric"]
        alloc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        rows[(cls, label)] = (metric["score"], metric["scoreError"], metric["scoreUnit"], alloc, name)
    raw = {direction: rows.get(("MeshCodecBenchmark", bench)) for direction, bench in RAW.items()}
    print("| benchmark | score | error (99.9 %) | unit | vs raw copy | allocated per op (MB) |")
    print("| --- | ---: | ---: | --- | ---: | ---: |")
    for (cls, label), (score, error, unit, alloc, name) in sorted(rows.items(), key=order):
        ratio = ""
        if cls == "MeshCodecBenchmark":
            base = raw["Write" if name.endswith("Write") else "Read"]
            if base:
                ratio = f"{score / base[0]:.1f}x"
        mb = "" if alloc is None else f"{alloc / 1e6:,.1f}"
        print(f"| {cls}.{label} | {score:,.3f} | {error:,.3f} | {unit} | {ratio} | {mb} |")


def order(item):
    (cls, label), value = item
    name = value[4]
    family = ["raw", "jacksonSmile", "sessionSmile", "jacksonJson", "sessionJson"]
    rank = next((i for i, f in enumerate(family) if name.startswith(f)), len(family))
    return (cls, name.endswith("Read"), rank, label)


if __name__ == "__main__":
    main(sys.argv[1])
