# The user interface in the ITU languages, as a delegate whose office speaks French, Russian,
# Arabic or Chinese meets it in a visible Writer: the Proposals menu and its entries, the toolbar,
# the options page's name, a dialog of the extension, a message, and the Extension Manager's name
# and description, each in the office's UI language (Tools > Options > Language Settings >
# Languages > User interface, the Linguistic UILocale this test sets before each restart).
# The office needs its own language packs (libreoffice-l10n-*) for a UI language to be taken.
import json
import os
import shutil
import unittest

import uno

import pa_harness as h
import test_check as cases
from pa_display import Call, Role, VisibleOfficeTest, find, tree
from test_menu_and_base_files import menu_entries
from test_proposals_deck import SHOWING, TREE, walk

EXTENSION = "org.itu.proposalassistant"
# Writer's own top-level menus, whose mnemonics the Proposals menu must leave free.
WRITER_MENUS = [".uno:PickList", ".uno:EditMenu", ".uno:ViewMenu", ".uno:InsertMenu", ".uno:FormatMenu",
                ".uno:FormatStylesMenu", ".uno:TableMenu", ".uno:FormatFormMenu", ".uno:ToolsMenu",
                ".uno:WindowList", ".uno:HelpMenu"]
SHIFT, MOD1, MOD2 = 1, 2, 4  # com.sun.star.awt.KeyModifier
KEY_A = 512  # com.sun.star.awt.Key.A; B..Z follow
SHORTCUTS = {"RecognizeStructure": "R", "Validate": "L", "MarkUpAgainstBase": "M", "RenumberProposals": "N"}
TOOLBAR = "private:resource/toolbar/addon_org.itu.proposalassistant.toolbar"

