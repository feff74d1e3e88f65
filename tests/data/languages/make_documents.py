#!/usr/bin/env python3
"""Writes the six-language test documents of issue 9 as Microsoft Word writes them.

For each ITU language (en fr es ru ar zh) a base text of Resolution 11 (Rev. Hammamet, 2016) and
contributions made from it: a clean MOD with tracked changes, three copies each seeded with one
defect, an ADD of a draft new resolution, a SUP, a NOC, and the resolution edited without tracking
(for Mark Up Against Base). Beside every NAME.docx: NAME.labels.json (the role and style of every
body paragraph, in order, as tests/data/corpus has them), and manifest.json (what each document is
and what `check` must find in it).

Plain Python 3, no third-party packages:  python3 make_documents.py [OUTPUT_DIR]
(default: the folder of this script). The output is deterministic: test_languages.py regenerates
it and compares it with the committed files.

How the files follow Word:
- word/document.xml: tracked changes as w:ins / w:del with w:id, w:author, w:date; deleted text in
  w:delText; a paragraph mark typed as a tracked change carries w:ins in the paragraph's w:pPr/w:rPr; tabs <w:tab/>,
  manual line breaks <w:br/> (cover "Addendum 3 to / Document 35-E", the two-line titles, and in
  mod-title-history-joined between the title and the history line).
- Paragraphs in Normal carry no w:pStyle (Word omits the default style).
- word/styles.xml: the ITU styles with Word's ids (ResNo, Restitle, Resref, Normalaftertitle, Call,
  Reasons, Proposal, enumlev1, AnnexNo, Annextitle) and their display names (Res_No, Res_title,
  ...). Word keeps w:name of a built-in style in English ("Normal") and localizes w:styleId: the
  localized name with everything but ASCII letters and digits dropped, and "a", "a0", "a1", ...
  when nothing is left. So: "Normal" in English, French and Spanish Word ("Normal" is the name in
  all three), but "a" in Russian, Arabic and Chinese Word (Обычный, عادي, 正文); German Word's
  "Standard" is the same rule. Default Paragraph Font, Normal Table and No List follow the rule too.
- Arabic: <w:bidi/> in every paragraph, in Normal and in the section; <w:rtl/> in runs of Arabic
  text; w:lang w:bidi="ar-SA". Chinese: full-width punctuation, <w:rFonts w:hint="eastAsia"/>,
  w:lang w:eastAsia="zh-CN". Every run carries the language of the document in w:lang.

Text markup used below: {-deleted-} and {+inserted+} are tracked changes; a paragraph whose text
starts with "+" is inserted whole (written as Word does: its text inserted, and the paragraph mark
of the paragraph before it); "\t" is a tab, "\n" a manual line break.
"""
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

AUTHOR = "Amina Diallo"
DATE = "2024-09-02T10:15:00Z"
ASSEMBLY_EN = "New Delhi, 2024"

# Role of each paragraph kind; "style" is the w:styleId it is written with (None: Normal).
ROLES = {
    "cover": ("other", None),
    "proposal": ("proposal-header", "Proposal"),
    "number": ("resolution-number", "ResNo"),
    "title": ("resolution-title", "Restitle"),
    "history": ("resolution-history", "Resref"),
    "preamble": ("preamble", "Normalaftertitle"),
    "call": ("call", "Call"),
    "lettered": ("lettered-item", None),
    "numbered": ("numbered-item", None),
    "body": ("body", None),
    "reasons": ("reasons", "Reasons"),
}

# ---- the texts --------------------------------------------------------------------------------
# Per language: the Word settings, the cover, Resolution 11 as a MOD (reject all = the base,
# accept all = the proposed text), and the edits that seed defects.
#   untracked: (paragraph key, old, new): an untracked word change in the original view;
#   mismatch: (paragraph key, deleted word as the base has it, as another version had it);
#   relabel: (paragraph key, label, wrong label): a tracked relettering that breaks the sequence.

LANGUAGES = {}

LANGUAGES["en"] = {
    "lang": {"val": "en-GB", "eastAsia": "zh-CN", "bidi": "ar-SA"},
    "ids": {"normal": "Normal", "font": "DefaultParagraphFont", "table": "TableNormal", "list": "NoList"},
    "cover": [
        "WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY (WTSA-24)\nNew Delhi, 15-24 October 2024",
        "Addendum 3 to\nDocument 35-E",
        "Original: English",
        "African Telecommunications Union Administrations",
    ],
    "resolution": [
        ("number", "number", "RESOLUTION 11 (Rev. {-Hammamet, 2016-}{+New Delhi, 2024+})"),
        ("title", "title", "Collaboration with the Postal Operations Council of the Universal Postal Union\n"
                           "in the study of services concerning both the postal and the telecommunication sectors"),
        ("history", "history", "(Malaga-Torremolinos, 1984; Helsinki, 1993; Geneva, 1996; Montreal, 2000; "
                               "Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012; Hammamet, 2016"
                               "{+; New Delhi, 2024+})"),
        ("preamble", "preamble", "The World Telecommunication Standardization Assembly "
                                 "({-Hammamet, 2016-}{+New Delhi, 2024+}),"),
        ("considering", "call", "considering"),
        ("considering-a", "lettered", "a)\tthat within the United Nations system, both the Universal Postal Union "
                                      "(UPU) and ITU are specialized agencies responsible for the postal and the "
                                      "telecommunication sectors respectively;"),
        ("considering-b", "lettered", "b)\tthat postal and telecommunication administrations share the aim of "
                                      "offering their users efficient services at the lowest cost;"),
        ("considering-c", "lettered", "c)\tthe {-usefulness-}{+importance+} of examining jointly the implications "
                                      "of new services for both sectors,"),
        ("recognizing", "call", "recognizing"),
        ("recognizing-a", "lettered", "a)\tthe cooperation that has existed between the two organizations since 1984;"),
        ("recognizing-b", "lettered", "b)\tthat the changes in postal and telecommunication services call for "
                                      "closer cooperation between them,"),
        ("resolves", "call", "resolves"),
        ("resolves-1", "numbered", "1\tthat the relevant study groups of the ITU Telecommunication Standardization "
                                   "Sector (ITU\u2011T) shall continue to collaborate with the Postal Operations "
                                   "Council (POC) of UPU on matters of common interest;"),
        ("resolves-2", "numbered", "2\tthat this collaboration shall cover new services that use both postal and "
                                   "telecommunication networks{-,-}{+;+}"),
        ("resolves-3", "numbered", "+3\tthat the results of this collaboration shall be made available to the "
                                   "membership of both organizations,"),
        ("instructs", "call", "instructs the Director of the Telecommunication Standardization Bureau"),
        ("instructs-1", "numbered", "1\tto encourage and assist this collaboration between ITU\u2011T and UPU;"),
        ("instructs-2", "numbered", "2\tto consult with UPU on the establishment of a joint group of experts, "
                                    "if needed;"),
        ("instructs-3", "numbered", "3\tto report to the next world telecommunication standardization assembly "
                                    "on the progress made."),
    ],
    "mod_reasons": "Reasons:\tTo extend the collaboration with UPU to new services.",
    "untracked": ("recognizing-a", "the cooperation", "the collaboration"),
    "mismatch": ("considering-c", "usefulness", "value"),
    "relabel": ("recognizing-b", "b)", "c)"),
    "add": [
        ("number", "DRAFT NEW RESOLUTION [ATU-1]"),
        ("title", "Strengthening cooperation between ITU\u2011T study groups and regional telecommunication "
                  "organizations"),
        ("history", "(New Delhi, 2024)"),
        ("preamble", "The World Telecommunication Standardization Assembly (New Delhi, 2024),"),
        ("call", "considering"),
        ("lettered", "a)\tthat regional telecommunication organizations contribute to the work of ITU\u2011T "
                     "study groups;"),
        ("lettered", "b)\tthat closer cooperation would help developing countries to take part in "
                     "standardization,"),
        ("call", "resolves"),
        ("body", "that ITU\u2011T study groups shall invite regional telecommunication organizations to "
                 "their meetings."),
        ("reasons", "Reasons:\tTo strengthen regional participation in the work of ITU\u2011T."),
    ],
    "sup_reasons": "Reasons:\tThe collaboration is now covered by the agreement between ITU and UPU.",
    "noc_reasons": "Reasons:\tThe resolution remains valid.",
}

