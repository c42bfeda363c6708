"""The table of sentences that drives the extractor tests.

Each entry: (text, expected) where expected lists every (label, span text) the extractor
must report, in text order. An empty list means nothing may be flagged. Every registered
extractor must have at least one positive and one negative example (see the meta-test).
All sentences were written for these tests.
"""

from __future__ import annotations

EXAMPLES: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "hedging": [
        ("The minister may resign next week.", [("epistemic", "may")]),
        ("The vote was held in May 2023.", []),
        ("Talks resumed on 3 May after a pause.", []),
        ("As a child she could swim across the lake.", []),
        ("He could not find the documents.", []),
        ("The new rules could delay the harvest.", [("epistemic", "could")]),
        ("The ship was reportedly seized near the coast.", [("epistemic", "reportedly")]),
        ("Some believe the mayor lied.", [("weasel", "Some believe")]),
        ("Critics say the plan is too expensive.", [("weasel", "Critics say")]),
        ("Many people suffer from the heat in summer.", []),
        ("It is said that the bridge is unsafe.", [("weasel", "It is said")]),
        ("Conventional wisdom holds that rents only go up.",
         [("weasel", "Conventional wisdom")]),
        ("It was a common belief in the village that the well was cursed.",
         [("weasel", "common belief")]),
        ("The recipe is a common dish at village weddings.", []),
        ("The suspect is believed to have fled abroad.", [("weasel", "is believed to")]),
        ("The ruling appears to favour the company.", [("epistemic", "appears to")]),
        ("She appeared on a television show in 2019.", []),
        ("Students may not bring phones into the exam.", [("epistemic", "may")]),
        ("You may leave the room now.", []),
        ("The factory closed in 2019 and 400 people lost their jobs.", []),
    ],
    "rhetorical_questions": [
        ("Prices rose again. Can anyone still afford to live here?",
         [("rhetorical", "Can anyone still afford to live here?")]),
        ("Why did turnout fall? Because polling stations closed early in three districts.",
         [("hypophora", "Why did turnout fall?")]),
        ("“Who will pay for this?” the mayor asked at the meeting.",
         [("quoted", "Who will pay for this?")]),
        ("Is the city ready for a flood?\nEngineers inspected the levees on Monday.",
         [("headline", "Is the city ready for a flood?")]),
        ("This raises the question: how long can the truce last?",
         [("rhetorical", "how long can the truce last?")]),
        ("Taxes rose again. Does anyone really think the new levy will help families?",
         [("rhetorical", "Does anyone really think the new levy will help families?")]),
        ("The park may close at night. Should it? Tell us your thoughts below.",
         [("genuine", "Should it?")]),
        ("You promised to fix the roads. What do you think of that, Senator?",
         [("rhetorical", "What do you think of that, Senator?")]),
        ("The ceasefire began on Monday. Will the truce hold next week?",
         [("genuine", "Will the truce hold next week?")]),
        ("The money vanished years ago. Will anyone ever be held accountable?",
         [("rhetorical", "Will anyone ever be held accountable?")]),
        ("Want lower rents? Vote for the new zoning plan on Tuesday.",
         [("hypophora", "Want lower rents?")]),
        ("The council met on Tuesday and approved the budget.", []),
    ],
    "superlatives": [
        ("This is the most dangerous road in the country.", [("unsourced", "most dangerous")]),
        ("The storm caused unprecedented damage.", [("unsourced", "unprecedented")]),
        ("The verdict was undoubtedly a massive victory.",
         [("unsourced", "undoubtedly"), ("unsourced", "massive")]),
        ("It was the worst flood in history.",
         [("unsourced", "worst"), ("unsourced", "in history")]),
        ("The mayor very clearly said no, of course.", []),
        ("The city's most-visited museum reopened.", [("unsourced", "most-visited")]),
        ("Police chief Ana Ruiz said it was the worst crash she had seen.",
         [("sourced", "worst")]),
        ("“It was an extraordinary rescue,” said firefighter Tom Hale.",
         [("sourced", "extraordinary")]),
        ("Most of the 300 workers voted for the strike.", []),
        ("The office is on the top floor of the building.", []),
        ("The bridge is 40 metres long and opened in 1998.", []),
        ("In the worst case, the dam could fail.", []),
        ("At best, the new road will save two minutes.", []),
        ("She is one of the best-known painters in the city.", []),
        ("The files were marked top secret.", []),
        ("It is the third largest port in the region.", []),
        ("It was the second most popular song of the year.", []),
        ("The town has the highest rate of asthma in the state.", []),
        ("Which is the biggest lake in Europe?", []),
    ],
    "loaded_language": [
        ("The council's plan is a sham and a disgrace.",
         [("loaded", "sham"), ("loaded", "disgrace")]),
        ("Thugs smashed the windows of the shop.", [("name_calling", "Thugs")]),
        ("The so-called experts were wrong again.", [("name_calling", "so-called")]),
        ("The crooked Senator Blake voted against it.",
         [("loaded", "crooked")]),
        ("The council approved the budget on Tuesday.", []),
        ("Police charged two men with burglary.", []),
    ],
    "specificity": [
        ("Mayor Lina Ortiz said on 4 March 2021 that 1,200 homes lost power.",
         [("person", "Lina Ortiz"), ("date", "4 March 2021"), ("quantity", "1,200 homes")]),
        ("Many people have various opinions about things.",
         [("vague", "Many"), ("vague", "people"), ("vague", "various"), ("vague", "things")]),
        ("The weather was pleasant.", []),
    ],
    "sourcing": [
        ("The bridge will close in June, the transport ministry said.",
         [("named", "said")]),
        ("According to Reuters, the talks collapsed.", [("named", "According to")]),
        ("Officials said the fire started in the kitchen.", [("anonymous", "said")]),
        ("Experts say the economy is slowing.", [("vague", "say")]),
        ("The ship was reportedly seized.", [("vague", "reportedly")]),
        ("“We will rebuild the school,” said Principal Ama Boateng.",
         [("quote", "We will rebuild the school,"), ("named", "said")]),
        ("The team painted the fence red.", []),
        ("The state of the roads is poor.", []),
        # A capitalised name ending in -ly is the subject, not an adverb to step over.
        ("Kelly said the vote would wait.", [("named", "said")]),
        ("Mr. Daly told reporters the plant would close.", [("named", "told")]),
        # Stance and report verbs in every form: "denounced", "reiterated", "describing".
        ("The mayor denounced the plan as reckless.", [("anonymous", "denounced")]),
        ("She hoped the strike would end soon.", [("named", "hoped")]),
        ("The pupils hope to visit the museum.", []),
        ("He praised the nurses, describing them as heroes.",
         [("named", "praised"), ("named", "describing")]),
        # An agentless "is expected to": the expectation is nobody's in particular.
        ("Senators are expected to vote on Friday.", [("vague", "are expected to")]),
        ("The expected rain never came.", []),
        ("We drove past the denounced building.", []),
        ("Her hopes were high.", []),
        # A label before a colon is no speaker, nor is a title's "Two Words: ...".
        ("Background: The levee was built in 1990.", []),
        ("Exploding Costs: The levee is late.", []),
        ("Big News: The mall is closing.", []),
        ("Q: Where did you grow up?", []),
        # The subject before an appositive or an aside, and before "... and says".
        ("Ana Ruiz, the head of the union, said the strike would go on.",
         [("named", "said")]),
        ("The Red Cross shipped the tents and says more will follow.",
         [("named", "says")]),
        ("The ship, said to be the largest, sank.", []),
        ("The governor assured voters that the roads would be repaired.",
         [("anonymous", "assured")]),
        ("Senator Okafor railed against the new tariff.", [("named", "railed against")]),
        ("The repeated warnings were ignored.", []),
        ("The paper learned that the mine had closed.", [("named", "learned that")]),
        ("She learned to swim.", []),
        # The appositive names the speaker when the phrase before it does not.
        ("The finance minister, Lou Jiwei, suggested that the tax should fall.",
         [("named", "suggested")]),
        # "Anyone" or "nobody" is handed nothing: no attribution.
        ("Does anyone really think the tax will fall?", []),
        ("Nobody said the bridge was safe.", []),
        ("Mayor Slams Plan For Tolls", [("named", "Slams")]),
        # Nothing is reported in "didn't say anything" or "think about".
        ("He did not say anything about the vote.", []),
        ("I thought about the offer.", []),
        ("He said nothing had changed.", [("named", "said")]),
        # A multiword participle shares the speaker of the cue before it.
        ("“It is closed,” she said, referring to the old mill.",
         [("quote", "It is closed,"), ("named", "said"), ("named", "referring to")]),
    ],
}

# Readability has no spans: its examples are texts and the Flesch reading ease range
# they must fall in (a plain text reads easier than a dense one).
READABILITY_EXAMPLES: list[tuple[str, float, float]] = [
    ("The cat sat on the mat. The dog ran to the park. We had fun.", 90.0, 121.0),
    ("Notwithstanding considerable institutional heterogeneity, comparative constitutional "
     "jurisprudence demonstrates substantial convergence.", -300.0, 10.0),
]
