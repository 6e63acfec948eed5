#!/usr/bin/env python3
"""Reads wrk --latency outputs and prints the median run: requests/s, p50 and p99 (ms), errors.

Usage: wrkstat.py RUN1.txt RUN2.txt ...  ->  "rps p50_ms p99_ms errors"
"""
import re
import statistics
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def millis(text):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", text)
    return float(m.group(1)) * UNITS[m.group(2)]


def parse(path):
    out = open(path, encoding="utf-8").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = millis(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = millis(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    errors = 0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if m:
        errors += int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        errors += sum(int(g) for g in m.groups())
    return rps, p50, p99, errors


runs = sorted((parse(p) for p in sys.argv[1:]), key=lambda r: r[0])
median = runs[len(runs) // 2]
print(f"{median[0]:.0f} {median[1]:.2f} {median[2]:.2f} {sum(r[3] for r in runs)}")
