#!/usr/bin/env python3
"""Measures how long `guidance serve` takes from saving one finding to its rebuilt page being written.

    serve_latency.py GUIDANCE SITE THEME PORT REPEATS [--no-search] [--log FILE] [--card]

SITE holds statiq.json and input/ (as bench/corpus.py writes it); the server writes into SITE/serve-output.
Each repeat appends a unique sentence to one finding, then polls the finding's page every 5 ms until the
sentence is in it. It also asks the server's live-reload endpoint, as an open page's script does, when the page
may reload: the time the answer names the page (written ahead of the rest) or the rebuild is done.
The file is restored at the end, and the server (started here) is stopped by its process id.
--log FILE keeps everything the server printed (its `--timings` lines for each rebuild) in FILE.
--card also changes the finding's summary in each save, which its card shows on the pages listing it: with only a
sentence added to the text (the default) those pages are rendered again first but come out unchanged.
"""
import glob
import json
import os
import statistics
import subprocess
import sys
import threading
import time
import urllib.request


def main():
    guidance, site, theme, port, repeats = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    options = ["--no-search"] if "--no-search" in sys.argv[6:] else []  # a quicker whole rebuild between saves
    output = os.path.join(site, "serve-output")
    finding = sorted(glob.glob(os.path.join(site, "input", "findings", "*", "*.en.md")))[0]
    page_id = os.path.basename(finding)[: -len(".en.md")]
    page = os.path.join(output, "en", "findings", page_id, "index.html")
    original = open(finding, encoding="utf-8").read()

    server = subprocess.Popen(
        [guidance, "serve", "--input", os.path.join(site, "input"), "--theme", theme, "--output", output,
         "--config", os.path.join(site, "statiq.json"), "--port", port, "--timings", *options],
        # English messages: the lines waited for below are "serving" and "rebuilt", and the corpus's site is Danish.
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, "GUIDANCE_LANG": "en"})
    lines, seen = [], threading.Condition()

    def read():
        for line in server.stdout:
            with seen:
                lines.append(line.rstrip("\n"))
                seen.notify_all()

    threading.Thread(target=read, daemon=True).start()

    def wait_for(word, count, timeout=900):
        with seen:
            if not seen.wait_for(lambda: sum(word in l for l in lines) >= count or server.poll() is not None, timeout):
                raise SystemExit(f"serve_latency: no '{word}' line after {timeout} s; output so far: {lines[-5:]}")
            if server.poll() is not None:
                raise SystemExit(f"serve_latency: the server stopped: {lines[-5:]}")

    endpoint = f"http://127.0.0.1:{port}/_guidance/live-reload"
    url_path = f"/en/findings/{page_id}/"

    def ask(query=""):
        with urllib.request.urlopen(endpoint + query, timeout=60) as answer:
            return json.load(answer)

    def reload_told(version, saved, told):
        """Asks as the page's script does until the answer lets the page reload; records the time from the save."""
        written = 0
        while True:
            state = ask(f"?since={version}&written={written}")
            if state["version"] != version or url_path in (state.get("written") or []):
                told.append(time.monotonic() - saved)
                return
            written = len(state.get("written") or [])

    latencies, whole, reloads = [], [], []
    try:
        wait_for("serving", 1)
        for k in range(repeats):
            marker = f"Bench marker {k} {time.time_ns()}."
            version = ask()["version"]
            saved = time.monotonic()
            told = []
            asking = threading.Thread(target=reload_told, args=(version, saved, told), daemon=True)
            asking.start()
            text = original.replace('summary: "', f'summary: "{marker} ', 1) if "--card" in sys.argv[6:] else original
            with open(finding, "w", encoding="utf-8") as f:
                f.write(text + "\n" + marker + "\n")
            saved = time.monotonic()
            while True:
                try:
                    if marker in open(page, encoding="utf-8").read():
                        break
                except OSError:
                    pass  # the staged build swaps the folder in; the page may be missing for a moment
                if time.monotonic() - saved > 900:
                    raise SystemExit("serve_latency: the page was not rebuilt within 900 s")
                time.sleep(0.005)
            latencies.append(time.monotonic() - saved)
            wait_for("rebuilt", k + 1)  # let the rebuild finish before the next save
            whole.append(time.monotonic() - saved)
            asking.join(60)
            reloads.extend(told)
            time.sleep(0.5)
    finally:
        with open(finding, "w", encoding="utf-8") as f:
            f.write(original)
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
    if "--log" in sys.argv[6:]:
        with open(sys.argv[sys.argv.index("--log") + 1], "w", encoding="utf-8") as log:
            log.write("\n".join(lines) + "\n")
    print(f"serve rebuild latency (save one finding -> its page written): median {statistics.median(latencies) * 1000:.0f} ms "
          f"over {len(latencies)} saves ({' '.join(f'{x * 1000:.0f}' for x in latencies)} ms)")
    # The server's own timings (its Stopwatch, steadier than polling from here on a loaded machine): when the finding's
    # page and the pages listing it were written, counted from the watcher's first event of the save.
    for priority, what in ((2, "its page"), (1, "pages that list it")):
        written = [int(l.split()[1]) for l in lines if f"page(s) of priority {priority} written" in l]
        if written:
            print(f"  {what} written (server's timings, from the change seen): median {statistics.median(written):.0f} ms "
                  f"({' '.join(str(x) for x in written)} ms)")
    # The site model's step in each rebuild after a save (the first build's is left out).
    model = [int(l.split()[1]) for l in lines if l.strip().endswith("model: AddDocuments")][1:]
    if model:
        print(f"  site model made (server's timings): median {statistics.median(model):.0f} ms ({' '.join(str(x) for x in model)} ms)")
    if reloads:
        print(f"  an open page of the finding told to reload (live-reload endpoint, from just before the save): median "
              f"{statistics.median(reloads) * 1000:.0f} ms ({' '.join(f'{x * 1000:.0f}' for x in reloads)} ms)")
    print(f"  whole rebuild done (every page checked, rewritten where changed, search index if on): median {statistics.median(whole):.2f} s")


if __name__ == "__main__":
    main()
