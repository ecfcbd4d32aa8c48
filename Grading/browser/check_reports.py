#!/usr/bin/env python3
"""Opens rlgrade's HTML reports in headless Chromium and checks what a person would see.

Usage: check_reports.py ARTIFACTS_DIR report:NAME:HTML:JSON[:band] ... dashboard:NAME:DIR ...

For every page: no console errors or exceptions, no scripts and nothing loaded from elsewhere, every
SVG has a non-empty viewBox and is laid out with a non-zero size. For a report (compared with its
JSON): one section per check, open exactly when the check did not pass; per learner check one raw
and one smoothed curve per seed (and the reference band where `band` is asked for); per grid figure
rows x cols cells on each side and one outline per differing value. For a dashboard (compared with
its results/*.json): ten histogram bars counting every submission, one outcome bar per check, a
working link to every graded student's page, one class curve and one final-performance dot per
student with learning curves. Screenshots (as opened, and with every section expanded) go to
ARTIFACTS_DIR/NAME.png and NAME-expanded.png.
"""
import glob
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402

failures = []


def check(condition, page, message):
    if not condition:
        failures.append(f"{page}: {message}")
    return condition


def anchor(check_id):
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in check_id)


PAGE_FACTS = r"""
(() => {
  const svgs = [...document.querySelectorAll('svg')].map(s => {
    const vb = s.getAttribute('viewBox') || '';
    const parts = vb.trim().split(/\s+/).map(Number);
    const box = s.getBoundingClientRect();
    const details = s.closest('details');
    const count = sel => s.querySelectorAll(sel).length;
    return {cls: s.getAttribute('class') || '', viewBox: vb, vbOk: parts.length === 4 && parts[2] > 0 && parts[3] > 0,
            width: box.width, height: box.height, check: details ? details.id : null,
            dataCurves: s.getAttribute('data-curves'), dataCells: s.getAttribute('data-cells'),
            raw: count('.curve-raw'), smooth: count('.curve-smooth'), band: count('.band'), cells: count('.cell'),
            mismatches: count('.mismatch'), wrongArrows: count('.arrow-wrong'), bars: count('.hist-bar'),
            barTitles: [...s.querySelectorAll('.hist-bar title')].map(t => t.textContent),
            classCurves: count('.class-curve'), dots: count('.final-dot'), outcomes: count('.outcome')};
  });
  const details = [...document.querySelectorAll('details.check')].map(d => ({id: d.id, open: d.open}));
  const links = [...document.querySelectorAll('table.students a')].map(a => a.getAttribute('href'));
  return {svgs, details, links, scripts: document.scripts.length,
          resources: performance.getEntriesByType('resource').map(r => r.name),
          title: document.title, textLength: document.body.innerText.length};
})()
"""


def visit(browser, artifacts, name, path):
    """Opens `path`, screenshots it as opened and expanded; returns the facts of both states."""
    session = browser.open("file://" + os.path.abspath(path))
    before = browser.evaluate(session, PAGE_FACTS)
    browser.screenshot(session, os.path.join(artifacts, name + ".png"))
    browser.evaluate(session, "document.querySelectorAll('details').forEach(d => d.open = true)")
    after = browser.evaluate(session, PAGE_FACTS)
    browser.screenshot(session, os.path.join(artifacts, name + "-expanded.png"))
    errors = browser.console_errors(session)
    check(not errors, name, f"console errors: {errors}")
    for facts in (before, after):
        check(facts["scripts"] == 0, name, f"{facts['scripts']} <script> elements (the page must need none)")
        check(not facts["resources"], name, f"loads resources: {facts['resources'][:5]}")
        check(facts["textLength"] > 200, name, "the page shows almost no text")
        for i, svg in enumerate(facts["svgs"]):
            check(svg["vbOk"], name, f"svg #{i} ({svg['cls']}) has an empty or invalid viewBox {svg['viewBox']!r}")
    for i, svg in enumerate(after["svgs"]):
        check(svg["width"] > 10 and svg["height"] > 5, name,
              f"svg #{i} ({svg['cls']}) is laid out at {svg['width']}x{svg['height']} when expanded")
    return before, after


