"""A partner of the writer's own gender: sexual orientation told without a word about it.

"Je suis désolée, ma compagne est malade" or "Regards, Mrs Clarke ... my wife will sign" say
as much as "je suis lesbienne", and no sensitive word is there for the lexicon to find. This
rule reads the two halves a person would: the writer's gender, from what French agreement or
a title says of it ("je suis ravie", "en tant que père", "Mme Diallo" signing), and their
partner's ("mon mari", "my wife"). Only when both are told and they match is it reported.

The writer's own first name tells it too, where they sign ("Mon mari passera. Julien") or
introduce themselves ("this is Mark, my husband will sign"), when that name is borne almost
only by one gender (`_names_gendered`; "Claude", "Camille" or "Sasha" tell nothing). Recall
first: a wrong guess masks "my husband" as sensitive, a missed one stores a person's
orientation in clear. The guess only ever protects; no gender is recorded or shown.

"Mon copain" / "ma copine" are as often friends as partners, and count all the same: recall
first. "Ma femme de ménage" is the cleaner. A woman writing of her husband, or a man of his
wife, reveals nothing here.
"""

from __future__ import annotations

import re

from clairbot.categories import SPECIAL_CATEGORY
from clairbot.findings import Finding
from clairbot.text import fold
from clairbot.textmatch import accent_insensitive, lower_same_length
from clairbot.understanding._names_gendered import FEMININE, MASCULINE

DETECTOR = "special_category"

# French words whose ending says the writer's gender after "je suis" (accents folded); not
# "sûr(e)", which "je suis sur le chantier" would read, nor the epicene ("originaire").
_FEMININE_FR = ("mariee|pacsee|allee|partie|venue|nee|arrivee|rentree|sortie|restee|tombee|"
                "passee|ravie|desolee|fatiguee|obligee|contente|certaine|enceinte|absente|"
                "inquiete|heureuse|seule|prete|occupee|installee|embauchee|chargee|enchantee|"
                "navree|perdue|surprise|decue|malheureuse|convaincue|persuadee|originaire|"
                "fiere|veuve|divorcee|separee")
_MASCULINE_FR = ("marie|pacse|alle|parti|venu|ne|arrive|rentre|sorti|reste|tombe|passe|ravi|"
                 "desole|fatigue|oblige|content|certain|absent|inquiet|heureux|seul|pret|"
                 "occupe|installe|embauche|charge|enchante|navre|perdu|surpris|decu|"
                 "malheureux|convaincu|persuade|fier|veuf|divorce|separe")
# Any first-person form of "être" (or of a verb that agrees like it) before the word.
# Negated or restricted too: "je ne suis plus moi-même que simple salariée", "je ne suis que
# l'associée".
_I_AM_FR = (r"(?:je\s+(?:ne\s+|n'\s*)?(?:suis|serai|serais|me\s+suis|me\s+sens|reste)|"
            r"j'?\s*(?:suis|etais|ai\s+ete)|chui|chuis|moi\s+qui\s+suis)\s+"
            r"(?:(?:tres|trop|super|vraiment|si|tellement|bien|deja|toute?|pas|encore|un\s+peu|plus|que|"
            r"moi-meme|moi\s+meme|simple|une\s+simple|seulement)\s+|qu'\s*){0,4}(?:l'\s*)?")
# Any other agreeing word, by its ending or its article: "je suis coincée", "je suis la
# gérante" (f); "je suis épuisé", "je suis le gérant" (m). Written with its accent: "é" alone
# is masculine, where a bare "e" ends many words of either gender ("je suis libre").
# "là" (here) and "un peu" (a little) are no articles.
_FEMININE_FORM = (r"[^\W\d_]+(?:ée|euse)\b|(?:l[a]|une)\s+(?!peu\b)[^\W\d_]{3,}"
                  # "je suis organiste protestante": an epicene noun, then what agrees with it
                  r"|(?!(?:en|sur|dans|a|au|chez|pour|par|avec|sans|de|du|des|la|le|les|un|"
                  r"une|ici|pas|plus)\b)[^\W\d_]+iste\s+[^\W\d_]+(?:ante|ienne|aise|ine|ive)\b")
_MASCULINE_FORM = r"[^\W\d_]+(?:é|eux)\b|(?:le|un)\s+(?!peu\b)[^\W\d_]{3,}"
# Sign-offs after which a name is the writer's even mid-message ("Cheers, Priya - my wife
# will sign"); not "thanks", which thanks the one named ("Thanks Mark, my husband...").
_CLOSING = r"cheers|regards|cordialement|salutations|bises|best|ciao"
# The writer's own title: introduced ("this is Ms Okafor", "Mrs Clarke here", "M. Dupont à
# l'appareil"), after a sign-off ("Regards, Mr. Daniel Evans --") or signed at the end ("...
# Mrs Helen Ward"). `{}` takes the titles.
_SIGN_OFF = (r"merci|thanks|thank\s+you|thx|cheers|regards|cordialement|salutations|bien\s+a\s+"
             r"vous|bonne\s+journee|bises|best|ciao")