# What each language shows: the menu bar's Proposals menu (mnemonic marks removed, as the
# accessibility tree names them) and its entries, the options page's group, the Contribution
# Settings dialog's title, a label and its Cancel button, and Recognize Structure's message
# on a document without resolutions.
EXPECTED = {
    "fr": {
        "menu": "Propositions",
        "entries": ["Reconnaître la structure", "Proposer une modification (MOD)...",
                    "Proposer une nouvelle résolution (ADD)", "Proposer une suppression (SUP)...",
                    "Proposer de ne pas modifier (NOC)...",
                    "Marquer les modifications par rapport à la base", "Renuméroter les propositions", "Fusionner les propositions...",
                    "Valider...", "Volet latéral des propositions", "Paramètres de la contribution...",
                    "Choisir les fichiers de base..."],
        "toolbar": "Propositions", "options": "Assistant de propositions",
        "settings": "Paramètres de la contribution", "label": "Assemblée :", "cancel": "Annuler",
        "recognize": "Reconnaître la structure",
        "nothing": "Aucune résolution ni proposition n'a été trouvée dans ce document ; rien n'a été modifié.",
        "merge": "Fusionner les propositions",
        "report": ["ATU-35A3-mod-res11.docx) : modifie les paragraphes 1, 3, 4, ",
                   "ATU-35A3-mod-res11.docx) : supprime 1 paragraphe entier\n", "projet fusionné : insertions "],
        "missingBase": "impossible d'ouvrir : ce fichier n'existe pas",
        "name": "Assistant de propositions", "description": "Assistant de propositions aide",
    },
    "ru": {
        "menu": "Предложения",
        "entries": ["Распознать структуру", "Предложить изменение (MOD)...",
                    "Предложить новую резолюцию (ADD)", "Предложить исключение (SUP)...",
                    "Предложить без изменений (NOC)...",
                    "Разметить изменения относительно базового текста",
                    "Перенумеровать предложения", "Объединить предложения...", "Проверить...", "Боковая панель предложений", "Параметры вклада...",
                    "Выбрать базовые файлы..."],
        "toolbar": "Предложения", "options": "Помощник по предложениям",
        "settings": "Параметры вклада", "label": "Ассамблея:", "cancel": "Отмена",
        "recognize": "Распознать структуру",
        "nothing": "В этом документе не найдено ни резолюций, ни предложений; ничего не изменено.",
        "merge": "Объединить предложения",
        "report": ["ATU-35A3-mod-res11.docx): изменяет абзацы 1, 3, 4, ",
                   "ATU-35A3-mod-res11.docx): удаляет 1 абзац целиком\n", "объединённый проект — вставки: "],
        "missingBase": "не удаётся открыть: такого файла нет",
        "name": "Помощник по предложениям", "description": "Помощник по предложениям помогает",
    },
    "ar": {
        "menu": "المقترحات",
        "entries": ["التعرف على البنية", "اقتراح تعديل (MOD)...", "اقتراح قرار جديد (ADD)",
                    "اقتراح حذف (SUP)...", "اقتراح عدم التغيير (NOC)...",
                    "وسم التغييرات مقارنةً بالنص الأساسي", "إعادة ترقيم المقترحات", "دمج المقترحات...", "فحص...", "اللوحة الجانبية للمقترحات",
                    "إعدادات المساهمة...", "اختيار ملفات الأساس..."],
        "toolbar": "المقترحات", "options": "مساعد المقترحات",
        "settings": "إعدادات المساهمة", "label": "الجمعية:", "cancel": "إلغاء",
        "recognize": "التعرف على البنية",
        "nothing": "لم يُعثر في هذا المستند على أي قرار أو مقترح؛ ولم يتغير شيء.",
        "merge": "دمج المقترحات",
        "report": ["ATU-35A3-mod-res11.docx): يغيّر الفقرات 1, 3, 4, ",
                   "ATU-35A3-mod-res11.docx): يحذف فقرة كاملة واحدة\n", "المشروع المدمج: الإدراجات "],
        "missingBase": "تعذّر الفتح: لا يوجد ملف بهذا الاسم",
        "name": "مساعد المقترحات", "description": "يساعد مساعد المقترحات",
    },
    "zh-CN": {
        "menu": "提案(S)",
        "entries": ["识别结构(R)", "提议修改 (MOD)(M)...", "提议新决议 (ADD)(A)", "提议删除 (SUP)(S)...",
                    "提议不做修改 (NOC)(N)...", "对照基础文本标记修改(U)", "重新编号提案(P)", "合并提案(G)...", "验证(V)...", "提案侧栏(D)",
                    "文稿设置(C)...", "选择基础文件(B)..."],
        "toolbar": "提案", "options": "提案助手",
        "settings": "文稿设置", "label": "大会(A):", "cancel": "取消",
        "recognize": "识别结构",
        "nothing": "本文档中未找到决议或提案；未做任何更改。",
        "merge": "合并提案",
        "report": ["ATU-35A3-mod-res11.docx)：修改基础文本第 1, 3, 4, ", "ATU-35A3-mod-res11.docx)：整段删除 1 段\n",
                   "合并草案：插入 "],
        "missingBase": "无法打开：文件不存在",
        "name": "提案助手", "description": "提案助手帮助",
    },
}


def mnemonic(title):
    """The letter after '~' in a menu title, upper-cased; None without one."""
    at = title.find("~")
    return title[at + 1].upper() if 0 <= at < len(title) - 1 else None


