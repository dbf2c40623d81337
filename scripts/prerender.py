#!/usr/bin/env python3
"""Writes a preset's report, as the core's static HTML fragment, into a page.

Between the markers
    <!-- prerender preset=NAME lang=LANG -->
    <!-- /prerender -->
the page gets `arrest-breakdown www/presets/NAME.json --lang LANG --format html`, so it reads
right before the wasm loads (and with JavaScript off); the live widget then takes over in the
same space. Idempotent: running it again with the same core changes nothing.

usage: prerender.py CLI PAGE...
"""
import re
import subprocess
import sys
from pathlib import Path

MARKER = re.compile(
    r"(<!-- prerender preset=(?P<preset>[a-z0-9-]+) lang=(?P<lang>en|es) -->)(?P<body>.*?)(\s*<!-- /prerender -->)",
    re.S,
)


def fragment(cli: str, www: Path, preset: str, lang: str) -> str:
    scenario = www / "presets" / f"{preset}.json"
    out = subprocess.run(
        [cli, str(scenario), "--lang", lang, "--format", "html"],
        check=True, capture_output=True, text=True,
    )
    return out.stdout.strip()


def main() -> int:
    cli, pages = sys.argv[1], [Path(p) for p in sys.argv[2:]]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        www = page.parent

        def replace(m: re.Match) -> str:
            indent = "\n      "
            return m.group(1) + indent + fragment(cli, www, m.group("preset"), m.group("lang")) + m.group(5)

        new, count = MARKER.subn(replace, text)
        if count == 0:
            print(f"prerender: no marker in {page}", file=sys.stderr)
            return 1
        if new != text:
            page.write_text(new, encoding="utf-8")
            print(f"prerender: updated {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