_TITLED = (r"\b(?:this\s+is|c'?est|ici|it'?s|je\s+suis|jsuis|i\s+am|i'?m|my\s+name\s+is|"
           # ("I write as Ms Helen Drummond; my partner ...")
           r"i\s+(?:write|am\s+writing)\s+as|writing\s+as|je\s+(?:vous\s+)?ecris\s+en\s+tant\s+que|"
           r"je\s+m'?\s*appelle|^\W*i\s*,)\s+(?:{0})\b\.?(?!\s*[^\W\d_]+'(?:s\b|\s))"
           r"|\b(?:{0})\.?\s+[^\W\d_]+(?:['\u2019-][^\W\d_]+)?(?:\s+[^\W\d_]+){{0,2}}\s+"
           # ("Mme Roussel vous écrit : mon épouse ...")
           r"(?:here|speaking|again|writing|writes|hier|ici|a\s+l'?appareil|(?:vous\s+)?ecrit)\b"
           rf"|\b(?:{_CLOSING})\s*[,:!.\-]*\s+(?:{{0}})\.?\s+[^\W\d_]+"
           r"|(?:^|[\n.!?,;:\u2014\u2013-])\s*(?:{0})\.?\s+[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,2}}"
           # ("Mr Liam Byrne. P.S. My husband ...": a signature, then a postscript)
           r"(?:[\s.!]*$|\s*[.,]?\s+p\.?\s?s\b)"
           # "Mme Colin, gérante : ma compagne ...", "Monsieur Lambert, responsable sécurité. Mon
           # époux ...": opening the message, then (a role and)
           # the writer's first words about themselves.
           r"|^\W*(?:{0})\.?\s+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?\s*[,:;\u2014\u2013-]\s*"
           # (a role of up to four words: "Mme Dubois, cheffe de projet : ma femme ...")
           r"(?:[^\W\d_]+(?:[ \t]+[^\W\d_']+){{0,3}}\s*[,:;.\u2014\u2013-]\s*)?"
           r"(?:je|j'|moi|mon|ma|mes|nous|notre|on|i|my|we|our)\b"
           # "Mr Kieran Doyle – please send ...": a full name and a dash open a message as its
           # signature would; "As Mr Oduya, I ...", "en tant que Mme Roux, je ...".
           r"|^\W*(?:{0})\.?\s+[^\W\d_]+(?:[ \t]+[^\W\d_'\u2019-]+){{1,2}}\s*"
           r"(?:[\u2014\u2013]|\s-\s)"
           r"|\b(?:as|en\s+tant\s+que)\s+(?:{0})\.?\s+[^\W\d_]+\s*,\s*(?:i|je|j')\b")
# The writer described at the message's start (or a sentence's), before their first words
# about themselves: "Directrice d'une école, je ...", "Papa de deux enfants avec mon mari, je
# ...", "Gérant du magasin, mon mari ...", "... logiciel ; infirmier libéral, j'aurais ...",
# "gerant dun ptit supermarche avec mon mari" (the partner right after). French nouns tell
# their gender by their ending; a title addressing the reader ("Monsieur, je vous écris") or
# a first name ("Julien, mon mari ...": someone greeted) is no description of the writer, nor
# an adverb or a time ("Maintenant, je ...", "Hier, mon mari ...", "Earlier, my wife ...").
_NOT_A_DESCRIPTION = (r"monsieur|messieurs|docteur|seigneur|maintenant|cependant|avant|pendant|"
                      r"durant|devant|auparavant|pourtant|autant|tant|quant|hier|avant-hier|"
                      r"dernier|premier|entier|bien|rien|combien|leur|meilleur|earlier|easier|"
                      r"un|une|heure|demeure")
_PREPOSITION = r"de|d'|du|des|dun|dune|chez|dans|en|a|au|aux|of|at|with|avec"
_APPOSITION = re.compile(accent_insensitive(
    rf"(?:^|[.;!?\n])[^\w]*(?!(?:{_NOT_A_DESCRIPTION})\b)"
    r"(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*)"
    rf"(?:\s+(?!(?:{_PREPOSITION})\b)(?P<next>[^\W\d_]+))?"
    rf"(?:\s+(?:{_PREPOSITION})\b[^,.;:!?\n]{{0,60}})?"
    r"(?:\s*[,:\u2014\u2013-]\s*(?:je|j'|moi|mon|ma|mes|nous|notre|on|i|my|we|our)\b"
    r"|\s+avec\s+(?:mon|ma)\b)"))
_APPOSED = (("f", re.compile(r"(?:trice|euse|eure|iere|ienne|ante|esse|maman|mere|mum|mom|"
                             r"mother)$")),
            ("m", re.compile(r"(?:teur|eur|ier|ien|ant|papa|pere|dad|daddy|father)$")))
# "Je suis Camille, la gérante": a name any gender bears, then the article that tells.
_NAMED_THEN = r"\bje\s+suis\s+[^\W\d_]+\s*,\s+{0}\s+[^\W\d_]{{3,}}"
# The message opening on a word that agrees with its writer: "Ravie de vous lire !",
# "Enchantée, Mme Lopez", "Désolé du retard".
_OPENING = r"^\W*(?:(?:bonjour|bonsoir|salut|hello)\W+)?(?:{0})\b"
_OPENING_F = "ravie|desolee|enchantee|contente|heureuse|navree|ravie|soulagee|surprise"
_OPENING_M = "ravi|desole|enchante|content|heureux|navre|soulage|surpris"
# "Ma femme et moi, on est toutes les deux associées", "Sarah et moi sommes mariées": a
# couple the writer is in, told feminine.
# "Ma chérie et moi on est toute les deux infirmières", "avec mon épouse, nous sommes deux
# boulangères": two women, the writer one of them.
# ("Ma femme et moi sommes les gérantes du club": the plural's article, then its ending)
_WE_TWO_F = (r"\bet\s+moi\b[^.;!?]{0,40}?\b(?:toutes?\s+(?:les\s+)?deux|(?:on\s+est|nous\s+sommes|"
             r"sommes)\s+(?:toutes?\s+(?:les\s+)?deux\s+)?(?:(?:les|des|deux)\s+)?[^\W\d_]+"
             r"(?:ees|ieres|angeres|ennes|trices|euses|antes))\b"
             r"|\b(?:nous\s+sommes|on\s+est)\s+(?:toutes?\s+(?:les\s+)?deux|deux)\s+(?:[^\W\d_]+\s+)?"
             r"[^\W\d_]+(?:ees|ieres|angeres|ouchere|ennes|trices|euses|antes)\b")
# "En tant que gérant, ...", "Étant moi-même la directrice, ...": the writer's role, its
# article or its ending telling the gender. `{0}` takes the articles, `{1}` the endings.
_AS_A = (r"\b(?:en\s+tant\s+que|etant(?:\s+moi-meme|\s+moi\s+meme)?)\s+"
         r"(?:(?:{0})\s+[^\W\d_]{{3,}}|[^\W\d_]+(?:{1}))\b")
