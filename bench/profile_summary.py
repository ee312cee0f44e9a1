#!/usr/bin/env python3
"""Summarises a dotnet-trace trace of the dotnet-sampled-thread-time profile, exported as speedscope JSON
(bench/run --profile makes one).

    profile_summary.py TRACE.speedscope.json [TOP]

The sampler (~100 Hz, every managed thread) ends each stack in CPU_TIME (running managed code) or
UNMANAGED_CODE_TIME (in native code: the runtime, the GC, system calls, or blocked). Stacks with a wait in them
(monitors, wait handles, the thread pool's idle semaphore, sleeps) are left out. Prints the share of each module by
the managed frame on top of the stack, the TOP methods by exclusive time (split into CPU and native), and the
TOP methods of Guidance and of the libraries by inclusive time (each counted once per stack).
"""
import json
import re
import sys
from collections import Counter, defaultdict

WAIT = re.compile(r"Monitor\.Wait|WaitHandle\.Wait|WaitOne|LowLevelLifoSemaphore|LowLevelMonitor|Thread\.Sleep|"
                  r"ManualResetEventSlim\.Wait|SpinWait|Task\.Wait|TaskAwaiter|WaitForPendingFinalizers|"
                  r"SemaphoreSlim\.Wait|Thread\.Join|PortableThreadPool\+GateThread|WaitSubsystem|Interop\+Sys\.Read\(")


def module(name):
    return name.split("!", 1)[0] if "!" in name else name


def short(name, width=110):
    name = re.sub(r"\(.*\)", "(…)", name.split("!", 1)[-1])
    return name if len(name) <= width else name[: width - 1] + "…"


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    waits = {i for i, name in enumerate(frames) if WAIT.search(name)}
    pseudo = {i for i, name in enumerate(frames) if name in ("CPU_TIME", "UNMANAGED_CODE_TIME")}
    native = {i for i, name in enumerate(frames) if name == "UNMANAGED_CODE_TIME"}
    exclusive, inclusive, in_native = Counter(), Counter(), Counter()
    busy = waited = 0.0
    for profile in data["profiles"]:
        if profile["type"] == "evented":
            stack, depth, started, waiting = [], Counter(), {}, 0
            last = profile["startValue"]
            for ev in profile["events"]:
                at, frame = ev["at"], ev["frame"]
                dt = at - last
                if stack and dt > 0:
                    if waiting:
                        waited += dt
                    else:
                        busy += dt
                        real = stack[-2] if stack[-1] in pseudo and len(stack) > 1 else stack[-1]
                        exclusive[real] += dt
                        if stack[-1] in native:
                            in_native[real] += dt
                        for f in depth:  # inclusive: each frame once, however often it is on the stack
                            inclusive[f] += dt
                last = at
                if ev["type"] == "O":
                    stack.append(frame)
                    depth[frame] += 1
                    waiting += frame in waits
                else:
                    while stack:
                        f = stack.pop()
                        depth[f] -= 1
                        if depth[f] == 0:
                            del depth[f]
                        waiting -= f in waits
                        if f == frame:
                            break
        else:  # sampled
            for sample, weight in zip(profile["samples"], profile["weights"]):
                if any(f in waits for f in sample):
                    waited += weight
                    continue
                busy += weight
                if sample:
                    real = sample[-2] if sample[-1] in pseudo and len(sample) > 1 else sample[-1]
                    exclusive[real] += weight
                    if sample[-1] in native:
                        in_native[real] += weight
                for f in set(sample):
                    inclusive[f] += weight
    unit = data["profiles"][0].get("unit", "milliseconds")
    scale = 1000.0 if unit == "milliseconds" else 1.0
    print(f"sampled, not blocked: {busy / scale:.1f} s over all threads ({waited / scale:.1f} s blocked, left out)\n")
    by_module = Counter()
    for f, t in exclusive.items():
        by_module[module(frames[f])] += t
    print("| module (top of stack) | s | share |\n|---|---|---|")
    for m, t in by_module.most_common(12):
        print(f"| {m} | {t / scale:.2f} | {100 * t / busy:.1f}% |")
    print(f"\nin native code (UNMANAGED_CODE_TIME): {sum(in_native.values()) / scale:.1f} s of {busy / scale:.1f} s")
    print(f"\n| method (exclusive) | s | of which native | share |\n|---|---|---|---|")
    for f, t in exclusive.most_common(top):
        print(f"| {module(frames[f])}: {short(frames[f])} | {t / scale:.2f} | {in_native[f] / scale:.2f} | {100 * t / busy:.1f}% |")
    print(f"\n| method (inclusive; Guidance, Markdig, Scriban, YamlDotNet) | s | share |\n|---|---|---|")
    shown = 0
    for f, t in inclusive.most_common():
        if module(frames[f]).lower().startswith(("guidance", "markdig", "scriban", "yamldotnet")) and "Main(" not in frames[f]:
            print(f"| {module(frames[f])}: {short(frames[f])} | {t / scale:.2f} | {100 * t / busy:.1f}% |")
            shown += 1
            if shown == top:
                break


if __name__ == "__main__":
    main()
