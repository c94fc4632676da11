#!/usr/bin/env bash
# Renders the app icon in the hicolor sizes (16 to 512 px) from assets/icons/footprint.svg
# with ImageMagick: assets/icons/hicolor/<N>x<N>/apps/footprint.png, and the window icon
# assets/footprint.png (256 px). Drawn once at 1024 px and scaled down, so small sizes stay
# sharp. Run after changing the SVG; the results are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v convert >/dev/null || { echo "needs ImageMagick (apt install imagemagick)" >&2; exit 1; }
svg=assets/icons/footprint.svg
big=$(mktemp --suffix=.png)
trap 'rm -f "$big"' EXIT
convert -background none -density 384 "$svg" -resize 1024x1024 "$big"
for n in 16 24 32 48 64 128 256 512; do
  out="assets/icons/hicolor/${n}x${n}/apps/footprint.png"
  mkdir -p "$(dirname "$out")"
  convert "$big" -filter Lanczos -resize "${n}x${n}" -depth 8 -strip "PNG32:$out"
done
cp assets/icons/hicolor/256x256/apps/footprint.png assets/footprint.png
echo "icons written under assets/icons/hicolor/"
