/// The shared parts of the similarity pages: the style sheet and the page frame.
/// Pages are self-contained (inline CSS, no scripts, nothing fetched) and deterministic (no dates).
enum SimilarityHTML {
    /// A percentage with one decimal, as shown everywhere (`87.5%`).
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// How many highlight colours there are (match n uses colour n mod count).
    static let colourCount = 8

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(MarkupEscaping.escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static let style = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 24px; font: 15px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 17px; margin: 0 0 8px; }
        p.meta, .muted { color: var(--muted); margin: 4px 0 12px; }
        a { color: #0969da; text-decoration: none; }
        a:hover { text-decoration: underline; }
        table { border-collapse: collapse; margin: 12px 0 20px; }
        th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
        th { background: var(--panel); font-weight: 600; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start; }
        .side { min-width: 0; }
        details { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 12px; }
        summary { padding: 6px 10px; background: var(--panel); cursor: pointer; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 13px; }
        pre { margin: 0; padding: 8px 0; overflow-x: auto; font: 12.5px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; tab-size: 4; }
        .ln { display: inline-block; width: 3.5em; padding-right: 0.8em; text-align: right; color: #8c959f; user-select: none; }
        a.m { color: inherit; text-decoration: none; border-radius: 2px; }
        a.m:target { outline: 2px solid #cf222e; }
        .c0 { background: #ffe08a; } .c1 { background: #b6e3ff; } .c2 { background: #c2f0c2; } .c3 { background: #ffc7d1; }
        .c4 { background: #e0ccff; } .c5 { background: #ffd8b5; } .c6 { background: #b8f0e8; } .c7 { background: #e6e6a8; }
        .swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px; vertical-align: -1px; margin-right: 4px; }
        """
}
