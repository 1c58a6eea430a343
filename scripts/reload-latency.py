#!/usr/bin/env python3
"""Measure `brief serve`'s edit-to-reload latency.

Copies a project (default: the repository's demo site) to a temporary folder, starts
`brief serve --port 0` on it, connects to the live-reload stream like a browser does, then
edits the first article N times. For each edit it measures the time from the write to the
arrival of the first `preview` or `reload` event at the client (the moment a browser would start
reloading: the edited article's provisional page, or the rebuilt site), and to the `reload` of the
rebuilt site; it prints every run, the median and the maximum of each. The server is stopped with SIGINT (as Ctrl-C)
and the copy removed.

Usage: scripts/reload-latency.py [--brief .build/debug/brief] [--project .] [--runs 10]
"""
import argparse
import glob
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time


def start_server(brief, project):
    server = subprocess.Popen([brief, "serve", "--source", project, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in server.stdout:
        match = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
        if match:
            return server, int(match.group(1))
    raise SystemExit("brief serve did not start: " + server.stderr.read())


def open_events(port):
    # A rebuild of a large archive takes seconds to minutes: wait for its event that long.
    sock = socket.create_connection(("127.0.0.1", port), timeout=600)
    sock.sendall(b"GET /__brief/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    return sock


def read_until(sock, marker, buffer):
    while marker not in buffer[0]:
        chunk = sock.recv(65536)
        if not chunk:
            raise SystemExit("event stream closed")
        buffer[0] += chunk
    before, _, after = buffer[0].partition(marker)
    buffer[0] = after
    return before


def read_event(sock, buffer):
    """The name of the next event on the stream."""
    block = read_until(sock, b"\n\n", buffer)
    for line in block.split(b"\n"):
        if line.startswith(b"event: "):
            return line[len(b"event: "):].decode()
    return ""


def summary(name, values):
    return (f"{name} over {len(values)} edits: median {statistics.median(values):.0f} ms, "
            f"max {max(values):.0f} ms, min {min(values):.0f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brief", default=".build/debug/brief")
    parser.add_argument("--project", default=".")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--pause", type=float, default=0.5, help="seconds between edits")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="brief-latency-")
    project = os.path.join(workdir, "project")
    os.makedirs(project)
    for name in ("content", "Templates", "brief.yml"):
        source = os.path.join(args.project, name)
        if os.path.isdir(source):
            shutil.copytree(source, os.path.join(project, name))
        elif os.path.exists(source):
            shutil.copy(source, project)
    article = sorted(glob.glob(os.path.join(project, "content/articles/*.txt")) +
                     glob.glob(os.path.join(project, "content/articles/*.md")))[0]
    original = open(article, encoding="utf-8").read()
    headline, _, rest = original.partition("\n")

    server, port = start_server(os.path.abspath(args.brief), project)
    try:
        sock = open_events(port)
        buffer = [b""]
        while read_event(sock, buffer) != "status":
            pass
        latencies = []
        rebuilt = []
        for run in range(args.runs):
            time.sleep(args.pause + random.uniform(0, 0.25))  # land anywhere in the watcher's poll cycle
            start = time.perf_counter()
            with open(article, "w", encoding="utf-8") as file:
                file.write(f"{headline} (edit {run + 1})\n{rest}")
            first = None
            while True:
                event = read_event(sock, buffer)
                if event in ("preview", "reload") and first is None:
                    first = (time.perf_counter() - start) * 1000
                if event == "reload":
                    break
            latencies.append(first)
            rebuilt.append((time.perf_counter() - start) * 1000)
            print(f"run {run + 1}: first reload {latencies[-1]:.0f} ms, rebuilt site {rebuilt[-1]:.0f} ms")
        print(summary("edit-to-reload-event", latencies))
        print(summary("edit-to-rebuilt-site", rebuilt))
        sock.close()
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            print("warning: brief serve did not stop within 10 s of SIGINT", file=sys.stderr)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