LANGUAGES["fr"] = {
    "lang": {"val": "fr-FR", "eastAsia": "zh-CN", "bidi": "ar-SA"},
    "ids": {"normal": "Normal", "font": "Policepardfaut", "table": "TableauNormal", "list": "Aucuneliste"},
    "cover": [
        "ASSEMBLÉE MONDIALE DE NORMALISATION DES TÉLÉCOMMUNICATIONS (AMNT-24)\nNew Delhi, 15-24 octobre 2024",
        "Addendum 3 au\nDocument 35-F",
        "Original: anglais",
        "Administrations de l'Union africaine des télécommunications",
    ],
    "resolution": [
        ("number", "number", "RÉSOLUTION 11 (Rév. {-Hammamet, 2016-}{+New Delhi, 2024+})"),
        ("title", "title", "Collaboration avec le Conseil d'exploitation postale de l'Union postale universelle\n"
                           "pour l'étude des services intéressant à la fois le secteur postal et le secteur "
                           "des télécommunications"),
        ("history", "history", "(Malaga-Torremolinos, 1984; Helsinki, 1993; Genève, 1996; Montréal, 2000; "
                               "Florianópolis, 2004; Johannesburg, 2008; Dubaï, 2012; Hammamet, 2016"
                               "{+; New Delhi, 2024+})"),
        ("preamble", "preamble", "L'Assemblée mondiale de normalisation des télécommunications "
                                 "({-Hammamet, 2016-}{+New Delhi, 2024+}),"),
        ("considering", "call", "considérant"),
        ("considering-a", "lettered", "a)\tque, dans le système des Nations Unies, l'Union postale universelle "
                                      "(UPU) et l'UIT sont des institutions spécialisées chargées respectivement "
                                      "du secteur postal et du secteur des télécommunications;"),
        ("considering-b", "lettered", "b)\tque les administrations postales et de télécommunication ont pour "
                                      "objectif commun d'offrir à leurs usagers des services efficaces au "
                                      "moindre coût;"),
        ("considering-c", "lettered", "c)\tl'{-utilité-}{+importance+} d'examiner conjointement les incidences "
                                      "des nouveaux services sur les deux secteurs,"),
        ("recognizing", "call", "reconnaissant"),
        ("recognizing-a", "lettered", "a)\tla coopération qui existe entre les deux organisations depuis 1984;"),
        ("recognizing-b", "lettered", "b)\tque l'évolution des services postaux et de télécommunication appelle "
                                      "une coopération plus étroite entre elles,"),
        ("resolves", "call", "décide"),
        ("resolves-1", "numbered", "1\tque les commissions d'études compétentes du Secteur de la normalisation "
                                   "des télécommunications de l'UIT (UIT\u2011T) continuent de collaborer avec le "
                                   "Conseil d'exploitation postale (CEP) de l'UPU sur les questions d'intérêt "
                                   "commun;"),
        ("resolves-2", "numbered", "2\tque cette collaboration porte sur les nouveaux services qui utilisent à la "
                                   "fois les réseaux postaux et les réseaux de télécommunication{-,-}{+;+}"),
        ("resolves-3", "numbered", "+3\tque les résultats de cette collaboration soient mis à la disposition des "
                                   "membres des deux organisations,"),
        ("instructs", "call", "charge le Directeur du Bureau de la normalisation des télécommunications"),
        ("instructs-1", "numbered", "1\td'encourager et de faciliter cette collaboration entre l'UIT\u2011T et "
                                    "l'UPU;"),
        ("instructs-2", "numbered", "2\tde consulter l'UPU sur la création, si nécessaire, d'un groupe mixte "
                                    "d'experts;"),
        ("instructs-3", "numbered", "3\tde faire rapport à la prochaine assemblée mondiale de normalisation des "
                                    "télécommunications sur les progrès accomplis."),
    ],
    "mod_reasons": "Motifs:\tÉtendre la collaboration avec l'UPU aux nouveaux services.",
    "untracked": ("recognizing-a", "la coopération", "la collaboration"),
    "mismatch": ("considering-c", "utilité", "intérêt"),
    "relabel": ("recognizing-b", "b)", "c)"),
    "add": [
        ("number", "PROJET DE NOUVELLE RÉSOLUTION [ATU-1]"),
        ("title", "Renforcement de la coopération entre les commissions d'études de l'UIT\u2011T et les "
                  "organisations régionales de télécommunication"),
        ("history", "(New Delhi, 2024)"),
        ("preamble", "L'Assemblée mondiale de normalisation des télécommunications (New Delhi, 2024),"),
        ("call", "considérant"),
        ("lettered", "a)\tque les organisations régionales de télécommunication contribuent aux travaux des "
                     "commissions d'études de l'UIT\u2011T;"),
        ("lettered", "b)\tqu'une coopération plus étroite aiderait les pays en développement à participer à la "
                     "normalisation,"),
        ("call", "décide"),
        ("body", "que les commissions d'études de l'UIT\u2011T invitent les organisations régionales de "
                 "télécommunication à leurs réunions."),
        ("reasons", "Motifs:\tRenforcer la participation régionale aux travaux de l'UIT\u2011T."),
    ],
    "sup_reasons": "Motifs:\tLa collaboration relève désormais de l'accord entre l'UIT et l'UPU.",
    "noc_reasons": "Motifs:\tLa résolution reste valable.",
}

