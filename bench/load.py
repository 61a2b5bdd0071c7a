"""Load beyond one page repeated: wrk walking a crowd of (member, page) pairs
(``crowd.lua``), and members' writes posted at a steady rate meanwhile."""

import http.client
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

FORM = "application/x-www-form-urlencoded"
LUA = Path(__file__).with_name("crowd.lua")
#: Writes in flight at most: enough for the asked rate while each takes a while.
WRITERS = 16


def _csrf(cookie: str) -> str:
    """The CSRF secret of the cookie: Django accepts it as the form's token."""
    return cookie.rsplit("=", 1)[1]


def wrk_crowd(
    base: str, pairs_file: str, *, threads: int, connections: int, duration: int,
    count_redirects: bool = True,
):  # fmt: skip
    """Start wrk on a crowd file; the caller waits for the process and parses its output."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency",
               "--timeout", "10s", "-s", str(LUA), base + "/", "--", pairs_file, str(threads),
               "count" if count_redirects else ""]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def post(port: int, write: dict, started: float) -> tuple[str, float]:
    """One member's form: (outcome, milliseconds since ``started``, when it was
    due). A form that worked redirects to where ``write["expect"]`` says; one
    shown again (200) was refused."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    body = urlencode({"csrfmiddlewaretoken": _csrf(write["cookie"]), **write.get("data", {})})
    headers = {"Cookie": write["cookie"], "Content-Type": FORM}
    try:
        connection.request("POST", write["path"], body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        status, location = response.status, response.getheader("Location", "")
    except OSError:
        status, location = 0, ""
    finally:
        connection.close()
    ms = (time.monotonic() - started) * 1000
    if status in (301, 302, 303) and location.startswith(write.get("expect", "/")):
        return "ok", ms
    if status == 0:
        return "connection error", ms
    if status >= 500:
        return f"{status}", ms
    if status == 200:
        return "refused (form shown again)", ms
    return f"{status} {location}".strip(), ms


def write_load(port: int, writes: list[dict], rate: float, seconds: float) -> dict:
    """POST ``writes`` at ``rate`` per second for ``seconds``, on schedule (a slow
    write does not delay the next one; at most ``WRITERS`` in flight, then they
    queue). Each write is one member's form with the CSRF token of their cookie;
    its time counts from when it was due, so queueing shows in p99."""
    results: list[tuple[str, str, float]] = []
    lock = threading.Lock()

    def send(write: dict, due: float) -> None:
        outcome, ms = post(port, write, due)
        with lock:
            results.append((write["kind"], outcome, ms))

    started = time.monotonic()
    scheduled = 0
    with ThreadPoolExecutor(WRITERS) as pool:
        for n, write in enumerate(writes):
            at = started + n / rate
            if at >= started + seconds:
                break
            time.sleep(max(0.0, at - time.monotonic()))
            pool.submit(send, write, at)
            scheduled += 1
    elapsed = time.monotonic() - started
    kinds: dict[str, dict] = {}
    failures: dict[str, int] = {}
    for kind, outcome, _ms in results:
        row = kinds.setdefault(kind, {"ok": 0, "failed": 0})
        row["ok" if outcome == "ok" else "failed"] += 1
        if outcome != "ok":
            failures[outcome] = failures.get(outcome, 0) + 1
    ok = sum(1 for _kind, outcome, _ms in results if outcome == "ok")
    latencies = [ms for _kind, _outcome, ms in results]
    return {
        "asked_rate": rate,
        "writes": len(results),
        "succeeded": ok,
        "errors": len(results) - ok,
        "server_errors": sum(n for outcome, n in failures.items() if outcome.startswith("5")),
        "failures": failures,
        "kinds": kinds,
        "plan_exhausted": scheduled == len(writes) and len(writes) / rate < seconds,
        "seconds": round(elapsed, 1),
        "rate_per_second": round(len(results) / elapsed, 1) if elapsed else 0.0,
        "p50_ms": percentile(latencies, 0.5),
        "p99_ms": percentile(latencies, 0.99),
    }


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def percentile(values: list[float], p: float) -> float | None:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(len(values) * p))], 1) if values else None
