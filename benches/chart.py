#!/usr/bin/env python3
"""Turns criterion's own output into the results table and chart of the decoding suite.

    python3 benches/chart.py [CRITERION_DIR] [OUT_DIR]

CRITERION_DIR defaults to target/criterion, OUT_DIR to benches/results. Reads every
`<group>/<function>/new/estimates.json` (and `benchmark.json` beside it, for the names and
the body size) and writes:

- results.md: per input, every approach's median, its ratio to approach 3 (`3-plain`,
  the plain derive), and its throughput; then each target of the suite, computed from
  those medians, met or missed;
- decode.svg: the ratios to approach 3, one row per approach, one mark per input, on a
  log scale.

Only the standard library: the machines this runs on need nothing installed.
"""

import json
import math
import sys
from pathlib import Path

REFERENCE = "3-plain"

# Approaches in the order of the suite's list; anything else found is appended.
ORDER = [
    "1-from_slice",
    "1-from_str",
    "1-from_slice-borrowed",
    "1-from_str-borrowed",
    "1-sonic-rs",
    "1-simd-json",
    "2-hand-written",
    "2-hand-written-borrowed",
    "3-plain",
    "3-plain-borrowed",
    "4-two-pass",
    "5-value",
    "6-flatten",
    "6-untagged",
    "7-scan",
]

# Inputs, smallest first, as the suite runs them.
INPUTS = [
    "spec_success_200b",
    "spec_error_250b",
    "error_real_226b",
    "records_1k",
    "records_1k_compact",
    "face_11k",
    "lines_12k",
    "whois_14k",
    "resolve_70k",
    "instances_1m",
]

# (description, input, numerator, denominator, comparison, bound): the targets of the
# suite, each a ratio of two medians of the same run. The 1 KB targets are checked on the
# real example as published (indented) and on the same body without its indentation.
KB, MB, ERRORS = ["records_1k", "records_1k_compact"], ["instances_1m"], ["spec_error_250b", "error_real_226b"]
TARGETS = (
    [
        (f"from_slice vs {label}", name, "1-from_slice", other, "<=", bound)
        for names, bound in ((KB + MB, 0.85), (ERRORS, 1.0))
        for name in names
        for label, other in (("hand-written (2)", "2-hand-written"), ("plain derive (3)", REFERENCE))
    ]
    + [
        (f"{label} vs from_slice", name, other, "1-from_slice", ">=", bound)
        for label, other, bound in (
            ("two passes (4)", "4-two-pass", 1.5),
            ("Value (5)", "5-value", 2.5),
            ("flatten (6)", "6-flatten", 2.5),
        )
        for name in KB + MB
    ]
    + [
        ("owned from_slice vs bare scan (7)", "instances_1m", "1-from_slice", "7-scan", "<=", 3.2),
        ("borrowed from_slice vs bare scan (7)", "instances_1m", "1-from_slice-borrowed", "7-scan", "<=", 2.5),
        ("owned vs borrowed from_slice", "instances_1m", "1-from_slice", "1-from_slice-borrowed", ">=", 1.25),
    ]
)


def load(criterion_dir):
    """{input: {approach: (median ns, bytes)}} from criterion's directory."""
    results = {}
    for estimates in sorted(Path(criterion_dir).glob("*/*/new/estimates.json")):
        benchmark = json.loads((estimates.parent / "benchmark.json").read_text())
        median = json.loads(estimates.read_text())["median"]["point_estimate"]
        throughput = benchmark.get("throughput") or {}
        size = throughput.get("Bytes") or throughput.get("BytesDecimal")
        results.setdefault(benchmark["group_id"], {})[benchmark["function_id"]] = (median, size)
    return results


def ordered(names, order):
    return [n for n in order if n in names] + sorted(n for n in names if n not in order)


def human_time(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns:.0f} ns"


def table(results):
    inputs = ordered(results, INPUTS)
    approaches = ordered({a for r in results.values() for a in r}, ORDER)
    lines = [
        "# Decoding: medians and ratios to approach 3",
        "",
        "Produced by `benches/chart.py` from criterion's output of one run of "
        "`cargo bench -p tencent-action-benches`. A ratio is the approach's median over "
        f"`{REFERENCE}`'s on the same input (below 1: faster than the plain derive).",
        "",
        "## Ratios to approach 3",
        "",
        "| approach | " + " | ".join(inputs) + " |",
        "|---|" + "---:|" * len(inputs),
    ]
    for approach in approaches:
        cells = []
        for name in inputs:
            group = results[name]
            if approach in group and REFERENCE in group:
                cells.append(f"{group[approach][0] / group[REFERENCE][0]:.2f}")
            else:
                cells.append("-")
        lines.append(f"| {approach} | " + " | ".join(cells) + " |")
    lines += ["", "## Medians", ""]
    lines += ["| approach | " + " | ".join(inputs) + " |", "|---|" + "---:|" * len(inputs)]
    for approach in approaches:
        cells = [human_time(results[n][approach][0]) if approach in results[n] else "-" for n in inputs]
        lines.append(f"| {approach} | " + " | ".join(cells) + " |")
    sizes = []
    for name in inputs:
        size = next((s for _, s in results[name].values() if s), None)
        sizes.append(f"{size:,}" if size else "?")
    lines += ["| *bytes* | " + " | ".join(sizes) + " |"]
    lines += ["", "## Targets", "", "| target | input | ratio | bound | verdict |", "|---|---|---:|---:|---|"]
    for description, name, numerator, denominator, comparison, bound in TARGETS:
        group = results.get(name, {})
        if numerator not in group or denominator not in group:
            lines.append(f"| {description} | {name} | - | {comparison} {bound} | not measured |")
            continue
        ratio = group[numerator][0] / group[denominator][0]
        met = ratio <= bound if comparison == "<=" else ratio >= bound
        verdict = "met" if met else f"missed by {abs(ratio / bound - 1) * 100:.0f}%"
        lines.append(f"| {description} | {name} | {ratio:.2f} | {comparison} {bound} | {verdict} |")
    return "\n".join(lines) + "\n"