LANGUAGES["es"] = {
    "lang": {"val": "es-ES", "eastAsia": "zh-CN", "bidi": "ar-SA"},
    "ids": {"normal": "Normal", "font": "Fuentedeprrafopredeter", "table": "Tablanormal", "list": "Sinlista"},
    "cover": [
        "ASAMBLEA MUNDIAL DE NORMALIZACIÓN DE LAS TELECOMUNICACIONES (AMNT-24)\n"
        "Nueva Delhi, 15-24 de octubre de 2024",
        "Addéndum 3 al\nDocumento 35-S",
        "Original: inglés",
        "Administraciones de la Unión Africana de Telecomunicaciones",
    ],
    "resolution": [
        ("number", "number", "RESOLUCIÓN 11 (Rev. {-Hammamet, 2016-}{+Nueva Delhi, 2024+})"),
        ("title", "title", "Colaboración con el Consejo de Explotación Postal de la Unión Postal Universal\n"
                           "en el estudio de los servicios que interesan tanto al sector postal como al de "
                           "las telecomunicaciones"),
        ("history", "history", "(Málaga-Torremolinos, 1984; Helsinki, 1993; Ginebra, 1996; Montreal, 2000; "
                               "Florianópolis, 2004; Johannesburgo, 2008; Dubái, 2012; Hammamet, 2016"
                               "{+; Nueva Delhi, 2024+})"),
        ("preamble", "preamble", "La Asamblea Mundial de Normalización de las Telecomunicaciones "
                                 "({-Hammamet, 2016-}{+Nueva Delhi, 2024+}),"),
        ("considering", "call", "considerando"),
        ("considering-a", "lettered", "a)\tque, en el sistema de las Naciones Unidas, la Unión Postal Universal "
                                      "(UPU) y la UIT son organismos especializados encargados, respectivamente, "
                                      "del sector postal y del sector de las telecomunicaciones;"),
        ("considering-b", "lettered", "b)\tque las administraciones postales y de telecomunicaciones comparten el "
                                      "objetivo de ofrecer a sus usuarios servicios eficaces al menor coste;"),
        ("considering-c", "lettered", "c)\tla {-utilidad-}{+importancia+} de examinar conjuntamente las "
                                      "repercusiones de los nuevos servicios en ambos sectores,"),
        ("recognizing", "call", "reconociendo"),
        ("recognizing-a", "lettered", "a)\tla cooperación que existe entre ambas organizaciones desde 1984;"),
        ("recognizing-b", "lettered", "b)\tque la evolución de los servicios postales y de telecomunicaciones "
                                      "exige una cooperación más estrecha entre ellas,"),
        ("resolves", "call", "resuelve"),
        ("resolves-1", "numbered", "1\tque las comisiones de estudio competentes del Sector de Normalización de "
                                   "las Telecomunicaciones de la UIT (UIT\u2011T) sigan colaborando con el Consejo "
                                   "de Explotación Postal (CEP) de la UPU en asuntos de interés común;"),
        ("resolves-2", "numbered", "2\tque esta colaboración abarque los nuevos servicios que utilizan tanto las "
                                   "redes postales como las de telecomunicaciones{-,-}{+;+}"),
        ("resolves-3", "numbered", "+3\tque los resultados de esta colaboración se pongan a disposición de los "
                                   "miembros de ambas organizaciones,"),
        ("instructs", "call", "encarga al Director de la Oficina de Normalización de las Telecomunicaciones"),
        ("instructs-1", "numbered", "1\tque fomente y facilite esta colaboración entre el UIT\u2011T y la UPU;"),
        ("instructs-2", "numbered", "2\tque consulte a la UPU sobre la creación, si fuera necesario, de un grupo "
                                    "mixto de expertos;"),
        ("instructs-3", "numbered", "3\tque informe a la próxima Asamblea Mundial de Normalización de las "
                                    "Telecomunicaciones sobre los progresos realizados."),
    ],
    "mod_reasons": "Motivos:\tAmpliar la colaboración con la UPU a los nuevos servicios.",
    "untracked": ("recognizing-a", "la cooperación", "la colaboración"),
    "mismatch": ("considering-c", "utilidad", "conveniencia"),
    "relabel": ("recognizing-b", "b)", "c)"),
    "add": [
        ("number", "PROYECTO DE NUEVA RESOLUCIÓN [ATU-1]"),
        ("title", "Fortalecimiento de la cooperación entre las comisiones de estudio del UIT\u2011T y las "
                  "organizaciones regionales de telecomunicaciones"),
        ("history", "(Nueva Delhi, 2024)"),
        ("preamble", "La Asamblea Mundial de Normalización de las Telecomunicaciones (Nueva Delhi, 2024),"),
        ("call", "considerando"),
        ("lettered", "a)\tque las organizaciones regionales de telecomunicaciones contribuyen a los trabajos de "
                     "las comisiones de estudio del UIT\u2011T;"),
        ("lettered", "b)\tque una cooperación más estrecha ayudaría a los países en desarrollo a participar en "
                     "la normalización,"),
        ("call", "resuelve"),
        ("body", "que las comisiones de estudio del UIT\u2011T inviten a las organizaciones regionales de "
                 "telecomunicaciones a sus reuniones."),
        ("reasons", "Motivos:\tFortalecer la participación regional en los trabajos del UIT\u2011T."),
    ],
    "sup_reasons": "Motivos:\tLa colaboración se rige ahora por el acuerdo entre la UIT y la UPU.",
    "noc_reasons": "Motivos:\tLa resolución sigue siendo válida.",
}

