"""Resolution: every mention of a person, state or organisation -> one canonical actor.

The rules, in the order they run over each sentence:

1. ``title``     [country] [portfolio] title [and title] NAME — "Turkish Foreign Minister
                 Mevlut Cavusoglu", "Ukrainian Infrastructure Minister X", "Minister of
                 Foreign Affairs of Kazakhstan X"; NAME, [the] [country's] title or a
                 description — "Sergei Lavrov, Russia's foreign minister", "X, secretary of
                 Iran's Supreme National Security Council", "X, adviser to Prime Minister
                 Y"; title NAME of [the] STATE. The title and country written in the text
                 hold even for people the knowledge base does not know; "former" and rank
                 words ("Vice Finance Minister") keep the state but not the title; the
                 officials of international organisations ("UN envoy X", "the AU's envoy,
                 former President X") act for no state.
2. ``role``      a title with no name — "the Turkish foreign minister", "his Kazakh
                 counterpart", "the Kazakh minister" — is the article's person with that
                 role, else the office holder on the article's date from the knowledge base.
3. ``kb-name``   full names and variants in the knowledge base ("Chavushoglu").
4. ``state``/``side``/``metonym``  "Turkey", "the Turkish side", "Chinese troops",
                 "Russia's military", "the armies of India and Pakistan", "Beijing" as an
                 actor. Not a state: a place ("in Beijing", "in Berlin, Paris and Prague",
                 "from Poland", "Hiroshima, Japan"), a topic ("a summit on Syria"), an
                 attribute ("U.S. dollars", "Japan's southern islands") or a nationality
                 ("Sweden's Loreen").
5. ``org``/``body``  organisations by name or acronym; bodies a state owns ("Russia's
                 central bank", "the Russian state company Rosatom"). A known name inside a
                 longer one ("Han River Institute", "Bank of Japan") is not that actor.
                 ``led``: "the Saudi-led coalition" is a body of the leading state's.
6. ``collective`` unqualified forces and crowds ("Police detained ...", "protesters") act
                 for the state of the sentence's place, else of the dateline.

After the whole article is read:

7. ``surname``   a later short reference ("Wang", "Tokayev", "Sheikh Abdullah") to a person
                 named in full in the same article, however the NER model labelled it.
8. ``ner-org``/``ministry``  organisations only the NER model found, with the state their
                 name, the words around them or the dateline gives; a bare ministry ("The
                 Treasury") is the dateline's state.
9. relatives     a person with no state who shares a family name with one who has one.
10. ``pair``     "the two sides", "both countries", "the two armies" -> the two sides of the
                 first sentence that names two (states, groups, organisations).
11. ``description`` "the kingdom", "the Central American country", "the island", "the
                 bloc" -> the latest state (organisation) named before that fits every
                 word (regions, kinds of state and of body: data/descriptors.toml);
                 "his country" -> the state of the person the clause is about; "the
                 Baltic states", "the five Central Asian republics" -> the region's states.

A person introduced as working at an institute, university or think tank, or with an
analyst's title, is a ``commentator``: never a party to an event; their state is where
they work.

Where each concern lives (every module says what it decides and why):

- ``resolver``      ``Resolver`` and the order the rules run in.
- ``context``       the state of one article: drafts, mentions, the tokens they cover.
- ``titles``        rules 1 and 2; ``offices``: who held an office on a day.
- ``descriptions``  what the words around a name say; people known or found by the NER
                    model (rule 3, ``ner``); ``commentators``: who is one, where they work.
- ``names``         where names begin and end, people's drafts, rules 7 and 9.
- ``states``        rule 4; ``places``: whether a state's or city's name is a place.
- ``organisations`` rules 5 and 8; ``forces``: rule 6 and armed groups (``group``).
- ``pairs``         rule 10; ``references``: rule 11.
- ``syntax``        reading the dependency parse.
"""

from .resolver import Resolver

__all__ = ["Resolver"]
