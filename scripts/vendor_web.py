"""Re-copy the web reader's third-party browser files from npm, at pinned versions.

    python scripts/vendor_web.py            # npm ci in a temporary folder, copy, write VENDOR.md
    python scripts/vendor_web.py --check    # only compare the committed files with a fresh install

The versions are pinned in scripts/web-vendor/package.json and its
package-lock.json (with their integrity hashes). `npm ci --ignore-scripts`
installs exactly those, runs no install script, and the built files are
copied, with each package's licence, into src/wirecoder/web/vendor/. Nothing
is fetched when the reader runs: the files ship inside the Python package.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PINS = ROOT / "scripts" / "web-vendor"
VENDOR = ROOT / "src" / "wirecoder" / "web" / "vendor"

# package -> (files to copy: source path in the package -> path under vendor/, what it is for)
FILES = {
    "chart.js": ({"dist/chart.umd.min.js": "chart.umd.min.js", "LICENSE.md": "licenses/chart.js.LICENSE.md"},
                 "the timeline chart"),
    "@kurkle/color": ({"LICENSE.md": "licenses/kurkle-color.LICENSE.md"}, "bundled inside chart.umd.min.js"),
    "cytoscape": ({"dist/cytoscape.min.js": "cytoscape.min.js", "LICENSE": "licenses/cytoscape.LICENSE"},
                  "the dyad network"),
    "leaflet": ({"dist/leaflet.js": "leaflet.js", "dist/leaflet.css": "leaflet.css",
                 "LICENSE": "licenses/leaflet.LICENSE"}, "the map (no tiles: a world outline only)"),
    "topojson-client": ({"dist/topojson-client.min.js": "topojson-client.min.js",
                         "LICENSE": "licenses/topojson-client.LICENSE"}, "TopoJSON to GeoJSON for the map"),
    "world-atlas": ({"countries-110m.json": "world-atlas/countries-110m.json",
                     "LICENSE": "licenses/world-atlas.LICENSE"},
                    "the world outline: Natural Earth 1:110m Admin 0 countries (public domain) as TopoJSON"),
    "swagger-ui-dist": ({"swagger-ui-bundle.js": "swagger-ui/swagger-ui-bundle.js",
                         "swagger-ui.css": "swagger-ui/swagger-ui.css", "LICENSE": "licenses/swagger-ui.LICENSE",
                         "NOTICE": "licenses/swagger-ui.NOTICE",
                         "swagger-ui-bundle.js.LICENSE.txt": "licenses/swagger-ui-bundle.js.LICENSE.txt"},
                        "the API page at /docs"),
}


def install(into: Path) -> Path:
    for name in ("package.json", "package-lock.json"):
        shutil.copy(PINS / name, into / name)
    subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=into, check=True)
    return into / "node_modules"


def copy(modules: Path, target: Path) -> list[str]:
    lines = []
    for package, (files, purpose) in FILES.items():
        meta = json.loads((modules / package / "package.json").read_text(encoding="utf-8"))
        for source, dest in files.items():
            (target / dest).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(modules / package / source, target / dest)
        shown = ", ".join(f"`{d}`" for d in files.values())
        lines.append(f"| {package} | {meta['version']} | {meta.get('license')} | {purpose} | {shown} |")
    return lines


def write_notes(target: Path, lines: list[str]) -> None:
    text = ["# Third-party browser files", "",
            "Copied by `python scripts/vendor_web.py` from the npm packages pinned in",
            "`scripts/web-vendor/package-lock.json`; do not edit them by hand. Each licence is in `licenses/`.",
            "", "| package | version | licence | used for | files |", "|---|---|---|---|---|", *lines, ""]
    (target / "VENDOR.md").write_text("\n".join(text), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare the committed files with a fresh install")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        modules = install(Path(tmp))
        if args.check:
            fresh = Path(tmp) / "vendor"
            write_notes(fresh, copy(modules, fresh))
            differ = [str(p.relative_to(fresh)) for p in fresh.rglob("*") if p.is_file()
                      and not filecmp.cmp(p, VENDOR / p.relative_to(fresh), shallow=False)]
            print("vendored files match the pinned packages" if not differ else f"differ: {differ}")
            return 1 if differ else 0
        if VENDOR.exists():
            shutil.rmtree(VENDOR)
        VENDOR.mkdir(parents=True)
        write_notes(VENDOR, copy(modules, VENDOR))
    print(f"copied into {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