LANGUAGES["ru"] = {
    "lang": {"val": "ru-RU", "eastAsia": "zh-CN", "bidi": "ar-SA"},
    "ids": {"normal": "a", "font": "a0", "table": "a1", "list": "a2"},
    "cover": [
        "ВСЕМИРНАЯ АССАМБЛЕЯ ПО СТАНДАРТИЗАЦИИ ЭЛЕКТРОСВЯЗИ (ВАСЭ-24)\nНью-Дели, 15–24 октября 2024 года",
        "Дополнительный документ 3\nк Документу 35-R",
        "Оригинал: английский",
        "Администрации Африканского союза электросвязи",
    ],
    "resolution": [
        ("number", "number", "РЕЗОЛЮЦИЯ 11 (Пересм. {-Хаммамет, 2016 г.-}{+Нью-Дели, 2024 г.+})"),
        ("title", "title", "Сотрудничество с Советом почтовой эксплуатации Всемирного почтового союза\n"
                           "в изучении услуг, касающихся как почтового сектора, так и сектора электросвязи"),
        ("history", "history", "(Малага-Торремолинос, 1984 г.; Хельсинки, 1993 г.; Женева, 1996 г.; "
                               "Монреаль, 2000 г.; Флорианополис, 2004 г.; Йоханнесбург, 2008 г.; Дубай, 2012 г.; "
                               "Хаммамет, 2016 г.{+; Нью-Дели, 2024 г.+})"),
        ("preamble", "preamble", "Всемирная ассамблея по стандартизации электросвязи "
                                 "({-Хаммамет, 2016 г.-}{+Нью-Дели, 2024 г.+}),"),
        ("considering", "call", "учитывая"),
        ("considering-a", "lettered", "a)\tчто в системе Организации Объединенных Наций Всемирный почтовый союз "
                                      "(ВПС) и МСЭ являются специализированными учреждениями, отвечающими "
                                      "соответственно за почтовый сектор и сектор электросвязи;"),
        ("considering-b", "lettered", "b)\tчто почтовые администрации и администрации электросвязи имеют общую "
                                      "цель – предоставлять своим пользователям эффективные услуги при "
                                      "наименьших затратах;"),
        ("considering-c", "lettered", "c)\t{-полезность-}{+важность+} совместного изучения последствий новых "
                                      "услуг для обоих секторов,"),
        ("recognizing", "call", "признавая"),
        ("recognizing-a", "lettered", "a)\tсотрудничество, существующее между двумя организациями с 1984 года;"),
        ("recognizing-b", "lettered", "b)\tчто изменения в почтовых услугах и услугах электросвязи требуют более "
                                      "тесного сотрудничества между ними,"),
        ("resolves", "call", "решает"),
        ("resolves-1", "numbered", "1\tчто соответствующим исследовательским комиссиям Сектора стандартизации "
                                   "электросвязи МСЭ (МСЭ\u2011Т) следует продолжать сотрудничество с Советом "
                                   "почтовой эксплуатации (СПЭ) ВПС по вопросам, представляющим общий интерес;"),
        ("resolves-2", "numbered", "2\tчто это сотрудничество должно охватывать новые услуги, использующие как "
                                   "почтовые сети, так и сети электросвязи{-,-}{+;+}"),
        ("resolves-3", "numbered", "+3\tчто результаты этого сотрудничества должны предоставляться членам обеих "
                                   "организаций,"),
        ("instructs", "call", "поручает Директору Бюро стандартизации электросвязи"),
        ("instructs-1", "numbered", "1\tсодействовать этому сотрудничеству между МСЭ\u2011Т и ВПС и оказывать ему "
                                    "помощь;"),
        ("instructs-2", "numbered", "2\tпроводить консультации с ВПС о создании, в случае необходимости, "
                                    "совместной группы экспертов;"),
        ("instructs-3", "numbered", "3\tпредставить следующей Всемирной ассамблее по стандартизации электросвязи "
                                    "отчет о достигнутом прогрессе."),
    ],
    "mod_reasons": "Основания:\tРасширить сотрудничество с ВПС на новые услуги.",
    "untracked": ("recognizing-a", "сотрудничество,", "взаимодействие,"),
    "mismatch": ("considering-c", "полезность", "целесообразность"),
    "relabel": ("recognizing-b", "b)", "c)"),
    "add": [
        ("number", "ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [ATU-1]"),
        ("title", "Укрепление сотрудничества между исследовательскими комиссиями МСЭ\u2011Т и региональными "
                  "организациями электросвязи"),
        ("history", "(Нью-Дели, 2024 г.)"),
        ("preamble", "Всемирная ассамблея по стандартизации электросвязи (Нью-Дели, 2024 г.),"),
        ("call", "учитывая"),
        ("lettered", "a)\tчто региональные организации электросвязи вносят вклад в работу исследовательских "
                     "комиссий МСЭ\u2011Т;"),
        ("lettered", "b)\tчто более тесное сотрудничество помогло бы развивающимся странам участвовать в "
                     "стандартизации,"),
        ("call", "решает"),
        ("body", "что исследовательским комиссиям МСЭ\u2011Т следует приглашать региональные организации "
                 "электросвязи на свои собрания."),
        ("reasons", "Основания:\tУкрепить региональное участие в работе МСЭ\u2011Т."),
    ],
    "sup_reasons": "Основания:\tСотрудничество теперь регулируется соглашением между МСЭ и ВПС.",
    "noc_reasons": "Основания:\tРезолюция остается в силе.",
}

