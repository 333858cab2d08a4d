"""scripts/run.sh, the README's first command: the port it serves on can be chosen, and what it prints says it."""

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_run_sh_serves_on_the_port_it_is_given_and_prints_that_address(tmp_path):
    port = _free_port()
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path / 'dev.sqlite3'}",
           "DEMO_PASSWORD": "a-demo-password"}  # fmt: skip
    server = subprocess.Popen(["bash", "scripts/run.sh", str(port), "--noreload", "--no-scheduler"], env=env,
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              start_new_session=True)  # fmt: skip
    try:
        printed = []
        for line in server.stdout:  # up to the last line load_demo prints
            printed.append(line)
            if "Authorization: Token" in line:
                break
        text = "".join(printed)
        assert f"admin at http://127.0.0.1:{port}/admin/" in text, text
        assert f"http://127.0.0.1:{port}/api/v1/figures/" in text
        assert "8000" not in text
        deadline, status = time.monotonic() + 60, None
        while time.monotonic() < deadline and status != 200:
            try:
                status = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code
            except httpx.TransportError:
                time.sleep(0.2)
        assert status == 200
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)


def test_run_sh_refuses_an_address_that_is_no_port():
    done = subprocess.run(["bash", "scripts/run.sh", "localhost"], cwd=ROOT, capture_output=True, text=True,
                          timeout=30)  # fmt: skip
    assert done.returncode == 2 and "usage: bash scripts/run.sh [PORT | ADDRESS:PORT]" in done.stderr
