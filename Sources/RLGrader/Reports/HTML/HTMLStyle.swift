/// The inline stylesheet of the report and the dashboard (no fonts or files from elsewhere).
enum HTMLStyle {
    static let css = """
        :root { --ink: #1f2328; --muted: #57606a; --line: #d8dee4; --bg: #f4f6f8; --card: #ffffff;
          --pass: #1a7f37; --pass-bg: #dafbe1; --fail: #cf222e; --fail-bg: #ffebe9; --part: #9a6700; --part-bg: #fff8c5;
          --skip: #57606a; --skip-bg: #eaeef2; --err: #8250df; --err-bg: #fbefff; --accent: #0969da; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink);
          font: 15px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1080px; margin: 0 auto; padding: 28px 24px 64px; }
        header.page { display: flex; gap: 24px; align-items: center; justify-content: space-between;
          background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 20px 24px; margin-bottom: 20px; }
        header.page h1 { margin: 0 0 4px; font-size: 22px; }
        header.page .meta { color: var(--muted); font-size: 14px; }
        .score { text-align: right; min-width: 210px; }
        .score .big { font-size: 30px; font-weight: 700; }
        .score .of { color: var(--muted); font-size: 16px; font-weight: 400; }
        .bar { height: 8px; border-radius: 4px; background: var(--skip-bg); overflow: hidden; margin-top: 6px; }
        .bar > span { display: block; height: 100%; background: var(--pass); }
        .bar.low > span { background: var(--fail); } .bar.mid > span { background: #d4a72c; }
        section.card { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 18px 22px; margin-bottom: 20px; }
        section.card > h2 { margin: 0 0 12px; font-size: 17px; }
        .note { border-left: 4px solid #d4a72c; background: var(--part-bg); padding: 8px 12px; border-radius: 6px; margin: 0 0 16px; }
        .note.bad { border-color: var(--fail); background: var(--fail-bg); }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { color: var(--muted); font-weight: 600; font-size: 12.5px; text-transform: uppercase; letter-spacing: .03em; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td code, li code { font-size: 12.5px; }
        tr:hover td { background: #f6f8fa; }
        a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
        .pill { display: inline-block; padding: 1px 9px; border-radius: 999px; font-size: 12.5px; font-weight: 600; white-space: nowrap; }
        .pill.passed { color: var(--pass); background: var(--pass-bg); }
        .pill.failed, .pill.compile-error, .pill.invalid, .pill.missing { color: var(--fail); background: var(--fail-bg); }
        .pill.partial { color: var(--part); background: var(--part-bg); }
        .pill.skipped, .pill.not-graded { color: var(--skip); background: var(--skip-bg); }
        .pill.error { color: var(--err); background: var(--err-bg); }
        .vis { color: var(--muted); font-size: 12.5px; }
        section.checks { background: var(--card); border: 1px solid var(--line); border-radius: 12px; overflow: hidden; margin-bottom: 20px; }
        .checks-head, details.check > summary { display: grid; grid-template-columns: 16px 92px 1fr 84px 76px; gap: 10px; align-items: center; }
        .checks-head { padding: 10px 18px; color: var(--muted); font-weight: 600; font-size: 12.5px; text-transform: uppercase;
          letter-spacing: .03em; border-bottom: 1px solid var(--line); }
        .checks-head .num { text-align: right; }
        details.check { border-bottom: 1px solid var(--line); border-left: 5px solid transparent; }
        details.check:last-child { border-bottom: none; }
        details.check.failed, details.check.error { border-left-color: var(--fail); }
        details.check.partial { border-left-color: #d4a72c; }
        details.check.skipped { border-left-color: var(--line); }
        details.check[open] { background: #fcfcfd; }
        details.check > summary { cursor: pointer; padding: 10px 18px 10px 13px; list-style: none; }
        details.check > summary:hover { background: #f6f8fa; }
        details.check > summary::-webkit-details-marker { display: none; }
        details.check > summary .twisty::before { content: "▸"; color: var(--muted); }
        details.check[open] > summary .twisty::before { content: "▾"; }
        details.check > summary .title { font-weight: 600; line-height: 1.35; }
        details.check > summary .pts { font-variant-numeric: tabular-nums; text-align: right; white-space: nowrap; }
        .body { padding: 4px 24px 20px 44px; }
        .summary-line { margin: 0 0 10px; font-size: 15px; }
        dl.feedback { display: grid; grid-template-columns: 110px 1fr; gap: 6px 14px; margin: 0 0 12px; }
        dl.feedback dt { color: var(--muted); font-weight: 600; font-size: 13px; padding-top: 1px; }
        dl.feedback dd { margin: 0; overflow-wrap: anywhere; }
        dl.feedback dd.hint { background: #ddf4ff; border-radius: 6px; padding: 4px 10px; }
        pre { background: #f6f8fa; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; overflow-x: auto;
          font-size: 12.5px; line-height: 1.45; white-space: pre-wrap; }
        .id { color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
        figure { margin: 14px 0 6px; } figure svg { width: 100%; height: auto; display: block; }
        figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
        .measure { color: var(--muted); font-size: 13px; }
        .measure code { color: var(--ink); }
        .grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
        @media (max-width: 800px) { .grid2 { grid-template-columns: 1fr; } header.page { flex-direction: column; align-items: flex-start; } .score { text-align: left; } }
        details.reasons { margin: 0 0 14px; }
        details.reasons > summary { cursor: pointer; padding: 6px 0; }
        details.reasons table { margin: 4px 0 0; }
        td.count { width: 52px; color: var(--muted); font-weight: 600; }
        td.why { max-width: 300px; overflow-wrap: anywhere; font-size: 13px; color: var(--muted); }
        footer { color: var(--muted); font-size: 12.5px; text-align: center; margin-top: 28px; }
        """
}