LANGUAGES["ar"] = {
    "lang": {"val": "en-GB", "eastAsia": "zh-CN", "bidi": "ar-SA"},
    "ids": {"normal": "a", "font": "a0", "table": "a1", "list": "a2"},
    "rtl": True,
    "cover": [
        "الجمعية العالمية لتقييس الاتصالات (WTSA-24)\nنيودلهي، 15-24 أكتوبر 2024",
        "الإضافة 3\nللوثيقة 35",
        "الأصل: بالإنكليزية",
        "إدارات الاتحاد الإفريقي للاتصالات",
    ],
    "resolution": [
        ("number", "number", "القرار 11 (المراجَع في {-الحمامات، 2016-}{+نيودلهي، 2024+})"),
        ("title", "title", "التعاون مع مجلس الاستثمار البريدي التابع للاتحاد البريدي العالمي\n"
                           "في دراسة الخدمات التي تهم قطاعي البريد والاتصالات على السواء"),
        ("history", "history", "(مالقة-طوريمولينوس، 1984؛ هلسنكي، 1993؛ جنيف، 1996؛ مونتريال، 2000؛ "
                               "فلوريانوبوليس، 2004؛ جوهانسبرغ، 2008؛ دبي، 2012؛ الحمامات، 2016"
                               "{+؛ نيودلهي، 2024+})"),
        ("preamble", "preamble", "إن الجمعية العالمية لتقييس الاتصالات ({-الحمامات، 2016-}{+نيودلهي، 2024+})،"),
        ("considering", "call", "إذ تضع في اعتبارها"),
        ("considering-a", "lettered", "أ)\tأن الاتحاد البريدي العالمي والاتحاد الدولي للاتصالات وكالتان "
                                      "متخصصتان في منظومة الأمم المتحدة مسؤولتان عن قطاع البريد وقطاع الاتصالات "
                                      "على التوالي؛"),
        ("considering-b", "lettered", "ب)\tأن إدارات البريد وإدارات الاتصالات تشترك في هدف تقديم خدمات فعّالة "
                                      "لمستعمليها بأقل تكلفة؛"),
        ("considering-c", "lettered", "ج)\t{-فائدة-}{+أهمية+} القيام بدراسة مشتركة لآثار الخدمات الجديدة على "
                                      "القطاعين،"),
        ("recognizing", "call", "وإذ تسلّم"),
        ("recognizing-a", "lettered", "أ)\tبالتعاون القائم بين المنظمتين منذ عام 1984؛"),
        ("recognizing-b", "lettered", "ب)\tبأن التغيرات في خدمات البريد والاتصالات تتطلب تعاوناً أوثق بينهما،"),
        ("resolves", "call", "تقرر"),
        ("resolves-1", "numbered", "1\tأن تواصل لجان الدراسات المعنية في قطاع تقييس الاتصالات التعاون مع مجلس "
                                   "الاستثمار البريدي التابع للاتحاد البريدي العالمي في المسائل ذات الاهتمام "
                                   "المشترك؛"),
        ("resolves-2", "numbered", "2\tأن يشمل هذا التعاون الخدمات الجديدة التي تستعمل الشبكات البريدية وشبكات "
                                   "الاتصالات على السواء{-،-}{+؛+}"),
        ("resolves-3", "numbered", "+3\tأن تُتاح نتائج هذا التعاون لأعضاء المنظمتين،"),
        ("instructs", "call", "تكلف مدير مكتب تقييس الاتصالات"),
        ("instructs-1", "numbered", "1\tبتشجيع هذا التعاون بين قطاع تقييس الاتصالات والاتحاد البريدي العالمي "
                                    "ومساعدته؛"),
        ("instructs-2", "numbered", "2\tبالتشاور مع الاتحاد البريدي العالمي بشأن إنشاء فريق خبراء مشترك، عند "
                                    "الاقتضاء؛"),
        ("instructs-3", "numbered", "3\tبتقديم تقرير إلى الجمعية العالمية لتقييس الاتصالات القادمة عن التقدم "
                                    "المحرز."),
    ],
    "mod_reasons": "الأسباب:\tتوسيع نطاق التعاون مع الاتحاد البريدي العالمي ليشمل الخدمات الجديدة.",
    "untracked": ("recognizing-a", "بالتعاون", "بالتنسيق"),
    "mismatch": ("considering-c", "فائدة", "جدوى"),
    "relabel": ("recognizing-b", "ب)", "ج)"),
    "add": [
        ("number", "مشروع قرار جديد [ATU-1]"),
        ("title", "تعزيز التعاون بين لجان دراسات قطاع تقييس الاتصالات والمنظمات الإقليمية للاتصالات"),
        ("history", "(نيودلهي، 2024)"),
        ("preamble", "إن الجمعية العالمية لتقييس الاتصالات (نيودلهي، 2024)،"),
        ("call", "إذ تضع في اعتبارها"),
        ("lettered", "أ)\tأن المنظمات الإقليمية للاتصالات تسهم في أعمال لجان دراسات قطاع تقييس الاتصالات؛"),
        ("lettered", "ب)\tأن توثيق التعاون من شأنه أن يساعد البلدان النامية على المشاركة في التقييس،"),
        ("call", "تقرر"),
        ("body", "أن تدعو لجان دراسات قطاع تقييس الاتصالات المنظمات الإقليمية للاتصالات إلى اجتماعاتها."),
        ("reasons", "الأسباب:\tتعزيز المشاركة الإقليمية في أعمال قطاع تقييس الاتصالات."),
    ],
    "sup_reasons": "الأسباب:\tأصبح هذا التعاون مشمولاً بالاتفاق بين الاتحاد الدولي للاتصالات والاتحاد البريدي "
                   "العالمي.",
    "noc_reasons": "الأسباب:\tلا يزال القرار صالحاً.",
}

