#!/usr/bin/env python3
"""Propose the error codes whose category needs a human look, for the runtime's
`src/code/reviewed/table.rs`.

Every published code takes the category of its dotted family by default (`LimitExceeded.X`
is a quota because `LimitExceeded` is). That default is wrong where a code of one family
names a rate limit (`LimitExceeded.RateLimitExceeded`), or where a `RequestLimitExceeded.*`
code is a day's quota rather than a rate. This script finds the codes that may be such a
case; a person decides each one and writes it into `table.rs` with a short reason.

A code (other than a common code, whose category `common.rs` holds) is proposed when:
  1. a segment, lowercased, contains one of SEGMENT_WORDS (`FailedOperation.ReadQpsLimit`);
  2. one of Tencent's descriptions of it contains one of DESCRIPTION_WORDS (`请求频率超过限制`);
  3. its family default is Throttling: every `RequestLimitExceeded.*` code would be retried;
  4. it names a day's or an hour's window (WINDOW_WORDS, in a segment or a description)
     together with a limit (LIMIT_WORDS): such a limit is a quota whatever its family says.
The words match generously (substrings): a false proposal costs a line of review, a missed
one a wrong answer. The runtime's own rule for codes outside the data (`shape.rs`) is
stricter; its test checks that it fires on no published code this script would not propose.

Refresh, when Tencent publishes new codes (data/tencent-api/all-error-codes.json):
    python3 runtime/scripts/propose-reviewed-codes.py        # what is new or gone
    python3 runtime/scripts/propose-reviewed-codes.py --all  # every proposal, reviewed or not
Each new proposal is printed as a table line with the suggested category and the evidence;
decide it (Throttling: a rate that clears within seconds or a minute; Quota: a count, or a
day's or an hour's volume; or the family's own category), write the reason, keep the table
sorted, then run `cargo test -p tencent-action-tests --test code_table` and update the counts
it reports in runtime/README.md. `--check` exits with status 1 while anything is left to review.
Python 3 standard library only.
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "tencent-api" / "all-error-codes.json"
CODE = ROOT / "runtime" / "src" / "code"
TABLE = CODE / "reviewed" / "table.rs"
COMMON = CODE / "common.rs"
FAMILIES = CODE / "category.rs"

SEGMENT_WORDS = [
    "freq", "qps", "ratelimit", "toomanyrequests", "toooften", "tooquick", "slowdown",
    "throttl", "requestlimit",
]
DESCRIPTION_WORDS = [
    "frequency", "frequent", "freq", "qps", "ratelimit", "toomanyrequests",
    "频率", "频繁", "限频", "频控", "速率", "超频", "频次", "限流",
]
WINDOW_WORDS = ["day", "month", "1d", "1h", "hour", "每天", "每日", "当天", "今日", "本小时", "小时内", "日下发"]
LIMIT_WORDS = ["limit", "exceed", "quota", "max", "上限", "限制", "超过", "超出", "配额", "限额", "最大"]


def matching_lines(path, pattern):
    """Every line of `path` that `pattern` matches, as its groups."""
    found = (re.match(pattern, line) for line in path.read_text(encoding="utf-8").splitlines())
    return [match.groups() for match in found if match]


def common_categories():
    """`Variant = "Code", Category, "description";` lines of common.rs."""
    return dict(matching_lines(COMMON, r'^\s*\w+ = "([^"]+)", (\w+), '))


def family_categories():
    """`("Family", Category::X),` lines of category.rs: families that are not common codes."""
    return dict(matching_lines(FAMILIES, r'^\s*\("([^"]+)", Category::(\w+)\),'))


def reviewed():
    """`"Code", Category, "reason";` lines of table.rs."""
    lines = matching_lines(TABLE, r'^\s*"([^"]+)", (\w+), "(.*)";\s*$')
    return {code: (category, reason) for code, category, reason in lines}


def family_default(code, common, families):
    """The category of the code or its nearest dotted ancestor, as the runtime's family rule."""
    prefix = code
    while True:
        if prefix in common:
            return common[prefix]
        if prefix in families:
            return families[prefix]
        if "." not in prefix:
            return "Unknown"
        prefix = prefix.rsplit(".", 1)[0]


def evidence(entry, default):
    """Why the code is proposed (empty: it is not), and the suggested category."""
    segments = [segment.lower() for segment in entry["code"].split(".")]
    text = " ".join(entry["descriptions"]).lower()
    why = []
    why += [f"segment word `{w}`" for w in SEGMENT_WORDS if any(w in s for s in segments)]
    why += [f"description word `{w}`" for w in DESCRIPTION_WORDS if w in text]
    if default == "Throttling":
        why.append("family default is Throttling")
    window = [w for w in WINDOW_WORDS if any(w in s for s in segments) or w in text]
    limit = [w for w in LIMIT_WORDS if any(w in s for s in segments) or w in text]
    if window and limit:
        why.append(f"window `{window[0]}` with limit `{limit[0]}`")
    if not why:
        return [], None
    suggested = "Quota" if window and limit else "Throttling"
    return why, suggested


def main(argv):
    show_all = "--all" in argv
    check = "--check" in argv
    data = json.loads(DATA.read_text(encoding="utf-8"))
    common, families, table = common_categories(), family_categories(), reviewed()
    published = set()
    pending = 0
    for entry in data["codes"]:
        code = entry["code"]
        published.add(code)
        if code in common:
            continue
        default = family_default(code, common, families)
        why, suggested = evidence(entry, default)
        if not why:
            continue
        done = table.get(code)
        if done and not show_all:
            continue
        pending += done is None
        status = f"reviewed: {done[0]}, {done[1]}" if done else "NEW"
        print(f'    "{code}", {suggested}, "TODO";')
        print(f"    // {status}; family default {default}; {'; '.join(why)}")
        print(f"    // services: {', '.join(entry['services'])}")
        for description in entry["descriptions"]:
            print(f"    // {' '.join(description.split())[:200]}")
    stale = sorted(set(table) - published)
    for code in stale:
        print(f"stale: `{code}` is in table.rs but no longer published")
    print(f"{pending} to review, {len(stale)} stale, {len(table)} reviewed", file=sys.stderr)
    return 1 if check and (pending or stale) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
