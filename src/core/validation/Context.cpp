// The check context and the mapped texts every check compares: a finding found in a normalized
// view must still select the right characters of the marked text in Writer.
#include "validation/Checks.hpp"

#include "recognition/Language.hpp"
#include "text/Text.hpp"

#include <unicode/unistr.h>

#include <algorithm>

namespace pa::validation {
namespace {

std::size_t utf8Length(unsigned char lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

} // namespace

MappedText viewText(const Paragraph &paragraph, View view) {
    MappedText out;
    std::size_t offset = 0;
    for (const Run &run : paragraph.runs) {
        const bool shown = !(view == View::Original && run.inserted()) &&
                           !(view == View::Proposed && run.deleted());
        if (shown)
            for (std::size_t j = 0; j < run.text.size(); ++j) {
                out.text += run.text[j];
                out.marked.push_back(offset + j);
                out.stop.push_back(offset + j + 1);
            }
        offset += run.text.size();
    }
    const std::size_t end = out.stop.empty() ? 0 : out.stop.back();
    out.marked.push_back(end);
    out.stop.push_back(end);
    return out;
}

MappedText normalized(const MappedText &in) {
    // Mirrors text::normalize step by step (space collapsing, tabs, trimming); which single
    // characters it rewrites is asked of text::normalize itself, so the two cannot drift apart.
    MappedText out;
    bool pendingSpace = false;
    std::size_t pendingMarked = 0, pendingStop = 0;
    const auto push = [&](char c, std::size_t marked, std::size_t stop) {
        out.text += c;
        out.marked.push_back(marked);
        out.stop.push_back(stop);
    };
    const auto put = [&](char c, std::size_t marked, std::size_t stop) {
        if (c == ' ') {
            if (!pendingSpace) {
                pendingMarked = marked;
                pendingStop = stop;
            }
            pendingSpace = !out.text.empty();
            return;
        }
        if (pendingSpace)
            push(' ', pendingMarked, pendingStop);
        pendingSpace = false;
        push(c, marked, stop);
    };
    const std::string &s = in.text;
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        const std::size_t len = std::min(utf8Length(static_cast<unsigned char>(c)), s.size() - i);
        const std::size_t marked = in.marked[i];
        const std::size_t stop = in.stop[i + len - 1];
        if (c == '\n' || c == '\r' || c == ' ' || c == '\v') {
            put(' ', marked, stop);
        } else if (c == '\t') {
            pendingSpace = false;
            push('\t', marked, stop);
        } else if (len > 1) {
            const std::string probe = text::normalize("a" + s.substr(i, len) + "a");
            const std::string mapped = probe.substr(1, probe.size() - 2);
            if (mapped == s.substr(i, len)) {
                for (std::size_t j = 0; j < len; ++j)
                    put(s[i + j], in.marked[i + j], in.stop[i + j]);
            } else {
                for (char m : mapped)
                    put(m, marked, stop);
            }
        } else {
            put(c, marked, stop);
        }
        i += len;
    }
    const std::size_t end = in.marked.back();
    out.marked.push_back(out.stop.empty() ? end : out.stop.back());
    out.stop.push_back(out.marked.back());
    return out;
}

MappedText normalizedView(const Paragraph &paragraph, View view) {
    return normalized(viewText(paragraph, view));
}

MappedText folded(const MappedText &in) {
    MappedText out;
    const std::string &s = in.text;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len =
            std::min(utf8Length(static_cast<unsigned char>(s[i])), s.size() - i);
        std::string f;
        if (len == 1) {
            f = static_cast<char>(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
        } else {
            icu::UnicodeString u = icu::UnicodeString::fromUTF8(s.substr(i, len));
            u.foldCase();
            u.toUTF8String(f);
        }
        for (char c : f) {
            out.text += c;
            out.marked.push_back(in.marked[i]);
            out.stop.push_back(in.stop[i + len - 1]);
        }
        i += len;
    }
    out.marked.push_back(in.marked.back());
    out.stop.push_back(in.stop.back());
    return out;
}

std::vector<bool> deletedBytes(const Paragraph &paragraph) {
    std::vector<bool> out;
    for (const Run &run : paragraph.runs)
        out.insert(out.end(), run.text.size(), run.deleted());
    return out;
}

Context::Context(const Document &document_, const Recognition &recognition_, const BaseText *base_,
                 const ValidationSettings &settings_)
    : document(document_), recognition(recognition_), base(base_), settings(settings_),
      lexicon(documentLanguage(document_, recognition_)), places_(document_.paragraphs.size()) {
    const Structure &s = recognition.structure;
    for (std::size_t p = 0; p < s.proposals.size(); ++p)
        for (std::size_t i = s.proposals[p].header; i < proposalEnd(p) && i < places_.size(); ++i)
            places_[i].proposal = p;
    for (std::size_t r = 0; r < s.resolutions.size(); ++r) {
        const Resolution &res = s.resolutions[r];
        for (std::size_t i = res.first; i <= res.last && i < places_.size(); ++i)
            places_[i].resolution = r;
        for (std::size_t c = 0; c < res.calls.size(); ++c) {
            const Call &call = res.calls[c];
            // A call owns the paragraphs from its line to the next call's line.
            const std::size_t end =
                c + 1 < res.calls.size() ? res.calls[c + 1].paragraph : res.last + 1;
            for (std::size_t i = call.paragraph; i < end && i < places_.size(); ++i)
                places_[i].call = c;
            for (std::size_t k = 0; k < call.items.size(); ++k)
                if (call.items[k].paragraph < places_.size())
                    places_[call.items[k].paragraph].item = k;
        }
    }
}

Role Context::role(std::size_t i) const {
    return i < recognition.roles.size() ? recognition.roles[i] : Role::Other;
}

std::string Context::locate(std::size_t i) const {
    const Place &pl = place(i);
    const Structure &s = recognition.structure;
    if (!pl.resolution) {
        if (pl.proposal)
            return "Proposal " + nameOf(s.proposals[*pl.proposal]);
        return "Paragraph " + std::to_string(i + 1);
    }
    const Resolution &r = s.resolutions[*pl.resolution];
    std::string out;
    if (r.draftNew)
        out = text::capitalized(text::fold(lexicon.written.draftNew)) +
              (r.draftTag.empty() ? "" : " [" + r.draftTag + "]");
    else
        out = r.number.empty() ? std::string(text::trim(lexicon.resolutionName("")))
                               : lexicon.resolutionName(r.number);
    if (pl.call) {
        const Call &c = r.calls[*pl.call];
        out += ", " + excerpt(c.text.empty()
                                  ? text::normalize(paragraph(c.paragraph).text(View::Proposed))
                                  : c.text,
                              40);
        if (pl.item && !c.items[*pl.item].label.empty() && i != c.paragraph)
            out += " " + c.items[*pl.item].label;
    } else if (r.numberLine && i == *r.numberLine) {
        out += ", number line";
    } else if (r.title && i == *r.title) {
        out += ", title";
    } else if (r.history && i == *r.history) {
        out += ", history line";
    } else if (r.preamble && i == *r.preamble) {
        out += ", preamble";
    }
    return out;
}

const Resolution *Context::resolutionOf(const Proposal &proposal) const {
    const auto &rs = recognition.structure.resolutions;
    if (proposal.resolution && *proposal.resolution < rs.size())
        return &rs[*proposal.resolution];
    return nullptr;
}

std::size_t Context::proposalEnd(std::size_t i) const {
    const auto &ps = recognition.structure.proposals;
    return i + 1 < ps.size() ? ps[i + 1].header : document.paragraphs.size();
}

std::string Context::symbolOf(const Proposal &proposal) const {
    if (!proposal.symbol.empty())
        return proposal.symbol;
    const std::string t = text::normalize(paragraph(proposal.header).text(View::Proposed));
    return t.substr(0, t.find('\t'));
}

std::string Context::nameOf(const Proposal &proposal) const {
    if (proposal.number)
        return proposal.number->text();
    if (!proposal.numberText.empty())
        return proposal.numberText;
    return text::normalize(paragraph(proposal.header).text(View::Proposed));
}

std::size_t Context::utf16(std::size_t i, std::size_t markedOffset) const {
    const std::string marked = paragraph(i).text(View::Marked);
    return text::utf16Length(
        std::string_view(marked).substr(0, std::min(markedOffset, marked.size())));
}

std::size_t Context::report(Rule rule, Severity severity, std::size_t i, std::size_t markedBegin,
                            std::size_t markedEnd, std::string message, std::optional<Fix> fix) {
    Diagnostic d;
    d.rule = rule;
    d.severity = severity;
    d.paragraph = i;
    d.start = utf16(i, markedBegin);
    d.end = std::max(d.start, utf16(i, markedEnd));
    d.message = std::move(message);
    d.fix = std::move(fix);
    out_.push_back(std::move(d));
    return out_.size() - 1;
}

void Context::note(std::size_t finding, std::size_t i, std::size_t markedBegin,
                   std::size_t markedEnd, std::string message) {
    Note n;
    n.message = std::move(message);
    n.paragraph = i;
    n.start = utf16(i, markedBegin);
    n.end = std::max(n.start, utf16(i, markedEnd));
    out_.at(finding).notes.push_back(std::move(n));
}

bool isModSymbol(std::string_view symbol) {
    return symbol == "MOD" || symbol == "(MOD)";
}
bool isAddSymbol(std::string_view symbol) {
    return symbol == "ADD" || symbol == "ADD*";
}
bool isUnchangedSymbol(std::string_view symbol) {
    return symbol == "SUP" || symbol == "SUP*" || symbol == "NOC";
}

std::string ordinal(std::size_t n) {
    const std::size_t tens = n % 100;
    const char *suffix = (tens >= 11 && tens <= 13) ? "th"
                         : n % 10 == 1              ? "st"
                         : n % 10 == 2              ? "nd"
                         : n % 10 == 3              ? "rd"
                                                    : "th";
    return std::to_string(n) + suffix;
}

std::string excerpt(std::string_view t, std::size_t maxChars) {
    std::string s = text::normalize(t);
    for (char &c : s)
        if (c == '\t')
            c = ' ';
    std::size_t chars = 0, i = 0;
    while (i < s.size() && chars < maxChars) {
        i += utf8Length(static_cast<unsigned char>(s[i]));
        ++chars;
    }
    if (i >= s.size())
        return s;
    // Cut at a word's end when one is near, so that no word is shown half.
    const std::size_t space = s.rfind(' ', i);
    if (space != std::string::npos && space > i / 2)
        i = space;
    return s.substr(0, i) + "...";
}

} // namespace pa::validation