LANGUAGES["zh"] = {
    "lang": {"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"},
    "ids": {"normal": "a", "font": "a0", "table": "a1", "list": "a2"},
    "cjk": True,
    "cover": [
        "世界电信标准化全会（WTSA-24）\n2024年10月15-24日，新德里",
        "文件35的补遗3",
        "原文：英文",
        "非洲电信联盟各主管部门",
    ],
    "resolution": [
        ("number", "number", "第11号决议（{-2016年，哈马马特-}{+2024年，新德里+}，修订版）"),
        ("title", "title", "与万国邮政联盟邮政经营理事会合作\n研究涉及邮政和电信两个部门的业务"),
        ("history", "history", "（1984年，马拉加-托雷莫利诺斯；1993年，赫尔辛基；1996年，日内瓦；2000年，蒙特利尔；"
                               "2004年，弗洛里亚诺波利斯；2008年，约翰内斯堡；2012年，迪拜；2016年，哈马马特"
                               "{+；2024年，新德里+}）"),
        ("preamble", "preamble", "世界电信标准化全会（{-2016年，哈马马特-}{+2024年，新德里+}），"),
        ("considering", "call", "考虑到"),
        ("considering-a", "lettered", "a)\t在联合国系统内，万国邮政联盟（万国邮联）和国际电联分别是负责邮政和电信部门的"
                                      "专门机构；"),
        ("considering-b", "lettered", "b)\t邮政主管部门和电信主管部门的共同目标是以最低成本为用户提供高效的服务；"),
        ("considering-c", "lettered", "c)\t共同研究新业务对两个部门影响的{-益处-}{+重要性+}，"),
        ("recognizing", "call", "认识到"),
        ("recognizing-a", "lettered", "a)\t自1984年以来两个组织之间一直存在的合作；"),
        ("recognizing-b", "lettered", "b)\t邮政和电信业务的变化要求两者之间开展更密切的合作，"),
        ("resolves", "call", "做出决议"),
        ("resolves-1", "numbered", "1\t国际电联电信标准化部门（ITU\u2011T）的相关研究组继续就共同关心的问题与万国邮联"
                                   "邮政经营理事会（POC）开展合作；"),
        ("resolves-2", "numbered", "2\t这一合作应涵盖同时使用邮政网络和电信网络的新业务{-，-}{+；+}"),
        ("resolves-3", "numbered", "+3\t这一合作的成果应提供给两个组织的成员，"),
        ("instructs", "call", "责成电信标准化局主任"),
        ("instructs-1", "numbered", "1\t鼓励并协助ITU\u2011T与万国邮联之间的这一合作；"),
        ("instructs-2", "numbered", "2\t必要时就成立联合专家组事宜与万国邮联进行磋商；"),
        ("instructs-3", "numbered", "3\t向下一届世界电信标准化全会报告所取得的进展。"),
    ],
    "mod_reasons": "理由：\t将与万国邮联的合作扩展到新业务。",
    "untracked": ("recognizing-a", "存在的合作", "存在的协作"),
    "mismatch": ("considering-c", "益处", "必要性"),
    "relabel": ("recognizing-b", "b)", "c)"),
    "add": [
        ("number", "新决议草案[ATU-1]"),
        ("title", "加强ITU\u2011T研究组与区域性电信组织之间的合作"),
        ("history", "（2024年，新德里）"),
        ("preamble", "世界电信标准化全会（2024年，新德里），"),
        ("call", "考虑到"),
        ("lettered", "a)\t区域性电信组织为ITU\u2011T研究组的工作做出贡献；"),
        ("lettered", "b)\t更密切的合作将有助于发展中国家参与标准化工作，"),
        ("call", "做出决议"),
        ("body", "ITU\u2011T研究组应邀请区域性电信组织参加其会议。"),
        ("reasons", "理由：\t加强区域对ITU\u2011T工作的参与。"),
    ],
    "sup_reasons": "理由：\t该合作现已纳入国际电联与万国邮联之间的协议。",
    "noc_reasons": "理由：\t该决议依然有效。",
}

ORDER = ["en", "fr", "es", "ru", "ar", "zh"]

# ---- views of the marked text -----------------------------------------------------------------

CHANGE = re.compile(r"\{-(.*?)-\}|\{\+(.*?)\+\}", re.S)


def accepted(text):
    return CHANGE.sub(lambda m: m.group(2) or "", text)


def rejected(text):
    return CHANGE.sub(lambda m: m.group(1) or "", text)


def marked(text):
    """The text as Writer's getString shows it: deletions and insertions both."""
    return CHANGE.sub(lambda m: m.group(1) or m.group(2), text)


def segments(text):
    """[(kind, text)] with kind "t", "del" or "ins"."""
    out, pos = [], 0
    for m in CHANGE.finditer(text):
        if m.start() > pos:
            out.append(("t", text[pos:m.start()]))
        out.append(("del", m.group(1)) if m.group(1) is not None else ("ins", m.group(2)))
        pos = m.end()
    if pos < len(text):
        out.append(("t", text[pos:]))
    return out


# A paragraph: (kind, text, its paragraph mark inserted). Documents are lists of them.

def resolution_paragraphs(lang, view):
    """Resolution 11 of `lang` as a MOD ("marked"), the base ("base") or edited untracked ("edited")."""
    out = []
    for _, kind, text in LANGUAGES[lang]["resolution"]:
        inserted = text.startswith("+")
        if inserted:
            text = text[1:]
        if view == "base":
            if not inserted:
                out.append((kind, rejected(text), False))
        elif view == "edited":
            out.append((kind, accepted(text), False))
        elif inserted:
            # Word marks a new paragraph typed after another (Enter at its end, then the text) by
            # the other's paragraph mark being inserted; the new one keeps the original mark.
            out[-1] = out[-1][:2] + (True,)
            out.append((kind, "{+%s+}" % text, False))
        else:
            out.append((kind, text, False))
    return out


def edit_resolution(lang, key, old, new):
    """The MOD with one paragraph's `old` (outside tracked changes) replaced by `new`."""
    out = []
    for (k, _, _), paragraph in zip([r for r in LANGUAGES[lang]["resolution"]],
                                    resolution_paragraphs(lang, "marked")):
        kind, text, inserted = paragraph
        if k == key:
            assert text.count(old) == 1, (lang, key, old)
            text = text.replace(old, new)
        out.append((kind, text, inserted))
    return out


def key_index(lang, key):
    return [k for k, _, _ in LANGUAGES[lang]["resolution"]].index(key)


def contribution(lang, symbol, resolution, reasons):
    cover = [("cover", c, False) for c in LANGUAGES[lang]["cover"]]
    return cover + [("proposal", symbol + "\tATU/35A3/1", False)] + resolution + [("reasons", reasons, False)]