_ROLE_ENDING_F = "trice|euse|iere|ienne|ante|esse"
_ROLE_ENDING_M = "teur|eur|ier|ien|ant"
# "Je soussignée Claire Martin, ...": the formal opening agrees with its writer.
_UNDERSIGNED = r"\bje\s+soussigne"
_WRITER = (
    ("f", re.compile(accent_insensitive(rf"\b{_I_AM_FR}(?:{_FEMININE_FR})\b|{_WE_TWO_F}"
                     rf"|{_UNDERSIGNED}e\b"
                     + "|" + _OPENING.format(_OPENING_F)
                     + "|" + _NAMED_THEN.format("(?:la|une)")
                     + rf"|\b{_I_AM_FR}(?:{_FEMININE_FORM})"
                     r"|\b(?:en\s+tant\s+que|as\s+a|i\s+am\s+a|i'?m\s+a|je\s+suis\s+une?)\s+"
                     r"(?:(?:married|working|proud|single|jeune|simple)\s+)?"
                     r"(?:femme|mere|maman|woman|mother|mum|mom|wife)\b"
                     # ("Aunty Grace here", "Whaea Kiri here": the title of a woman chats use)
                     "|" + _TITLED.format("mrs|ms|miss|mme|madame|mlle|aunty|auntie|whaea|mama")
                     # "on est 2 filles", "we're two women": a couple, the writer one of them
                     + r"|\b(?:on\s+est|nous\s+sommes|we\s+are|we'?re)\s+(?:2|deux|two)\s+"
                     r"(?:filles|femmes|nanas|meufs|women|girls|ladies)\b"
                     # "ma blonde pis moi, deux filles qui ...": the couple, in apposition
                     r"|\b(?:et|pis|and|&)\s+(?:moi|me|i)\s*,?\s+(?:2|deux|two)\s+"
                     r"(?:filles|femmes|nanas|meufs|women|girls|ladies)\b"
                     # "Mon mari et moi, deux papas ...": a couple of mothers or fathers;
                     # "Jordan (she/her)": the pronouns a writer gives
                     r"|\b(?:deux|2|two)\s+(?:mamans|meres|mums|moms|mothers|mamas)\b"
                     r"|\b(?:she|elle)\s*/\s*(?:her|elle)\b"
                     + "|" + _AS_A.format("la|une", _ROLE_ENDING_F)
                     # "c'est moi, la fille des étiquettes, qui vous écris": the writer named
                     # by a role, its article telling
                     + r"|\bc'?\s*est\s+moi\s*,\s+(?:la|une)\s+[^\W\d_]{3,}"
                     # "Mrs Ann Kelly. My wife ...": a titled name alone opening the message,
                     # as a letterhead (not "Mrs Kelly, my wife ...", which greets her)
                     + r"|^\W*(?:mrs|ms|miss|mme|madame|mlle)\.?\s+[^\W\d_]+(?:\s+[^\W\d_'\u2019-]+"
                     r"(?:['\u2019-][^\W\d_]+)?)?\s*\.(?=\s|$)"))),
    ("m", re.compile(accent_insensitive(rf"\b{_I_AM_FR}(?:{_MASCULINE_FR})\b|{_UNDERSIGNED}\b"
                     + "|" + _OPENING.format(_OPENING_M)
                     + "|" + _NAMED_THEN.format("(?:le|un)")
                     + rf"|\b{_I_AM_FR}(?:{_MASCULINE_FORM})"
                     r"|\b(?:en\s+tant\s+que|as\s+a|i\s+am\s+a|i'?m\s+a|je\s+suis\s+une?)\s+"
                     r"(?:(?:married|working|proud|single|jeune|simple)\s+)?"
                     r"(?:homme|pere|papa|man|father|dad|husband)\b"
                     "|" + _TITLED.format(r"mr|m(?=\.)|monsieur|uncle|matua")
                     + r"|\b(?:on\s+est|nous\s+sommes|we\s+are|we'?re)\s+(?:2|deux|two)\s+"
                     r"(?:gars|hommes|mecs|men|guys|blokes|lads)\b"
                     r"|\b(?:et|pis|and|&)\s+(?:moi|me|i)\s*,?\s+(?:2|deux|two)\s+"
                     r"(?:gars|hommes|mecs|men|guys|blokes|lads)\b"
                     r"|\b(?:deux|2|two)\s+(?:papas|peres|dads|daddies|fathers)\b"
                     r"|\b(?:he|il)\s*/\s*(?:him|lui)\b"
                     + "|" + _AS_A.format("le|un", _ROLE_ENDING_M)
                     + r"|\bc'?\s*est\s+moi\s*,\s+(?:le|un)\s+[^\W\d_]{3,}"
                     + r"|^\W*(?:mr|monsieur|m)\.?\s+[^\W\d_]+(?:\s+[^\W\d_'\u2019-]+"
                     r"(?:['\u2019-][^\W\d_]+)?)?\s*\.(?=\s|$)"))),
)
# Greetings after which "c'est ..." or "it's ..." introduces the writer, not someone else
# ("c'est Julien qui passera" names who comes).
_GREETING = (r"bonjour|bonsoir|salut|slt|coucou|hello|hallo|hi|hey|allo|hiya|howdy|salaam|salam|yo|"
             r"wesh|hej|moin|servus|ciao|ola|"
             r"assalamu\s+alaikum|salam\s+alaykoum|namaste|hola|kia\s+ora|jambo|habari|"
             r"sawubona|howzit|morning|good\s+morning|good\s+afternoon|dear\s+all")
