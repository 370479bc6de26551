"""A `wirecoder serve` process on loopback for the API benchmarks: start, wait, measure, stop."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent

LAUNCH = """
import sys
from wirecoder.api import serve
from wirecoder.settings import default_settings
db, port, model, warm = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4] == "1"
serve(db, port=port, settings=default_settings().with_overrides(model=model), warm_up=warm,
      announce=lambda line: print(line, flush=True))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, db: str, model: str = "md", warm_up: bool = True) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([sys.executable, "-c", LAUNCH, db, str(self.port), model, "1" if warm_up else "0"],
                                        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def wait(self, path: str = "/v1/stories?limit=1", timeout: float = 120, body: Optional[bytes] = None) -> float:
        """Wait until `path` answers 200; return the seconds it took."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.process.stderr.read()}")
            try:
                request = urllib.request.Request(self.base + path, data=body,
                                                 headers={"Content-Type": "text/plain"} if body else {})
                with urllib.request.urlopen(request, timeout=60) as response:
                    json.load(response)
                    return time.monotonic() - started
            except OSError:
                time.sleep(0.25)
        raise RuntimeError(f"{path} did not answer within {timeout} s")

    def wait_index(self, timeout: float = 900) -> float:
        """Wait until the story-event index is built (GET /v1/status); return the seconds it took."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            with urllib.request.urlopen(self.base + "/v1/status", timeout=60) as response:
                if json.load(response)["index"]["ready"]:
                    return time.monotonic() - started
            time.sleep(1)
        raise RuntimeError(f"the index was not built within {timeout} s")

    def rss(self) -> dict[str, int]:
        """Current and peak resident memory of the server process, in bytes (Linux /proc)."""
        values = {}
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    values[key] = int(value.split()[0]) * 1024
        return {"rss": values.get("VmRSS", 0), "peak_rss": values.get("VmHWM", 0)}

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]
