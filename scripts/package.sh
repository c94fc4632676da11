#!/usr/bin/env bash
# Builds the Debian package with cargo-deb (installed with cargo when missing):
# target/debian/footprint_<version>-1_<arch>.deb. The assets it holds are listed in
# Cargo.toml under [package.metadata.deb].
#
# --check: also unpacks the package into a scratch root (dpkg -x), validates the installed
# desktop file and AppStream metadata, checks every icon size, and runs the installed
# binary's --version and summary on a sample export.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-deb >/dev/null 2>&1; then
  cargo install cargo-deb --locked
fi
cargo deb --locked
deb=$(ls -t target/debian/footprint_*.deb | head -n 1)
echo "built $deb"

if [ "${1:-}" = "--check" ]; then
  root=$(mktemp -d)
  trap 'rm -rf "$root"' EXIT
  dpkg-deb --info "$deb"
  dpkg -x "$deb" "$root"
  echo "unpacked into a scratch root:"
  (cd "$root" && find . -type f | sort)
  desktop-file-validate "$root/usr/share/applications/footprint.desktop"
  grep -q '^MimeType=.*inode/directory' "$root/usr/share/applications/footprint.desktop"
  grep -q '^MimeType=.*application/zip' "$root/usr/share/applications/footprint.desktop"
  appstreamcli validate --no-net "$root/usr/share/metainfo/org.footprint.Footprint.metainfo.xml"
  for n in 16 24 32 48 64 128 256 512; do
    icon="$root/usr/share/icons/hicolor/${n}x${n}/apps/footprint.png"
    # The PNG header's width and height (big-endian, bytes 16 to 23).
    read -r w0 w1 w2 w3 h0 h1 h2 h3 < <(od -An -tu1 -j16 -N8 "$icon")
    w=$(( (w0 << 24) | (w1 << 16) | (w2 << 8) | w3 )); h=$(( (h0 << 24) | (h1 << 16) | (h2 << 8) | h3 ))
    [ "$w x $h" = "$n x $n" ] || { echo "$icon is $w x $h, not $n x $n" >&2; exit 1; }
  done
  "$root/usr/bin/footprint" --version
  "$root/usr/bin/footprint" summary sample_exports/telegram/DataExport_sample/result.json
  echo "package check passed: $deb"
fi
