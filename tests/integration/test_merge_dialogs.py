# Proposals > Merge Proposals... through its dialogs in a visible office (on a private Xvfb
# display): the contributions from the file picker, the resolution from the chooser, the
# question about the synoptic table, then the summary; the merged draft and the table open as
# new documents.
import json
import os
import shutil

import uno

import pa_harness as h
from pa_display import Call, Role, VisibleOfficeTest, find

BASE = os.path.join(h.CORPUS, "base", "res11-hammamet-2016.docx")
RDB = os.path.join(os.path.dirname(h.OXT), "proposal-assistant.rdb")
PICKER = "Choose the contributions whose proposals to merge"
TITLE = "Merge Proposals"


def redline_authors(doc):
    authors = set()
    enum = doc.getRedlines().createEnumeration()
    while enum.hasMoreElements():
        authors.add(enum.nextElement().RedlineAuthor)
    return authors


class MergeDialogsTest(VisibleOfficeTest):
    name = "merge-dialogs"

    def window(self, button, without=None):
        """The Merge Proposals window with this button (and not that role: the chooser and the
        summary box share the title and an OK button), once it is there; a window closing while
        it is looked at is passed over."""
        def matching():
            found = []
            for w in self.top_windows(TITLE):
                try:
                    if find(w, Role.PUSH_BUTTON, button) and not (without and find(w, without)):
                        found.append(w)
                except Exception:
                    pass
            return found
        found = self.until(matching, 60)
        self.assertTrue(found, "no %r window with a %s button" % (TITLE, button))
        return found[0]

    def press(self, window, name):
        return Call(find(window, Role.PUSH_BUTTON, name)[0].doAccessibleAction, 0)

    def contribution(self, source, edit):
        """A MOD made by the extension, edited with recording on, saved as SOURCE.docx."""
        editor = self.office.extension_service("org.itu.proposalassistant.ProposalEditor", RDB)
        doc = self.office.new_writer()
        try:
            editor.proposeModification(doc, "11", (self.base,), json.dumps(
                {"source": source, "document": "9", "assembly": "New Delhi, 2024"}))
            if edit:
                paragraphs = h.body(doc)
                item = next(p for p in paragraphs if p.getString().startswith("that it is necessary"))
                cursor = item.getText().createTextCursorByRange(item.getStart())
                cursor.goRight(item.getString().index("efficient"), False)
                cursor.goRight(len("efficient"), True)
                cursor.setString(edit)
            path = os.path.join(self.dir, "contributions", source + ".docx")
            self.office.save(doc, path)
            return path
        finally:
            h.close(doc)

    def test_merge_proposals_through_its_dialogs(self):
        os.makedirs(os.path.join(self.dir, "contributions"), exist_ok=True)
        self.base = shutil.copy(BASE, os.path.join(self.dir, "contributions"))
        update = self.office.extension_settings(update=True)
        uno.invoke(update, "replaceByName",
                   ("BaseFiles", uno.Any("[]string", (uno.systemPathToFileUrl(self.base),))))
        update.commitChanges()
        first = self.contribution("ATU", "optimal")

        doc = self.show(self.office.new_writer())
        self.addCleanup(h.close, doc)
        before = list(self.office._open_components())
        helper = self.office.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.office.ctx)
        call = Call(lambda: json.loads(helper.executeDispatch(
            doc.getCurrentController().getFrame(), "vnd.itu.proposalassistant:MergeProposals", "", 0, ()).Result))
        self.answer_file_picker(PICKER, first)
        chooser = self.window("OK")
        find(chooser, Role.TEXT, "Search:")[0].setText("postal operations")
        items = self.until(lambda: [c.getAccessibleName() for c in find(chooser, Role.LIST_ITEM)])
        self.assertEqual(len(items), 1, items)
        self.assertTrue(items[0].startswith("Resolution 11"), items)
        self.press(chooser, "OK").outcome()
        self.press(self.window("Yes"), "No").outcome()
        self.press(self.window("OK", without=Role.LIST), "OK").outcome()
        summary = call.outcome()
        self.assertIn("sources", summary, summary)
        self.assertEqual([s["name"] for s in summary["sources"]], ["ATU/9/1"])
        opened = [c for c in self.office._open_components() if all(c != b for b in before)]
        for c in opened:
            self.addCleanup(h.close, c)
        self.assertEqual(len(opened), 1, "the merged draft only: no synoptic table asked for")
        self.assertIn("ATU/9/1", redline_authors(opened[0]))


if __name__ == "__main__":
    import unittest
    unittest.main(verbosity=2)