# The writer's first name: in a signature (the message's last one or two words, after a
# sign-off, a sentence's end or a line break) or an introduction.
_WRITER_NAME = (
    re.compile(accent_insensitive(
        rf"(?:^|[.!?\n,;:\u2014\u2013-]|\b(?:{_SIGN_OFF}|signe|signed))\s*"
        # ("Signé Rafael": the name is the one signed, not "Signe")
        r"(?!(?:signe|signed)\s)(?P<name>[^\W\d_]+)"
        r"(?:[ \t]+[^\W\d_.]+\.?)?[\s.!]*$")),
    re.compile(accent_insensitive(
        r"\b(?:je\s+m'?\s*appelle|je\s+suis|moi\s+c(?:'?\s*est)?|my\s+name\s+is|my\s+name'?s|"
        r"this\s+is|i'?m|i\s+am|ici|soy|me\s+llamo|ich\s+bin|ik\s+ben|ek\s+is|hier\s+ist|jsuis|jsui|"
        r"sono|mi\s+chiamo|eu\s+sou|me\s+chamo|"
        # ("Chu Geneviève": Québec's "je suis"; "je soussigné Paul Girard")
        r"j'?\s*suis|chu|chui|chuis|je\s+soussignee?|je\s+me\s+presente\s*[,:]|"
        r"let\s+me\s+introduce\s+myself\s*[,:])\s+(?P<name>[^\W\d_]+)")),
    # "c'est moi, Aurélie, qui gère", "et moi florian je dois l'aider": the writer named
    # beside "moi".
    re.compile(accent_insensitive(
        r"\b(?:c'?\s*est\s+moi|moi)\s*,?\s+(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)\s*,?\s+"
        # ("mon epouse et moi nadia on a une piscine": the couple's verb after the name)
        r"(?:qui|je|j'|jdois|jvais|on|nous)\b")),
    # "... a second ripening room. Mags (Margaret Doyle)": a signature with the full name in
    # brackets, the first name inside telling.
    re.compile(accent_insensitive(
        r"(?:^|[.!?\n,;:\u2014\u2013-])\s*[^\W\d_]+\s*\((?P<name>[^\W\d_]+)"
        r"(?:[ \t]+[^\W\d_'\u2019-]+(?:['\u2019-][^\W\d_]+)?){0,2}\)[\s.!]*$")),
    # "Signé Thomas — c'est mon mari qui vous a appelé": a signature opening the message
    # ("Signing off as Fiona; my wife will forward ...")
    re.compile(accent_insensitive(
        r"^\W*(?:signe|signed|signing\s+off\s+as|signed\s+off\s+as|sign(?:ing)?\s+as)\s*:?\s+"
        r"(?P<name>[^\W\d_]+)")),
    # "Mon mari et moi, Jean-Paul, gérons ...", "my wife and I (well, me, Dave,) ...": the
    # writer named in apposition to "moi" / "me".
    re.compile(accent_insensitive(
        r"\b(?:et\s+moi|moi|and\s+i|and\s+me|me|myself)\s*,\s*(?P<name>[^\W\d_]+"
        r"(?:-[^\W\d_]+)?)\s*,")),
    # "Jonathan Reid, Fleet Manager. Please copy my husband": a letterhead, the writer's
    # name and role opening the message.
    re.compile(accent_insensitive(
        r"^\W*(?P<name>[^\W\d_]+)(?:\s+[^\W\d_'\u2019-]+(?:['\u2019-][^\W\d_]+)?){1,2}\s*,\s+"
        r"(?:[^\W\d_]+\s+){0,3}(?:manager|director|directeur|directrice|responsable|gerante?|"
        r"owner|buyer|acheteuse|acheteur|officer|coordinator|coordinatrice|coordinateur|"
        r"engineer|ingenieure?|lead|head|ceo|cfo|coo|cto|md|secretary|secretaire|clerk|"
        r"supervisor|administrator|administratrice|administrateur|superintendent|president|"
        r"presidente|chair|treasurer|tresoriere?|founder|fondatrice|fondateur|partner|associee?|"
        r"steward|planner|controller|accountant|comptable)\s*[.,:;\n\u2014\u2013-]")),
    # "Apologies from Daniel: ...", "Message from Priya - ...", as the message opens.
    re.compile(accent_insensitive(
        r"^\W*(?:[^\W\d_]+\s+){0,2}from\s+(?P<name>[^\W\d_]+)\s*[:,\-\u2014\u2013]")),
    # "Mark here", "Julien ici", "Anna speaking", at the start or after a greeting or thanks
    # ("Thanks, Greg here": the name "here" follows is the writer's, not the one thanked).
    re.compile(accent_insensitive(
        rf"(?:^|\b(?:{_GREETING}|thanks|thank\s+you|thx|cheers|merci)\b)[\s,!.:;\-]*"
        rf"(?!(?:{_GREETING}|thanks|thank|thx|cheers|merci)\b)"
        r"(?:(?:dr|doctor|prof|professor|docteur|dre?|rev|reverend|pastor|pasteur|father|"
        r"fr)\.?\s+)?"
        r"(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)(?:[ \t]+[^\W\d_]+(?:['\u2019-][^\W\d_]+)?)?"
        # ("Emma from the office here", "Karolina tutaj": where from, and the languages mixed in)
        r"(?:\s*,\s*[^,.;:!?\n]{1,30}|\s+from\s+[^,.;:!?\n]{1,30}?)?"
        r"\s+(?:here|speaking|again|writing|hier|ici|aqui|aquí|tutaj|hapa|"
        r"a\s+l'?appareil|tu(?=\s*[.!:;\u2014\u2013-]))\b")),
    # "Antoine Roux, conseiller municipal élu ... ; mon mari et moi ...": the message opens on
    # the writer's full name and role, then their first words about themselves (a lone first
    # name may be someone greeted: "Julien, mon mari passera").
    re.compile(accent_insensitive(
        r"^\W*(?P<name>[^\W\d_]+)(?:[ \t]+[^\W\d_]+(?:['\u2019-][^\W\d_]+)?){1,2}\s*,\s*"
        r"(?!merci|thanks|thank|bonjour|hello|hi)[^\W\d_][^,.;:!?\n]{2,60}?\s*[,.;:\u2014\u2013-]\s*"
        r"(?:je|j'|moi|mon|ma|mes|nous|notre|i|my|we|our)\b")),
    # "Sarah, responsable achats : ma compagne ...", "Priya, procurement lead - my wife ...":
    # the message opens on a first name and the writer's role, then their first words about
    # themselves; the role is what tells a signature from a greeting ("Paul, petite question :
    # ma femme ..." greets Paul).
    re.compile(accent_insensitive(
        r"^\W*(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)\s*,\s*(?=[^,.;:!?\n]{0,40}?\b(?:responsable|"
        r"directeur|directrice|gerant|gerante|chef|cheffe|patron|patronne|manager|lead|head|"
        r"director|owner|founder|buyer|officer|coordinator|supervisor|foreman|ceo|cfo|coo|cto|"
        r"[^\W\d_]+(?:teur|trice|euse|iere|ienne|ante))\b)[^\W\d_][^,.;:!?\n]{2,40}?"
        r"\s*[,.;:\u2014\u2013-]\s*(?:je|j'|moi|mon|ma|mes|nous|notre|i|my|we|our)\b")),
    # "... je serai moins disponible. Élodie, gérante de la brasserie": the message closes on
    # the writer's first name and role, as a signature.
    re.compile(accent_insensitive(
        r"[.!?\n]\s*(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)\s*,\s*(?:responsable|directeur|"
        r"directrice|gerant|gerante|chef|cheffe|patron|patronne|fondateur|fondatrice|presidente?|"
        r"manager|lead|head|director|owner|founder|buyer|officer|coordinator|supervisor|foreman|"
        r"ceo|cfo|coo|cto|pdg|dg|[^\W\d_]+(?:teur|trice|euse|iere|ienne|ante))\b"
        r"[^.!?\n]{0,50}[.!\s]*$")),
    # "my husband Hamish and I (Robert)": the writer named in brackets after themselves.
    re.compile(accent_insensitive(
        r"\b(?:and\s+i|and\s+me|me|i|myself|et\s+moi|moi|moi-meme)\s*\(\s*(?P<name>[^\W\d_]+)")),
    # "Bonjour, c'est Julien", "hello it's Anna", at the start or after a greeting.
    re.compile(accent_insensitive(
        rf"(?:^|\b(?:{_GREETING})\b)[\s,!.:;\-]*(?:c'?\s*est|c|it'?s|it\s+is)\s+"
        r"(?P<name>[^\W\d_]+)(?!'|\s+qui\b|\s+who\b)")),
    # "Cheers, Priya - my wife will sign": a closing, then a name and a break.
    re.compile(accent_insensitive(
        rf"\b(?:{_CLOSING})\s*[,:!.]*\s+(?P<name>[^\W\d_]+)(?:[ \t]+[^\W\d_]+)?"
        r"\s*(?:[,.;:!\n\u2014\u2013]|\s-)")),
)
_AGREEMENT = frozenset(f"{_FEMININE_FR}|{_MASCULINE_FR}".split("|"))
# The writer's partner, and that partner's gender.
# Chat spellings count ("mon mec", "my husbend", "my boyfrend"): a typo hides nothing; nor
# does an ex ("my ex-girlfriend"), nor the words of the languages visitors mix in ("mi
# esposa", "mein Mann", "mijn vriendin"). "Mon copain" / "ma copine" are friends as often as
# partners, but recall comes first here: masked for nothing, a friend costs a consent
# question; missed, a partner leaves an orientation in clear.
_EX = r"(?:ex[-\s]?)?"
_AN_EX = re.compile(r"\bex\b|\bex-?(?=[^\W\d_])")
_PARTNER = re.compile(accent_insensitive(
    r"\b(?P<m>(?:mon|my)\s+" + _EX + r"(?:mari|epoux|compagnon|conjoint|fiance|cheri|husband|"
    r"boyfriend|hubby|hubbie|husbend|husbnd|husban|husbund|husbant|hubsand|huband|husand|"
    r"boyfrend|boyfreind|boifrend|boifriend|boyfirend|bofriend|tane|"
    # ("mon petit amis": the plural's "s" as chats misspell it)
    r"husbands|bf|copain|copin|petit\s+amis?|petit\s+copain|chum)|mon\s+mec|"
    # ("Gav here, the hubby's obsessed with astronomy": the writer's own, as people say it)
    r"the\s+(?:hubby|hubbie)|mi\s+(?:esposo|marido|novio)|mein\s+(?:mann|ehemann|freund)|"
    r"mijn\s+(?:man|echtgenoot|vriend)|(?:il\s+)?mio\s+(?:marito|fidanzato|ragazzo|compagno)|"
    r"meu\s+(?:marido|namorado|noivo|companheiro)|m[oó]j\s+(?:m[aą][zż]|chłopak|chlopak|narzeczony)|"
    # ("my namorada is the head chef": the partner named in the writer's language)
    r"my\s+(?:namorado|novio|esposo|marido|marito|fidanzato|ragazzo|echtgenoot|ehemann)"
    # ("Moi c'est Marco, mon marito et moi ...": the French article, the Italian word)
    r"|mon\s+(?:marito|marido|esposo|novio|ehemann|fidanzato|compagno|namorado))\b"
    r"|\b(?P<f>(?:ma|my)\s+" + _EX + r"(?:femme|compagne|conjointe|fiancee|cherie|wife|"
    r"girlfriend|missus|wifey|wifes|wfie|wief|wiife|girlfrend|girlfreind|grilfriend|girlfirend|gurlfriend|gf|copine|petite\s+amie|"
    r"petite\s+copine|wahine)"
    # ("ma fiancé Laura": the article tells her, whatever the spelling)
    r"|mon\s+" + _EX + r"epouse|ma\s+" + _EX + r"fiance\b|ma\s+meuf|"
    r"ma\s+blonde(?=\s+(?:pis|et|pi|puis|m'a|est|a|va|on|"
    r"travaille|vient|viendra|passera|s'occupe|gere)\b)|my\s+vrou|mi\s+(?:esposa|mujer|novia)|meine\s+(?:frau|ehefrau|"
    r"freundin)|mijn\s+(?:vrouw|echtgenote|vriendin)|(?:la\s+)?mia\s+(?:moglie|fidanzata|ragazza|"
    r"compagna)|minha\s+(?:esposa|mulher|namorada|noiva|companheira)|moja\s+(?:[zż]ona|dziewczyna|narzeczona)|"
    r"my\s+(?:namorada|novia|esposa|mujer|moglie|fidanzata|ragazza|freundin|vriendin|"
    r"echtgenote|ehefrau)|ma\s+(?:moglie|esposa|mujer|novia|fidanzata|namorada|ehefrau))\b"
    r"(?!\s+de\s+(?:menage|chambre))"))
