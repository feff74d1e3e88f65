# A headless LibreOffice for tests and the benchmark: soffice.bin on a throwaway profile, reached
# over a private pipe, the .oxt installed as a user installs it, stopped by its own PID only.
import ctypes
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

try:
    import uno
    import unohelper
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
    from com.sun.star.task import XInteractionHandler
    from com.sun.star.ucb import XCommandEnvironment, XProgressHandler
except ImportError:  # pragma: no cover - reported as a ctest SKIP
    print("SKIP: python-uno is not importable from %s (install python3-uno and run the "
          "tests with Debian's /usr/bin/python3)" % sys.executable)
    sys.exit(77)

PR_SET_PDEATHSIG = 1
LO_PROGRAM = os.environ.get("PA_LO_PROGRAM_DIR", "/usr/lib/libreoffice/program")


def time_scale():
    """How much longer than on an idle machine the office may take: $PA_TIME_SCALE (default 1;
    $PA_WAIT_FACTOR, its older name, is read too) or the PA_TIME_SCALE the build was configured
    with, whichever is larger, times the load per core when the machine has more runnable
    processes than cores (a 2-core machine running six builds: 3 or more)."""
    factor = 1.0
    for name in ("PA_TIME_SCALE", "PA_WAIT_FACTOR", "PA_TIME_SCALE_CONFIGURED"):
        try:
            factor = max(factor, float(os.environ.get(name) or "1"))
        except ValueError:
            pass
    try:
        load = os.getloadavg()[0] / (os.cpu_count() or 1)
    except OSError:
        load = 1.0
    return factor * min(max(1.0, load), 8.0)


def scaled(seconds):
    """A deadline of `seconds` on an idle machine, as long as it must be on this one now. Every
    wait of the tests goes through it; none sleeps a fixed time."""
    return seconds * time_scale()


def wait_until(condition, seconds, interval=0.05):
    """Polls condition() until it holds or scaled(seconds) pass; returns its last value."""
    deadline = time.monotonic() + scaled(seconds)
    value = condition()
    while not value and time.monotonic() < deadline:
        time.sleep(interval)
        value = condition()
    return value


def write_odf(path, kind, body_xml):
    """A minimal ODF package (kind "text" or "spreadsheet") written without an office."""
    media = "application/vnd.oasis.opendocument." + kind
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), media)  # first and stored, as ODF requires
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
                   '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" '
                   'manifest:media-type="text/xml"/></manifest:manifest>' % media,
                   zipfile.ZIP_DEFLATED)
        z.writestr("content.xml",
                   '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
                   'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                   'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                   'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                   'office:version="1.2"><office:body>%s</office:body></office:document-content>'
                   % body_xml, zipfile.ZIP_DEFLATED)


def _setup_version():
    xcd = os.path.join(LO_PROGRAM, "..", "share", "registry", "main.xcd")
    with open(xcd, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r'oor:name="ooSetupVersion">\s*<value>([^<]+)</value>', text)
    return m.group(1) if m else None


class _Approve(unohelper.Base, XInteractionHandler):
    def handle(self, request):
        for c in request.getContinuations():
            if c.queryInterface(uno.getTypeByName("com.sun.star.task.XInteractionApprove")):
                c.select()
                return
        for c in request.getContinuations():
            if c.queryInterface(uno.getTypeByName("com.sun.star.task.XInteractionAbort")):
                c.select()
                return


