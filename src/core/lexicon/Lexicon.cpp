#include "lexicon/Lexicon.hpp"

namespace pa {

const std::vector<Lexicon> &lexicons() {
    static const std::vector<Lexicon> all = {
        {"en",
         {"resolution"},
         {"draft new resolution"},
         {"rev."},
         // Preamble calls: lettered items a), b), ...
         {"considering", "further considering", "considering further", "considering also",
          "also considering", "recognizing", "recognising", "further recognizing",
          "recognizing further", "recognizing also", "also recognizing", "recalling",
          "further recalling", "recalling also", "also recalling", "noting", "further noting",
          "noting also", "noting further", "also noting", "observing", "further observing",
          "taking into account", "further taking into account", "taking into consideration",
          "bearing in mind", "emphasizing", "emphasising", "further emphasizing", "stressing",
          "acknowledging", "aware", "being aware", "conscious", "convinced", "mindful",
          "welcoming", "concerned", "deeply concerned", "noting with concern",
          "noting with satisfaction", "having regard to", "in view of", "guided by",
          "realizing", "underlining", "highlighting", "appreciating", "affirming",
          "reaffirming", "referring to", "taking note of", "having considered",
          "having noted", "expressing"},
         // Operative calls: numbered items 1, 2, ...; often followed by an addressee.
         {"resolves", "further resolves", "resolves further", "also resolves",
          "resolves to instruct", "resolves to invite", "resolves to request", "decides",
          "further decides", "instructs", "further instructs", "also instructs", "requests",
          "further requests", "also requests", "invites", "further invites", "also invites",
          "encourages", "further encourages", "urges", "further urges", "calls upon",
          "appeals", "recommends", "approves", "endorses", "adopts", "agrees", "charges",
          "directs", "authorizes", "supports"},
         {"reasons"},
         {"annex", "appendix", "attachment"},
         {"the world telecommunication standardization assembly",
          "the plenipotentiary conference", "the world telecommunication development conference",
          "the world radiocommunication conference", "the radiocommunication assembly"},
         {"addendum"},
         {"document"},
         "[Title of the draft new resolution]"},
        {"fr",
         {"résolution"},
         {"projet de nouvelle résolution"},
         {"rév."},
         {"considérant", "considérant en outre", "considérant également", "reconnaissant",
          "reconnaissant en outre", "rappelant", "rappelant en outre", "notant",
          "notant en outre", "observant", "tenant compte", "ayant à l'esprit",
          "soulignant", "conscient", "convaincu", "prenant note"},
         {"décide", "décide en outre", "charge", "invite", "invite en outre", "encourage",
          "prie instamment", "demande", "recommande", "approuve"},
         {"motifs"},
         {"annexe", "appendice", "pièce jointe"},
         {"l'assemblée mondiale de normalisation des télécommunications",
          "la conférence de plénipotentiaires"},
         {"addendum"},
         {"document"},
         "[Titre du projet de nouvelle résolution]"},
        {"es",
         {"resolución"},
         {"proyecto de nueva resolución"},
         {"rev."},
         {"considerando", "considerando además", "reconociendo", "reconociendo además",
          "recordando", "recordando además", "observando", "tomando nota", "teniendo en cuenta",
          "teniendo presente", "destacando", "consciente", "convencida"},
         {"resuelve", "resuelve además", "decide", "encarga", "invita", "invita además",
          "alienta", "insta", "pide", "recomienda", "aprueba"},
         {"motivos"},
         {"anexo", "apéndice"},
         {"la asamblea mundial de normalización de las telecomunicaciones",
          "la conferencia de plenipotenciarios"},
         {"addéndum", "addendum"},
         {"documento"},
         "[Título del proyecto de nueva resolución]"},
    };
    return all;
}

const std::vector<std::string_view> &proposalSymbols() {
    static const std::vector<std::string_view> symbols = {"MOD", "(MOD)", "ADD",  "SUP",
                                                           "NOC", "ADD*",  "SUP*"};
    return symbols;
}

} // namespace pa
