# The Proposals menu and the base files as a delegate meets them in a visible Writer: the menu's
# entries in their order, a MOD proposed from the menu through every dialog it asks, the file
# picker that the first command needing the base text opens, and the Tools > Options page that
# lists, adds and removes base files.
import json
import os
import shutil

import uno

import pa_harness as h
from pa_display import Call, Role, VisibleOfficeTest, find, tree

PICKER = "Choose the base documents (the resolutions in force)"
BASE = os.path.join(h.CORPUS, "base", "res11-hammamet-2016.docx")
NEW_DELHI = os.path.join(h.CORPUS, "base", "res11-new-delhi-2024.docx")
SETTINGS = json.dumps({"source": "ATU", "document": "35", "addendum": "3",
                       "assembly": "New Delhi, 2024", "author": "Test Delegate"})
MENU = ["Recognize Structure",
        "Propose Modification (MOD)...", "Propose New Resolution (ADD)", "Propose Suppression (SUP)...",
        "Propose No Change (NOC)...", "Mark Up Against Base", "Renumber Proposals",
        "Merge Proposals...", "Validate...", "Proposals Sidebar",
        "Contribution Settings...", "Choose Base Files..."]


def menu_entries(window, title):
    """The item names of the menu bar's menu `title`, without walking the other menus or the
    document (their trees are large)."""
    def walk(context):
        for i in range(context.getAccessibleChildCount()):
            child = context.getAccessibleChild(i).getAccessibleContext()
            if child.getAccessibleRole() == Role.MENU:
                if child.getAccessibleName() == title:
                    return [child.getAccessibleChild(k).getAccessibleContext()
                            for k in range(child.getAccessibleChildCount())]
            elif child.getAccessibleRole() == Role.MENU_BAR:
                return walk(child)
            elif child.getAccessibleChildCount() < 50:
                found = walk(child)
                if found is not None:
                    return found
        return None
    items = walk(window.getAccessibleContext()) or []
    return [i.getAccessibleName() for i in items if i.getAccessibleRole() == Role.MENU_ITEM]


