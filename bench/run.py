"""The load benchmark: Tiltas served the production way, measured with wrk.

    python bench/run.py --scale 1 --db both
    python bench/run.py --scale 100 --db postgres --reuse

For each database: a fresh database (or ``--reuse`` of one loaded before),
migrate, project content, demo data, scale data, collectstatic; gunicorn with
2 workers under ``TILTAS_ENV=bench`` (DEBUG off, WhiteNoise, persistent
connections with health checks); then ``wrk -t2 -c16 -d10s --latency`` on the
floor page and each key page. With ``--crowd``, each signed-in page walked by a
crowd of members (``bench/crowd.py``, ``crowd.lua``); with ``--mixed``, public
and crowd reads alone and while members write at ``--write-rate`` per second
(``bench/scenarios.py``, ``bench/load.py``). Prints Markdown tables with every page's ratio
to the floor measured in the same run and writes JSON to ``bench/results/``.
Needs wrk (Debian: ``apt-get install -y wrk``) and, for PostgreSQL, a server
reachable as ``BENCH_POSTGRES`` (default ``postgres://postgres@127.0.0.1:5432``).
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

try:
    from bench import scenarios
    from bench.load import log
except ImportError:  # run as a script: bench/ is on the path
    import scenarios  # type: ignore[no-redef]
    from load import log  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
VAR = ROOT / "var" / "bench"
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")

#: Targets: ratio to the floor (signed-in, public) and p99 in milliseconds.
TARGET_SIGNED_IN, TARGET_PUBLIC, TARGET_P99_MS = 0.5, 1.0, 100.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def scale_label(scale: float) -> str:
    return f"x{scale:g}".replace(".", "_")


class Site:
    """One database with the platform on it, and the environment to run it."""

    def __init__(self, db: str, scale: float) -> None:
        self.db, self.scale = db, scale
        label = scale_label(scale)
        VAR.mkdir(parents=True, exist_ok=True)
        if db == "postgres":
            self.name = f"tiltas_bench_{label}"
            self.url = f"{POSTGRES}/{self.name}"
        else:
            self.name = str(VAR / f"tiltas-bench-{label}.sqlite3")
            self.url = f"sqlite:///{self.name}"
        self.warnings: list[str] = []
        self.env = {
            **os.environ,
            "TILTAS_ENV": "bench",
            "DEBUG": "0",
            "DATABASE_URL": self.url,
            "CONN_MAX_AGE": "600",  # persistent; settings turn on health checks
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "TILTAS_VAR_DIR": str(VAR),
            "SECURE_SSL_REDIRECT": "0",
            "LOG_LEVEL": "WARNING",
        }

    def manage(self, *args: str, capture: bool = False) -> str:
        result = subprocess.run(
            [str(PYTHON), "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            text=True,
            stdout=subprocess.PIPE if capture else None,
        )
        return result.stdout or ""

    def exists(self) -> bool:
        if self.db == "sqlite":
            return Path(self.name).exists()
        found = subprocess.run(
            ["psql", f"{POSTGRES}/postgres", "-tAc", "SELECT datname FROM pg_database"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return self.name in found.stdout.split()

    def create(self) -> None:
        if self.db == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(self.name + suffix).unlink(missing_ok=True)
        else:
            for statement in (
                f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)",
                f"CREATE DATABASE {self.name}",
            ):
                subprocess.run(["psql", f"{POSTGRES}/postgres", "-qc", statement], check=True)
        log(f"{self.db}: migrate, content, demo, scale x{self.scale:g}")
        self.manage("migrate", "--noinput", "-v", "0")
        for command in (["load_project"], ["load_demo", "--allow-production"]):
            try:
                self.manage(*command)
            except subprocess.CalledProcessError:
                # An app under construction must not stop the benchmark of the others.
                self.warnings.append(f"{command[0]} failed")
                log(f"WARNING: {command[0]} failed: going on without its data")
        started = time.monotonic()
        subprocess.run(
            [str(PYTHON), "-m", "bench.scale_data", "--scale", f"{self.scale:g}"],
            cwd=ROOT,
            env=self.env,
            check=True,
        )
        self.generation_seconds = round(time.monotonic() - started, 1)
        if self.db == "postgres":
            subprocess.run(["psql", self.url, "-qc", "VACUUM ANALYZE"], check=True)

    def prepare(self, reuse: bool) -> None:
        self.generation_seconds = None
        if reuse and self.exists():
            log(f"{self.db}: reusing {self.name}; migrating")
            self.manage("migrate", "--noinput", "-v", "0")
        else:
            self.create()
        self.manage("collectstatic", "--noinput", "-v", "0")


class Server:
    """gunicorn, 2 sync workers, on a free port."""

    def __init__(self, site: Site, workers: int) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.logfile = VAR / f"gunicorn-{site.db}.log"
        self.process = subprocess.Popen(
            [str(GUNICORN), "config.wsgi:application", "--workers", str(workers),
             "--bind", f"127.0.0.1:{self.port}", "--error-logfile", str(self.logfile)],
            cwd=ROOT, env=site.env, start_new_session=True,
            stdout=self.logfile.open("a"), stderr=subprocess.STDOUT,
        )  # fmt: skip

    def wait(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if self.get("/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer /healthz: see {self.logfile}")

    def get(self, path: str, cookie: str = "") -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, body

    def drain(self, path: str) -> None:
        """Wait until requests left queued by wrk are done, so they do not slow the next page."""
        deadline = time.monotonic() + 120
        fast = 0
        while fast < 3 and time.monotonic() < deadline:
            started = time.monotonic()
            self.get(path)
            fast = fast + 1 if time.monotonic() - started < 0.2 else 0

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def parse_wrk(output: str) -> dict:
    def latency(percent: str) -> float | None:
        found = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M)
        return round(float(found.group(1)) * UNITS[found.group(2)], 2) if found else None

    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "requests_per_second": float(rps.group(1)) if rps else 0.0,
        "requests": int(total.group(1)) if total else 0,
        "p50_ms": latency("50"),
        "p99_ms": latency("99"),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
    }


def measure(server: Server, path: str, cookie: str, args, floor_path: str) -> dict:
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s",
               "--latency", "--timeout", "10s"]  # fmt: skip
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    done = subprocess.run(
        [*command, server.base + path], capture_output=True, text=True, check=True
    )
    server.drain(floor_path)
    return {**parse_wrk(done.stdout), "wrk_output": done.stdout}


CROWD_MAIN = "from bench.crowd import main; main({var!r}, writes={writes})"
COUNTS = "from bench.crowd import counts; counts()"


def shell_json(site: Site, code: str) -> dict:
    """Run ``code`` in ``manage.py shell``; its last line of output is JSON."""
    return json.loads(site.manage("shell", "-c", code, capture=True).strip().splitlines()[-1])


def counts(site: Site) -> dict:
    """The rows members' writes add; empty (and a warning) if they cannot be read."""
    try:
        return shell_json(site, COUNTS)
    except (subprocess.CalledProcessError, ValueError, IndexError) as error:
        log(f"WARNING: could not count the rows written: {error}")
        return {}