class UiLanguagesTest(VisibleOfficeTest):
    name = "ui-languages"

    def switch_to(self, language):
        """Sets the office's UI language as the Options dialog does, and restarts the office."""
        provider = self.office.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.office.ctx)
        update = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            (h.prop("nodepath", "/org.openoffice.Office.Linguistic/General"),))
        update.replaceByName("UILocale", language)
        update.commitChanges()
        self.office.stop()
        self.office.start()
        manager = self.office.ctx.ServiceManager
        type(self).toolkit = manager.createInstanceWithContext("com.sun.star.awt.Toolkit", self.office.ctx)
        type(self).uitest = manager.createInstanceWithContext("org.libreoffice.uitest.UITest", self.office.ctx)

    def ui_locale(self):
        provider = self.office.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.office.ctx)
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", (h.prop("nodepath", "/org.openoffice.Setup/L10N"),))
        return access.getByName("ooLocale")

    def configured(self, path, *names):
        """A localized value of the configuration, as the office reads it in its UI language."""
        provider = self.office.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.office.ctx)
        node = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", (h.prop("nodepath", path),))
        for name in names:  # a set's element name may hold '/', which a path cannot
            node = node.getByName(name)
        return node

    def shortcut_managers(self):
        manager = self.office.ctx.ServiceManager
        supplier = manager.createInstanceWithContext(
            "com.sun.star.ui.ModuleUIConfigurationManagerSupplier", self.office.ctx)
        writer = supplier.getUIConfigurationManager("com.sun.star.text.TextDocument").getShortCutManager()
        return writer, manager.createInstanceWithContext(
            "com.sun.star.ui.GlobalAcceleratorConfiguration", self.office.ctx)

    def check_mnemonics(self):
        """The Proposals menu's letter is none of Writer's menus' nor an Alt+letter shortcut's in
        this language, and the letters inside the menu are all different."""
        menu = self.configured("/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar",
                               "org.itu.proposalassistant.menu")
        top = mnemonic(menu.Title)
        self.assertIsNotNone(top, menu.Title)
        commands = self.office.ctx.getValueByName(
            "/singletons/com.sun.star.frame.theUICommandDescription").getByName("com.sun.star.text.TextDocument")
        writer = {}
        for command in WRITER_MENUS:
            properties = {p.Name: p.Value for p in commands.getByName(command)}
            writer[command] = mnemonic(properties.get("PopupLabel") or properties.get("Label") or "")
        self.assertNotIn(top, writer.values(), "%s clashes with Writer's menus %s" % (menu.Title, writer))
        alt_letters = set()
        for shortcuts in self.shortcut_managers():
            for key in shortcuts.getAllKeyEvents():
                if key.Modifiers == MOD2 and KEY_A <= key.KeyCode < KEY_A + 26:
                    alt_letters.add(chr(ord("A") + key.KeyCode - KEY_A))
        self.assertIn("P", alt_letters)  # Alt+P: Edit Paragraph Style, what ~Proposals used to hit
        self.assertNotIn(top, alt_letters)
        entries = [menu.Submenu.getByName(n) for n in sorted(menu.Submenu.getElementNames())]
        letters = [mnemonic(e.Title) for e in entries if e.URL != "private:separator"]
        self.assertNotIn(None, letters, [e.Title for e in entries])
        self.assertEqual(len(set(letters)), len(letters), [e.Title for e in entries])

    def check_description(self, description, start):
        """The Extension Manager's description: this language's, and whole sentences, one
        paragraph a line (it shows the file's line breaks as they are)."""
        self.assertTrue(description.startswith(start), description)
        for line in description.strip().splitlines():
            self.assertTrue(line.rstrip().endswith((".", "。")), "a line breaks mid-sentence: %r" % line)

    def new_document(self):
        doc = self.show(self.office.new_writer())
        self.addCleanup(h.close, doc)
        return doc

    def command(self, doc, command):
        helper = self.office.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.office.ctx)
        frame = doc.getCurrentController().getFrame()
        return json.loads(helper.executeDispatch(frame, "vnd.itu.proposalassistant:" + command, "", 0, ()).Result)

    def window(self, title):
        found = self.until(lambda: self.top_windows(title))
        self.assertTrue(found, "no window titled %r (top windows: %s)" % (title, self.titles()))
        return found[0]

    def titles(self):
        names = []
        for i in range(self.toolkit.getTopWindowCount()):
            try:
                names.append(self.toolkit.getTopWindow(i).getAccessibleContext().getAccessibleName())
            except Exception:
                pass
        return names

    def texts(self, window):
        """Every name and text under a window (labels, the message's text, buttons)."""
        out = []
        for c in tree(window, []):
            out.append(c.getAccessibleName())
            try:
                out.append(c.getAccessibleText().getText())
            except Exception:  # not a text part
                pass
        return [t for t in out if t]

    def check_language(self, language):
        expected = EXPECTED[language]
        self.switch_to(language)
        self.assertEqual(self.ui_locale(), language, "the office did not take the UI language %s "
                         "(is libreoffice-l10n-%s installed?)" % (language, language.lower()))
        doc = self.new_document()
        frame = doc.getCurrentController().getFrame()

        # The menu and its entries.
        window = frame.getContainerWindow()
        entries = self.until(lambda: menu_entries(window, expected["menu"]))
        self.assertEqual(entries, expected["entries"])

        self.check_mnemonics()

        # The toolbar: there, hidden until the user shows it, and named in the language.
        layout = frame.LayoutManager
        self.assertFalse(layout.isElementVisible(TOOLBAR))
        self.assertEqual(self.configured(
            "/org.openoffice.Office.UI.WriterWindowState/UIElements/States", TOOLBAR, "UIName"),
            expected["toolbar"])

        # The options page's group in Tools > Options.
        self.assertEqual(self.configured(
            "/org.openoffice.Office.OptionsDialog/Nodes/org.itu.proposalassistant.options", "Label"),
            expected["options"])

        # The Extension Manager's name and description.
        manager = self.office.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        package = manager.getDeployedExtension("user", EXTENSION, "proposal-assistant.oxt", None)
        self.assertEqual(package.getDisplayName(), expected["name"])
        self.check_description(package.getDescription(), expected["description"])

        # A dialog of the extension, opened by its command: title, a label, the Cancel button.
        call = Call(self.command, doc, "ContributionSettings")
        dialog = self.window(expected["settings"])
        labels = [c.getAccessibleName() for c in find(dialog, Role.LABEL)]
        self.assertIn(expected["label"], labels)
        cancel = self.until(lambda: find(dialog, Role.PUSH_BUTTON, expected["cancel"]))
        self.assertTrue(cancel, "no %r button in %s" % (expected["cancel"], self.texts(dialog)))
        cancel[0].doAccessibleAction(0)
        self.assertEqual(call.outcome(), {"cancelled": True})

        # A message: Recognize Structure on a document without resolutions.
        call = Call(self.command, doc, "RecognizeStructure")
        box = self.window(expected["recognize"])
        self.assertTrue(self.until(lambda: expected["nothing"] in self.texts(box)), self.texts(box))
        buttons = find(box, Role.PUSH_BUTTON)
        self.assertTrue(buttons, "the message box has no button")
        buttons[0].doAccessibleAction(0)
        call.outcome()

        self.check_merge_report(doc, expected)
        self.check_missing_base(doc, expected)

    def check_missing_base(self, doc, expected):
        """A base file that is not there, before the chooser of a base resolution: the reason is
        said in the UI language, not in the engine's English."""
        helper = self.office.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.office.ctx)
        missing = os.path.join(self.dir, "no-such-base.docx")
        args = (h.prop("Contributions", uno.Any("[]string", (cases.PROPOSAL,))),
                h.prop("BaseFiles", uno.Any("[]string", (missing,))))
        call = Call(helper.executeDispatch, doc.getCurrentController().getFrame(),
                    "vnd.itu.proposalassistant:MergeProposals", "", 0, args)
        box = self.window(expected["merge"])
        self.assertTrue(self.until(lambda: any(expected["missingBase"] in t for t in self.texts(box))),
                        self.texts(box))
        find(box, Role.PUSH_BUTTON)[0].doAccessibleAction(0)
        self.assertIn("error", json.loads(call.outcome().Result))

    def check_merge_report(self, doc, expected):
        """Merge Proposals' summary, which the engine writes in English one fact per line, is
        shown line by line in the UI language."""
        contribution = os.path.join(self.dir, "ATU-35A3-mod-res11.docx")
        shutil.copy(cases.PROPOSAL, contribution)
        helper = self.office.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.office.ctx)
        args = (h.prop("Contributions", uno.Any("[]string", (contribution,))), h.prop("Number", "11"),
                h.prop("BaseFiles", uno.Any("[]string", (cases.BASE,))), h.prop("Synoptic", False),
                h.prop("Hidden", True))
        before = list(self.office._open_components())  # proxies compare equal by object
        call = Call(helper.executeDispatch, doc.getCurrentController().getFrame(),
                    "vnd.itu.proposalassistant:MergeProposals", "", 0, args)
        box = self.window(expected["merge"])
        for line in expected["report"]:
            self.assertTrue(self.until(lambda: any(line in t for t in self.texts(box))), self.texts(box))
        find(box, Role.PUSH_BUTTON)[0].doAccessibleAction(0)
        summary = json.loads(call.outcome().Result)
        self.assertEqual([s["name"] for s in summary["sources"]], ["ATU/35A3/1"])
        for c in list(self.office._open_components()):
            if not any(c == b for b in before):
                h.close(c)

    def test_shortcuts_are_writers_free_keys(self):
        """Ctrl+Alt+Shift+R, L, M, N run the common commands; no global shortcut takes them."""
        writer, global_keys = self.shortcut_managers()
        # getKeyEventsByCommand throws for a command without secondary keys (LibreOffice 7.4):
        # the keys are looked up the other way round.
        ours = {}
        for key in writer.getAllKeyEvents():
            command = writer.getCommandByKeyEvent(key)
            if command.startswith("vnd.itu.proposalassistant:"):
                ours.setdefault(command.split(":")[1], []).append(key)
        self.assertEqual(sorted(ours), sorted(SHORTCUTS))
        for command, letter in SHORTCUTS.items():
            keys = ours[command]
            self.assertEqual([(k.KeyCode, k.Modifiers) for k in keys],
                             [(KEY_A + ord(letter) - ord("A"), SHIFT | MOD1 | MOD2)], command)
            with self.assertRaises(Exception):  # NoSuchElementException: the key is free globally
                global_keys.getCommandByKeyEvent(keys[0])

    def test_english(self):
        self.switch_to("en-US")
        self.assertEqual(self.ui_locale(), "en-US")
        self.check_mnemonics()
        menu = self.configured("/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar",
                               "org.itu.proposalassistant.menu")
        self.assertEqual(menu.Title, "Propo~sals")
        manager = self.office.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
        package = manager.getDeployedExtension("user", EXTENSION, "proposal-assistant.oxt", None)
        self.assertEqual(package.getDisplayName(), "Proposal Assistant")
        description = package.getDescription()
        self.check_description(description, "Proposal Assistant helps delegates and secretariat staff")
        for command in ("Recognize Structure", "Propose Modification", "Mark Up Against Base",
                        "Renumber Proposals", "Validate"):  # it tells what every command does
            self.assertIn(command, description)

    def test_french(self):
        self.check_language("fr")
        self.check_validate_in_french()
        self.check_deck_in_french()
        self.check_options_page_in_french()

    def check_options_page_in_french(self):
        """Tools > Options > Assistant de propositions > Documents de base: the page's texts come
        from its string resources (the options dialog loads it through the ContainerWindowProvider)."""
        doc = self.new_document()
        call = Call(self.office.dispatch, doc, ".uno:OptionsTreeDialog")
        dialog = self.window("Options - ")
        group = self.until(lambda: find(dialog, Role.TREE_ITEM, "Assistant de propositions"))
        self.assertTrue(group, "no Assistant de propositions group in Tools > Options")
        group[0].selectAccessibleChild(0)
        page = self.window("Options - Assistant de propositions - Documents de base")
        labels = [c.getAccessibleName() for c in find(page, Role.LABEL)]
        self.assertIn("Fichiers de base :", labels)
        self.assertTrue(any(l.startswith("Les résolutions en vigueur (.docx, .odt ou .doc)") for l in labels), labels)
        self.assertTrue(any(l.startswith("Aucun choisi : les commandes utilisent la base d'exemple") for l in labels),
                        labels)
        buttons = [c.getAccessibleName() for c in find(page, Role.PUSH_BUTTON)]
        for name in ("Ajouter", "Supprimer", "Annuler"):  # a button's name leaves out "..."
            self.assertIn(name, buttons)
        find(page, Role.PUSH_BUTTON, "Annuler")[0].doAccessibleAction(0)
        call.outcome()

    def check_validate_in_french(self):
        """Validate on the corpus MOD with a word changed untracked: the dialog, its summary, its
        buttons and the finding are French; the finding quotes the document's English words."""
        copy = os.path.join(self.dir, "proposal-fr.docx")
        shutil.copy(cases.PROPOSAL, copy)
        doc = self.show(self.office.load(copy))
        self.addCleanup(h.close, doc)
        doc.RecordChanges = False
        cases.replace(doc, 19, "collaborating", "working")
        # The dialog (the fallback where no sidebar exists), as the deck's own test reads the deck.
        event = self.office.dispatch(doc, "vnd.itu.proposalassistant:Validate", InDialog=True)
        report = json.loads(event.Result)
        self.assertRegex(report["summary"], r"^1 erreur, \d+ avertissements?, \d+ remarques? dans 1 proposition\.\n"
                                            r"Vérifié par rapport à res11-hammamet-2016\.docx \(l'exemple fourni")
        dialog = self.window("Valider")
        buttons = [c.getAccessibleName() for c in find(dialog, Role.PUSH_BUTTON)]
        for name in ("Vérifier à nouveau", "Corriger", "Ignorer la règle", "Fermer"):
            self.assertIn(name, buttons)
        self.assertIn("Assemblée de la révision :", [c.getAccessibleName() for c in find(dialog, Role.LABEL)])
        rows = [c.getAccessibleName() for c in find(dialog, Role.LIST_ITEM)]
        self.assertEqual([r for r in rows if r.startswith("MOD ")], ["MOD ATU/35A3/1 (%d constats)" % len(report["diagnostics"])])
        finding = [r for r in rows if r.startswith("    erreur : ")]
        self.assertEqual(len(finding), 1, rows)
        self.assertIn("le texte porte « working » là où la base porte « collaborating », et cette "
                      "modification n'est pas suivie [untracked-change]", finding[0])
        find(dialog, Role.PUSH_BUTTON, "Fermer")[0].doAccessibleAction(0)
        self.until(lambda: not self.top_windows("Valider"))

    def check_deck_in_french(self):
        """The Proposals deck: its tree's headings, counts and findings, its buttons, and the
        undo step of a fix are French."""
        copy = os.path.join(self.dir, "proposal-fr-deck.docx")
        shutil.copy(cases.PROPOSAL, copy)
        doc = self.show(self.office.load(copy))
        self.addCleanup(h.close, doc)
        doc.RecordChanges = False
        frame = doc.getCurrentController().getFrame()
        frame.activate()
        frame.getComponentWindow().setFocus()
        sidebar = doc.getCurrentController().getSidebar()
        sidebar.setVisible(True)
        self.assertTrue(self.until(lambda: sidebar.getDecks().hasByName("ProposalAssistantDeck")))
        validate = "vnd.itu.proposalassistant:Validate"
        report = json.loads(self.office.dispatch(doc, validate).Result)

        def panel():
            parts = walk(frame.getContainerWindow().getAccessibleContext(), [])
            trees = [p for p in parts if p.getAccessibleRole() == TREE and p.getAccessibleStateSet().contains(SHOWING)]
            return walk(trees[0].getAccessibleParent().getAccessibleContext(), []) if trees else None

        def names(role):
            parts = panel() or []
            return [p.getAccessibleName() for p in parts if role is None or p.getAccessibleRole() == role]
        entries = self.until(lambda: [n for n in names(None) if n.startswith("MOD ")])
        self.assertTrue(entries, names(None))
        self.assertRegex(entries[0], r"^MOD ATU/35A3/1 : \d+ erreurs?, \d+ avertissements?, \d+ remarques?$")
        findings = set(n for n in names(None) if n.startswith(("erreur : ", "avertissement : ", "remarque : ")))
        self.assertEqual(len(findings), len(set(f["message"] for f in report["diagnostics"])), names(None))
        buttons = names(Role.PUSH_BUTTON)
        for name in ("Corriger", "Corriger toute cette règle", "Ignorer la règle", "Vérifier à nouveau"):
            self.assertIn(name, buttons)
        # A style finding fixed from the deck: its undo step is named in French.
        index = next(i for i, f in enumerate(report["diagnostics"]) if f["rule"] == "style")
        self.office.dispatch(doc, validate, Finding=index)
        undo = doc.getUndoManager()
        steps = len(undo.getAllUndoActionTitles())
        button = next(p for p in panel() if p.getAccessibleRole() == Role.PUSH_BUTTON and
                      p.getAccessibleName() == "Corriger")
        button.doAccessibleAction(0)
        self.assertTrue(self.until(lambda: len(undo.getAllUndoActionTitles()) > steps))
        self.assertTrue(undo.getAllUndoActionTitles()[0].startswith("Appliquer le style de paragraphe « "),
                        undo.getAllUndoActionTitles()[0])

    def test_russian(self):
        self.check_language("ru")

    def test_arabic(self):
        self.check_language("ar")

    def test_chinese(self):
        self.check_language("zh-CN")


if __name__ == "__main__":
    unittest.main()
