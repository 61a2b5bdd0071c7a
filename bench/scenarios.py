"""The crowd and mixed runs of ``bench/run.py`` (``--crowd``, ``--mixed``).

**Crowd**: for each signed-in page, wrk walks a file of (session cookie, path)
pairs written by ``bench/crowd.py`` (``crowd.lua``): every request is a
different (member, page) pair. **Mixed**: public pages (a mix of the key public
pages and more programme and event pages) and the signed-in crowd read, first
alone and then while members' writes are posted at ``--write-rate``.
"""

import json
import re
from pathlib import Path

try:
    from bench import load
except ImportError:  # run as a script: bench/ is on the path
    import load  # type: ignore[no-redef]

#: The signed-in pages a crowd walks (keys of bench/crowd.py's files).
CROWD_PAGES = {
    "lesson": "Lesson",
    "learner_dashboard": "Learner dashboard",
    "competency_profile": "Competency profile",
    "network": "Network (threads, clusters, people, search)",
}
#: Targets: a crowd on a signed-in page, public pages while members write; p99.
TARGET_CROWD, TARGET_MIXED_PUBLIC, TARGET_P99_MS = 0.2, 1.0, 100.0
#: Pairs of each crowd file requested one by one before the run (must answer 200).
CHECKED = 20
#: Public pages shown with their server times under the mixed table.
PAGES_SHOWN = 8


def finish(process, parse_wrk) -> dict:
    output, _ = process.communicate()
    redirects = re.search(r"^Redirects: (\d+)$", output, re.M)
    return {**parse_wrk(output), "redirects": int(redirects.group(1)) if redirects else None,
            "wrk_output": output}  # fmt: skip