# One colour per input, from small to large.
COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"]


def chart(results):
    inputs = ordered(results, INPUTS)
    approaches = ordered({a for r in results.values() for a in r}, ORDER)
    ratios = [
        (i, a, results[n][a][0] / results[n][REFERENCE][0])
        for i, n in enumerate(inputs)
        for a in approaches
        if a in results[n] and REFERENCE in results[n]
    ]
    low = min(0.1, min(r for _, _, r in ratios) * 0.9)
    high = max(5.0, max(r for _, _, r in ratios) * 1.1)
    left, top, row, width = 190, 40, 24, 620
    legend_top = top + row * len(approaches) + 40
    height = legend_top + 20 * ((len(inputs) + 2) // 3) + 20

    def x(ratio):
        return left + width * (math.log(ratio) - math.log(low)) / (math.log(high) - math.log(low))

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 30}" height="{height}" '
        'font-family="sans-serif" font-size="12">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<text x="{left}" y="20" font-size="14">Decode time relative to the plain derive '
        f'(approach 3), log scale; left is faster</text>',
    ]
    for tick in [0.1, 0.2, 0.5, 1, 2, 5, 10, 20]:
        if low <= tick <= high:
            stroke = "#333" if tick == 1 else "#ddd"
            out.append(f'<line x1="{x(tick):.1f}" y1="{top - 8}" x2="{x(tick):.1f}" '
                       f'y2="{top + row * len(approaches)}" stroke="{stroke}"/>')
            out.append(f'<text x="{x(tick):.1f}" y="{top + row * len(approaches) + 16}" '
                       f'text-anchor="middle">{tick:g}×</text>')
    for j, approach in enumerate(approaches):
        y = top + row * j + row / 2
        if j % 2 == 0:
            out.append(f'<rect x="0" y="{top + row * j}" width="{left + width + 30}" height="{row}" '
                       'fill="#f6f6f6"/>')
        out.append(f'<text x="{left - 10}" y="{y + 4:.1f}" text-anchor="end">{approach}</text>')
    # Redraw the grid over the row stripes.
    for tick in [0.1, 0.2, 0.5, 1, 2, 5, 10, 20]:
        if low <= tick <= high:
            stroke = "#333" if tick == 1 else "#ddd"
            out.append(f'<line x1="{x(tick):.1f}" y1="{top}" x2="{x(tick):.1f}" '
                       f'y2="{top + row * len(approaches)}" stroke="{stroke}"/>')
    for i, approach, ratio in ratios:
        j = approaches.index(approach)
        y = top + row * j + 4 + (row - 8) * i / max(1, len(inputs) - 1)
        out.append(f'<circle cx="{x(ratio):.1f}" cy="{y:.1f}" r="3.5" fill="{COLOURS[i % len(COLOURS)]}">'
                   f'<title>{inputs[i]} {approach}: {ratio:.2f}×</title></circle>')
    for i, name in enumerate(inputs):
        lx = left + (i % 3) * 210
        ly = legend_top + 20 * (i // 3)
        out.append(f'<circle cx="{lx}" cy="{ly - 4}" r="4" fill="{COLOURS[i % len(COLOURS)]}"/>')
        out.append(f'<text x="{lx + 10}" y="{ly}">{name}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    criterion_dir = sys.argv[1] if len(sys.argv) > 1 else "target/criterion"
    out_dir = Path(sys.argv[2] if len(sys.argv) > 2 else "benches/results")
    results = load(criterion_dir)
    if not results:
        sys.exit(f"no criterion results under {criterion_dir}: run `cargo bench -p tencent-action-benches` first")
    missing = [name for name, group in results.items() if REFERENCE not in group]
    if missing:
        sys.exit(f"no {REFERENCE} in {', '.join(missing)}: the ratios need it")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "results.md").write_text(table(results))
    (out_dir / "decode.svg").write_text(chart(results))
    print(f"wrote {out_dir / 'results.md'} and {out_dir / 'decode.svg'}")


if __name__ == "__main__":
    main()
