#include "recognition/Levels.hpp"

#include "text/Text.hpp"

namespace pa {
namespace {

using patterns::LabelKey;
using patterns::LabelShape;

std::vector<ListKind> kindsOf(const LabelKey &key) {
    switch (key.shape) {
    case LabelShape::Number:
        return {ListKind::Number};
    case LabelShape::Letter:
        if (key.mayBeRoman)
            return {ListKind::Letter, ListKind::Roman};
        return {ListKind::Letter};
    case LabelShape::Roman:
        return {ListKind::Roman};
    case LabelShape::Bullet:
        return {ListKind::Bullet};
    case LabelShape::Dash:
        return {ListKind::Dash};
    case LabelShape::Clause:
        return {ListKind::Number};
    }
    return {};
}

struct Open {
    ListKind kind = ListKind::None;
    LabelKey first;
    std::size_t count = 0;
    std::optional<std::size_t> owner;
};

} // namespace

std::string expectedKey(ListKind kind, const LabelKey &first, std::size_t position,
                        const Lexicon *preferred) {
    std::string key;
    switch (kind) {
    case ListKind::Number:
        return std::to_string(position + 1);
    case ListKind::Roman:
        key = patterns::romanNumeral(position + 1);
        break;
    case ListKind::Letter: {
        const auto at = patterns::letterPosition(first.key, preferred);
        const std::vector<std::string> &lettering =
            at ? *at->lettering : (preferred ? preferred->letters : lexicons().front().letters);
        key = text::fold(patterns::letterAt(lettering, position));
        break;
    }
    default:
        return {};
    }
    return key;
}

bool endsWithColon(std::string_view text) {
    std::string f = text::fold(text);
    while (!f.empty() && (f.back() == ' ' || f.back() == '"' || f.back() == '\''))
        f.pop_back();
    return !f.empty() && f.back() == ':';
}

std::vector<LevelOutput> assignLevels(const std::vector<LevelInput> &inputs,
                                      const Lexicon *preferred) {
    std::vector<LevelOutput> out(inputs.size());
    std::vector<Open> open;
    std::optional<std::size_t> prev;
    std::vector<std::optional<LabelKey>> keys(inputs.size());
    for (std::size_t k = 0; k < inputs.size(); ++k)
        if (!inputs[k].label.empty())
            keys[k] = patterns::labelKey(inputs[k].label);

    const auto sameKind = [](const Open &o, ListKind kind, const LabelKey &key) {
        return o.kind == kind &&
               (kind == ListKind::Bullet || kind == ListKind::Dash || o.first.upper == key.upper);
    };
    const auto continues = [&](const Open &o, ListKind kind, const LabelKey &key) {
        return sameKind(o, kind, key) &&
               (kind == ListKind::Bullet || kind == ListKind::Dash ||
                expectedKey(kind, o.first, o.count, preferred) == key.key);
    };
    const auto isFirst = [&](ListKind kind, const LabelKey &key) {
        switch (kind) {
        case ListKind::Bullet:
        case ListKind::Dash:
            return true;
        case ListKind::Number:
            return key.key == "1";
        case ListKind::Roman:
            return key.key == "i";
        case ListKind::Letter: {
            const auto at = patterns::letterPosition(key.key, preferred);
            return at && at->position == 0;
        }
        default:
            return false;
        }
    };
    // "i)" opens a roman list when "ii)" comes next.
    const auto romanRun = [&](std::size_t k) {
        for (std::size_t n = k + 1; n < inputs.size(); ++n)
            if (keys[n])
                return keys[n]->key == "ii";
        return false;
    };
    // The innermost open list of one of `kinds` that `test` accepts.
    const auto innermost = [&](const std::vector<ListKind> &kinds, const LabelKey &key,
                               auto test) -> std::optional<std::pair<std::size_t, ListKind>> {
        for (std::size_t l = open.size(); l-- > 0;)
            for (ListKind kind : kinds)
                if (test(open[l], kind, key))
                    return std::pair{l, kind};
        return std::nullopt;
    };

    for (std::size_t k = 0; k < inputs.size(); ++k) {
        if (!keys[k]) {
            // Unlabelled text is an item of the call, and may introduce sub-items of its own.
            if (open.empty())
                open.push_back(Open{});
            open.resize(1);
            out[k] = {0, std::nullopt, open[0].kind};
            prev = k;
            continue;
        }
        const LabelKey &key = *keys[k];
        const std::vector<ListKind> kinds = kindsOf(key);
        const bool deeper =
            prev && (inputs[*prev].introduces || inputs[k].styleDepth > inputs[*prev].styleDepth);
        std::optional<std::pair<std::size_t, ListKind>> place;
        std::optional<ListKind> opens;
        if (deeper) {
            for (ListKind kind : kinds) {
                if (!isFirst(kind, key))
                    continue;
                // "i)" after "h) ...:" goes on with the letters unless "ii)" follows; a bullet
                // set deeper than the one before it opens a list of its own.
                const auto going = innermost(kinds, key, continues);
                const bool bulletDeeper = (kind == ListKind::Bullet || kind == ListKind::Dash) &&
                                          inputs[k].styleDepth > inputs[*prev].styleDepth;
                if (going && !(kind == ListKind::Roman && romanRun(k)) && !bulletDeeper)
                    place = going;
                else
                    opens = kind;
                break;
            }
        }
        if (!place && !opens)
            place = innermost(kinds, key, continues);
        if (!place && !opens)
            place = innermost(kinds, key, sameKind); // a mislabelled item of an open list
        if (!place && !opens)
            opens = kinds.front();
        if (opens) {
            const std::size_t level = open.empty() || !prev ? 0 : out[*prev].level + 1;
            const std::optional<std::size_t> parent = level == 0 ? std::nullopt : prev;
            open.resize(std::min(open.size(), level));
            while (open.size() < level)
                open.push_back(Open{}); // not reached: a level opens one below its parent
            open.push_back(Open{*opens, key, 1, parent});
            out[k] = {level, parent, *opens};
        } else {
            const std::size_t level = place->first;
            open.resize(level + 1);
            ++open[level].count;
            out[k] = {level, open[level].owner, open[level].kind};
        }
        prev = k;
    }
    return out;
}

} // namespace pa
