#!/usr/bin/env bash
# Rebuilds the bundled font subsets in assets/fonts/ (SIL OFL 1.1) from Debian's Noto
# packages: Noto Sans CJK SC (Latin and every GB2312 character), Noto Sans Arabic and
# Noto Sans Hebrew. Needs apt-get (to download, not install, the packages), dpkg-deb and
# fontTools (`pip install fonttools`). Usage: scripts/update-fonts.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-assets/fonts}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v pyftsubset >/dev/null || { echo "pyftsubset missing: pip install fonttools" >&2; exit 1; }
(cd "$work" && apt-get download fonts-noto-core fonts-noto-cjk >/dev/null)
for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
noto="$work/root/usr/share/fonts"
core="$(dirname "$(find "$noto" -name NotoSansArabic-Regular.ttf | head -1)")"
cjk="$(find "$noto" -name NotoSansCJK-Regular.ttc | head -1)"

# Chinese: every GB2312 character, ASCII, Latin-1, general and CJK punctuation, full-width
# forms (face 2 of the collection is SC).
python3 - "$work/gb2312.txt" <<'PY'
import sys
chars = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
open(sys.argv[1], "w", encoding="utf-8").write("".join(sorted(chars)))
PY
pyftsubset "$cjk" --font-number=2 --text-file="$work/gb2312.txt" \
  --unicodes="U+0020-007E,U+00A0-00FF,U+2000-206F,U+3000-303F,U+FF00-FFEF" \
  --layout-features='*' --no-hinting --output-file="$out/NotoSansSC-Subset.otf"
pyftsubset "$core/NotoSansArabic-Regular.ttf" \
  --unicodes="U+0020-0040,U+005B-0060,U+007B-007E,U+00A0,U+060C-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF,U+200C-200F" \
  --layout-features='*' --no-hinting --output-file="$out/NotoSansArabic-Subset.ttf"
pyftsubset "$core/NotoSansHebrew-Regular.ttf" \
  --unicodes="U+0020-007E,U+00A0,U+0591-05FF,U+FB1D-FB4F,U+200E-200F" \
  --layout-features='*' --no-hinting --output-file="$out/NotoSansHebrew-Subset.ttf"
ls -l "$out"
