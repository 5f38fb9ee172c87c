#!/usr/bin/env python3
"""Turns `factlens analyze --format text --color always` output (ANSI colours)
into a small HTML page that looks like a terminal, for the README screenshot.
Standard library only: python3 tools/ansi2html.py < in.txt > out.html"""
import html
import re
import sys

COLOURS = {"33": "#e5c07b", "32": "#98c379", "34": "#61afef", "35": "#c678dd", "36": "#56b6c2"}


def convert(text: str) -> str:
    out, open_spans = [], 0
    for part in re.split(r"(\x1b\[[0-9;]*m)", text):
        m = re.fullmatch(r"\x1b\[([0-9;]*)m", part)
        if not m:
            out.append(html.escape(part))
            continue
        codes = m.group(1).split(";")
        if codes == ["0"] or codes == [""]:
            out.append("</span>" * open_spans)
            open_spans = 0
            continue
        style = []
        for c in codes:
            if c == "1":
                style.append("font-weight:bold")
            elif c == "2":
                style.append("opacity:.55;font-size:.85em")
            elif c in COLOURS:
                style.append("color:" + COLOURS[c])
        out.append('<span style="%s">' % ";".join(style))
        open_spans += 1
    return "".join(out) + "</span>" * open_spans


body = convert(sys.stdin.read())
print(
    """<!doctype html><meta charset="utf-8"><title>factlens demo</title>
<style>body{margin:0;background:#1e2127}pre{margin:0;padding:18px 22px;color:#d7dae0;
font:14px/1.55 "DejaVu Sans Mono",monospace;white-space:pre-wrap;width:1100px}</style>
<pre>$ make demo\n%s</pre>"""
    % body
)