# Afrikaans "my man" is "my husband", read so only where the writer introduces themself in
# Afrikaans ("Ek is Pieter, en my man Johan ...").
_AFRIKAANS = re.compile(r"\bek\s+is\b")
_AFRIKAANS_HUSBAND = re.compile(r"\bmy\s+(?P<m>man|eggenoot)\b")
# "Me and the boyfriend", "the wife and I": the writer's own, as British chats say it.
_THE_PARTNER = re.compile(
    r"\b(?:me\s+and|and\s+me|with)\s+the\s+(?:(?P<m>boyfriend|husband|hubby|fella)|"
    r"(?P<f>girlfriend|wife|missus))\b"
    r"|\bthe\s+(?:(?P<m2>boyfriend|husband|hubby|fella)|(?P<f2>girlfriend|wife|missus))"
    r"\s+and\s+(?:i|me)\b"
    # "the husband's picking them up", "the missus will sign": the writer's own, as the
    # subject of what they do (not "the wife of the owner").
    r"|\bthe\s+(?:(?P<m3>husband|hubby)|(?P<f3>wife|missus))(?='s\b|\s+(?:is|was|will|has|"
    r"had|says|said|can|could|would|wants|needs|thinks|reckons|handles|does|did)\b)"
    # "Boyfriend's birthday Saturday so I'm off": the writer's own, the "my" dropped as
    # chats drop it, opening a sentence.
    # ("its dave, bf has a bad nut allergy": after the writer's own introduction)
    r"|(?:^|(?<=[.!?] )|(?<=[.!?,;:] )(?=\W*(?:bf|gf|boyfriend|girlfriend)\s+has\b))"
    r"\W*(?:(?P<m4>boyfriend|husband|hubby|bf)|(?P<f4>girlfriend|wife|"
    r"missus|gf))(?='s\b|\s+(?:is|was|will|has|had|says|said|wants|needs|thinks|reckons)\b)"
    # "ben here, hubby n me need a ticket gate": the couple, the "my" dropped, opening a clause
    r"|(?:^|(?<=[.!?,;:] ))\W*(?:(?P<m5>boyfriend|husband|hubby|bf)|(?P<f5>girlfriend|wife|"
    r"wifey|missus|gf))(?=\s+(?:n|and|an|&)\s+(?:me|i)\b)",
    re.IGNORECASE)
