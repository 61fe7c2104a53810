#!/usr/bin/env bash
# Cuts resources/fonts/demo-serif-sc.ttf, the font of the demo case files, from Noto Serif CJK SC.
# Dev-time only (needs fonttools and the Debian Noto CJK fonts); the output is checked in, so
# the app never needs either. Re-run whenever electron/backend/demo/vocabulary.ts changes.
#
# The subset is converted from CFF to TrueType outlines: pdf-lib's font subsetter mangles
# CID-keyed CFF fonts (poppler reports "Embedded font file may be invalid"), TrueType is safe.
set -euo pipefail
cd "$(dirname "$0")/.."

SOURCE="${NOTO_SERIF_CJK:-/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc}"
OUT="resources/fonts/demo-serif-sc.ttf"

# The collection holds JP, KR, SC, TC, HK faces; find the Simplified Chinese one.
FONT_NUMBER=2
if command -v fc-query >/dev/null; then
  found=$(fc-query --format='%{index} %{family}\n' "$SOURCE" | awk '/CJK SC/ { print $1; exit }')
  FONT_NUMBER="${found:-$FONT_NUMBER}"
fi

# fonttools may live only in the system Python (Debian's python3-fonttools).
PYTHON=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import fontTools.pens.cu2quPen' 2>/dev/null; then PYTHON="$candidate"; break; fi
done
[ -n "$PYTHON" ] || { echo "fonttools not found (apt install fonttools)" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

npx tsx electron/backend/demo/charset-cli.ts > "$WORK/chars.txt"
echo "characters: $(wc -m < "$WORK/chars.txt")"

"$PYTHON" -m fontTools.subset "$SOURCE" \
  --font-number="$FONT_NUMBER" \
  --text-file="$WORK/chars.txt" \
  --layout-features='' \
  --drop-tables+=GSUB,GPOS,GDEF,BASE,vhea,vmtx,VORG \
  --no-hinting \
  --name-IDs='*' --name-languages='*' \
  --output-file="$WORK/subset.otf"

"$PYTHON" - "$WORK/subset.otf" "$OUT" <<'PY'
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

src, dst = sys.argv[1], sys.argv[2]
font = TTFont(src, recalcTimestamp=False)
order = font.getGlyphOrder()
glyphs = font.getGlyphSet()
glyf = newTable('glyf')
glyf.glyphOrder = order
glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(glyphs)
    glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
font['glyf'] = glyf
font['loca'] = newTable('loca')
font['head'].glyphDataFormat = 0
maxp = font['maxp']
maxp.tableVersion = 0x00010000
for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
              'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements', 'maxComponentDepth'):
    setattr(maxp, field, 0)
maxp.maxZones = 1
post = font['post']
post.formatType = 3.0
post.extraNames = []
post.mapping = {}
del font['CFF ']
font.sfntVersion = '\x00\x01\x00\x00'
font.save(dst)
PY

echo "wrote $OUT ($(wc -c < "$OUT") bytes)"