def run_database(db: str, args) -> dict:
    site = Site(db, args.scale)
    site.prepare(args.reuse)
    targets = shell_json(site, "from bench.targets import main; main()")
    server = Server(site, args.workers)
    rows = []
    try:
        server.wait()
        if args.pages:
            wanted = {"floor", *args.pages.split(",")}
            targets["pages"] = [page for page in targets["pages"] if page["key"] in wanted]
        pages = [page for page in targets["pages"] if not page["skipped"]]
        for page in pages:
            cookie = targets["cookie"] if page["signed_in"] else ""
            status, _body = server.get(page["url"], cookie)
            page["status"] = status
            if status != 200:
                page["skipped"] = f"answered {status} before the run"
                continue
            for _ in range(args.warmup):
                server.get(page["url"], cookie)
        floor = next(page for page in targets["pages"] if page["key"] == "floor")
        if floor.get("skipped"):
            raise RuntimeError(f"floor page unavailable: {floor['skipped']}")
        log(f"{db}: measuring the floor")
        floor_before = measure(server, floor["url"], "", args, floor["url"])
        for page in targets["pages"]:
            if page["key"] == "floor" or page.get("skipped"):
                continue
            log(f"{db}: measuring {page['name']} ({page['url']})")
            cookie = targets["cookie"] if page["signed_in"] else ""
            result = measure(server, page["url"], cookie, args, floor["url"])
            rows.append({**page, **result})
        crowd_rows, mixed = [], None
        if args.crowd or args.mixed:
            # Enough writes for both write phases at the asked rate, and some to spare.
            writes = int(args.write_rate * args.duration * 2 * 1.25) + 30
            crowd = shell_json(site, CROWD_MAIN.format(var=str(VAR), writes=writes))
            if args.crowd:
                crowd_rows = scenarios.measure_crowds(server, crowd, args, floor["url"], parse_wrk)
            if args.mixed:
                mixed = scenarios.measure_mixed(server, crowd, args, floor["url"], parse_wrk,
                                                lambda: counts(site))  # fmt: skip
        log(f"{db}: measuring the floor again")
        floor_after = measure(server, floor["url"], "", args, floor["url"])
    finally:
        server.stop()
    floor_rps = (floor_before["requests_per_second"] + floor_after["requests_per_second"]) / 2
    for row in rows:
        row["ratio"] = round(row["requests_per_second"] / floor_rps, 2) if floor_rps else None
        target = TARGET_SIGNED_IN if row["signed_in"] else TARGET_PUBLIC
        row["meets_target"] = bool(
            row["ratio"] is not None and row["ratio"] >= target
            and row["p99_ms"] is not None and row["p99_ms"] < TARGET_P99_MS
            and row["non_2xx"] == 0 and row["socket_errors"] == 0
        )  # fmt: skip
    scenarios.rate(crowd_rows, floor_rps)
    if mixed:
        scenarios.rate(mixed["reads"], floor_rps)
    return {
        "crowd": crowd_rows,
        "mixed": mixed,
        "database": db,
        "scale": args.scale,
        "generation_seconds": site.generation_seconds,
        "member": targets["member"],
        "setup_warnings": site.warnings,
        "floor": {
            "before": floor_before,
            "after": floor_after,
            "requests_per_second": round(floor_rps, 1),
        },
        "pages": rows,
        "skipped": [
            {"name": p["name"], "reason": p["skipped"]}
            for p in targets["pages"]
            if p.get("skipped")
        ],
    }