# "Mon ami" / "mon amie" in a couple's own words: "pacsée avec mon amie", "je vis avec mon ami".
_COUPLE_FRIEND = re.compile(accent_insensitive(
    r"\b(?:pacsee?s?|mariee?s?|en\s+couple|vis|vit|vivons|habite|habitons|fiancee?s?)"
    r"(?:\s+(?:ensemble|depuis\s+\w+\s+\w+))?\s+avec\s+"
    r"(?:(?P<m>mon\s+(?:ami|partenaire))|(?P<f>mon\s+amie|ma\s+partenaire))\b"))
# "Je suis en couple avec une femme", "married to a man": the partner's gender said outright.
_COUPLE_WITH = re.compile(accent_insensitive(
    r"\b(?:en\s+couple|mariee?|pacsee?|fiancee?|vis|vit|in\s+a\s+relationship|married|engaged|"
    r"living)\s+(?:avec|a|with|to)\s+(?:(?P<f>une\s+femme|a\s+woman)|(?P<m>un\s+homme|a\s+man))\b"))
# "Marco, the man I'm marrying in June", "la femme que j'épouse": the partner by who they are
# to the writer.
_THE_ONE_I_WED = re.compile(accent_insensitive(
    r"\b(?:(?P<m>the\s+man|l'\s*homme)|(?P<f>the\s+woman|la\s+femme))\s+"
    r"(?:(?:that|who)\s+)?(?:i\s+am|i'?m|i\s+will\s+be|i'?ll\s+be)\s+(?:marrying|engaged\s+to|"
    r"getting\s+married\s+to|dating|seeing|living\s+with)\b"
    r"|\b(?:(?P<m2>l'\s*homme)|(?P<f2>la\s+femme))\s+(?:que\s+j'\s*(?:epouse|aime|vais\s+"
    r"epouser)|avec\s+qui\s+je\s+(?:vis|me\s+marie|suis\s+pacsee?)|de\s+ma\s+vie)\b"))
# "Sarah and I married last spring", "Paul et moi sommes pacsés": a partner named with the
# writer, as a couple; the name tells the gender.
_NAME_AND_I_WED = re.compile(accent_insensitive(
    r"\b(?P<name>[^\W\d_]+)\s+(?:and\s+(?:i|me)|et\s+moi)\b[^.;!?]{0,60}?\b(?:married|wed|"
    r"got\s+engaged|are\s+engaged|tied\s+the\s+knot|civil\s+partners|mariee?s|pacsee?s|"
    # ("Julie et moi, on vit ensemble depuis dix ans": a couple's home, told)
    r"fiancee?s|(?:on\s+vit|vivons|on\s+habite|habitons)\s+ensemble|(?:live|have\s+lived|"
    r"moved\s+in)\s+together)\b"))
# A partner of no stated gender whose name or title follows ("my partner Mike", "my spouse,
# Mr Kevin Lee", "ma partenaire Julie"): their gender is their name's or title's.
_NAMED_PARTNER = re.compile(accent_insensitive(
    r"\b(?:my|mon|ma)\s+(?:partner|spouse|other\s+half|partenaire|moitie)\s*,?\s+"
    r"(?:(?P<tm>mr|m\.|monsieur)|(?P<tf>mrs|ms|miss|mme|madame|mlle))?\.?\s*"
    # ("my partner, Dr Alison Keane": a title that tells no gender, the name does)
    r"(?:(?:dr|doctor|docteur|prof|professor|professeure?)\.?\s+)?"
    r"(?P<name>[^\W\d_]+)"))
