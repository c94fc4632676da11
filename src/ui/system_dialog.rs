//! Whether this system can show a file dialog of its own. rfd asks the
//! xdg-desktop-portal's file chooser over D-Bus and falls back to `zenity`; on a bare
//! desktop or a minimal distribution neither exists, and rfd then answers "no choice" at
//! once, as if the user had cancelled. Footprint looks first, the way the portal itself
//! finds its backends (their `.portal` files), and shows its own dialog where there is
//! none.

use std::path::{Path, PathBuf};

/// What the check looks at, taken from the process (or made up by a test).
#[derive(Clone, Debug, Default)]
pub struct Environment {
    /// The folders of `PATH`.
    pub path: Vec<PathBuf>,
    /// The XDG data folders (`XDG_DATA_HOME`, `XDG_DATA_DIRS`, else `/usr/local/share`
    /// and `/usr/share`), where D-Bus services and portal backends are described.
    pub data_dirs: Vec<PathBuf>,
    /// A D-Bus session bus to talk to (`DBUS_SESSION_BUS_ADDRESS`, or the bus socket in
    /// `XDG_RUNTIME_DIR`).
    pub session_bus: bool,
    /// Inside a Flatpak sandbox, where the portal is always there.
    pub flatpak: bool,
}

impl Environment {
    /// The running process's environment.
    pub fn of_process() -> Self {
        let path = std::env::var_os("PATH")
            .map(|p| std::env::split_paths(&p).collect())
            .unwrap_or_default();
        let mut data_dirs: Vec<PathBuf> = Vec::new();
        if let Some(home) = std::env::var_os("XDG_DATA_HOME") {
            data_dirs.push(home.into());
        } else if let Some(home) = std::env::var_os("HOME") {
            data_dirs.push(Path::new(&home).join(".local/share"));
        }
        match std::env::var_os("XDG_DATA_DIRS").filter(|d| !d.is_empty()) {
            Some(dirs) => data_dirs.extend(std::env::split_paths(&dirs)),
            None => data_dirs.extend(["/usr/local/share", "/usr/share"].map(PathBuf::from)),
        }
        let session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS")
            .is_some_and(|a| !a.is_empty())
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|dir| Path::new(&dir).join("bus").exists());
        Self {
            path,
            data_dirs,
            session_bus,
            flatpak: Path::new("/.flatpak-info").exists(),
        }
    }
}

/// True when a system file dialog can be shown: `zenity` is installed, or a session bus
/// reaches an xdg-desktop-portal that has a file-chooser backend.
pub fn available(env: &Environment) -> bool {
    if cfg!(not(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd"
    ))) {
        // Windows and macOS always have their own dialogs.
        return true;
    }
    has_zenity(env) || (env.session_bus && (env.flatpak || has_portal_file_chooser(env)))
}

fn has_zenity(env: &Environment) -> bool {
    env.path
        .iter()
        .any(|dir| is_executable(&dir.join("zenity")))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// The portal service can be started, and one of its backends implements the file
/// chooser (`Interfaces=…org.freedesktop.impl.portal.FileChooser…` in a `.portal` file).
fn has_portal_file_chooser(env: &Environment) -> bool {
    let service = env.data_dirs.iter().any(|dir| {
        dir.join("dbus-1/services/org.freedesktop.portal.Desktop.service")
            .exists()
    });
    service
        && env.data_dirs.iter().any(|dir| {
            std::fs::read_dir(dir.join("xdg-desktop-portal/portals"))
                .into_iter()
                .flatten()
                .flatten()
                .any(|entry| {
                    std::fs::read_to_string(entry.path()).is_ok_and(|text| {
                        text.lines().any(|l| {
                            l.trim_start().starts_with("Interfaces")
                                && l.contains("org.freedesktop.impl.portal.FileChooser")
                        })
                    })
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn no_portal_and_no_zenity_means_no_system_dialog() {
        let dir = tempfile::tempdir().unwrap();
        let bare = Environment {
            path: vec![dir.path().join("bin")],
            data_dirs: vec![dir.path().join("share")],
            session_bus: true,
            flatpak: false,
        };
        assert!(!available(&bare));

        // The portal service alone is not enough: it needs a file-chooser backend.
        let share = dir.path().join("share");
        write(
            &share.join("dbus-1/services/org.freedesktop.portal.Desktop.service"),
            "[D-BUS Service]\nName=org.freedesktop.portal.Desktop\n",
        );
        write(
            &share.join("xdg-desktop-portal/portals/wlr.portal"),
            "[portal]\nDBusName=org.freedesktop.impl.portal.desktop.wlr\nInterfaces=org.freedesktop.impl.portal.Screenshot;\n",
        );
        assert!(!available(&bare));
        write(
            &share.join("xdg-desktop-portal/portals/gtk.portal"),
            "[portal]\nDBusName=org.freedesktop.impl.portal.desktop.gtk\nInterfaces=org.freedesktop.impl.portal.FileChooser;org.freedesktop.impl.portal.AppChooser;\n",
        );
        assert!(available(&bare));
        // … but not without a session bus to reach it.
        assert!(!available(&Environment {
            session_bus: false,
            ..bare.clone()
        }));
    }

    #[test]
    fn zenity_on_the_path_is_a_system_dialog() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let zenity = dir.path().join("bin/zenity");
        write(&zenity, "#!/bin/sh\n");
        let env = Environment {
            path: vec![dir.path().join("bin")],
            ..Environment::default()
        };
        // Not executable: not a program.
        assert!(!available(&env));
        std::fs::set_permissions(&zenity, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(available(&env));
    }
}
