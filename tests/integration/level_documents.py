# Writes .docx files as Word writes them (raw OOXML, ITU style ids, right-to-left Arabic
# paragraphs with <w:bidi/>) for the tests of item levels, sections and clauses in several
# languages (issue 15). Each document is a list of (style id, text); "\t" is a tab.
import zipfile
from xml.sax.saxutils import escape

STYLES = {  # id: (name, based on Normal)
    "Normal": "Normal", "ResNo": "Res_No", "Restitle": "Res_title", "Normalaftertitle": "Normal_after_title",
    "Call": "Call", "enumlev1": "enumlev1", "enumlev2": "enumlev2", "Heading1": "heading 1",
    "AnnexNo": "Annex_No", "Annextitle": "Annex_title", "Reasons": "Reasons", "Proposal": "Proposal",
}

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def styles_xml():
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s>' % W]
    for sid, name in STYLES.items():
        default = ' w:default="1"' if sid == "Normal" else ""
        based = "" if sid == "Normal" else '<w:basedOn w:val="Normal"/>'
        out.append('<w:style w:type="paragraph"%s w:styleId="%s"><w:name w:val="%s"/>%s</w:style>'
                   % (default, sid, name, based))
    out.append("</w:styles>")
    return "".join(out)


def run_xml(text):
    parts = text.split("\t")
    runs = []
    for i, part in enumerate(parts):
        if i:
            runs.append("<w:tab/>")
        if part:
            runs.append('<w:t xml:space="preserve">%s</w:t>' % escape(part))
    return "<w:r>%s</w:r>" % "".join(runs)


def write_docx(path, paragraphs, rtl=False):
    body = []
    for style, text in paragraphs:
        props = '<w:pStyle w:val="%s"/>' % style + ("<w:bidi/>" if rtl else "")
        body.append("<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (props, run_xml(text)))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
                '<w:sectPr/></w:body></w:document>' % (W, "".join(body)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles_xml())


HEAD = [("ResNo", "RESOLUTION 22 (Rev. Hammamet, 2016)"), ("Restitle", "A subject"),
        ("Normalaftertitle", "The World Telecommunication Standardization Assembly (Hammamet, 2016),")]

# (style, text, expected role, expected level or None)
SUBITEMS = HEAD + [
    ("Call", "considering"),
    ("Normal", "a)\tthat one thing matters;"),
    ("Normal", "b)\tthat the following apply:"),
    ("enumlev1", "i)\tthe first rule;"),
    ("enumlev1", "ii)\tthe second rule;"),
    ("enumlev1", "iii)\tthe third rule,"),
    ("Call", "resolves"),
    ("Normal", "1\tto assign to TSAG the following matters:"),
    ("enumlev1", "i)\tworking methods;"),
    ("enumlev1", "ii)\tthe programme;"),
    ("Normal", "2\tto report on:"),
    ("enumlev1", "\u2013\tits work, namely:"),
    ("enumlev2", "\u2022\tthe studies;"),
    ("enumlev2", "\u2022\tthe meetings;"),
    ("enumlev1", "\u2013\tits budget;"),
    ("Normal", "3\tto review this resolution."),
]
SUBITEMS_ROLES = ["resolution-number", "resolution-title", "preamble", "call", "lettered-item", "lettered-item",
                  "bullet-item", "bullet-item", "bullet-item", "call", "numbered-item", "bullet-item", "bullet-item",
                  "numbered-item", "bullet-item", "bullet-item", "bullet-item", "bullet-item", "numbered-item"]
SUBITEMS_LEVELS = {4: 0, 6: 1, 8: 1, 10: 0, 11: 1, 14: 1, 15: 2, 17: 1, 18: 0}

RULES = [("ResNo", "RESOLUTION 1 (Rev. Hammamet, 2016)"), ("Restitle", "Rules of procedure"),
         ("Normalaftertitle", "The World Telecommunication Standardization Assembly (Hammamet, 2016),"),
         ("Call", "considering"),
         ("Normal", "that rules are needed,"),
         ("Call", "resolves"),
         ("Normal", "that the rules of procedure are as follows:"),
         ("Heading1", "SECTION 1 \u2013 General"),
         ("Normal", "1.1\tThe assembly meets every four years."),
         ("Normal", "1.2\tIt may:"),
         ("Normal", "a)\tadopt Recommendations;"),
         ("Normal", "b)\tset up groups."),
         ("Normal", "1.2.1\tA group reports to the assembly."),
         ("Heading1", "SECTION 2 \u2013 Study groups"),
         ("Normal", "2.1\tStudy groups study Questions."),
         ("Normal", "2.2\tThey meet as needed."),
         ("AnnexNo", "ANNEX"),
         ("Annextitle", "Terms of reference"),
         ("Heading1", "SECTION 1 \u2013 Scope"),
         ("Normal", "1.1\tThe scope."),
         ("Normal", "1.2\tThe limits.")]
RULES_ROLES = ["resolution-number", "resolution-title", "preamble", "call", "body", "call", "body"] + \
              ["body"] * 9 + ["annex-heading", "annex-title", "body", "body", "body"]

ARABIC = [("ResNo", "القرار 11"), ("Restitle", "تعاون"),
          ("Call", "إذ تضع في اعتبارها"),
          ("Normal", "أ)\tأن التعاون مفيد؛"),
          ("Normal", "ب)\tأن العمل ينمو؛"),
          ("Normal", "ج)\tأن التنسيق لازم،"),
          ("Call", "تقرر"),
          ("Normal", "١\tأن تستمر؛"),
          ("Normal", "٢\tأن تبلغ.")]
ARABIC_ROLES = ["resolution-number", "resolution-title", "call", "lettered-item", "lettered-item", "lettered-item",
                "call", "numbered-item", "numbered-item"]

CHINESE = [("ResNo", "第11号决议"), ("Restitle", "合作"),
           ("Call", "考虑到"),
           ("Normal", "a)\t合作很重要；"),
           ("Normal", "b)\t工作增加，"),
           ("Call", "做出决议"),
           ("Normal", "1\t继续合作："),
           ("enumlev1", "\u2022\t研究；"),
           ("Normal", "2\t报告。")]
CHINESE_ROLES = ["resolution-number", "resolution-title", "call", "lettered-item", "lettered-item", "call",
                 "numbered-item", "bullet-item", "numbered-item"]


def with_line(paragraphs, index, style, text):
    out = list(paragraphs)
    out[index] = (style, text)
    return out


# name: (paragraphs, rtl, rule of the one seeded finding, its paragraph)
SEEDED = {
    "skipped-roman": (with_line(with_line(SUBITEMS, 7, "enumlev1", "iii)\tthe second rule;"), 8, "enumlev1",
                                "iv)\tthe third rule,"), False, "item-sequence", 7),
    "clause-skip": (with_line(RULES, 9, "Normal", "1.3\tIt may:"), False, "item-sequence", 9),
    "sub-item-ending": (with_line(SUBITEMS, 12, "enumlev1", "ii)\tthe programme."), False, "punctuation", 12),
    "arabic-letter-skipped": (ARABIC[:4] + ARABIC[5:], True, "item-sequence", 4),
}
GOOD = {"subitems": (SUBITEMS, False, SUBITEMS_ROLES), "rules": (RULES, False, RULES_ROLES),
        "arabic": (ARABIC, True, ARABIC_ROLES), "chinese": (CHINESE, False, CHINESE_ROLES)}