def check(server, info: dict, every: bool = False) -> dict[str, int]:
    """Statuses of pairs of a crowd file (all of them, or ``CHECKED`` spread over it)."""
    lines = [line.split("\t", 1) for line in Path(info["file"]).read_text().splitlines()]
    step = 1 if every else max(1, len(lines) // CHECKED)
    statuses: dict[str, int] = {}
    for cookie, path in lines[::step][: None if every else CHECKED]:
        status = str(server.get(path, cookie)[0])
        statuses[status] = statuses.get(status, 0) + 1
    return statuses


REQUEST_LOG = re.compile(r"method=(\w+) path=(\S+) status=\d+ duration_ms=([\d.]+)")


def server_times(logfile: Path, offset: int, labels: dict[str, str], method: str = "GET") -> dict:
    """Requests, p50 and p99 server time (ms) per label of ``labels`` (path:
    label), from the request log (``tiltas.request``) written after ``offset``."""
    with logfile.open("rb") as log:
        log.seek(offset)
        text = log.read().decode(errors="replace")
    times: dict[str, list[float]] = {}
    for logged_method, path, ms in REQUEST_LOG.findall(text):
        if logged_method == method and path in labels:
            times.setdefault(labels[path], []).append(float(ms))
    return {
        label: {
            "requests": len(ms),
            "p50_ms": load.percentile(ms, 0.5),
            "p99_ms": load.percentile(ms, 0.99),
        }
        for label, ms in times.items()
    }


def _clean(row: dict) -> bool:
    return bool(
        row["non_2xx"] == 0 and row["socket_errors"] == 0 and not row.get("redirects")
        and set(row.get("checked", {"200": 1})) == {"200"}
    )  # fmt: skip


def measure_crowds(server, crowd: dict, args, floor_path: str, parse_wrk) -> list[dict]:
    rows = []
    for key, name in CROWD_PAGES.items():
        info = crowd[key]
        checked = check(server, info)
        load.log(f"crowd: {name} ({info['pairs']} pairs, {info['members']} members,"
                   f" {info['pages']} pages; checked {checked})")  # fmt: skip
        process = load.wrk_crowd(server.base, info["file"], threads=args.threads,
                                 connections=args.connections, duration=args.duration)  # fmt: skip
        rows.append({"key": key, "name": f"{name} (crowd)", "signed_in": True, **info,
                     "checked": checked, **finish(process, parse_wrk)})  # fmt: skip
        server.drain(floor_path)
    return rows


def measure_mixed(server, crowd: dict, args, floor_path: str, parse_wrk, counts) -> dict:
    """Two pairs of runs, each first reads alone, then the same reads while
    members write: (1) the public mix on every connection; (2) half the
    connections on the public mix, half on the signed-in crowd.
    ``counts()`` gives the rows writes add, read before and after."""
    public, signed_in = crowd["public"], crowd["signed_in"]
    checked = {"public": check(server, public, every=True), "signed_in": check(server, signed_in)}
    load.log(f"mixed: {public['pages']} public pages, {signed_in['pairs']} signed-in pairs;"
             f" checked {checked}")  # fmt: skip
    lines = Path(public["file"]).read_text().splitlines()
    public_paths = {path: path for path in (line.split("\t", 1)[1] for line in lines)}
    for _ in range(args.warmup):  # each worker's copy of the pages' versions, as for key pages
        for path in public_paths:
            server.get(path)
    half = max(1, args.connections // 2)
    runs = {
        "public": [("public", public, args.connections)],
        "public_and_crowd": [("public", public, half),
                             ("signed_in", signed_in, args.connections - half)],
    }  # fmt: skip
    plan = json.loads(Path(crowd["writes"]["file"]).read_text())
    before = counts()
    reads, writes, pages = [], [], {}
    for run, parts in runs.items():
        results = {}
        for phase in ("alone", "during"):
            offset = server.logfile.stat().st_size
            load.log(
                f"mixed: {run.replace('_', ' ')} reads {phase}"
                + (f" members' writes ({args.write_rate}/s)" if phase == "during" else "")
            )
            processes = [
                load.wrk_crowd(server.base, info["file"], threads=1, connections=connections,
                               duration=args.duration, count_redirects=key == "signed_in")
                for key, info, connections in parts
            ]  # fmt: skip
            if phase == "during":
                written = load.write_load(server.port, plan, args.write_rate, args.duration)
                done, plan = plan[: written["writes"]], plan[written["writes"] :]
            results[phase] = [finish(p, parse_wrk) for p in processes]
            if run == "public":
                pages[phase] = server_times(server.logfile, offset, public_paths)
            if phase == "during":
                kinds = {w["path"]: w["kind"] for w in done}
                server_ms = server_times(server.logfile, offset, kinds, method="POST")
                writes.append({"during": run, **written, "server": server_ms})
            server.drain(floor_path)
        for (key, info, connections), alone, during in zip(
            parts, results["alone"], results["during"], strict=True
        ):
            reads.append({
                "run": run, "key": key, "connections": connections, "pages": info["pages"],
                "pairs": info["pairs"], "checked": checked[key],
                "alone": alone, **{k: v for k, v in during.items() if k != "wrk_output"},
                "wrk_output": during["wrk_output"],
            })  # fmt: skip
    after = counts()
    return {
        "write_rate": args.write_rate,
        "writes_planned": crowd["writes"],
        "reads": reads,
        "writes": writes,
        "database": {kind: after[kind] - before[kind] for kind in after if kind in before},
        "public_pages": [
            {"path": path, "alone": pages["alone"].get(path), "during": during}
            for path, during in sorted(pages["during"].items(), key=lambda p: -(p[1]["p99_ms"]))
        ],
    }


def rate(rows: list[dict], floor_rps: float) -> None:
    """Ratios to the floor and targets, in place."""
    for row in rows:
        row["ratio"] = round(row["requests_per_second"] / floor_rps, 2) if floor_rps else None
        if "run" not in row:  # a crowd
            row["meets_target"] = bool(
                row["ratio"] is not None and row["ratio"] >= TARGET_CROWD
                and row["p99_ms"] is not None and row["p99_ms"] < TARGET_P99_MS and _clean(row)
            )  # fmt: skip
        elif row["run"] == "public":
            row["meets_target"] = bool(
                row["ratio"] is not None and row["ratio"] >= TARGET_MIXED_PUBLIC
                and row["p99_ms"] is not None and row["p99_ms"] < TARGET_P99_MS and _clean(row)
            )  # fmt: skip
        else:
            row["meets_target"] = _clean(row)


def _errors(row: dict) -> str:
    redirects = f" / {row['redirects']}" if row.get("redirects") is not None else ""
    return f"{row['non_2xx']} / {row['socket_errors']}{redirects}"


def _checked(checked: dict) -> str:
    return ", ".join(f"{n}x {status}" for status, n in sorted(checked.items()))


def markdown_crowd(rows: list[dict]) -> list[str]:
    lines = ["", f"Crowd (each request a different member and page; target >= {TARGET_CROWD}x"
             f" the floor, p99 < {TARGET_P99_MS:g} ms, every answer 200):", "",
             "| Page | pairs | members | pages | checked | req/s | x floor | p50 ms | p99 ms |"
             " non-2xx / errors / 3xx | Target |",
             "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|"]  # fmt: skip
    for row in rows:
        lines.append(
            f"| {row['name']} | {row['pairs']} | {row['members']} | {row['pages']}"
            f" | {_checked(row['checked'])} | {row['requests_per_second']:.0f}"
            f" | {row['ratio']:.2f} | {row['p50_ms']} | {row['p99_ms']} | {_errors(row)}"
            f" | {'met' if row['meets_target'] else 'MISSED'} |"
        )
    return lines


READS = {
    ("public", "public"): "Public pages, every connection",
    ("public_and_crowd", "public"): "Public pages, beside the crowd",
    ("public_and_crowd", "signed_in"): "Signed-in crowd (lesson, dashboard, profile, network)",
}


def markdown_mixed(mixed: dict) -> list[str]:
    lines = ["", f"Mixed: reads alone, then while members write (asked {mixed['write_rate']}/s;"
             f" target: public pages on every connection >= {TARGET_MIXED_PUBLIC}x the floor"
             f" during the writes, p99 < {TARGET_P99_MS:g} ms; no errors anywhere):", "",
             "| Reads | conns | pages / pairs | alone req/s | alone p99 ms | during writes req/s"
             " | x floor | p99 ms | non-2xx / errors / 3xx | Target |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]  # fmt: skip
    for row in mixed["reads"]:
        alone = row["alone"]
        target = "met" if row["meets_target"] else "MISSED"
        if row["run"] != "public":
            target += " (no errors)"
        lines.append(
            f"| {READS[row['run'], row['key']]} | {row['connections']}"
            f" | {row['pages']} / {row['pairs']} | {alone['requests_per_second']:.0f}"
            f" | {alone['p99_ms']} | {row['requests_per_second']:.0f} | {row['ratio']:.2f}"
            f" | {row['p99_ms']} | {_errors(row)} | {target} |"
        )
    lines += ["", "| Writes during | asked /s | done /s | ok | failed | 5xx | p50 ms | p99 ms"
              " | by kind: ok/failed (server time) |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---|"]  # fmt: skip
    for w in mixed["writes"]:
        kinds = ", ".join(
            f"{k} {v['ok']}/{v['failed']} (server p50 {w['server'].get(k, {}).get('p50_ms')},"
            f" p99 {w['server'].get(k, {}).get('p99_ms')} ms)"
            for k, v in sorted(w["kinds"].items())
        )
        failures = "; ".join(f"{n}x {what}" for what, n in w["failures"].items())
        lines.append(
            f"| {w['during'].replace('_', ' ')} reads | {w['asked_rate']:g}"
            f" | {w['rate_per_second']} | {w['succeeded']} | {w['errors']}"
            f" | {w['server_errors']} | {w['p50_ms']} | {w['p99_ms']} | {kinds}"
            + (f" (failures: {failures})" if failures else "")
            + (" (plan used up)" if w["plan_exhausted"] else "")
            + " |"
        )
    ok: dict[str, int] = {}
    for w in mixed["writes"]:
        for kind, v in w["kinds"].items():
            ok[kind] = ok.get(kind, 0) + v["ok"]
    found = ", ".join(f"{kind} +{n} (posted ok {ok.get(kind, 0)})"
                      for kind, n in sorted(mixed["database"].items()))  # fmt: skip
    lines += ["", f"In the database afterwards: {found or 'not counted (see the log)'}.", "",
              "Public pages on every connection, server time per page (request log), the"
              " slowest during the writes:", "",
              "| Page | alone requests | alone p50 ms | alone p99 ms | during requests"
              " | during p50 ms | during p99 ms |",
              "|---|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for page in mixed["public_pages"][:PAGES_SHOWN]:
        alone, during = page["alone"] or {}, page["during"]
        lines.append(
            f"| {page['path']} | {alone.get('requests', 0)} | {alone.get('p50_ms')}"
            f" | {alone.get('p99_ms')} | {during['requests']} | {during['p50_ms']}"
            f" | {during['p99_ms']} |"
        )
    return lines