def check_report(browser, artifacts, name, html, json_path, band):
    with open(json_path) as f:
        report = json.load(f)
    before, after = visit(browser, artifacts, name, html)
    opened = {d["id"]: d["open"] for d in before["details"]}
    check(len(before["details"]) == len(report["checks"]), name,
          f"{len(before['details'])} check sections for {len(report['checks'])} checks")
    curves_seen = grids_seen = 0
    for c in report["checks"]:
        section = "check-" + anchor(c["id"])
        want_open = c["status"] != "passed"
        check(opened.get(section) == want_open, name,
              f"{c['id']} ({c['status']}) is {'open' if opened.get(section) else 'closed'} by default")
        svgs = [s for s in after["svgs"] if s["check"] == section]
        seeds = [k for k in (c.get("data") or {}) if k.startswith("learning-curve")]
        curve_svgs = [s for s in svgs if "learning-curves" in s["cls"]]
        if seeds:
            curves_seen += 1
            if check(len(curve_svgs) == 1, name, f"{c['id']}: {len(curve_svgs)} learning-curve figures, expected 1"):
                s = curve_svgs[0]
                check(s["raw"] == len(seeds) and s["smooth"] == len(seeds) and s["dataCurves"] == str(len(seeds)), name,
                      f"{c['id']}: {s['raw']} raw / {s['smooth']} smoothed curves, expected {len(seeds)} each")
                if band:
                    check(s["band"] == 1, name, f"{c['id']}: no reference band")
        else:
            check(not curve_svgs, name, f"{c['id']}: a learning-curve figure without learning curves")
        figures = c.get("figures") or []
        grid_svgs = [s for s in svgs if "grid-world" in s["cls"]]
        grids_seen += len(figures)
        check(len(grid_svgs) == len(figures), name, f"{c['id']}: {len(grid_svgs)} grid figures for {len(figures)} in the JSON")
        for fig, s in zip(figures, grid_svgs):
            cells = fig["rows"] * fig["cols"] * 2
            check(s["cells"] == cells and s["dataCells"] == str(cells), name,
                  f"{c['id']}: {s['cells']} cells drawn, expected {cells} ({fig['rows']}x{fig['cols']}, two sides)")
            check(s["mismatches"] == len(fig["valueMismatches"]), name,
                  f"{c['id']}: {s['mismatches']} outlined cells, expected {len(fig['valueMismatches'])}")
            check((s["wrongArrows"] > 0) == (len(fig["policyMismatches"]) > 0), name,
                  f"{c['id']}: {s['wrongArrows']} flagged arrows for {len(fig['policyMismatches'])} differing actions")
    print(f"  {name}: {len(report['checks'])} checks "
          f"({sum(1 for c in report['checks'] if c['status'] != 'passed')} not passed, open), "
          f"{curves_seen} learning-curve figures, {grids_seen} grid figures, {len(after['svgs'])} SVGs")
    return report


def check_dashboard(browser, artifacts, name, folder):
    reports = {}
    for path in sorted(glob.glob(os.path.join(folder, "results", "*.json"))):
        if path.endswith(".meta.json"):
            continue
        with open(path) as f:
            reports[os.path.basename(path)[:-5]] = json.load(f)
    before, after = visit(browser, artifacts, name, os.path.join(folder, "index.html"))
    histogram = [s for s in after["svgs"] if "histogram" in s["cls"]]
    if check(len(histogram) == 1, name, f"{len(histogram)} score histograms"):
        h = histogram[0]
        counted = sum(int(t.split(": ")[1].split()[0]) for t in h["barTitles"])
        check(h["bars"] == 10, name, f"{h['bars']} histogram bars, expected 10")
        check(counted >= len(reports), name, f"the histogram counts {counted} submissions, {len(reports)} were graded")
    check_ids = sorted({c["id"] for r in reports.values() for c in r["checks"]})
    outcome_svgs = [s for s in after["svgs"] if "outcomes" in s["cls"]]
    check(len(outcome_svgs) >= len(check_ids), name, f"{len(outcome_svgs)} outcome bars for {len(check_ids)} checks")
    links = after["links"]
    check(len(links) == len(reports), name, f"{len(links)} student links for {len(reports)} graded students")
    for href in links:
        check(os.path.exists(os.path.join(folder, href)), name, f"link {href} points to nothing")
    learners = {}
    for r in reports.values():
        for c in r["checks"]:
            if any(k.startswith("learning-curve") for k in (c.get("data") or {})):
                learners[c["id"]] = learners.get(c["id"], 0) + 1
    class_svgs = [s for s in after["svgs"] if "class-curves" in s["cls"]]
    check(len(class_svgs) == len(learners), name, f"{len(class_svgs)} class learning-curve figures for {len(learners)} learner checks")
    for s, (cid, n) in zip(class_svgs, sorted(learners.items(), key=lambda kv: check_ids.index(kv[0]))):
        check(s["classCurves"] == n and s["dots"] == n and s["dataCurves"] == str(n), name,
              f"{cid}: {s['classCurves']} class curves / {s['dots']} final dots, expected {n}")
    print(f"  {name}: {len(reports)} students, {len(links)} links, {len(check_ids)} checks, "
          f"{len(class_svgs)} class learning-curve figures, {len(after['svgs'])} SVGs")
    # Every student's page is a report: check the ones in this folder too (as opened).
    for student, report in sorted(reports.items()):
        page = os.path.join(folder, "results", student + ".html")
        if check(os.path.exists(page), name, f"{student}: no results/{student}.html"):
            check_report(browser, artifacts, f"{name}-{student}", page, os.path.join(folder, "results", student + ".json"), False)


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    artifacts = argv[1]
    os.makedirs(artifacts, exist_ok=True)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        print("check_reports: no chromium on PATH")
        return 1
    browser = Browser(chromium, width=1280, height=900)
    pages = 0
    try:
        for spec in argv[2:]:
            kind, name, *rest = spec.split(":")
            if kind == "report":
                check_report(browser, artifacts, name, rest[0], rest[1], len(rest) > 2 and rest[2] == "band")
            elif kind == "failing-report":
                report = check_report(browser, artifacts, name, rest[0], rest[1], False)
                check(any(c["status"] != "passed" for c in report["checks"]), name, "expected a failing check")
            elif kind == "dashboard":
                check_dashboard(browser, artifacts, name, rest[0])
            else:
                failures.append(f"unknown page kind {kind}")
            pages += 1
    finally:
        browser.close()
    for f in failures:
        print("FAIL " + f)
    print(f"browser checks: {pages} pages, {len(failures)} problem{'' if len(failures) == 1 else 's'}; screenshots in {artifacts}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