def markdown(result: dict) -> str:
    floor = result["floor"]
    before, after = floor["before"], floor["after"]
    lines = [
        f"### {result['database']} x{result['scale']:g}: floor {floor['requests_per_second']} req/s"
        f" (before {before['requests_per_second']}, after {after['requests_per_second']};"
        f" p50 {before['p50_ms']} ms, p99 {before['p99_ms']} ms)",
        "",
        "| Page | Access | req/s | x floor | p50 ms | p99 ms | non-2xx / errors | Target |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for row in result["pages"]:
        ratio = TARGET_SIGNED_IN if row["signed_in"] else TARGET_PUBLIC
        target = (
            f"{'met' if row['meets_target'] else 'MISSED'} (>= {ratio}x, p99 < {TARGET_P99_MS:g})"
        )
        lines.append(
            f"| {row['name']} | {'signed in' if row['signed_in'] else 'public'}"
            f" | {row['requests_per_second']:.0f} | {row['ratio']:.2f}"
            f" | {row['p50_ms']} | {row['p99_ms']}"
            f" | {row['non_2xx']} / {row['socket_errors']} | {target} |"
        )
    for skipped in result["skipped"]:
        lines.append(f"| {skipped['name']} | | | | | | | skipped: {skipped['reason']} |")
    if result.get("crowd"):
        lines += scenarios.markdown_crowd(result["crowd"])
    if result.get("mixed"):
        lines += scenarios.markdown_mixed(result["mixed"])
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1)
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--duration", type=int, default=10, help="seconds per page (wrk -d)")
    parser.add_argument("--connections", type=int, default=16, help="wrk -c")
    parser.add_argument("--threads", type=int, default=2, help="wrk -t")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--warmup", type=int, default=5, help="requests per page before measuring")
    parser.add_argument(
        "--pages", default="", help="only these pages, e.g. events_list,lesson (keys in targets.py)"
    )
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the database of an earlier run at this scale"
    )
    parser.add_argument(
        "--crowd", action="store_true", help="also each signed-in page walked by a crowd of members"
    )
    parser.add_argument(
        "--mixed", action="store_true", help="also public and crowd reads while members write"
    )
    parser.add_argument(
        "--write-rate", type=float, default=20, help="members' writes per second (--mixed)"
    )
    args = parser.parse_args()

    if shutil.which("wrk") is None:
        print("wrk is not installed. On Debian or Ubuntu: apt-get install -y wrk", file=sys.stderr)
        return 2
    if not GUNICORN.exists():
        print("The virtual environment is missing: run `make install` first.", file=sys.stderr)
        return 2
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for db in ["sqlite", "postgres"] if args.db == "both" else [args.db]:
        result = run_database(db, args)
        result.update(
            started=stamp,
            duration_seconds=args.duration,
            connections=args.connections,
            threads=args.threads,
            workers=args.workers,
            cpus=os.cpu_count(),
            load_average=os.getloadavg(),
        )
        path = RESULTS / f"{stamp}-{db}-{scale_label(args.scale)}.json"
        path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        print(markdown(result) + "\n", flush=True)
        log(f"written {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