# Someone else's partner of their own gender, told by an English possessive ("his husband",
# "her wife", "Mr Liu's husband", "Emma's girlfriend") or a French name or title before "et
# son mari" / "et sa femme" ("Marc et son mari", "Mme Roux et sa compagne"), or after "le mari
# de" / "la femme de".
_MEN = r"mr|monsieur|m\."
_WOMEN = r"mrs|ms|miss|mme|madame|mlle"
_HIS = r"husband|boyfriend|hubby|bf"
_HERS = r"wife|girlfriend|missus|wifey|gf"
# A colleague named by a French noun whose ending tells their gender, with "son"/"sa" partner
# ("notre directeur commercial vit avec son compagnon", "la gérante et sa femme"). `{0}` takes
# the noun, `{1}` the partner.
# "Notre directeur, M. Lemaire, vient au gala avec son mari": the name apposed and a few
# words between, none of them another person.
_ROLE_AND_PARTNER = (r"|\b(?:notre|votre|mon|ma|le|la|leur|cette|ce)\s+(?:{0})(?:\s+[^\W\d_]+)?"
                     r"(?:\s*,\s*(?:(?:m|mr|monsieur|mme|madame|mlle)\.?\s+)?[^\W\d_]+"
                     r"(?:\s+[^\W\d_]+)?\s*,)?"
                     r"(?:\s+(?!(?:mme|madame|mlle|m|monsieur|elle|il|lui|sa|son|ses|la|le|"
                     r"les|une|un|et|avec|qui|dont)\b)[^\W\d_]+){{0,4}}?"
                     r"\s+(?:et|avec|vit\s+avec|habite\s+avec|viendra\s+avec|est\s+"
                     r"(?:mariee?|pacsee?)\s+avec)\s+{1}")
_ROLE_F = (r"(?:[^\W\d_]+(?:trice|euse|iere|ienne|ante|esse)|patronne|cliente|employee|"
           r"salariee|associee|candidate|elue|deleguee)")
_ROLE_M = (r"(?:[^\W\d_]+(?:teur|eur|ier|ien|ant)|patron|client|employe|salarie|associe|"
           r"candidat|elu|delegue)")
# A surname and a comma between a name and "et son mari" (not "et" itself); a surname only
# with its comma ("Notre comptable Sophie et sa femme" names Sophie).
_SURNAME_COMMA = r"(?:(?:\s+(?!et\b)[^\W\d_]+(?:-[^\W\d_]+)?)?\s*,)?"
_THEIR_PARTNER = (
    ("m", re.compile(accent_insensitive(
        rf"\bhis\s+(?:{_HIS})\b"
        rf"|\b(?:(?P<title0>{_MEN})\.?\s+)?(?P<name>[^\W\d_]+)'s\s+(?:{_HIS})\b"
        # ("Notre chef d'atelier, Rémi Castel, et son mari Hugo": the surname and a comma)
        r"|\b(?:(?P<title>" + _MEN + r")\.?\s+)?(?P<name2>[^\W\d_]+)" + _SURNAME_COMMA
        + r"\s+et\s+son\s+"
        r"(?:mari|epoux|compagnon|fiance)\b"
        r"|\b(?:mari|epoux|compagnon)\s+d[e']\s*(?:(?P<title3>" + _MEN + r")\.?\s+)?"
        r"(?P<name3>[^\W\d_]+)"
        + _ROLE_AND_PARTNER.format(_ROLE_M, r"son\s+(?:mari|epoux|compagnon|fiance|mec)")))),
    ("f", re.compile(accent_insensitive(
        rf"\bher\s+(?:{_HERS})\b"
        rf"|\b(?:(?P<title0>{_WOMEN})\.?\s+)?(?P<name>[^\W\d_]+)'s\s+(?:{_HERS})\b"
        r"|\b(?:(?P<title>" + _WOMEN + r")\.?\s+)?(?P<name2>[^\W\d_]+)" + _SURNAME_COMMA
        + r"\s+et\s+"
        r"(?:sa\s+(?:femme|compagne|conjointe|fiancee)|son\s+epouse)\b"
        r"(?!\s+de\s+(?:menage|chambre))"
        r"|\b(?:femme|compagne|epouse)\s+d[e']\s*(?:(?P<title3>" + _WOMEN + r")\.?\s+)?"
        r"(?P<name3>[^\W\d_]+)"
        + _ROLE_AND_PARTNER.format(_ROLE_F, r"(?:sa\s+(?:femme|compagne|conjointe|fiancee|"
                                               r"copine)|son\s+epouse)\b(?!\s+de\s+(?:menage|chambre))")))),
)


# "Je suis Marie, mon mari joue au golf": capitalised and unaccented after "je suis", "Marie"
# is the writer's first name, not "marié" (married, said of a man).
_NAMED_MARIE = re.compile(r"\b(?:[Jj]e\s+suis|[Jj]\s*suis|[Cc]hui)\s+(?P<name>Marie)\b(?!-)")


def _lowered(text: str) -> str:
    """`text` in lower case, offsets kept, the first name "Marie" after "je suis" written as
    a name no agreement reads ("maria": a woman's name too, of the same length)."""
    low = lower_same_length(text)
    for match in _NAMED_MARIE.finditer(text):
        low = low[:match.start("name")] + "maria" + low[match.end("name"):]
    return low


def same_gender_partner(text: str) -> list[Finding]:
    """The partners named in `text` whose gender is their partner's, as told by the text:
    the writer's own ("my husband", signed by a man) or someone else's ("his husband")."""
    low = _lowered(text)  # spans carry over to `text`
    found = [_finding(text, start, end, gender, "someone")
             for start, end, gender in _their_partners(low)]
    partners = [span for span in _writers_partners(low)
                if not any(f.start < span[1] and span[0] < f.end for f in found)]
    writer = _writer_gender(low) if partners else None
    if writer is None:
        return found
    found += [_finding(text, start, end, writer, "the writer")
              for start, end, partner in partners if partner == writer]
    return sorted(found, key=lambda f: f.start)


def other_gender_partners(text: str) -> list[tuple[int, int]]:
    """The spans of the writer's partners whose gender the text tells is not the writer's
    ("Je suis Thomas, ma femme organise le séminaire"): such a couple reveals nothing, and
    the model, which cannot weigh who writes, is overruled there. Not an ex ("since coming
    out I've left my ex-husband"): a past partner tells nothing of the present."""
    low = _lowered(text)
    partners = [(start, end, partner) for start, end, partner in _writers_partners(low)
                if not _AN_EX.search(low, start, end)]
    writer = _writer_gender(low) if partners else None
    return [] if writer is None else [(start, end) for start, end, partner in partners
                                      if partner != writer]


def _writer_gender(low: str) -> str | None:
    """The writer's gender ("m", "f") when the text tells one and only one (a quote, or a
    couple writing, may tell both: no guess)."""
    genders = {gender for gender, pattern in _WRITER if pattern.search(low)}
    genders |= _named_writer(low) | _apposed_writer(low)
    return genders.pop() if len(genders) == 1 else None