def documents(lang):
    """{name: (paragraphs, manifest entry)} of one language."""
    L = LANGUAGES[lang]
    head = len(L["cover"]) + 1  # cover paragraphs and the proposal line before the resolution
    mod = resolution_paragraphs(lang, "marked")
    base = resolution_paragraphs(lang, "base")
    number_title = base[:2]
    docs = {}

    def entry(kind, expected=(), tracked=False):
        return {"language": lang, "kind": kind, "base": "res11-base.docx", "assembly": ASSEMBLY_EN,
                "tracked": tracked, "expected": [{"rule": r, "paragraph": p} for r, p in expected]}

    docs["res11-base"] = (base, {"language": lang, "kind": "base"})
    docs["res11-edited"] = (resolution_paragraphs(lang, "edited"),
                            {"language": lang, "kind": "edited", "base": "res11-base.docx"})
    docs["mod"] = (contribution(lang, "MOD", mod, L["mod_reasons"]), entry("mod", tracked=True))

    key, old, new = L["untracked"]
    docs["mod-untracked-change"] = (
        contribution(lang, "MOD", edit_resolution(lang, key, old, new), L["mod_reasons"]),
        entry("mod", [("untracked-change", head + key_index(lang, key))], tracked=True))

    key, right, other = L["mismatch"]
    docs["mod-base-mismatch"] = (
        contribution(lang, "MOD", edit_resolution(lang, key, "{-%s-}" % right, "{-%s-}" % other), L["mod_reasons"]),
        entry("mod", [("base-mismatch", head + key_index(lang, key))], tracked=True))

    key, label, wrong = L["relabel"]
    docs["mod-item-sequence"] = (
        contribution(lang, "MOD", edit_resolution(lang, key, label + "\t", "{-%s-}{+%s+}\t" % (label, wrong)),
                     L["mod_reasons"]),
        entry("mod", [("item-sequence", head + key_index(lang, key))], tracked=True))

    # Title and history typed as one paragraph (Res_title) with a manual line break between them,
    # as many Word documents have them: the history line's tracked insertion is inside the title.
    # Its base has them the same way, or joining them would be an untracked change of the base.
    def join(paragraphs):
        return paragraphs[:1] + [("title", paragraphs[1][1] + "\n" + paragraphs[2][1], False)] + paragraphs[3:]

    docs["res11-base-joined"] = (join(base), {"language": lang, "kind": "base"})
    joined = entry("mod", tracked=True)
    joined["base"] = "res11-base-joined.docx"
    docs["mod-title-history-joined"] = (contribution(lang, "MOD", join(mod), L["mod_reasons"]), joined)

    cover = [("cover", c, False) for c in L["cover"]]
    add = [(kind, text, False) for kind, text in L["add"]]
    docs["add"] = (cover + [("proposal", "ADD\tATU/35A3/1", False)] + add, entry("add"))
    docs["sup"] = (contribution(lang, "SUP", number_title, L["sup_reasons"]), entry("sup"))
    docs["noc"] = (contribution(lang, "NOC", number_title, L["noc_reasons"]), entry("noc"))
    return docs


# ---- WordprocessingML -------------------------------------------------------------------------

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
ARABIC = re.compile("[\u0600-\u06ff]")
LATIN = re.compile("[A-Za-z]")