class _InstallEnvironment(unohelper.Base, XCommandEnvironment, XProgressHandler):
    def getInteractionHandler(self):
        return _Approve()

    def getProgressHandler(self):
        return self

    def push(self, status):
        pass

    def update(self, status):
        pass

    def pop(self):
        pass


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    """One soffice.bin on a throwaway profile, reached over a pipe no other run uses, with the
    extension installed through the ExtensionManager (the same path as a user's install)."""

    def __init__(self, name, parent_dir, headless=True):
        # headless=False: a visible office on $DISPLAY (an X server the caller started), for
        # tests of dialogs, which a headless office never shows.
        self.headless = headless
        os.makedirs(parent_dir, exist_ok=True)
        self.dir = tempfile.mkdtemp(prefix=name + "-", dir=parent_dir)
        self.profile = os.path.join(self.dir, "profile")
        os.makedirs(os.path.join(self.profile, "user"))
        version = _setup_version()
        if version:  # skips about 3 s of first-start self-tests
            with open(os.path.join(self.profile, "user", "registrymodifications.xcu"), "w") as f:
                f.write('<?xml version="1.0" encoding="UTF-8"?>\n<oor:items '
                        'xmlns:oor="http://openoffice.org/2001/registry" '
                        'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                        '<item oor:path="/org.openoffice.Setup/Product"><prop '
                        'oor:name="ooSetupLastVersion" oor:op="fuse"><value>%s</value></prop>'
                        '</item>\n</oor:items>\n' % version)
        self.pipe = "pa-test-%s-%d-%d" % (name, os.getpid(), random.randrange(1 << 30))
        self.log = open(os.path.join(self.dir, "office.log"), "ab")
        self.process = None
        self.ctx = None
        self.desktop = None
        self.local = uno.getComponentContext()
        self.resolver = self.local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", self.local)

    # -- process --
    def _spawn(self):
        # The office dies with this test process, even when it is killed by a ctest timeout.
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        display = ["--headless", "--invisible"] if self.headless else []
        self.process = subprocess.Popen(
            [os.path.join(LO_PROGRAM, "soffice.bin")] + display +
            ["--norestore", "--nologo", "--nodefault", "--nolockcheck",
             "-env:UserInstallation=" + uno.systemPathToFileUrl(self.profile),
             "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe],
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
            preexec_fn=lambda: libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL))

    def start(self, timeout=60):
        restarts = 0
        self._spawn()
        deadline = time.monotonic() + scaled(timeout)
        while True:
            code = self.process.poll()
            if code is not None:
                # 81: first start on a profile or after an install; start it again.
                if code == 81 and restarts < 3:
                    restarts += 1
                    self._spawn()
                    continue
                raise RuntimeError("soffice.bin exited with %d while starting (log %s):\n%s"
                                   % (code, self.log.name, self._log_tail()))
            try:
                self.ctx = self.resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                self.desktop = self.ctx.ServiceManager.createInstanceWithContext(
                    "com.sun.star.frame.Desktop", self.ctx)
                return
            except NoConnectException:
                pass
            except Exception:  # accepted, then went away (the 81 restart)
                self.ctx = self.desktop = None
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("soffice.bin did not accept a connection (log %s)"
                                   % self.log.name)
            time.sleep(0.02)

    def _log_tail(self, size=2000):
        """The end of the office's log, for a failure message (the log goes with the test)."""
        self.log.flush()
        with open(self.log.name, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - size))
            return f.read().decode("utf-8", "replace")

    def alive(self):
        """The process runs and answers a call over the bridge."""
        if self.process is None or self.process.poll() is not None:
            return False
        try:
            self.desktop.getComponents()
            return True
        except Exception:
            return False

    def stop(self):
        """Desktop.terminate(), then wait for OUR process; kill that PID only if it lingers."""
        if self.process is None:
            return
        if self.desktop is not None:
            try:
                for component in list(self._open_components()):
                    try:
                        component.close(True)
                    except Exception:
                        pass
                self.desktop.terminate()
            except Exception:
                pass  # the bridge goes down with the office
        self.desktop = self.ctx = None
        try:
            code = self.process.wait(timeout=scaled(20))
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=scaled(10))
            code = 0  # killed by us: nothing to tell
        if code != 0:  # a crash (negative: the signal) or an error: say so for the failure
            sys.stderr.write("soffice.bin (pid %d) exited with %d; its log ends:\n%s\n"
                             % (self.process.pid, code, self._log_tail()))
        self.process = None

    def _open_components(self):
        enum = self.desktop.getComponents().createEnumeration()
        while enum.hasMoreElements():
            yield enum.nextElement()

    def cleanup(self):
        self.stop()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- extension --
    def install_extension(self, oxt):
        """Installs for the profile's user, as the Extension Manager does, then restarts: an
        extension works only after a restart."""
        manager = self.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        env = _InstallEnvironment()
        package = manager.addExtension(uno.systemPathToFileUrl(os.path.abspath(oxt)), (), "user",
                                       manager.createAbortChannel(), env)
        if package is None:
            raise RuntimeError("the office did not install " + oxt)
        self.stop()
        self.start()

    # -- documents --
    def load(self, path, read_only=False):
        args = (prop("Hidden", True), prop("MacroExecutionMode", 0), prop("ReadOnly", read_only))
        return self.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, args)

    def new_writer(self):
        return self.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                                 (prop("Hidden", True),))

    def save(self, doc, path):
        filters = {".docx": "MS Word 2007 XML", ".odt": "writer8"}
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                       (prop("FilterName", filters[os.path.splitext(path)[1]]),
                        prop("Overwrite", True)))

    def extension_service(self, name, rdb):
        """An instance of one of the extension's services (e.g. ProposalEngine). This process
        learns the extension's types from `rdb` first: without them a call tears the bridge down."""
        manager = self.local.getValueByName(
            "/singletons/com.sun.star.reflection.theTypeDescriptionManager")
        try:
            manager.insert(uno.systemPathToFileUrl(os.path.abspath(rdb)))
        except Exception as e:  # already known to this process: nothing to add
            if "ElementExist" not in type(e).__name__:
                raise
        return self.ctx.ServiceManager.createInstanceWithContext(name, self.ctx)

    def extension_settings(self, update=False):
        """The extension's configuration (/org.itu.proposalassistant.Settings) in this profile."""
        provider = self.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.ctx)
        kind = "ConfigurationUpdateAccess" if update else "ConfigurationAccess"
        return provider.createInstanceWithArguments(
            "com.sun.star.configuration." + kind, (prop("nodepath", "/org.itu.proposalassistant.Settings"),))

    def dispatch(self, doc, command, arguments=(), **named):
        """Runs a command on the document's frame the way a menu entry does; `arguments` are
        PropertyValues (see prop()), keyword arguments become more of them."""
        helper = self.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.ctx)
        frame = doc.getCurrentController().getFrame()
        return helper.executeDispatch(frame, command, "", 0,
                                      tuple(arguments) + tuple(prop(k, v) for k, v in named.items()))

    def load_model(self, path):
        """The document in a bare model, without frame or view: no layout, which for a single
        1 MB paragraph takes about a minute; commands that need a view cannot run on it."""
        doc = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument",
                                                                self.ctx)
        filters = {".docx": "MS Word 2007 XML", ".odt": "writer8"}
        doc.load((prop("URL", uno.systemPathToFileUrl(os.path.abspath(path))),
                  prop("FilterName", filters[os.path.splitext(path)[1]]), prop("Hidden", True)))
        return doc


