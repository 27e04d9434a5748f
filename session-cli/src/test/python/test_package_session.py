"""Tests of packageSession.py with the real python3: how it finds `session`, what it passes, its status.

Run by PackageSessionScriptIT (failsafe), or by hand:
    python3 -m unittest discover -s session-cli/src/test/python
Fake `session` commands written into temporary folders record their arguments and exit with a
chosen status, so every way of finding the command is exercised on the host running the tests.
"""

import importlib.util
import os
import stat
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "..", "dist", "scripts", "packageSession.py")

spec = importlib.util.spec_from_file_location("packageSession", SCRIPT)
package_session = importlib.util.module_from_spec(spec)
spec.loader.exec_module(package_session)


def fake_session(folder, status=0, name="session"):
    """A `session` that prints its arguments and ML_ZI_ROOT, one per line, and exits with status."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    with open(path, "w") as f:
        f.write("#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\"\necho \"ML_ZI_ROOT=${ML_ZI_ROOT-unset}\"\nexit " + str(status) + "\n")
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


class Run:
    """Runs the script as the simulator does: python3 packageSession.py <session> <room>."""

    def __init__(self, script, args, env):
        result = subprocess.run([sys.executable, script] + args, env=env, capture_output=True, text=True)
        self.status, self.out, self.err = result.returncode, result.stdout, result.stderr


@unittest.skipIf(os.name == "nt", "the fake session commands are POSIX shell scripts")
class FindsTheCommand(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        # The script as installed: scripts/packageSession.py of a distribution.
        self.scripts = os.path.join(self.root, "dist", "scripts")
        os.makedirs(self.scripts)
        self.script = os.path.join(self.scripts, "packageSession.py")
        with open(SCRIPT) as src, open(self.script, "w") as dst:
            dst.write(src.read())
        self.env = {"PATH": os.path.join(self.root, "empty-path"), "HOME": self.root}

    def tearDown(self):
        self.tmp.cleanup()

    def test_uses_the_distributions_bin_and_passes_exactly_the_two_arguments(self):
        command = fake_session(os.path.join(self.root, "dist", "bin"))
        r = Run(self.script, ["my scene.session", "out.room"], self.env)
        self.assertEqual(0, r.status, r.err)
        self.assertEqual([command, "package", "my scene.session", "out.room", "ML_ZI_ROOT=unset"], r.out.splitlines())

    def test_a_command_next_to_the_script_comes_first(self):
        fake_session(os.path.join(self.root, "dist", "bin"))
        beside = fake_session(self.scripts)
        r = Run(self.script, ["a.session", "a.room"], self.env)
        self.assertEqual(beside, r.out.splitlines()[0])

    def test_then_ml_zi_root_which_is_passed_on(self):
        zi = os.path.join(self.root, "zi")
        command = fake_session(os.path.join(zi, "tools", "session", "bin"))
        r = Run(self.script, ["a.session", "a.room"], dict(self.env, ML_ZI_ROOT=zi))
        self.assertEqual([command, "package", "a.session", "a.room", "--env", "ML_ZI_ROOT=" + zi, "ML_ZI_ROOT=" + zi],
                         r.out.splitlines())

    def test_then_path(self):
        on_path = fake_session(os.path.join(self.root, "tools"))
        r = Run(self.script, ["a.session", "a.room"], dict(self.env, PATH=os.path.join(self.root, "tools")))
        self.assertEqual(on_path, r.out.splitlines()[0])

    def test_exits_with_the_commands_status(self):
        for status in (1, 3, 4):
            fake_session(os.path.join(self.root, "dist", "bin"), status)
            self.assertEqual(status, Run(self.script, ["a.session", "a.room"], self.env).status)

    def test_a_command_that_is_not_executable_is_skipped(self):
        path = fake_session(os.path.join(self.root, "dist", "bin"))
        os.chmod(path, 0o644)
        on_path = fake_session(os.path.join(self.root, "tools"))
        r = Run(self.script, ["a.session", "a.room"], dict(self.env, PATH=os.path.join(self.root, "tools")))
        self.assertEqual(on_path, r.out.splitlines()[0])

    def test_no_command_anywhere_says_where_it_looked(self):
        r = Run(self.script, ["a.session", "a.room"], dict(self.env, ML_ZI_ROOT="/nowhere"))
        self.assertEqual(1, r.status)
        self.assertEqual("packageSession.py: cannot find the session command (looked next to packageSession.py,"
                         " in ../bin, in $ML_ZI_ROOT/tools/session/bin, on PATH); install the session distribution"
                         " (see its README, \"Install\") or put its bin folder on PATH\n", r.err)

    def test_other_arguments_are_a_usage_error(self):
        fake_session(os.path.join(self.root, "dist", "bin"))
        for args in ([], ["a.session"], ["a.session", "a.room", "--smile"]):
            r = Run(self.script, args, self.env)
            self.assertEqual(2, r.status, args)
            self.assertEqual("usage: packageSession.py <path_to.session> <output.room>\n", r.err)
            self.assertEqual("", r.out)

    def test_help_prints_the_usage(self):
        r = Run(self.script, ["--help"], self.env)
        self.assertEqual(0, r.status)
        self.assertEqual("usage: packageSession.py <path_to.session> <output.room>\n", r.out)


class WindowsCommandLine(unittest.TestCase):
    """What the script gives cmd.exe on Windows, checked here since CI cannot run Windows."""

    def test_finds_session_cmd(self):
        with tempfile.TemporaryDirectory() as root:
            scripts = os.path.join(root, "scripts")
            os.makedirs(os.path.join(root, "bin"))
            open(os.path.join(root, "bin", "session.cmd"), "w").close()
            found = package_session.find_session(scripts, {"PATH": ""}, windows=True)
            self.assertEqual(os.path.join(root, "bin", "session.cmd"), found)

    def test_every_word_is_quoted_and_cmd_takes_the_line_literally(self):
        line = package_session.windows_command_line(
            "C:\\Program Files\\session\\bin\\session.cmd",
            ["package", "C:\\Users\\ana\\Tom & Jerry.session", "out (1).room"], "C:\\Windows\\system32\\cmd.exe")
        self.assertEqual('"C:\\Windows\\system32\\cmd.exe" /d /s /c ""C:\\Program Files\\session\\bin\\session.cmd"'
                         ' "package" "C:\\Users\\ana\\Tom & Jerry.session" "out (1).room""', line)

    def test_a_trailing_backslash_is_doubled_before_the_closing_quote(self):
        line = package_session.windows_command_line("s.cmd", ["C:\\rooms\\"], "cmd.exe")
        self.assertTrue(line.endswith('"C:\\rooms\\\\""'), line)

    def test_percent_and_quotes_are_refused(self):
        for word in ("100%.session", 'a"b.session'):
            with self.assertRaises(ValueError) as raised:
                package_session.windows_command_line("s.cmd", ["package", word], "cmd.exe")
            self.assertIn("which cmd.exe would change; rename the file or folder", str(raised.exception))

    def test_ml_zi_root_is_passed_as_an_env_option(self):
        self.assertEqual(["package", "a.session", "b.room", "--env", "ML_ZI_ROOT=C:\\ML\\zi"],
                         package_session.arguments("a.session", "b.room", {"ML_ZI_ROOT": "C:\\ML\\zi"}))
        self.assertEqual(["package", "a.session", "b.room"], package_session.arguments("a.session", "b.room", {}))


if __name__ == "__main__":
    unittest.main()
