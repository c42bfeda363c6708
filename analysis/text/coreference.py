"""Light coreference for attribution sources: does "the pope", "the tycoon", "the new poll",
"they" or "it" point back to a person or organisation the article has named?

News writing names a source once and then refers back to it with a role noun that stood
beside the name ("Pope Francis ... the pope"; "Donald Trump, the real estate tycoon, ...
the tycoon said"; "a Quinnipiac University poll ... the new poll found") or with a
pronoun ("Judges Ana Ruiz and Li Wei ... they wrote"). Such a source is ``named``: the
reader can look it up a few lines above. A bare "the official" or "the source", which the
writer leaves unnamed on purpose, never stood beside a name and stays ``anonymous``.

The index is built in one pass over the tokens (a dictionary from role noun to the offset
where it first stood beside a name); a pronoun looks back a bounded number of tokens.
"""

from __future__ import annotations

import bisect
from bisect import bisect_left
from typing import Any

from analysis.text.document import Document, Token
from analysis.text.sources import GENERIC_HEADS, ROLE_HEADS

# Capitalised titles inside a name, and the noun a later description uses for them.
TITLES = {"pope": "pope", "president": "president", "senator": "senator", "sen": "senator",
          "rep": "congressman", "representative": "representative", "gov": "governor",
          "governor": "governor", "judge": "judge", "justice": "justice", "mayor": "mayor",
          "secretary": "secretary", "gen": "general", "general": "general",
          "chancellor": "chancellor", "king": "king", "queen": "queen", "prince": "prince",
          "cardinal": "cardinal", "bishop": "bishop", "archbishop": "archbishop",
          "ambassador": "ambassador", "commissioner": "commissioner", "sheriff": "sheriff",
          "chairman": "chairman", "chairwoman": "chairwoman", "speaker": "speaker",
          "minister": "minister", "premier": "premier", "professor": "professor",
          "prof": "professor", "coach": "coach", "rev": "reverend", "reverend": "reverend",
          "judges": "judges", "justices": "justices", "senators": "senators"}
# Heads of organisations and documents: "the Clinton Foundation ... the foundation said",
# "a CNN/ORC poll ... the poll found", "the Trump campaign ... the campaign said".
ORG_HEADS = frozenset("""department foundation committee center centre institute university
    council campaign agency commission court bank fund association party group board company
    corporation firm network newspaper paper magazine caucus coalition alliance union church
    organization organisation administration ministry government office bureau service
    poll survey study report analysis audit review letter statement lawsuit suit complaint
    filing memo ad video team camp""".split())
# Words that never head a description, whatever stands beside a name.
NOT_ROLES = frozenset("""the a an and or but of for to in on at by with from as that this
    these those his her their its our my your who which said says told asked wrote added
    according when while after before during since than then also not said' was were is
    are has have had will would could should may might can did does do been be being
    there here what where how why all some any each every both other another such more
    most many much few own same new former late dear""".split())
DETERMINERS = frozenset("the this that".split())
PLURAL_PEOPLE = frozenset(w for w in GENERIC_HEADS | ROLE_HEADS if w.endswith("s")) | {
    "people", "men", "women", "voters", "candidates", "members", "lawmakers", "democrats",
    "republicans", "groups", "families", "students", "parents", "reporters"}
LOOKBACK = 60  # tokens a pronoun looks back for its antecedent


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper()  # punctuation and digits are never upper case


