//! The Debian package's files: the desktop file and the AppStream metadata pass their
//! validators (Debian's `desktop-file-utils` and `appstream`, which `.ci/run` installs),
//! every asset the package lists exists, and each icon has the size its folder names.
//! `scripts/package.sh --check` builds and unpacks the package itself.

use std::path::Path;
use std::process::Command;

use crate::common::read_png;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs a validator; its absence fails with how to install it.
fn validate(tool: &str, args: &[&str], package: &str) {
    let out = Command::new(tool)
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} is needed for this test ({e}): apt install {package} (.ci/run does)")
        });
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{tool} {args:?} failed:\n{text}");
    // Hints and errors alike are printed; a clean file prints none.
    if tool == "desktop-file-validate" {
        assert!(text.trim().is_empty(), "{text}");
    }
}

#[test]
fn the_desktop_file_and_the_appstream_metadata_validate() {
    validate(
        "desktop-file-validate",
        &["assets/footprint.desktop"],
        "desktop-file-utils",
    );
    validate(
        "appstreamcli",
        &["validate", "--no-net", "assets/footprint.metainfo.xml"],
        "appstream",
    );
    let desktop = std::fs::read_to_string(root().join("assets/footprint.desktop")).unwrap();
    // "Open with Footprint" on an export's folder or zip, and the paths passed on.
    let mime = desktop
        .lines()
        .find_map(|l| l.strip_prefix("MimeType="))
        .unwrap();
    for kind in [
        "inode/directory",
        "application/zip",
        "application/json",
        "text/plain",
    ] {
        assert!(mime.split(';').any(|m| m == kind), "{kind} in {mime}");
    }
    assert!(desktop.lines().any(|l| l == "Exec=footprint %F"));
    let metainfo = std::fs::read_to_string(root().join("assets/footprint.metainfo.xml")).unwrap();
    assert!(metainfo.contains("<launchable type=\"desktop-id\">footprint.desktop</launchable>"));
    assert!(metainfo.contains("no network code"));
    assert!(metainfo.matches("<caption>").count() >= 3);
}

#[test]
fn every_asset_of_the_package_exists_and_icons_have_their_sizes() {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let deb = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("a [package.metadata.deb] section");
    let assets = deb
        .split("assets = [")
        .nth(1)
        .unwrap()
        .split("\n]")
        .next()
        .unwrap();
    let sources: Vec<&str> = assets
        .lines()
        .filter_map(|l| l.trim().strip_prefix("[\""))
        .filter_map(|l| l.split('"').next())
        .collect();
    assert!(sources.len() >= 14, "{sources:?}");
    for source in sources.iter().filter(|s| !s.starts_with("target/")) {
        assert!(root().join(source).is_file(), "{source} is missing");
    }
    let mut sizes = Vec::new();
    for source in sources
        .iter()
        .filter(|s| s.starts_with("assets/icons/hicolor/"))
    {
        let n: u32 = source
            .split('/')
            .nth(3)
            .and_then(|d| d.split('x').next())
            .and_then(|n| n.parse().ok())
            .unwrap();
        let ((w, h), _, bpp) = read_png(&root().join(source));
        assert_eq!((w, h, bpp), (n, n, 4), "{source}");
        sizes.push(n);
    }
    sizes.sort_unstable();
    assert_eq!(sizes, [16, 24, 32, 48, 64, 128, 256, 512]);
    // The scalable icon and the metadata are installed under the names the desktop and
    // software centres look for.
    assert!(deb.contains("\"usr/share/icons/hicolor/scalable/apps/\""));
    assert!(deb.contains("usr/share/metainfo/org.footprint.Footprint.metainfo.xml"));
}
