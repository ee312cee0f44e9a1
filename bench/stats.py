#!/usr/bin/env python3
"""Summarises the timings bench/run collected: one line per run, `round name wall_s user_s sys_s max_rss_kb`.

    stats.py TIMES_FILE BASELINE...   prints medians per name, and the ratio of each of our builds ("ours…") to
                                      each BASELINE at the same size (", 10 × N" or not): the ratio of the medians
                                      and the median of the per-round ratios, for wall time, cpu time and memory
"""
import statistics
import sys
from collections import defaultdict


def main():
    path, baselines = sys.argv[1], sys.argv[2:]
    runs = defaultdict(dict)  # name -> round -> (wall, cpu, rss)
    order = []
    with open(path) as f:
        for line in f:
            rnd, rest = line.strip().split(" ", 1)
            name, wall, user, sys_, rss = rest.rsplit(" ", 4)
            runs[name][rnd] = (float(wall), float(user) + float(sys_), int(rss))
            if name not in order:
                order.append(name)

    def med(name, k):
        return statistics.median(v[k] for v in runs[name].values())

    print(f"{'':36} {'rounds':>6} {'wall (median)':>14} {'min..max':>16} {'cpu (median)':>13} {'peak RSS (median)':>18}")
    for name in order:
        walls = [v[0] for v in runs[name].values()]
        print(f"{name:36} {len(walls):>6} {med(name, 0):>12.2f} s {min(walls):>7.2f}..{max(walls):<7.2f} "
              f"{med(name, 1):>11.2f} s {med(name, 2) / 1024:>15.0f} MB")
    for baseline in baselines:
        if baseline in runs:
            ratios(runs, order, baseline, med)


def ratios(runs, order, baseline, med):
    print()
    print(f"ratios to {baseline}: wall (ratio of medians, median of per-round ratios), cpu, peak memory")
    size = "10 × N" in baseline
    for name in order:
        if name == baseline or not name.startswith("ours") or "no change" in name or ("10 × N" in name) != size:
            continue
        rounds = sorted(set(runs[name]) & set(runs[baseline]))
        per_round = [runs[name][r][0] / runs[baseline][r][0] for r in rounds]
        print(f"  {name:34} wall {med(name, 0) / med(baseline, 0):5.2f} × ({statistics.median(per_round):.2f} × per round: "
              f"{' '.join(f'{x:.2f}' for x in per_round)})   cpu {med(name, 1) / med(baseline, 1):5.2f} ×   "
              f"memory {med(name, 2) / med(baseline, 2):5.2f} ×")


if __name__ == "__main__":
    main()
