#!/usr/bin/env python3
"""ReportLab peer for the pdf benchmark: draws the letter TokenDesk laid out (same text at the
same places, same IPAex font embedded through TTFont) once and 1,000 times, and prints the
figures in the benchmark's table format. Usage: pdf_reportlab.py LAYOUT.json"""
import io
import json
import sys
import time

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

MM = 72.0 / 25.4
PAGE_H = A4[1]


def draw_page(c, page):
    for r in page.get("rects", []):
        if r["fill"] >= 0:
            c.setFillGray(r["fill"])
            c.rect(r["x"] * MM, PAGE_H - (r["y"] + r["h"]) * MM, r["w"] * MM, r["h"] * MM,
                   stroke=0, fill=1)
        if r["stroke"]:
            c.rect(r["x"] * MM, PAGE_H - (r["y"] + r["h"]) * MM, r["w"] * MM, r["h"] * MM,
                   stroke=1, fill=0)
    for l in page.get("lines", []):
        c.setLineWidth(l["w"])
        c.line(l["x1"] * MM, PAGE_H - l["y1"] * MM, l["x2"] * MM, PAGE_H - l["y2"] * MM)
    for t in page.get("texts", []):
        c.setFillGray(t["gray"])
        c.setFont("IPAexMincho", t["size"])
        c.drawString(t["x"] * MM, PAGE_H - t["y"] * MM, t["text"])
    c.showPage()


def render(pages, copies):
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle("お手続き完了のお知らせ")
    c.setCreator("TokenDesk benchmark (ReportLab)")
    for _ in range(copies):
        for page in pages:
            draw_page(c, page)
    c.save()
    return out.getvalue()


def main():
    layout = json.load(open(sys.argv[1], encoding="utf-8"))
    start = time.perf_counter()
    pdfmetrics.registerFont(TTFont("IPAexMincho", layout["font"]))
    load_ms = (time.perf_counter() - start) * 1000

    render(layout["pages"], 1)  # warm-up
    runs = 20
    start = time.perf_counter()
    for _ in range(runs):
        one = render(layout["pages"], 1)
    one_ms = (time.perf_counter() - start) * 1000 / runs

    start = time.perf_counter()
    many = render(layout["pages"], 1000)
    many_ms = (time.perf_counter() - start) * 1000

    import reportlab
    print("%-34s %12.2f %12d" % ("ReportLab %s, one notice (avg 20)" % reportlab.Version,
                                 one_ms, len(one)))
    print("%-34s %12.1f %12d" % ("ReportLab, 1,000 notices, one PDF", many_ms, len(many)))
    print("%-34s %12.1f" % ("ReportLab, loading the font (once)", load_ms))


if __name__ == "__main__":
    main()