def _finding(text: str, start: int, end: int, gender: str, whose: str) -> Finding:
    who = "woman" if gender == "f" else "man"
    return Finding(
        type=SPECIAL_CATEGORY, start=start, end=end, score=0.8, detector=DETECTOR,
        subtype="sexual_orientation",
        reason=f"sexual orientation: '{text[start:end]}', partner of {whose}, written by a "
               f"{who}" if whose == "the writer" else
               f"sexual orientation: '{text[start:end]}', the partner of a {who}, as the "
               "message's own words tell")


# "my wedding to Ms Ellen Shaw", "notre mariage avec Julien": the one the writer weds, whose
# title or first name tells their gender.
_WEDDING_TO = re.compile(accent_insensitive(
    r"\b(?:my|our|mon|notre)\s+(?:wedding|marriage|engagement|civil\s+partnership|mariage|"
    r"pacs|union|fiancailles)\s+(?:to|with|avec)\s+"
    r"(?:(?P<tm>mr|m\.|monsieur)|(?P<tf>mrs|ms|miss|mme|madame|mlle))?\.?\s*"
    r"(?:(?:dr|doctor|docteur|prof|professor|professeure?)\.?\s+)?(?P<name>[^\W\d_]+)"))


def _writers_partners(low: str) -> list[tuple[int, int, str]]:
    """The writer's partners named in `low`, with their gender ("m", "f")."""
    spans = [(*match.span(gender), gender) for pattern in (_PARTNER, _COUPLE_FRIEND, _COUPLE_WITH)
             for match in pattern.finditer(low)
             for gender in ("m" if match.group("m") else "f",)]
    for match in _THE_ONE_I_WED.finditer(low):
        group = next(g for g in ("m", "f", "m2", "f2") if match.group(g))
        spans.append((*match.span(group), group[0]))
    if _AFRIKAANS.search(low):
        spans += [(*match.span(), "m") for match in _AFRIKAANS_HUSBAND.finditer(low)]
    for match in _THE_PARTNER.finditer(low):
        group = next(g for g in ("m", "f", "m2", "f2", "m3", "f3", "m4", "f4", "m5", "f5")
                     if match.group(g))
        spans.append((*match.span(group), group[0]))
    for match in _NAME_AND_I_WED.finditer(low):
        gender = _gender_of(match.group("name"))
        if gender:
            spans.append((*match.span("name"), gender))
    for match in (*_NAMED_PARTNER.finditer(low), *_WEDDING_TO.finditer(low)):
        gender = ("m" if match.group("tm") else "f" if match.group("tf")
                  else _gender_of(match.group("name")))
        if gender:
            spans.append((match.start(), match.end("name"), gender))
    return spans


# "Mme Leroy et Mme Diallo, nous sommes mariées": a couple wed, told by the feminine plural
# (the masculine plural, "nous sommes mariés", may be any couple).
_WED_WOMEN = re.compile(accent_insensitive(
    r"\b(?:nous\s+sommes|on\s+est|sommes)\s+(?:toutes\s+(?:les\s+)?deux\s+)?(?:mariees|pacsees|"
    r"fiancees)\b"))


# "first anniversary as husbands", "wife and wife": a couple of one gender, said outright,
# whoever writes.
_SAME_COUPLE = re.compile(accent_insensitive(
    r"\b(?:as|en\s+tant\s+que)\s+(?:(?P<m>husbands|maris|epoux)|(?P<f>wives|epouses))\b"
    r"|\b(?:(?P<m2>husband\s+(?:and|&)\s+husband|mari\s+et\s+mari)|"
    r"(?P<f2>wife\s+(?:and|&)\s+wife|femme\s+et\s+femme|epouse\s+et\s+epouse))\b"))


def _their_partners(low: str) -> list[tuple[int, int, str]]:
    """Someone else's partners of their own gender named in `low` ("his husband", "Marc et
    son mari"), with that gender; a couple of women saying they are wed; a couple of one
    gender said outright ("as husbands")."""
    spans = [(*match.span(), "f") for match in _WED_WOMEN.finditer(low)]
    for match in _SAME_COUPLE.finditer(low):
        group = next(g for g in ("m", "f", "m2", "f2") if match.group(g))
        spans.append((*match.span(group), group[0]))
    for gender, pattern in _THEIR_PARTNER:
        for match in pattern.finditer(low):
            named = [(match.group(g), match.group(t)) for g, t in
                     (("name", "title0"), ("name2", "title"), ("name3", "title3"))
                     if match.group(g)]
            if named:
                name, title = named[0]
                if not title and _gender_of(name) != gender:
                    continue  # "Claude's husband", "the company's wife" tell nothing
            spans.append((*match.span(), gender))
    return spans


def _gender_of(name: str) -> str | None:
    """The gender a first name tells, when only one gender bears it; a compound one
    ("Jean-Marc", "Marie-Claire") tells its parts' gender when they do not disagree."""
    name = fold(name)
    if "-" in name:
        told = {_gender_of(part) for part in name.split("-") if part} - {None}
        return told.pop() if len(told) == 1 else None
    if name in _AGREEMENT:
        return None  # "je suis marié" tells the writer's gender, not a name ("Marie")
    return "m" if name in MASCULINE else "f" if name in FEMININE else None


def _named_writer(low: str) -> set[str]:
    """The writer's gender as their signed or introduced first name tells it ("m", "f")."""
    genders = set()
    for pattern in _WRITER_NAME:
        for match in pattern.finditer(low):
            gender = _gender_of(match.group("name"))
            if gender:
                genders.add(gender)
    return genders


def _apposed_writer(low: str) -> set[str]:
    """The writer's gender as the noun describing them at the message's start tells it."""
    genders: set[str] = set()
    for match in _APPOSITION.finditer(low):
        noun = fold(match.group("noun"))
        # "Jeune papa, ...": the word after an epicene one may tell it.
        words = [noun] + ([fold(match.group("next"))] if match.group("next") else [])
        if any(word in MASCULINE or word in FEMININE for word in words):
            continue  # "Bonjour Julien, mon mari passera": someone greeted
        genders |= {gender for word in words for gender, ending in _APPOSED
                    if ending.search(word)}
    return genders
