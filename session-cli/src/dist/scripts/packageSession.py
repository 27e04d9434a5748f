#!/usr/bin/env python3
"""Package a simulator session as a room: packageSession.py <path_to.session> <output.room>

A drop-in for the simulator's own script, taking exactly its arguments, so that the
"Package Session as Room" menu item and team scripts keep working. It runs the installed
`session` command:

    session package <path_to.session> <output.room> [--env ML_ZI_ROOT=<value of ML_ZI_ROOT>]

and exits with its status (0 packaged, 2 usage, 3 invalid input, 4 missing files, ...). The
command is looked for, first found wins:

  1. next to this script, then in ../bin (the distribution's scripts/ and bin/ folders);
  2. in $ML_ZI_ROOT/tools/session/bin, where the distribution is installed into the simulator;
  3. on PATH.

On Windows the command is session.cmd. Plain Python 3.8 or newer, standard library only.
"""

import os
import subprocess
import sys

USAGE = "usage: packageSession.py <path_to.session> <output.room>"
# Below ML_ZI_ROOT, where the distribution is unpacked (README "Install").
INSTALL_BELOW_ML_ZI_ROOT = os.path.join("tools", "session", "bin")
# Characters cmd.exe gives a meaning inside double quotes, so that no quoting can pass them safely.
CMD_UNSAFE = ('"', "%", "\n", "\r")


def command_name(windows):
    return "session.cmd" if windows else "session"


def candidates(script_dir, environ, windows):
    """The places to look for the command, in order, as (description, path) pairs."""
    name = command_name(windows)
    found = [("next to packageSession.py", os.path.join(script_dir, name)),
             ("in ../bin", os.path.join(os.path.dirname(script_dir), "bin", name))]
    root = environ.get("ML_ZI_ROOT")
    if root:
        found.append(("in $ML_ZI_ROOT/" + INSTALL_BELOW_ML_ZI_ROOT.replace(os.sep, "/"),
                      os.path.join(root, INSTALL_BELOW_ML_ZI_ROOT, name)))
    for folder in environ.get("PATH", "").split(os.pathsep):
        if folder:
            found.append(("on PATH", os.path.join(folder, name)))
    return found


def find_session(script_dir, environ, windows):
    """The first candidate that is an executable file, or None."""
    for _, path in candidates(script_dir, environ, windows):
        if os.path.isfile(path) and (windows or os.access(path, os.X_OK)):
            return os.path.abspath(path)
    return None


def arguments(session_file, room_file, environ):
    """The words after the command: package, the two files, and ML_ZI_ROOT passed through."""
    words = ["package", session_file, room_file]
    root = environ.get("ML_ZI_ROOT")
    if root:
        words += ["--env", "ML_ZI_ROOT=" + root]
    return words


def windows_command_line(command, words, comspec):
    """One cmd.exe command line that runs a .cmd file with `words` unchanged.

    A .cmd file is run by cmd.exe, which reads &, |, <, >, ^ and spaces as syntax unless quoted:
    every word is double-quoted, and `/s /c "..."` makes cmd.exe take the rest literally.
    Backslashes before a closing quote are doubled, as the C runtime of java.exe reads them. A
    quote or % cannot be passed safely through cmd.exe at all, so such a word is refused.
    """
    for word in [command] + words:
        for bad in CMD_UNSAFE:
            if bad in word:
                raise ValueError("%r holds %r, which cmd.exe would change; rename the file or folder" % (word, bad))
    quoted = []
    for word in [command] + words:
        trailing = len(word) - len(word.rstrip("\\"))
        quoted.append('"' + word + "\\" * trailing + '"')
    return '"%s" /d /s /c "%s"' % (comspec, " ".join(quoted))


def main(argv, environ=None, windows=None, script_dir=None):
    environ = os.environ if environ is None else environ
    windows = (os.name == "nt") if windows is None else windows
    script_dir = os.path.dirname(os.path.abspath(__file__)) if script_dir is None else script_dir
    if argv in (["-h"], ["--help"]):
        print(USAGE)
        return 0
    if len(argv) != 2:
        print(USAGE, file=sys.stderr)
        return 2
    command = find_session(script_dir, environ, windows)
    if command is None:
        places = ", ".join(dict.fromkeys(d for d, _ in candidates(script_dir, environ, windows)))
        print("packageSession.py: cannot find the %s command (looked %s); install the session distribution"
              " (see its README, \"Install\") or put its bin folder on PATH" % (command_name(windows), places),
              file=sys.stderr)
        return 1
    words = arguments(argv[0], argv[1], environ)
    try:
        if windows:
            line = windows_command_line(command, words, environ.get("COMSPEC", "cmd.exe"))
            return subprocess.call(line)
        return subprocess.call([command] + words)
    except ValueError as e:
        print("packageSession.py: %s" % e, file=sys.stderr)
        return 2
    except OSError as e:
        print("packageSession.py: cannot run %s: %s" % (command, e), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
