"""Load beyond one page repeated: wrk walking a crowd of (member, page) pairs
(``crowd.lua``), and members' writes posted at a steady rate meanwhile."""

import http.client
import subprocess
import threading
import time
from pathlib import Path

FORM = "application/x-www-form-urlencoded"
LUA = Path(__file__).with_name("crowd.lua")


def _csrf(cookie: str) -> str:
    """The CSRF secret of the cookie: Django accepts it as the form's token."""
    return cookie.rsplit("=", 1)[1]


def wrk_crowd(base: str, pairs_file: str, *, threads: int, connections: int, duration: int):
    """Start wrk on a crowd file; the caller waits for the process and parses its output."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency",
               "--timeout", "10s", "-s", str(LUA), base + "/", "--", pairs_file]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def wrk_page(url: str, *, threads: int, connections: int, duration: int):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency",
               "--timeout", "10s", url]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def write_load(port: int, writes: list[dict], rate: float, seconds: float) -> dict:
    """POST ``writes`` at ``rate`` per second for ``seconds`` from 4 threads; each
    write is one member's form (with the CSRF token of their cookie)."""
    results: list[tuple[int, float]] = []
    lock, stop = threading.Lock(), time.monotonic() + seconds
    queue = iter(writes)

    def worker() -> None:
        interval = 4 / rate
        next_at = time.monotonic()
        while time.monotonic() < stop:
            with lock:
                write = next(queue, None)
            if write is None:
                return
            started = time.monotonic()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            body = f"csrfmiddlewaretoken={_csrf(write['cookie'])}"
            headers = {"Cookie": write["cookie"], "Content-Type": FORM}
            connection.request("POST", write["path"], body=body, headers=headers)
            status = connection.getresponse().status
            connection.close()
            with lock:
                results.append((status, (time.monotonic() - started) * 1000))
            next_at += interval
            time.sleep(max(0.0, next_at - time.monotonic()))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies = sorted(ms for _status, ms in results)
    ok = sum(1 for status, _ms in results if status < 400)

    def pct(p: float) -> float | None:
        return (
            round(latencies[min(len(latencies) - 1, int(len(latencies) * p))], 1)
            if latencies
            else None
        )

    return {
        "writes": len(results),
        "succeeded": ok,
        "errors": len(results) - ok,
        "rate_per_second": round(len(results) / seconds, 1),
        "p50_ms": pct(0.5),
        "p99_ms": pct(0.99),
    }
