"""Faults the development set of world news (single articles on attacks, disasters, epidemics
and displacement, in many outlets) found in reading figures, as rules. The sentences are
written for the project; the facts echo real reporting, the wording is ours."""

from __future__ import annotations

from .claim_tables import Has, Lacks, table_tests

HAS: list[Has] = [
    # an attribution set off between a figure and its verb leaves the verb the figure's
    ("By nightfall the attackers — six of them, according to the army — were dead.", "killed", 6,
     {"source": "army"}),
    ("Nine people, police said, were injured in the blast.", "injured", 9, {"source": "police"}),
    # a relative clause that moves the figure before it gives a figure of that category
    ("Early reports gave 22 bodies, which was later revised down to 19.", "killed", 19, {}),
    # "it" stands for the toll the sentence named before it
    ("Before the coast guard updated its number of fatalities, it stood at 41.", "killed", 41, {}),
    # the trapped are missing, however hedged
    ("Some 30 workers are believed still to be trapped in the tunnel, the operator said.", "missing", 30,
     {"source": "operator"}),
    ("About 80 guests are trapped under the rubble of the hotel.", "missing", 80, {}),
    # ... and the bodies of the trapped are the dead
    ("The bodies of about 60 passengers who were trapped in the carriages have been recovered.", "killed",
     60, {}),
    # a people arriving in its hundreds or more has fled
    ("About 2,500 Sudanese arrived in Chad overnight.", "displaced", 2500, {}),
    ("Some 14,000 Syrians crossed into Lebanon in a single week.", "displaced", 14000, {}),
    ("An estimated 31,000 Rohingyas have arrived in the camps since Friday.", "displaced", 31000, {}),
    # "states" after a list of places is their noun, no verb of saying
    ("The number of refugees who have reached Adre and Tine states since Monday has risen to 18,312, "
     "the agency said.", "displaced", 18312, {"source": "agency"}),
    # counts of cases of a casualty, the deprived of liberty, tolls ranging from one figure to another
    ("The commission recorded 412 instances of arrests of protesters.", "arrested", 412,
     {"rule": "cases_of"}),
    ("There have been 27 cases of enforced disappearances, the commission said.", "missing", 27,
     {"source": "commission"}),
    ("The crackdown has left 318 persons deprived of liberty, monitors said.", "arrested", 318, {}),
    ("Officials gave death tolls ranging from 300 to 650 over the week.", "killed", 300,
     {"qualifier": "range", "high": 650}),
    ("The toll rose from 38 to 46.", "killed", 46, {"qualifier": "exact"}),
    # wire copy that double-spaces its wrapped lines runs a sentence on past the blank line
    ("Around 4,000 people fleeing\n\nthe fighting have crossed into Chad, the agency said.", "displaced",
     4000, {"source": "agency"}),
    # a relay that reports a figure of its own after "and" speaks for what follows it only
    ("In neighbouring India, 61 people were killed and the state news agency reported 25 dead in Tibet.",
     "killed", 61, {"source": ""}),
    ("In neighbouring India, 61 people were killed and the state news agency reported 25 dead in Tibet.",
     "killed", 25, {"source": "state news agency"}),
]

LACKS: list[Lacks] = [
    # cases of a disease count no people
    ("Doctors reported 40 cases of cholera.", "killed", 40),

    # the trapped that rescuers freed are found
    ("Firefighters rescued 12 people trapped in a lift.", "missing", 12),
    ("Rescuers pulled out 20 people trapped under the rubble.", "missing", 20),
    # a few travellers are no refugees
    ("Two Americans arrived in Paris for the talks.", "displaced", 2),
    # "trapped by" says how someone died
    ("Among the six more deaths was a man trapped by a collapsing wall.", "missing", 1),
]


test_the_claim_has_its_fields, test_no_such_claim = table_tests(HAS, LACKS)