def body(doc):
    """The main text's top-level paragraph objects in order (for documents without tables)."""
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        out.append(enum.nextElement())
    return out


def paragraphs(doc):
    """[(style, text)] of the main text's paragraphs in order, a tracked-deleted paragraph
    included (the corpus labels count the same way); table cells are descended into."""
    result = []

    def walk(text):
        enum = text.createEnumeration()
        while enum.hasMoreElements():
            element = enum.nextElement()
            if element.supportsService("com.sun.star.text.Paragraph"):
                result.append((element.ParaStyleName, element.getString()))
            elif element.supportsService("com.sun.star.text.TextTable"):
                for name in element.getCellNames():
                    walk(element.getCellByName(name))

    walk(doc.getText())
    return result


def deleted_whole(doc):
    """[bool] per paragraph of the main text (as paragraphs() counts them): True when the
    paragraph's text and its mark are both under a tracked deletion."""
    result = []
    state = {"deleting": False}

    def walk(text):
        enum = text.createEnumeration()
        while enum.hasMoreElements():
            element = enum.nextElement()
            if element.supportsService("com.sun.star.text.TextTable"):
                for name in element.getCellNames():
                    walk(element.getCellByName(name))
                continue
            if not element.supportsService("com.sun.star.text.Paragraph"):
                continue
            kept_text = False
            portions = element.createEnumeration()
            while portions.hasMoreElements():
                portion = portions.nextElement()
                if portion.TextPortionType == "Redline":
                    if portion.RedlineType == "Delete":
                        state["deleting"] = portion.IsStart
                elif portion.getString() and not state["deleting"]:
                    kept_text = True
            result.append(state["deleting"] and not kept_text)

    walk(doc.getText())
    return result


def close(doc):
    if doc is not None:
        try:
            doc.close(True)
        except Exception as e:
            # A command still at work vetoed it and took the ownership: it closes the document
            # when it ends. Disposing it now would pull the document from under the command.
            if "CloseVetoException" not in type(e).__name__:
                doc.dispose()
