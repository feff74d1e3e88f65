# What the tests of a delegate's view share (menus, dialogs, the options page, the file picker):
# a private Xvfb display, a visible office on it with the extension installed, and ways to wait
# for a window and find its parts through the accessibility tree or LibreOffice's UI-test service.
import ctypes
import os
import shutil
import signal
import subprocess
import threading
import time
import unittest

import pa_harness as h

XVFB = shutil.which("Xvfb")


class Role:
    """com.sun.star.accessibility.AccessibleRole, the values the tests look for."""
    LABEL, LIST, LIST_ITEM, MENU, MENU_BAR, MENU_ITEM, PUSH_BUTTON, TEXT, TREE_ITEM = \
        30, 32, 33, 34, 35, 36, 44, 60, 79


def start_xvfb():
    """A private X server on a display number it picks itself; dies with this process. With
    -noreset it does not reset when its last client goes: an office restarted at that moment
    (after installing the extension, or a change of UI language) found no display to open."""
    read_fd, write_fd = os.pipe()
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    process = subprocess.Popen([XVFB, "-displayfd", str(write_fd), "-screen", "0", "1400x1000x24", "-nolisten", "tcp",
                                # -noreset: without it the server resets when its last client
                                # leaves, and an office starting meanwhile cannot open the display.
                                "-noreset"],
                               pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               preexec_fn=lambda: libc.prctl(1, signal.SIGKILL))
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        display = f.readline().strip()
    if not display:
        process.kill()
        raise RuntimeError("Xvfb did not start")
    return process, ":" + display


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=h.scaled(10))
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def tree(accessible, out):
    """Every accessible context under `accessible`, depth first."""
    context = accessible.getAccessibleContext()
    out.append(context)
    for i in range(context.getAccessibleChildCount()):
        tree(context.getAccessibleChild(i), out)
    return out


def find(accessible, role, name=None):
    """The contexts of one role (and name) under `accessible`; parts going away are skipped."""
    return [c for c in tree(accessible, []) if c.getAccessibleRole() == role and
            (name is None or c.getAccessibleName() == name)]


def until(condition, seconds=15):
    """Polls condition() until it holds or scaled(seconds) pass; returns its last value. A click
    through the accessibility tree is handled by the office's main loop later, and on a loaded
    machine noticeably later."""
    return h.wait_until(condition, seconds, interval=0.1)


class Call(threading.Thread):
    """A call that blocks while a modal dialog is open (a dispatch that shows a file picker, the
    options dialog), run beside the test, which answers the dialog meanwhile."""

    def __init__(self, function, *args, **kwargs):
        super().__init__(daemon=True)
        self.function, self.args, self.kwargs = function, args, kwargs
        self.result = self.error = None
        self.start()

    def run(self):
        try:
            self.result = self.function(*self.args, **self.kwargs)
        except Exception as e:  # reported by outcome()
            self.error = e

    def outcome(self, seconds=60):
        self.join(h.scaled(seconds))
        if self.is_alive():
            raise AssertionError("the call did not return in %d s (a dialog still open?)"
                                 % h.scaled(seconds))
        if self.error is not None:
            raise self.error
        return self.result


@unittest.skipUnless(XVFB, "Xvfb is not installed")
class VisibleOfficeTest(unittest.TestCase):
    """One visible office per test class, on its own display and throwaway profile."""
    name = "visible"

    @classmethod
    def setUpClass(cls):
        cls.dir = h.work_dir(cls.name)
        cls.addClassCleanup(shutil.rmtree, cls.dir, ignore_errors=True)
        cls.xvfb, display = start_xvfb()
        cls.addClassCleanup(stop, cls.xvfb)
        os.environ["DISPLAY"] = display  # inherited by the office started below
        cls.office = h.Office(cls.name, headless=False)
        cls.addClassCleanup(cls.office.cleanup)
        cls.office.start()
        cls.office.install_extension()
        manager = cls.office.ctx.ServiceManager
        cls.toolkit = manager.createInstanceWithContext("com.sun.star.awt.Toolkit", cls.office.ctx)
        cls.uitest = manager.createInstanceWithContext("org.libreoffice.uitest.UITest", cls.office.ctx)

    until = staticmethod(until)

    def show(self, doc):
        doc.getCurrentController().getFrame().getContainerWindow().setVisible(True)
        return doc

    def top_windows(self, name):
        """The accessible top windows whose name starts with `name`."""
        found = []
        for i in range(self.toolkit.getTopWindowCount()):
            try:
                window = self.toolkit.getTopWindow(i)
                if window is not None and window.getAccessibleContext().getAccessibleName().startswith(name):
                    found.append(window)
            except Exception:  # a window going away while we look
                pass
        return found

    def focused_dialog(self, title):
        """The UI-test object of the modal dialog with this title once it has the focus, else None.
        The dialog is first awaited through the accessibility tree: asking the UI-test service for
        the focused window's state while the previous dialog is being destroyed crashes the office
        (WindowUIObject::get_state on a disposed window, LibreOffice 7.4)."""
        self.until(lambda: self.top_windows(title))

        def focused():
            try:
                window = self.uitest.getTopFocusWindow()
                state = {p.Name: p.Value for p in window.getState()}
                return window if state.get("DisplayText") == title else None
            except Exception:
                return None
        return self.until(focused)

    def answer_file_picker(self, title, path):
        """Types `path` into the file picker titled `title` and opens it, as the user would."""
        picker = self.focused_dialog(title)
        self.assertIsNotNone(picker, "no file picker titled %r" % title)
        picker.getChild("file_name").executeAction("TYPE", (h.prop("TEXT", path),))
        picker.getChild("open").executeAction("CLICK", ())

    def cancel_file_picker(self, title):
        picker = self.focused_dialog(title)
        self.assertIsNotNone(picker, "no file picker titled %r" % title)
        picker.getChild("cancel").executeAction("CLICK", ())
