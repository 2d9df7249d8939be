#!/usr/bin/env python3
"""Draws every ```mermaid block of a Markdown file with the real mermaid package in headless
Chromium, as GitHub would, and prints per block what Mermaid understood: the actors of its
legend, the tasks, the faces and the width, and takes a screenshot to look at. The same drawing is
checked by MermaidRenderBrowserTest in the Maven build; this script is for looking at a report of
your own.

    npm install --prefix /tmp/mm mermaid          # once, outside the repository
    releng/tools/render-mermaid.py journey-map.md --mermaid /tmp/mm/node_modules/mermaid/dist/mermaid.min.js \\
        --screenshot /tmp/diagrams.png

Exits with 1 when Mermaid rejects a block.
"""
import argparse
import html
import json
import pathlib
import re
import subprocess
import sys
import tempfile

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("markdown", type=pathlib.Path)
parser.add_argument("--mermaid", type=pathlib.Path, default=pathlib.Path("node_modules/mermaid/dist/mermaid.min.js"),
                    help="mermaid.min.js of the mermaid npm package")
parser.add_argument("--screenshot", type=pathlib.Path, help="a PNG of the drawn diagrams")
parser.add_argument("--chromium", default="chromium")
args = parser.parse_args()

if not args.mermaid.is_file():
    sys.exit(f"no {args.mermaid}: install the mermaid npm package and pass its dist/mermaid.min.js with --mermaid")
blocks = re.findall(r"^```mermaid\n(.*?)^```$", args.markdown.read_text(encoding="utf-8"), re.S | re.M)
if not blocks:
    sys.exit(f"{args.markdown} has no mermaid block")

PAGE = """<!doctype html><meta charset="utf-8"><body style="margin:8px;width:1000px;font-family:sans-serif">
<div id="out"></div><pre id="result"></pre>
<script src="%s"></script>
<script>
const blocks = %s;
mermaid.initialize({startOnLoad: false});
(async () => {
  const result = [];
  for (let i = 0; i < blocks.length; i++) {
    const div = document.createElement('div');
    div.style.border = '1px solid #ccc';
    div.style.marginBottom = '6px';
    document.getElementById('out').appendChild(div);
    try {
      const {svg} = await mermaid.render('diagram' + i, blocks[i]);
      div.innerHTML = svg;
      const s = div.querySelector('svg');
      result.push({block: i, actors: [...s.querySelectorAll('text.legend')].map(t => t.textContent),
        tasks: [...s.querySelectorAll('text.task')].map(t => t.textContent),
        faces: s.querySelectorAll('circle.face').length,
        width: Math.round(s.viewBox.baseVal.width), shownWidth: Math.round(s.getBoundingClientRect().width)});
    } catch (e) {
      result.push({block: i, error: String(e.message || e)});
      div.textContent = 'ERROR ' + e;
    }
  }
  document.getElementById('result').textContent = 'RESULT' + JSON.stringify(result) + 'END';
})();
</script>"""

with tempfile.TemporaryDirectory() as folder:
    page = pathlib.Path(folder) / "diagrams.html"
    page.write_text(PAGE % (args.mermaid.resolve().as_uri(), json.dumps(blocks)), encoding="utf-8")
    chromium = [args.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                "--virtual-time-budget=20000"]
    dom = subprocess.run(chromium + ["--dump-dom", page.as_uri()], capture_output=True, text=True).stdout
    found = re.search(r"RESULT(.*?)END", dom, re.S)
    if not found:
        sys.exit("Chromium drew nothing: is mermaid.min.js loadable?")
    results = json.loads(html.unescape(found.group(1)))
    if args.screenshot:
        subprocess.run(chromium + ["--hide-scrollbars", f"--screenshot={args.screenshot.resolve()}",
                                   f"--window-size=1040,{140 + 560 * len(blocks)}", page.as_uri()], capture_output=True)

for result in results:
    print(json.dumps(result, ensure_ascii=False))
sys.exit(1 if any("error" in r for r in results) else 0)