class MenuAndBaseFilesTest(VisibleOfficeTest):
    name = "base-files"

    def setUp(self):
        self.store_base_files(())  # every test starts as a new user: nothing chosen
        self.addCleanup(self.close_options)

    # -- the extension's configuration --
    def base_files(self):
        return tuple(self.office.extension_settings().BaseFiles)

    def store_base_files(self, urls):
        update = self.office.extension_settings(update=True)
        uno.invoke(update, "replaceByName", ("BaseFiles", uno.Any("[]string", tuple(urls))))
        update.commitChanges()

    # -- documents and commands --
    def new_document(self):
        doc = self.show(self.office.new_writer())
        self.addCleanup(h.close, doc)
        return doc

    def command(self, doc, command, **arguments):
        """The command as the Proposals menu dispatches it; returns its JSON result."""
        helper = self.office.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.office.ctx)
        frame = doc.getCurrentController().getFrame()
        args = tuple(h.prop(k, v) for k, v in arguments.items())
        return json.loads(helper.executeDispatch(frame, "vnd.itu.proposalassistant:" + command, "", 0, args).Result)

    def texts(self, doc):
        return [t for _, t in h.paragraphs(doc)]

    def copy(self, path, folder="base texts"):
        """A copy in a folder whose name has a space, as users' folders do."""
        os.makedirs(os.path.join(self.dir, folder), exist_ok=True)
        return shutil.copy(path, os.path.join(self.dir, folder))

    # -- the options dialog --
    def open_options_page(self, doc):
        """Tools > Options, then Proposal Assistant > Base Documents in its tree."""
        call = Call(self.office.dispatch, doc, ".uno:OptionsTreeDialog")
        dialog = self.until(lambda: self.top_windows("Options - "))
        self.assertTrue(dialog, "the options dialog did not open")
        group = self.until(lambda: find(dialog[0], Role.TREE_ITEM, "Proposal Assistant"))
        self.assertTrue(group, "no Proposal Assistant group in Tools > Options")
        group[0].selectAccessibleChild(0)
        page = self.until(lambda: self.top_windows("Options - Proposal Assistant - Base Documents"))
        self.assertTrue(page, "the Base Documents page did not open")
        return call, page[0]

    def page_state(self, dialog):
        """The page's file list and its status line."""
        lists = find(dialog, Role.LIST, "Base files:")
        entries = [lists[0].getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                   for i in range(lists[0].getAccessibleChildCount())] if lists else None
        status = [c.getAccessibleName() for c in find(dialog, Role.LABEL)
                  if c.getAccessibleName()[:1].isdigit() or c.getAccessibleName().startswith("None chosen")]
        return entries, status[0] if status else None

    def press(self, dialog, name):
        button = find(dialog, Role.PUSH_BUTTON, name)
        self.assertTrue(button, "no %s button" % name)
        return Call(button[0].doAccessibleAction, 0)  # Add opens a modal picker: not on this thread

    def close_options(self):
        for dialog in self.top_windows("Options - "):
            self.press(dialog, "Cancel").outcome()

    # -- the tests --
    def test_menu_lists_the_commands_in_order(self):
        doc = self.new_document()
        window = doc.getCurrentController().getFrame().getContainerWindow()
        entries = self.until(lambda: menu_entries(window, "Proposals"))
        self.assertEqual(entries, MENU)

    def dialog(self, title):
        found = self.until(lambda: self.top_windows(title))
        self.assertTrue(found, "no %r dialog" % title)
        return found[0]

    def type_into(self, dialog, label, text):
        field = find(dialog, Role.TEXT, label)
        self.assertTrue(field, "no field %r" % label)
        field[0].setText(text)

    def test_propose_modification_through_its_dialogs(self):
        """A new user on a new document: the contribution's settings are asked, then the base
        files, then the resolution; the MOD is written and change recording is on."""
        base = self.copy(BASE)
        doc = self.new_document()
        call = Call(self.command, doc, "ProposeModification")
        settings = self.dialog("Contribution Settings")
        for label, text in (("Source (ATU, EUR, USA):", "ATU"), ("Document (35, XX):", "35"),
                            ("Addendum:", "3"), ("Assembly:", "New Delhi, 2024")):
            self.type_into(settings, label, text)
        self.press(settings, "OK").outcome()
        self.answer_file_picker(PICKER, base)
        chooser = self.dialog("Propose Modification")
        self.type_into(chooser, "Search:", "postal operations")
        items = self.until(lambda: [c.getAccessibleName() for c in find(chooser, Role.LIST_ITEM)])
        self.assertEqual(len(items), 1, items)
        self.assertTrue(items[0].startswith("Resolution 11 — Collaboration with the Postal Operations Council"),
                        items)
        self.press(chooser, "OK").outcome()
        result = call.outcome()
        self.assertEqual(result["symbol"], "MOD")
        # The number line's revision is a tracked change: the old assembly struck, the new one in.
        self.assertEqual(self.texts(doc)[:2], ["MOD\tATU/35A3/1",
                                               "RESOLUTION 11 (Rev. Hammamet, 2016New Delhi, 2024)"])
        self.assertTrue(doc.RecordChanges, "the author's edits are tracked from here on")
        properties = doc.getDocumentProperties().getUserDefinedProperties()
        self.assertEqual(properties.getPropertyValue("Proposal Source"), "ATU")
        self.assertEqual(properties.getPropertyValue("Proposal Assembly"), "New Delhi, 2024")
        self.assertEqual(self.base_files(), (uno.systemPathToFileUrl(base),))

    def test_contribution_settings_take_the_proposal_lines_and_refuse_an_empty_source(self):
        """Defect 5: the source and document come from the proposal lines already written; OK
        with an empty source is refused and the dialog stays."""
        doc = self.new_document()
        doc.getText().setString("MOD\tEUR/37A12/1")
        call = Call(self.command, doc, "ContributionSettings")
        settings = self.dialog("Contribution Settings")
        values = {f.getAccessibleName(): f.getText() for f in find(settings, Role.TEXT)}
        self.assertEqual(values.get("Source (ATU, EUR, USA):"), "EUR", values)
        self.assertEqual(values.get("Document (35, XX):"), "37", values)
        self.assertEqual(values.get("Addendum:"), "12", values)
        self.type_into(settings, "Source (ATU, EUR, USA):", "")
        first = self.press(settings, "OK")
        refusal = self.focused_dialog("Source needed")
        self.assertIsNotNone(refusal, "no refusal of the empty source")
        refusal.getChild("ok").executeAction("CLICK", ())
        # The refusal is gone and the first OK handled before the dialog is answered again: a
        # second OK pressed meanwhile went to a window that was not listening yet.
        first.outcome()
        self.until(lambda: not self.top_windows("Source needed"))
        settings = self.dialog("Contribution Settings")
        self.type_into(settings, "Source (ATU, EUR, USA):", "EUR")
        self.press(settings, "OK").outcome()
        self.assertEqual(call.outcome()["source"], "EUR")

    def test_contribution_settings_take_the_cover_and_write_no_empty_property(self):
        """Defect 5: with no proposal line yet, the document and addendum come from the cover;
        what is left empty is no custom property at all."""
        doc = self.new_document()
        doc.getText().setString("Addendum 3 to\nDocument 35-E\nA first paragraph.")
        call = Call(self.command, doc, "ContributionSettings")
        settings = self.dialog("Contribution Settings")
        values = {f.getAccessibleName(): f.getText() for f in find(settings, Role.TEXT)}
        self.assertEqual(values.get("Document (35, XX):"), "35", values)
        self.assertEqual(values.get("Addendum:"), "3", values)
        self.assertEqual(values.get("Source (ATU, EUR, USA):"), "", values)
        self.assertEqual(values.get("Assembly:"), "", values)
        self.type_into(settings, "Source (ATU, EUR, USA):", "ATU")
        self.press(settings, "OK").outcome()
        self.assertEqual(call.outcome(), {"source": "ATU", "document": "35", "addendum": "3", "assembly": ""})
        info = doc.getDocumentProperties().getUserDefinedProperties().getPropertySetInfo()
        written = sorted(p.Name for p in info.getProperties() if p.Name.startswith("Proposal "))
        self.assertEqual(written, ["Proposal Addendum", "Proposal Document", "Proposal Source"])

    def test_mark_up_outside_a_resolution_refuses_before_asking_anything(self):
        """Defect 5: Mark Up Against Base with the cursor outside any resolution says so at
        once, before the contribution's settings or the base files are asked for."""
        doc = self.new_document()
        doc.getText().setString("A paragraph that belongs to no resolution.")
        self.addCleanup(lambda: [self.press(d, "Cancel").outcome()
                                 for d in self.top_windows("Contribution Settings")])
        call = Call(self.command, doc, "MarkUpAgainstBase")
        refusal = self.focused_dialog("Mark Up Against Base")
        self.assertIsNotNone(refusal, "no refusal; open: %r" % [
            w.getAccessibleContext().getAccessibleName() for w in self.top_windows("")])
        self.assertFalse(self.top_windows("Contribution Settings"))
        refusal.getChild("ok").executeAction("CLICK", ())
        result = call.outcome()
        self.assertIn("not inside a resolution", result.get("error", ""), result)
        self.assertFalse(self.top_windows(PICKER))
        info = doc.getDocumentProperties().getUserDefinedProperties().getPropertySetInfo()
        self.assertFalse([p.Name for p in info.getProperties() if p.Name.startswith("Proposal ")])

    def test_first_command_needing_the_base_asks_for_it_once(self):
        base = self.copy(BASE)
        doc = self.new_document()
        call = Call(self.command, doc, "ProposeSuppression", Number="11", Settings=SETTINGS)
        self.answer_file_picker(PICKER, base)
        result = call.outcome()
        self.assertNotIn("sampleBase", result)
        self.assertEqual(self.texts(doc)[:2], ["SUP\tATU/35A3/1", "RESOLUTION 11 (Rev. Hammamet, 2016)"])
        self.assertEqual(self.base_files(), (uno.systemPathToFileUrl(base),))
        # Kept: the next command reads the chosen file without asking again.
        result = Call(self.command, doc, "ProposeNoChange", Number="11", Settings=SETTINGS).outcome()
        self.assertNotIn("sampleBase", result)
        self.assertEqual(self.texts(doc).count("RESOLUTION 11 (Rev. Hammamet, 2016)"), 2)

    def test_cancelling_the_picker_tries_the_sample_base(self):
        doc = self.new_document()
        call = Call(self.command, doc, "ProposeSuppression", Number="11", Settings=SETTINGS)
        self.cancel_file_picker(PICKER)
        result = call.outcome()
        self.assertTrue(result.get("sampleBase"), result)
        self.assertEqual(self.texts(doc)[0], "SUP\tATU/35A3/1")
        self.assertEqual(self.base_files(), ())

    def test_choose_base_files_replaces_the_choice(self):
        first, second = self.copy(BASE), self.copy(NEW_DELHI, "other")
        self.store_base_files((uno.systemPathToFileUrl(first),))
        doc = self.new_document()
        call = Call(self.command, doc, "ChooseBaseFiles")
        self.answer_file_picker(PICKER, second)
        # The choice is confirmed with the files' paths as the user knows them.
        box = self.focused_dialog("Choose Base Files")
        self.assertIsNotNone(box, "no confirmation of the choice")
        shown = {p.Name: p.Value for p in box.getState()}
        texts = [c.getAccessibleName() for c in tree(self.top_windows("Choose Base Files")[0], [])]
        self.assertIn(second, "\n".join(texts + [str(v) for v in shown.values()]))
        box.getChild("ok").executeAction("CLICK", ())
        self.assertEqual(call.outcome(), {"baseFiles": [uno.systemPathToFileUrl(second)]})
        self.assertEqual(self.base_files(), (uno.systemPathToFileUrl(second),))

    def test_options_page_lists_removes_and_adds_base_files(self):
        base, added = self.copy(BASE), self.copy(NEW_DELHI, "other")
        gone = os.path.join(self.dir, "base texts", "withdrawn.docx")
        self.store_base_files((uno.systemPathToFileUrl(gone), uno.systemPathToFileUrl(base)))
        call, dialog = self.open_options_page(self.new_document())
        self.assertEqual(self.until(lambda: self.page_state(dialog)[0]), [gone, base])
        self.assertEqual(self.page_state(dialog)[1], "2 base documents. Not found: %s." % gone)
        # Defect 7: the list spans the page as its explanation does, so paths are not cut short.
        listed = find(dialog, Role.LIST, "Base files:")[0]
        explanation = [c for c in find(dialog, Role.LABEL) if c.getAccessibleName().startswith("The resolutions")][0]
        self.assertGreaterEqual(listed.getSize().Width, 0.95 * explanation.getSize().Width)

        find(dialog, Role.LIST, "Base files:")[0].selectAccessibleChild(0)
        self.press(dialog, "Remove").outcome()
        self.until(lambda: self.page_state(dialog)[0] == [base])
        self.assertEqual(self.page_state(dialog), ([base], "1 base document."))

        adding = self.press(dialog, "Add")
        self.answer_file_picker(PICKER, added)
        adding.outcome()
        self.until(lambda: self.page_state(dialog)[0] == [base, added])
        self.assertEqual(self.page_state(dialog), ([base, added], "2 base documents."))
        # Nothing is kept before OK.
        self.assertEqual(self.base_files(), (uno.systemPathToFileUrl(gone), uno.systemPathToFileUrl(base)))
        self.press(dialog, "OK").outcome()
        call.outcome()
        self.assertEqual(self.base_files(), (uno.systemPathToFileUrl(base), uno.systemPathToFileUrl(added)))

    def test_options_page_cancel_keeps_the_choice(self):
        base = self.copy(BASE)
        self.store_base_files((uno.systemPathToFileUrl(base),))
        call, dialog = self.open_options_page(self.new_document())
        self.assertEqual(self.until(lambda: self.page_state(dialog)[0]), [base])
        find(dialog, Role.LIST, "Base files:")[0].selectAccessibleChild(0)
        self.press(dialog, "Remove").outcome()
        self.until(lambda: self.page_state(dialog)[0] == [])
        self.assertEqual(self.page_state(dialog)[1], "None chosen: the commands use the sample base the "
                                                     "extension carries (Resolution 11, Hammamet, 2016).")
        self.press(dialog, "Cancel").outcome()
        call.outcome()
        self.assertEqual(self.base_files(), (uno.systemPathToFileUrl(base),))


if __name__ == "__main__":
    import unittest
    unittest.main(verbosity=2)