class Writer:
    def __init__(self, lang):
        self.lang = lang
        self.L = LANGUAGES[lang]
        self.next_id = 0

    def change_id(self):
        self.next_id += 1
        return self.next_id

    def change_attrs(self):
        return 'w:id="%d" w:author="%s" w:date="%s"' % (self.change_id(), AUTHOR, DATE)

    def run_properties(self, text):
        props = []
        if self.L.get("cjk"):
            props.append('<w:rFonts w:hint="eastAsia"/>')
        if self.L.get("rtl") and (ARABIC.search(text) or not LATIN.search(text)):
            props.append("<w:rtl/>")
            props.append('<w:lang w:bidi="ar-SA"/>')
        elif self.L.get("cjk"):
            props.append('<w:lang w:eastAsia="zh-CN"/>')
        else:
            props.append('<w:lang w:val="%s"/>' % self.L["lang"]["val"])
        return "<w:rPr>%s</w:rPr>" % "".join(props)

    def run(self, text, deleted=False):
        parts = []
        for piece in re.split(r"(\t|\n)", text):
            if piece == "\t":
                parts.append("<w:tab/>")
            elif piece == "\n":
                parts.append("<w:br/>")
            elif piece:
                tag = "w:delText" if deleted else "w:t"
                space = ' xml:space="preserve"' if piece != piece.strip() else ""
                parts.append("<%s%s>%s</%s>" % (tag, space, escape(piece), tag))
        return "<w:r>%s%s</w:r>" % (self.run_properties(text), "".join(parts))

    def paragraph(self, kind, text, mark_inserted):
        style = ROLES[kind][1]
        ppr = []
        if style:
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if self.L.get("rtl"):
            ppr.append("<w:bidi/>")
        mark = "<w:ins %s/>" % self.change_attrs() if mark_inserted else ""
        if mark:
            ppr.append("<w:rPr>%s</w:rPr>" % mark)
        runs = []
        for what, piece in segments(text):
            if what == "t":
                runs.append(self.run(piece))
            elif what == "ins":
                runs.append("<w:ins %s>%s</w:ins>" % (self.change_attrs(), self.run(piece)))
            else:
                runs.append("<w:del %s>%s</w:del>" % (self.change_attrs(), self.run(piece, deleted=True)))
        return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % "".join(ppr) if ppr else "", "".join(runs))

    def document(self, paragraphs):
        body = "".join(self.paragraph(*p) for p in paragraphs)
        sect = ('<w:sectPr><w:pgSz w:w="11907" w:h="16840" w:code="9"/>'
                '<w:pgMar w:top="1418" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
                'w:footer="567" w:gutter="0"/><w:cols w:space="720"/>%s<w:docGrid w:linePitch="326"/>'
                '</w:sectPr>' % ("<w:bidi/>" if self.L.get("rtl") else ""))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>%s%s</w:body></w:document>' % (W_NS, body, sect))

    def styles(self):
        ids, lang = self.L["ids"], self.L["lang"]
        normal = ids["normal"]
        bidi = "<w:bidi/>" if self.L.get("rtl") else ""

        # w:bidi stands before w:spacing in w:pPr (the schema's order, which Word keeps).
        def custom(style_id, name, ppr, rpr, next_id=None):
            return ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/>'
                    '<w:basedOn w:val="%s"/>%s<w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>'
                    % (style_id, name, normal, '<w:next w:val="%s"/>' % next_id if next_id else "",
                       ppr.replace("<w:spacing", bidi + "<w:spacing", 1), rpr))

        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:styles %s>'
                '<w:docDefaults><w:rPrDefault><w:rPr>'
                '<w:rFonts w:ascii="Times New Roman" w:eastAsia="SimSun" w:hAnsi="Times New Roman" '
                'w:cs="Traditional Arabic"/>'
                '<w:lang w:val="%s" w:eastAsia="%s" w:bidi="%s"/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault/></w:docDefaults>'
                '<w:style w:type="paragraph" w:default="1" w:styleId="%s"><w:name w:val="Normal"/><w:qFormat/>'
                '<w:pPr><w:tabs><w:tab w:val="left" w:pos="794"/><w:tab w:val="left" w:pos="1191"/></w:tabs>'
                '<w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>'
                '%s<w:adjustRightInd w:val="0"/><w:spacing w:before="120"/><w:textAlignment w:val="baseline"/>'
                '</w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
                '<w:style w:type="character" w:default="1" w:styleId="%s"><w:name w:val="Default Paragraph Font"/>'
                '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
                '<w:style w:type="table" w:default="1" w:styleId="%s"><w:name w:val="Normal Table"/>'
                '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
                'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
                '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'
                '</w:style>'
                '<w:style w:type="numbering" w:default="1" w:styleId="%s"><w:name w:val="No List"/>'
                '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
                '%s</w:styles>'
                % (W_NS, lang["val"], lang["eastAsia"], lang["bidi"], normal, bidi, ids["font"], ids["table"],
                   ids["list"],
                   "".join([
                       custom("ResNo", "Res_No", '<w:keepNext/><w:keepLines/><w:spacing w:before="480"/>'
                              '<w:jc w:val="center"/>', '<w:caps/><w:sz w:val="28"/>', "Restitle"),
                       custom("Restitle", "Res_title", '<w:keepNext/><w:keepLines/><w:spacing w:before="240"/>'
                              '<w:jc w:val="center"/>', '<w:b/><w:sz w:val="28"/>', "Resref"),
                       custom("Resref", "Res_ref", '<w:keepNext/><w:keepLines/><w:spacing w:before="120"/>'
                              '<w:jc w:val="center"/>', "<w:i/>", "Normalaftertitle"),
                       custom("Normalaftertitle", "Normal_after_title", '<w:spacing w:before="360"/>', "", normal),
                       custom("Call", "Call", '<w:keepNext/><w:keepLines/><w:spacing w:before="160"/>'
                              '<w:ind w:left="794"/>', "<w:i/>", normal),
                       custom("Reasons", "Reasons", '<w:spacing w:before="240"/>', "", normal),
                       custom("Proposal", "Proposal", '<w:keepNext/><w:spacing w:before="240"/>',
                              '<w:rFonts w:ascii="Times New Roman Bold" w:hAnsi="Times New Roman Bold"/><w:b/>',
                              "ResNo"),
                       custom("enumlev1", "enumlev1", '<w:spacing w:before="80"/><w:ind w:left="794" '
                              'w:hanging="794"/>', "", None),
                       custom("AnnexNo", "Annex_No", '<w:keepNext/><w:keepLines/><w:spacing w:before="480"/>'
                              '<w:jc w:val="center"/>', '<w:caps/><w:sz w:val="28"/>', "Annextitle"),
                       custom("Annextitle", "Annex_title", '<w:keepNext/><w:keepLines/><w:spacing '
                              'w:before="240"/><w:jc w:val="center"/>', '<w:b/><w:sz w:val="28"/>', normal),
                   ])))

    def settings(self, tracked):
        lang = self.L["lang"]
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings %s><w:zoom w:percent="100"/>%s<w:defaultTabStop w:val="794"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
                'w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="%s" w:eastAsia="%s" w:bidi="%s"/></w:settings>'
                % (W_NS, "<w:trackRevisions/>" if tracked else "", lang["val"], lang["eastAsia"], lang["bidi"]))


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
                 'package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.extended-properties+xml"/>'
                 '</Types>')

PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
                'core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'officeDocument" Target="word/document.xml"/>'
                '</Relationships>')

DOCUMENT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'settings" Target="settings.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'styles" Target="styles.xml"/>'
                 '</Relationships>')


def core_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>3</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-01T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(title), AUTHOR, AUTHOR, DATE))


APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application>'
           '<AppVersion>16.0000</AppVersion></Properties>')


def docx_parts(lang, name, paragraphs, tracked):
    """[(part name, bytes)] in the order they are written."""
    w = Writer(lang)
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/document.xml", w.document(paragraphs)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", w.styles()),
        ("word/settings.xml", w.settings(tracked)),
        ("docProps/core.xml", core_xml("%s/%s" % (lang, name))),
        ("docProps/app.xml", APP_XML),
    ]
    return [(n, c.encode("utf-8")) for n, c in parts]


def write_docx(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 2, 10, 15, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def labels(paragraphs):
    out = []
    for kind, text, _ in paragraphs:
        role, style = ROLES[kind]
        out.append({"role": role, "style": style or "Normal", "text": marked(text)[:60]})
    return out


def json_text(value):
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def generate():
    """{relative path: bytes or [(part, bytes)]}: every file this script writes."""
    files, manifest = {}, {}
    for lang in ORDER:
        for name, (paragraphs, entry) in documents(lang).items():
            rel = "%s/%s" % (lang, name)
            files[rel + ".docx"] = docx_parts(lang, name, paragraphs, entry.get("tracked", False))
            files[rel + ".labels.json"] = json_text(labels(paragraphs)).encode("utf-8")
            manifest[rel + ".docx"] = entry
    files["manifest.json"] = json_text(manifest).encode("utf-8")
    return files


def main(out_dir):
    for rel, content in sorted(generate().items()):
        path = os.path.join(out_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(content, list):
            write_docx(path, content)
        else:
            with open(path, "wb") as f:
                f.write(content)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