class Referents:
    """Role and organisation nouns that stood beside a name, with where they first did.

    The sentences are indexed in order, only as far as a question needs: whether a noun
    first stood beside a name before an offset is known once every sentence that starts
    at or before it is indexed (a noun noted later is noted at a later offset), and the
    attributions ask in text order, so the sentences after the last description asked
    about are never read."""

    def __init__(self, doc: Document) -> None:
        self.tokens = doc.tokens  # not ``doc``, which holds this layer (see voice.Voice)
        self._starts: list[int] | None = None
        self._sentences = doc.sentences
        self._indexed = 0  # the sentences indexed so far
        self.first: dict[str, int] = {}

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return self._starts

    def index_to(self, offset: int) -> None:
        """Index every sentence that starts at or before ``offset``."""
        sentences = self._sentences
        while self._indexed < len(sentences) and sentences[self._indexed].start <= offset:
            sent = sentences[self._indexed]
            self._indexed += 1
            toks = sent.tokens
            # each run starts at a capitalised token: those are found in one comprehension,
            # not by a call per token (most tokens start no run)
            capitals = [k for k, t in enumerate(toks) if t.text[:1].isupper()]
            j = 0
            for i in capitals:
                if i < j:
                    continue  # inside the run before
                j = i
                while j < len(toks) and (_capitalised(toks[j]) or toks[j].text == "."
                                         and j > i and len(toks[j - 1].text) <= 4):
                    j += 1
                self._name(toks, i, j, sent.start)

    def _note(self, word: str, at: int) -> None:
        word = word.lower()
        if len(word) > 2 and word.isalpha() and word not in NOT_ROLES:
            self.first.setdefault(word, at)
            if word in {"poll", "survey"}:  # "a Gallup poll ... the survey found"
                self.first.setdefault("survey" if word == "poll" else "poll", at)

    def _name(self, toks: list[Token], i: int, j: int, sentence_start: int) -> None:
        """Record the nouns beside the capitalised run ``toks[i:j]``."""
        run = [t for t in toks[i:j] if t.is_word]
        if not run or (len(run) == 1 and toks[i].start == sentence_start):
            return  # a lone capitalised first word is no name
        at = toks[i].start
        lowers = [t.lower for t in run]
        for low in lowers[:-1]:
            if low in TITLES:
                self._note(TITLES[low], at)  # "Pope Francis", "Committee Chairman Ed Li"
        if len(run) > 1 and lowers[-1] in ORG_HEADS:
            self._note(lowers[-1], at)  # "the Clinton Foundation"
        if i > 0 and toks[i - 1].is_word and toks[i - 1].text.islower() \
                and toks[i - 1].lower not in TITLES:
            self._note(toks[i - 1].lower, at)  # "real estate mogul Donald Trump"
        for k in range(j, min(j + 2, len(toks))):
            if toks[k].lower in ORG_HEADS:
                self._note(toks[k].lower, at)  # "a Quinnipiac University poll"
                break
            if not (toks[k].is_word and toks[k].text.islower()):
                break  # "the Quinnipiac national poll": one modifier between
        if j + 1 < len(toks) and toks[j].text == ",":
            self._appositive(toks, j + 1, at)

    def _appositive(self, toks: list[Token], k: int, at: int) -> None:
        """"Donald Trump, the real estate tycoon, ...": the head before the next comma or
        preposition, when the aside opens with an article or a possessive."""
        if k >= len(toks) or toks[k].lower not in {"the", "a", "an", "his", "her", "its",
                                                    "their"}:
            return
        end = k + 1
        while end < len(toks) and end - k <= 6 and toks[end].is_word \
                and toks[end].lower not in {"of", "for", "at", "in", "on", "who", "and",
                                             "with", "from", "to"}:
            end += 1
        if end < len(toks) and end > k + 1 and toks[end].lower not in {"who"}:
            head = toks[end - 1]
            if head.text.islower():
                self._note(head.lower, at)

    def describes(self, phrase: list[Token]) -> bool:
        """"the pope", "the real estate tycoon", "the new poll": a definite description whose
        head stood beside a name earlier in the text."""
        words = [t for t in phrase if t.is_word]
        if not 2 <= len(words) <= 5 or words[0].lower not in DETERMINERS:
            return False
        head = words[-1]
        self.index_to(words[0].start)
        at = self.first.get(head.lower)
        return at is not None and at < words[0].start and head.text.islower()

    def pronoun(self, tok: Token, earlier: list[Any]) -> bool:
        """"they" after named plural subjects ("Judges Ruiz and Wei ... they wrote"), "it"
        after a named organisation or document ("The Aleppo Media Center ... it said"): the
        nearest fitting antecedent within ``LOOKBACK`` tokens decides. When that is the
        source of an earlier attribution (``earlier``), its label carries over ("The
        newspaper said ... And it writes")."""
        low = tok.lower
        toks = self.tokens
        k = bisect.bisect_left(self.starts, tok.start)
        for m in range(k - 1, max(-1, k - LOOKBACK), -1):
            t = toks[m]
            if t.lower in {"he", "she"}:
                return False  # a person in between: too far to be sure
            if low == "they" and t.text.islower() and (t.lower in PLURAL_PEOPLE or t.lower.endswith(
                    ("ers", "ors", "ists", "ians", "ants", "ents"))):
                return False  # "officials ... they": an unnamed group
            if low == "they" and t.lower == "and" and 0 < m < len(toks) - 1 \
                    and _capitalised(toks[m - 1]) and _capitalised(toks[m + 1]) \
                    and toks[m - 1].lower not in NOT_ROLES:
                return True  # "Clinton and Sanders"
            if t.lower in ORG_HEADS and (t.text.islower() or low == "it"):
                said = next((a for a in reversed(earlier[-6:]) if a.source
                             and a.source[0] <= t.start < a.source[1]), None)
                if said is not None:
                    return said.label == "named"
                return self._named_org(toks, m)  # "Cole's campaign", "the Media Center"
        return False

    def _named_org(self, toks: list[Token], m: int) -> bool:
        """Is the organisation or document noun at ``m`` tied to a name ("the Clinton
        campaign", "Cole's campaign", "The Aleppo Media Center")?"""
        return any(_capitalised(t) and t.lower not in NOT_ROLES for t in toks[max(0, m - 3) : m])



def _start(t: Token) -> int:
    return t.start


def refers_to_named(doc: Document, sent_tokens: list[Token], source: tuple[int, int],
                    earlier: list[Any]) -> bool:
    """Is the source phrase at ``source`` (in a sentence with ``sent_tokens``) a description
    or pronoun pointing back to a named person or organisation (``earlier``: the
    attributions found before it, whose labels a pronoun may inherit)? The index is built
    on the first call for a document and kept in ``doc.layers``."""
    refs = doc.layers.get("coreference")
    if refs is None:
        refs = doc.layers["coreference"] = Referents(doc)
    words = []  # the source's words: found by binary search, not a scan of a long sentence
    for i in range(bisect_left(sent_tokens, source[0], key=_start), len(sent_tokens)):
        t = sent_tokens[i]  # (indexing: a slice would copy the rest of a long sentence)
        if t.start >= source[1]:
            break
        if t.end <= source[1] and t.is_word:
            words.append(t)
    if len(words) != 1:
        return refs.describes(words)
    if words[0].lower not in {"they", "it"}:
        return False
    return refs.pronoun(words[0], earlier)
