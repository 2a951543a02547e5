"""Screenshot of a map in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Usage: python bench/screenshot.py [MAP_HTML] [PNG] [--width 1600] [--height 1000]
       (defaults: out/map.html and docs/map.png)

It does not build the map: run ``dealgraph build`` (or ``make demo``) first.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def screenshot(map_path: Path, png: Path, width: int = 1600, height: int = 1000) -> Path:
    from playwright.sync_api import sync_playwright

    map_path, png = Path(map_path).resolve(), Path(png)
    if not map_path.is_file():
        raise SystemExit(f"{map_path}: no such map (run 'dealgraph build' or 'make demo' first)")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: run 'make browser' (or 'make test') to install Chromium")
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dealgraph-chromium-") as profile, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": width, "height": height}, device_scale_factor=1)
        try:
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(map_path.as_uri())
            page.wait_for_function("window.dealgraph && window.dealgraph.ready === true", timeout=60_000)
            page.wait_for_timeout(300)
            page.screenshot(path=str(png))
        finally:
            context.close()
    if errors:
        print("page errors:", *errors, sep="\n  ", file=sys.stderr)
    return png


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map", nargs="?", default="out/map.html", type=Path)
    parser.add_argument("png", nargs="?", default="docs/map.png", type=Path)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)
    print(f"Wrote {screenshot(args.map, args.png, args.width, args.height)}")


if __name__ == "__main__":
    main()
