# What the Extension Manager shows of the package: its description names what the extension
# does, in whole sentences (the Extension Manager keeps the file's line breaks).
import unittest
import zipfile

import pa_harness as h


class PackageTest(unittest.TestCase):
    def description(self):
        with zipfile.ZipFile(h.OXT) as oxt:
            return oxt.read("description/description-en.txt").decode("utf-8")

    def test_description_names_the_commands_in_whole_lines(self):
        text = self.description()
        for named in ("Recognize Structure", "Propose Modification", "Mark Up Against Base",
                      "Validate", "sidebar"):
            self.assertIn(named, text)
        for line in text.strip().split("\n"):
            self.assertTrue(line.endswith("."), "a line broken mid-sentence: %r" % line)


if __name__ == "__main__":
    unittest.main(verbosity=2)
