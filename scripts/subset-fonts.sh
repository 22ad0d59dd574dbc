#!/bin/bash
# Remakes data/fonts/: DejaVu Sans, regular and bold, cut down to the characters the PNGs are drawn
# with when the shipped fonts are used (src/report/png-fonts.ts: the complement of BEYOND_SHIPPED).
# Not part of the build; run it by hand after changing that set, with fontTools installed
# (Debian: apt-get install python3-fonttools) and DejaVu Sans 2.37 at FONTS (Debian:
# fonts-dejavu-core). Then check the PNGs: `npx vitest run test/report/png-fonts.test.ts`.
set -euo pipefail
FONTS=${FONTS:-/usr/share/fonts/truetype/dejavu}
OUT=$(cd "$(dirname "$0")/.." && pwd)/data/fonts
UNICODES="U+0009,U+000A,U+000D,U+0020-017F,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+2212,U+2248,U+2260,U+2264,U+2265"
for face in DejaVuSans DejaVuSans-Bold; do
  # Every layout feature, name and the legacy kern table are kept, so text is shaped and spaced as
  # with the whole font; hinting is dropped (resvg draws outlines unhinted).
  python3 -m fontTools.subset "$FONTS/$face.ttf" --unicodes="$UNICODES" --layout-features='*' \
    --name-IDs='*' --name-languages='*' --notdef-outline --glyph-names --legacy-kern --no-hinting \
    --output-file="$OUT/$face.ttf"
done
