"""Example sentences and what the tracker must find in them, grouped by where they came from.

Every sentence here was written for these tests; facts and figures may echo real reporting,
the wording is ours. A claim is written (category, value, low, high, qualifier).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Row = tuple[str, int | None, int | None, int | None, str]


@dataclass(frozen=True)
class Example:
    text: str
    claims: tuple[Row, ...]
    published: str = "2010-06-15"
    extra: dict[str, object] = field(default_factory=dict)  # column -> value of the first claim


def ex(text: str, *claims: Row, published: str = "2010-06-15", **extra: object) -> Example:
    return Example(text, claims, published, dict(extra))


# ---------------------------------------------------------------- numbers as written

NUMBERS = [
    ex("Officials said 1,500 people were killed.", ("killed", 1500, 1500, 1500, "exact")),
    ex("The flood displaced 1.5 million people.", ("displaced", 1500000, 1500000, 1500000, "exact")),
    ex("Seven soldiers died in the ambush.", ("killed", 7, 7, 7, "exact")),
    ex("Half a million people fled the city.", ("displaced", 500000, 500000, 500000, "exact")),
    ex("A quarter of a million people were displaced by the floods.",
       ("displaced", 250000, 250000, 250000, "exact")),
    ex("Three quarters of a million people were evacuated.", ("displaced", 750000, 750000, 750000, "exact")),
    ex("Two thirds of a million people were uprooted.", ("displaced", 666667, 666667, 666667, "exact")),
    ex("Forty people were wounded.", ("injured", 40, 40, 40, "exact")),
    ex("One hundred and twenty-four people were killed.", ("killed", 124, 124, 124, "exact")),
    ex("Twenty-three people have been killed in the raid.", ("killed", 23, 23, 23, "exact")),
    ex("A dozen villagers were wounded.", ("injured", 12, 12, 12, "exact")),
    ex("Two dozen protesters were detained overnight.", ("arrested", 24, 24, 24, "exact")),
    ex("Two brothers, 22-year-old Sam Ode and 19-year-old Eli Ode, were detained on Friday.",
       ("arrested", 2, 2, 2, "exact")),
    ex("Two women, Mia Lund, 30, and Ida Berg, 28, were wounded.", ("injured", 2, 2, 2, "exact")),
    ex("Half a dozen miners remain missing.", ("missing", 6, 6, 6, "exact")),
    ex("The storm killed 320000 people over the decade.", ("killed", 320000, 320000, 320000, "exact")),
    ex("A man was killed when the wall collapsed.", ("killed", 1, 1, 1, "exact")),
    ex("One soldier died at the checkpoint.", ("killed", 1, 1, 1, "exact")),
    ex("A child was wounded by shrapnel.", ("injured", 1, 1, 1, "exact")),
    ex("Both men were pronounced dead at the scene.", ("killed", 2, 2, 2, "exact")),
]

VAGUE = [
    ex("Several people were hurt in the stampede.", ("injured", None, 3, 9, "vague")),
    ex("Dozens of people were killed in the shelling.", ("killed", None, 12, 99, "vague")),
    ex("Scores were injured as the crowd fled.", ("injured", None, 20, 99, "vague")),
    ex("Hundreds were arrested after the rally.", ("arrested", None, 100, 999, "vague")),
    ex("Thousands of families fled the fighting.", ("displaced", None, 1000, 9999, "vague")),
    ex("Tens of thousands of people have been displaced.", ("displaced", None, 10000, 99999, "vague")),
    ex("Tens of civilians were killed in the shelling.", ("killed", None, 10, 99, "vague")),
    ex("Some 300 families fled the gunmen who attacked the village.",
       ("displaced", 300, None, None, "about")),
    ex("A few hundred residents were evacuated.", ("displaced", None, 200, 999, "vague")),
    ex("Several hundred people were detained.", ("arrested", None, 300, 999, "vague")),
    ex("The quake left thousands homeless.", ("displaced", None, 1000, 9999, "vague")),
]

RANGES = [
    ex("Between 10 and 20 people were killed.", ("killed", None, 10, 20, "range")),
    ex("Officials said 30 to 40 people were injured.", ("injured", None, 30, 40, "range")),
    ex("The raid killed 10-15 fighters.", ("killed", None, 10, 15, "range")),
    ex("Two or three people died in the fire.", ("killed", None, 2, 3, "range")),
]

QUALIFIERS = [
    ex("At least 124 people were killed.", ("killed", 124, 124, None, "at_least")),
    ex("The death toll could be as high as 470,000.", ("killed", 470000, None, 470000, "at_most"),
       hedged=True),
    ex("No fewer than 60 people died.", ("killed", 60, 60, None, "at_least")),
    ex("More than 1,500 people were injured.", ("injured", 1500, 1500, None, "more_than")),
    ex("Over 200 people were arrested.", ("arrested", 200, 200, None, "more_than")),
    ex("Upwards of 5,000 people fled.", ("displaced", 5000, 5000, None, "more_than")),
    ex("About 700 people were killed.", ("killed", 700, None, None, "about")),
    ex("Some 100,000 refugees crossed the border.", ("displaced", 100000, None, None, "about")),
    ex("Around 40 people were hurt.", ("injured", 40, None, None, "about")),
    ex("Nearly 90 people died.", ("killed", 90, None, None, "about")),
    ex("Almost 300 people remain missing.", ("missing", 300, None, None, "about")),
    ex("Roughly 2,000 families were displaced.", ("displaced", 2000, None, None, "about")),
    ex("Approximately 50 people were detained.", ("arrested", 50, None, None, "about")),
    ex("An estimated 25,000 people were evacuated.", ("displaced", 25000, None, None, "about")),
    ex("Up to 2,000 people may have died.", ("killed", 2000, None, 2000, "at_most"), hedged=True),
    ex("As many as 80 people were killed.", ("killed", 80, None, 80, "at_most")),
    ex("Fewer than 10 people were injured.", ("injured", 10, None, 10, "at_most")),
    ex("At most 12 people were arrested.", ("arrested", 12, None, 12, "at_most")),
    ex("The blast killed 124 or more people.", ("killed", 124, 124, None, "at_least")),
]

CATEGORIES = [
    ex("Gunmen killed 12 people at the market.", ("killed", 12, 12, 12, "exact")),
    ex("12 people were killed at the market.", ("killed", 12, 12, 12, "exact")),
    ex("The crash left 12 dead.", ("killed", 12, 12, 12, "exact")),
    ex("12 dead in market attack", ("killed", 12, 12, 12, "exact")),
    ex("The death toll rose to 46 on Tuesday.", ("killed", 46, 46, 46, "exact")),
    ex("The body count stood at 40 by nightfall.", ("killed", 40, 40, 40, "exact")),
    ex("The fire claimed 30 lives.", ("killed", 30, 30, 30, "exact")),
    ex("Six villagers were burned to death in their homes.", ("killed", 6, 6, 6, "exact")),
    ex("The garrison lost at least 12 soldiers in the assault.", ("killed", 12, 12, None, "at_least")),
    ex("Three prisoners were beaten to death by guards.", ("killed", 3, 3, 3, "exact")),
    ex("The attacker stabbed four shoppers before police arrived.", ("injured", 4, 4, 4, "exact")),
    ex("Two men who were shot near the stadium on Friday have died.", ("killed", 2, 2, 2, "exact")),
    ex("Rescuers said 12 bodies were recovered from the river.", ("killed", 12, 12, 12, "exact")),
    ex("The explosion left 56 people injured.", ("injured", 56, 56, 56, "exact")),
    ex("The bomb exploded near a bus, wounding 40.", ("injured", 40, 40, 40, "exact")),
    ex("Three were killed and 40 others were hurt.",
       ("killed", 3, 3, 3, "exact"), ("injured", 40, 40, 40, "exact")),
    ex("Three climbers remain missing.", ("missing", 3, 3, 3, "exact")),
    ex("More than 100,000 refugees have crossed into Uzbekistan.",
       ("displaced", 100000, 100000, None, "more_than")),
    ex("The floods displaced 2,000 families.", ("displaced", 2000, 2000, 2000, "exact"), unit="families"),
    ex("Police arrested 15 protesters outside parliament.", ("arrested", 15, 15, 15, "exact")),
    ex("Officers detained 8 men after the riot.", ("arrested", 8, 8, 8, "exact")),
    ex("The number of people killed reached 50.", ("killed", 50, 50, 50, "exact")),
    ex("The new strikes brought to 49 the number killed in two days.", ("killed", 49, 49, 49, "exact")),
    ex("Four people lost their lives in the collapse.", ("killed", 4, 4, 4, "exact")),
    ex("The campaign has led to the displacement of 40,000 people.",
       ("displaced", 40000, 40000, 40000, "exact")),
    ex("The blast killed at least 18 people and injured 40 others.",
       ("killed", 18, 18, None, "at_least"), ("injured", 40, 40, 40, "exact")),
    ex("Thirty civilians were killed and 12 were wounded.",
       ("killed", 30, 30, 30, "exact"), ("injured", 12, 12, 12, "exact")),
    ex("The militants executed 17 prisoners.", ("killed", 17, 17, 17, "exact")),
    ex("About 3,000 people took shelter in schools.", ("displaced", 3000, None, None, "about")),
    ex("More than 70 fighters have been killed in two days of battles.",
       ("killed", 70, 70, None, "more_than")),
    ex("The two officers were shot and killed.", ("killed", 2, 2, 2, "exact")),
    ex("A teenager was shot in the leg outside the school.", ("injured", 1, 1, 1, "exact")),
    ex("A man was shot in the leg on Main Street. He died at the hospital.", ("killed", 1, 1, 1, "exact")),
    # "shot" counts the killed and the wounded: wounded when the article reports no death
    ex("Four people were shot outside a bar early Sunday.", ("injured", 4, 4, 4, "exact")),
    ex("The gunman shot five people at the party.", ("injured", 5, 5, 5, "exact")),
    ex("Four people were shot outside a bar. One of them died.", ("killed", 1, 1, 1, "exact")),
    ex("Three people were shot, one fatally.", ("killed", 1, 1, 1, "exact")),
    ex("Four people were hit by bullets outside the club.", ("injured", 4, 4, 4, "exact")),
    ex("A boy was shot in the chest and is in stable condition.", ("injured", 1, 1, 1, "exact")),
    ex("One man was killed. Three other people were also shot.",
       ("killed", 1, 1, 1, "exact"), ("injured", 3, 3, 3, "exact")),
    ex("The party ended with five people in the hospital.", ("injured", 5, 5, 5, "exact")),
    ex("All four victims are listed in stable condition.", ("injured", 4, 4, 4, "exact")),
    ex("The shooting sent four people in their twenties to the hospital.", ("injured", 4, 4, 4, "exact")),
    ex("Four people were shot outside a bar, and a man died in a crash nearby.",
       ("killed", 1, 1, 1, "exact")),
    ex("The other man, 31, was shot in his leg.", ("injured", 1, 1, 1, "exact")),
    ex("One man died. Two others were shot and are in stable condition.",
       ("killed", 1, 1, 1, "exact"), ("injured", 2, 2, 2, "exact")),
    ex("The attack killed 35 civilians mostly women and children.", ("killed", 35, 35, 35, "exact")),
    ex("Also injured in the shooting were three men.", ("injured", 3, 3, 3, "exact")),
    ex("More than 3,000 displaced people returned to the town.",
       ("displaced", 3000, 3000, None, "more_than")),
    ex("Twelve wounded soldiers were flown to the capital.", ("injured", 12, 12, 12, "exact")),
    ex("More than 160,000 people, mainly women and children, fled the capital.",
       ("displaced", 160000, 160000, None, "more_than")),
    ex("Some 10,000 residents evacuated their homes as the fire spread.",
       ("displaced", 10000, None, None, "about")),
    ex("About 1,900 people were still in nine evacuation centres on Friday.",
       ("displaced", 1900, None, None, "about")),
    ex("More than 104,000 people in the coastal city were displaced by the floods.",
       ("displaced", 104000, 104000, None, "more_than")),
    ex("As many as 11,000 people from the town of Bria fled the clashes.",
       ("displaced", 11000, None, 11000, "at_most")),
    ex("Air strikes killed three children from the same family and injured many others.",
       ("killed", 3, 3, 3, "exact")),
    ex("Shelling in the west of the city left 11 people dead on Friday.", ("killed", 11, 11, 11, "exact")),
    ex("A car bomb injured 30 others at a site where displaced families live.",
       ("injured", 30, 30, 30, "exact")),
    ex("16 civilians and three children have been killed.",
       ("killed", 16, 16, 16, "exact"), ("killed", 3, 3, 3, "exact")),
]

PEOPLE = [
    ex("Maria Lopez was pronounced dead at the hospital.", ("killed", 1, 1, 1, "exact")),
    ex("The 13-year-old girl was shot and killed on the porch.", ("killed", 1, 1, 1, "exact")),
    ex("The gunman fired twice, killing Ana Ruiz and injuring Tom Bell and Sam Reed.",
       ("killed", 1, 1, 1, "exact"), ("injured", 2, 2, 2, "exact")),
    ex("Police said John Carter, 45, was arrested at his home.", ("arrested", 1, 1, 1, "exact")),
    ex("A teenager who was stabbed outside the school on Monday has died.", ("killed", 1, 1, 1, "exact")),
    ex("Detectives said she killed her son, Tim Reyes, and her father, Paul Reyes.",
       ("killed", 2, 2, 2, "exact")),
    ex("Ana Diaz and Luis Ortiz, both 16, were killed in the shootout.", ("killed", 2, 2, 2, "exact")),
    ex("The suspect was taken into custody on Friday.", ("arrested", 1, 1, 1, "exact")),
    ex("A 47-year-old man was arrested after the shooting.", ("arrested", 1, 1, 1, "exact")),
    ex("Another 15-year-old in the car was also wounded.", ("injured", 1, 1, 1, "exact")),
    ex("The gunman shot Lena Park and Omar Haddad outside the store.", ("injured", 2, 2, 2, "exact")),
    ex("The boy was rushed to a hospital, where he was pronounced dead.", ("killed", 1, 1, 1, "exact")),
    ex("A child who suffered critical injuries at his home has died.", ("killed", 1, 1, 1, "exact")),
    ex("A woman was wounded and her husband died.",
       ("injured", 1, 1, 1, "exact"), ("killed", 1, 1, 1, "exact")),
    ex("The girl was rushed to a hospital but was dead on arrival.", ("killed", 1, 1, 1, "exact")),
    ex("A 4-year-old boy shot himself, suffering fatal injuries.", ("killed", 1, 1, 1, "exact")),
    ex("A baby was rushed to the hospital after his mother was shot and killed.",
       ("injured", 1, 1, 1, "exact"), ("killed", 1, 1, 1, "exact")),
    # taken to hospital, then died
    ex("The victim was taken to St. Mary Medical Center, where he was later pronounced dead.",
       ("killed", 1, 1, 1, "exact")),
    ex("The boy was rushed to a medical center with severe injuries but did not survive.",
       ("killed", 1, 1, 1, "exact")),
    ex("The man was in the hospital with severe injuries but later died.", ("killed", 1, 1, 1, "exact")),
    ex("A woman was taken to a hospital, where she succumbed to her injuries.", ("killed", 1, 1, 1, "exact")),
    # the one who acts on himself is the one hurt
    ex("The boy, 3, shot himself in the leg.", ("injured", 1, 1, 1, "exact")),
    ex("The gunman then killed himself.", ("killed", 1, 1, 1, "exact")),
    ex("The man accidentally wounded himself while cleaning his gun.", ("injured", 1, 1, 1, "exact")),
    # a death, a killing or an arrest "of" a person
    ex("Police are investigating the shooting death of 21-year-old Johnny Broadnax.",
       ("killed", 1, 1, 1, "exact")),
    ex("The arrest of Omar Idris came on Monday.", ("arrested", 1, 1, 1, "exact")),
    ex("The deaths of Ana Ruiz and Omar Idris shocked the town.", ("killed", 2, 2, 2, "exact")),
    # names after "the towns of", "residents of" are places; a name after "the father of" is not
    # the one the verb is about
    ex("Many residents of Fuaa and Kafraya lost their lives in the attack.", ),
    ex("The monitor said 98 evacuees from the towns of Fuaa and Kafraya were killed.",
       ("killed", 98, 98, 98, "exact")),
    ex("The father of Ana Ruiz was killed on Monday.", ("killed", 1, 1, 1, "exact")),
    # who shot and killed someone is not a casualty; a town is no person; "whether" asserts nothing
    ex("A man shot and killed a young girl before turning the gun on himself.",
       ("killed", 1, 1, 1, "exact")),
    ex("Officials said it remains unclear whether the teen was shot or grazed.", ),
    # headlines leave a person's noun bare: "Woman killed", "Man, 25, shot dead"
    ex("Woman killed, child injured in hit-and-run", ("killed", 1, 1, 1, "exact"),
       ("injured", 1, 1, 1, "exact")),
    ex("Man, 25, shot dead in Brooklyn", ("killed", 1, 1, 1, "exact")),
    ex("Boy, 3, shoots himself in the leg", ("injured", 1, 1, 1, "exact")),
    ex("Gunman kills 3 at school; 2 others hurt", ("killed", 3, 3, 3, "exact"),
       ("injured", 2, 2, 2, "exact")),
    # a surname alone opens a sentence once the article has named the person in full; a lone
    # capitalised first word that the article never named is not read as a person
    ex("Anthony Swift, 31, of Jackson, fired the shots. Swift was arrested on May 7.",
       ("arrested", 1, 1, 1, "exact")),
    ex("Swift was arrested on May 7.", ),
]

BREAKDOWNS = [
    ex("At least 19 people were killed, including six children.",
       ("killed", 19, 19, None, "at_least"), ("killed", 6, 6, 6, "exact")),
    ex("The raid killed 44 civilians including 11 women and nine children.",
       ("killed", 44, 44, 44, "exact"), ("killed", 11, 11, 11, "exact"), ("killed", 9, 9, 9, "exact")),
    ex("A mortar strike killed 14 people. Three of the victims were children.",
       ("killed", 14, 14, 14, "exact"), ("killed", 3, 3, 3, "exact")),
    ex("Six children were among the dead.", ("killed", 6, 6, 6, "exact")),
    ex("Three people, including 19-year-old Ana Ruiz, were killed.",
       ("killed", 3, 3, 3, "exact"), ("killed", 1, 1, 1, "exact")),
    ex("Seven civilians including two children and three women were killed.",
       ("killed", 7, 7, 7, "exact"), ("killed", 2, 2, 2, "exact"), ("killed", 3, 3, 3, "exact")),
    # "a child" among the dead says who was among them; the text counts no one there
    ex("Seven civilians including a child and a woman were killed.", ("killed", 7, 7, 7, "exact")),
    ex("A girl was among the dead.", ),
    # "others" starts a new group, not one more part of the list
    ex("Two civilians were killed including two children and three others were killed in Homs.",
       ("killed", 2, 2, 2, "exact"), ("killed", 2, 2, 2, "exact"), ("killed", 3, 3, 3, "exact")),
    # a relative clause on one part does not end the list
    ex("The governor said the toll included 20 people who died as a direct result of the storm and 14 "
       "whose deaths were caused indirectly.",
       ("killed", 20, 20, 20, "exact"), ("killed", 14, 14, 14, "exact"), published="2017-10-03"),
    # the part comes first, its whole after "were among"
    ex("Six civilians were among at least 22 people killed on Saturday.",
       ("killed", 6, 6, 6, "exact"), ("killed", 22, 22, None, "at_least")),
    # a dateline's year is not the count of the people after it
    ex("Published July 2 2016 Two medics were among at least 31 people killed on Saturday.",
       ("killed", 2, 2, 2, "exact"), ("killed", 31, 31, None, "at_least"), published="2016-07-02"),
]

# the parts a toll is said to include (world news, issue 13)
TOLL_PARTS = [
    ex("A storm killed 34 people. The death toll included 19 direct and 15 indirect deaths.",
       ("killed", 34, 34, 34, "exact"), ("killed", 19, 19, 19, "exact"), ("killed", 15, 15, 15, "exact")),
    # excess deaths against a baseline
    ex("In the six weeks after the storm, 1,052 more people than usual died on the island.",
       ("killed", 1052, 1052, 1052, "exact")),
]

# Asides set off by commas, dashes or brackets: the figures inside break down the one before.
ASIDES = [
    ex("Five people, two men and three women, were wounded in the attack.",
       ("injured", 5, 5, 5, "exact"), ("injured", 2, 2, 2, "exact"), ("injured", 3, 3, 3, "exact")),
    ex("Four people -- two women and two children -- were killed.",
       ("killed", 4, 4, 4, "exact"), ("killed", 2, 2, 2, "exact"), ("killed", 2, 2, 2, "exact")),
    ex("Four people (two women and two children) were killed.",
       ("killed", 4, 4, 4, "exact"), ("killed", 2, 2, 2, "exact"), ("killed", 2, 2, 2, "exact")),
    ex("Three of those shot — a 21-year-old man and two boys — were in good condition.",
       ("injured", 3, 3, 3, "exact"), ("injured", 2, 2, 2, "exact")),
    ex("Four others – Ana Diaz, 24; Tom Reyes, 25; and Lia Cruz, 32 – were wounded.",
       ("injured", 4, 4, 4, "exact")),
    # a comma before "and" starts a clause, not an aside
    ex("Police arrested two men, and three women were injured.",
       ("arrested", 2, 2, 2, "exact"), ("injured", 3, 3, 3, "exact")),
]

# Wire-style tolls of disasters, attacks and protests, in the shapes wire copy uses.
WIRE = [
    ex("The earthquake killed more than 2,000 people and injured at least 10,000, officials said.",
       ("killed", 2000, 2000, None, "more_than"), ("injured", 10000, 10000, None, "at_least")),
    ex("Health officials put the number of dead at 312.", ("killed", 312, 312, 312, "exact")),
    ex("Authorities confirmed 17 fatalities.", ("killed", 17, 17, 17, "exact")),
    ex("Nine people died and 30 were hurt in the stampede.",
       ("killed", 9, 9, 9, "exact"), ("injured", 30, 30, 30, "exact")),
    ex("Seven members of one family were among those killed.", ("killed", 7, 7, 7, "exact")),
    ex("Officials reported 4 deaths and 27 hospitalizations.",
       ("killed", 4, 4, 4, "exact"), ("injured", 27, 27, 27, "exact")),
    ex("At least five people were killed and dozens more wounded.",
       ("killed", 5, 5, None, "at_least"), ("injured", None, 12, 99, "vague")),
    ex("The toll stands at 37 dead and 120 injured.",
       ("killed", 37, 37, 37, "exact"), ("injured", 120, 120, 120, "exact")),
    ex("Some 2,500 houses were destroyed and 10,000 people displaced.",
       ("displaced", 10000, 10000, 10000, "exact")),
    ex("By Tuesday evening the number of confirmed deaths had reached 89.", ("killed", 89, 89, 89, "exact")),
    ex("Rescuers pulled 34 survivors from the rubble.", ),
    ex("Two men ambushed the party, shooting 13 people.", ("injured", 13, 13, 13, "exact")),
    ex("The shooting claimed the life of a 19-year-old man.", ("killed", 1, 1, 1, "exact")),
    ex("The floods took the lives of 40 villagers.", ("killed", 40, 40, 40, "exact")),
    # a danger, a wish or a rule takes no life
    ex("He pleaded guilty to endangering the life of a child.", ),
    ex("Nobody should take the life of another person.", ),
    # the bodies, corpses or remains of people are their deaths
    ex("Rescuers recovered the bodies of 45 people.", ("killed", 45, 45, 45, "exact")),
    ex("The remains of three soldiers were found.", ("killed", 3, 3, 3, "exact")),
    ex("The remains of 3 buildings were cleared.", ),
    ex("Officials fear the death toll, now at 63, will rise.", ("killed", 63, 63, 63, "exact")),
    ex("Medics said they had treated more than 200 people for tear gas inhalation.",
       ("injured", 200, 200, None, "more_than")),
    ex("Hundreds of thousands of people have been forced from their homes.",
       ("displaced", None, 100000, 999999, "vague")),
    ex("Security forces rounded up more than 200 suspects.", ("arrested", 200, 200, None, "more_than")),
    ex("The death toll is expected to exceed 1,000.", ("killed", 1000, 1000, None, "more_than"), hedged=True),
    # "another" for one more person
    ex("One person was killed and another injured.",
       ("killed", 1, 1, 1, "exact"), ("injured", 1, 1, 1, "exact")),
    ex("Two were killed and another was wounded.",
       ("killed", 2, 2, 2, "exact"), ("injured", 1, 1, 1, "exact")),
    ex("Another injured man was taken to hospital.", ("injured", 1, 1, 1, "exact")),
    # world news (issue 13): tolls that pass a mark, a toll's noun phrase with a date or a
    # measure in it, "the number of ... deaths", a dot between thousands, and the verb before
    # a figure that a second figure's predicate follows
    ex("Flood death toll passes 1,200", ("killed", 1200, 1200, 1200, "exact")),
    ex("Quake toll rises to 1,200", ("killed", 1200, 1200, 1200, "exact")),
    ex("The death toll crossed 400 on Friday.", ("killed", 400, 400, None, "more_than")),
    ex("The death toll from the months-long cholera outbreak has topped 900.",
       ("killed", 900, 900, None, "more_than")),
    ex("The death toll from a car bombing in Kabul on March 3 has reached 88.",
       ("killed", 88, 88, 88, "exact")),
    ex("The death toll from the 6.8-magnitude quake has risen to 3,120, and a total of 7,400 others "
       "were hurt.",
       ("killed", 3120, 3120, 3120, "exact"), ("injured", 7400, 7400, 7400, "exact")),
    ex("The number of storm-related deaths in the province rose to 23.", ("killed", 23, 23, 23, "exact")),
    ex("The number of refugees who have crossed into Chad since Monday has reached 14,300.",
       ("displaced", 14300, 14300, 14300, "exact")),
    ex("The number of cases rose to 3,000.", ),
    ex("About 5.000 people were evacuated.", ("displaced", 5000, None, None, "about")),
    ex("At least 10.915 others were injured.", ("injured", 10915, 10915, None, "at_least")),
    ex("The quake killed 1,500 people and 25,000 were displaced.",
       ("killed", 1500, 1500, 1500, "exact"), ("displaced", 25000, 25000, 25000, "exact")),
    ex("The death toll rose to 158 and 6,000 were injured.",
       ("killed", 158, 158, 158, "exact"), ("injured", 6000, 6000, 6000, "exact")),
    ex("Two men and 3 women were arrested.", ("arrested", 2, 2, 2, "exact"), ("arrested", 3, 3, 3, "exact")),
    ex("The state news agency reported 25 dead and 383 others were injured in the region.",
       ("killed", 25, 25, 25, "exact"), ("injured", 383, 383, 383, "exact")),
    ex("At least 6,204 people are known to have died in the country alone.",
       ("killed", 6204, 6204, None, "at_least")),
    ex("The official death toll from 2005's Hurricane Katrina is 1,833.",
       ("killed", 1833, 1833, 1833, "exact")),
    # a list of places after a figure and its place: the same toll, place by place
    ex("The quake killed at least 34 people in India, 12 in Tibet and two in Bangladesh.",
       ("killed", 34, 34, None, "at_least"), ("killed", 12, 12, 12, "exact"), ("killed", 2, 2, 2, "exact")),
    # months are no places (the second figure, a month's, is left unread)
    ex("Gunmen killed 34 people in May, 12 in June.", ("killed", 34, 34, 34, "exact")),
    # a speaker's verb links a toll far from its figure
    ex("Fire officials raised the death toll from a wildfire that swept through a coastal area east of "
       "the capital to 91.", ("killed", 91, 91, 91, "exact")),
    ex("The death toll from the fire spread to 91 villages.", ),
    # a hard-wrapped line that goes on in lower case is one sentence
    ex("Fire officials reported that 25\npeople were missing on Sunday.", ("missing", 25, 25, 25, "exact")),
    ex("Floods kill 40\nThe storm hit the coast on Sunday.", ("killed", 40, 40, 40, "exact")),
]

# Heads: what the figure counts.
HEADS = [
    ex("At least 35 ISIS militants were killed in air strikes.", ("killed", 35, 35, None, "at_least")),
    ex("At least 70 regime and rebel fighters have been killed in two days.",
       ("killed", 70, 70, None, "at_least")),
    ex("Three soldiers and two civilians were killed.",
       ("killed", 3, 3, 3, "exact"), ("killed", 2, 2, 2, "exact")),
    # a headline's second figure is not the object of the first one's verb
    ex("3 Civilians Killed 38 Injured in Rocket Attacks", ("killed", 3, 3, 3, "exact"),
       ("injured", 38, 38, 38, "exact")),
    ex("The army eliminated over 75 militants in the city.", ("killed", 75, 75, None, "more_than")),
    ex("The company eliminated 75 jobs.", ),
    # the one who acts is not the casualty when the verb has a qualified figure of its own
    ex("A volunteer militia has killed some 70 fighters in two days.", ("killed", 70, None, None, "about")),
    ex("5-04-2016 4 Killed over 43 Injured in Rocket Attacks", ("killed", 4, 4, 4, "exact"),
       ("injured", 43, 43, None, "more_than")),
    # names inside a longer name, places after "capture", and an institution's "body"
    ex("Four staff of the Union of Syrian Medical Relief Organisations were killed.",
       ("killed", 4, 4, 4, "exact")),
    ex("A campaign to capture Aleppo would end the talks.", ),
    ex("The formation of a transitional government body is the only way forward.", ),
    ex("Two of the family members were found dead in the house.", ("killed", 2, 2, 2, "exact")),
    ex("The army killed a confirmed 33 militants on Sunday.", ("killed", 33, 33, 33, "exact")),
    ex("Rebels captured 12 soldiers near the base.", ("arrested", 12, 12, 12, "exact")),
    # a verb with a figure of its own is not the predicate of the figure before it
    ex("Army kills 33 fighters, captured 10 in raid", ("killed", 33, 33, 33, "exact"),
       ("arrested", 10, 10, 10, "exact")),
    ex("Another woman walked into the hospital with a gunshot wound.", ("injured", 1, 1, 1, "exact")),
    # a visit to the hurt is no injury
    ex("Eric Morales went to the hospital where his son was taken.", ),
    ex("The mother went to the hospital to see her daughter.", ),
]

# Where displaced people stay, and who they are.
SHELTERED = [
    ex("Nearly 44,000 people were staying with host families or in shelters.",
       ("displaced", 44000, None, None, "about")),
    ex("At least 175,500 people are staying in 224 temporary shelters.",
       ("displaced", 175500, 175500, None, "at_least")),
    ex("Some 195,000 Iraqis are living in 21 camps around the city.",
       ("displaced", 195000, None, None, "about")),
    ex("Around 1,200 people have taken refuge in a school.", ("displaced", 1200, None, None, "about")),
    ex("More than 405,000 South Sudanese have fled to Uganda this year.",
       ("displaced", 405000, 405000, None, "more_than")),
    # soldiers in a camp are not displaced
    ex("Two soldiers were living in the camp.", ),
    ex("Officials said 3,000 were in shelters.", ("displaced", 3000, 3000, 3000, "exact")),
    ex("More than 1,000 homes were destroyed, leaving 5,000 people without shelter.",
       ("displaced", 5000, 5000, 5000, "exact")),
    ex("The cyclone forced 300,000 people into evacuation shelters.",
       ("displaced", 300000, 300000, 300000, "exact")),
    ex("About 438,000 new and repeated displacements took place this year.",
       ("displaced", 438000, None, None, "about")),
]

# Words the grammar decides a category by, in sentences with no other casualty word.
GATE = [
    ex("Three people were taken to an emergency room.", ("injured", 3, 3, 3, "exact")),
    ex("All four victims were rushed to a trauma center.", ("injured", 4, 4, 4, "exact")),
    ex("Two men were taken to a medical facility for evaluation.", ("injured", 2, 2, 2, "exact")),
    ex("Two men are in critical condition.", ("injured", 2, 2, 2, "exact")),
    ex("Twelve villagers were lynched by the mob.", ("killed", 12, 12, 12, "exact")),
    ex("Two other gunshot victims were treated and released.", ("injured", 2, 2, 2, "exact")),
    ex("Three of those shot were in good condition.", ("injured", 3, 3, 3, "exact")),
    # the dead are taken to the examiner, not to hospital
    ex("Two men were taken to the medical examiner's office.", ),
]

HEDGED = [
    ex("Up to 2,000 people may have died in the floods.", ("killed", 2000, None, 2000, "at_most"),
       hedged=True),
    ex("Forty miners are feared dead after the collapse.", ("killed", 40, 40, 40, "exact"), hedged=True),
    ex("The death count could be over 50, the governor said.", ("killed", 50, 50, None, "more_than"),
       hedged=True),
    # a forecast of the toll, not a count
    ex("The toll could reach 5,000, the prime minister warned.", ("killed", 5000, 5000, 5000, "exact"),
       hedged=True),
    ex("The death toll may rise to 300, officials said.", ("killed", 300, 300, 300, "exact"), hedged=True),
]

# Phrases that look like figures and are not casualty claims.
NOISE = [
    # a site's links to other stories (world news, issue 13)
    ex("READ: Death toll in flash floods rises to 40", ),
    ex("Also read: 12 killed in bus crash", ),
    ex("The agency pays $10,000 a month for the office.", ),
    ex("Uzbeks make up 15 percent of the population.", ),
    ex("Uzbeks are a quarter of the population in the city.", ),
    ex("A 20-year-old was seen running from the scene.", ),
    ex("The boy, aged 13, told police he heard shots.", ),
    # a question asks about a figure, it states none
    ex("Could the gap of 1,200 deaths be due to the storm?", ),
    ex("How many of the 300 dead were children?", ),
    ex("The shooting happened at 6 p.m. near the school.", ),
    ex("The curfew runs from 10:30 until dawn.", ),
    ex("In 2002 the alliance was founded.", ),
    ex("He served seven years in prison for the killing.", ),
    ex("The newspaper has been independent for over 30 years.", ),
    ex("The 7.8-magnitude quake struck at dawn.", ),
    ex("Call police at 555-0134 with any information.", ),
    ex("Get short URL 215 The death toll of the attack rose to 126.", ("killed", 126, 126, 126, "exact")),
    # the whole after "out of" counts those present, not those hit
    ex("Four out of the 75 guests inside were shot.", ),
    ex("Related Articles: Rash of homicides push the city's toll to 85", ),
    ex("The shots were fired in the 800 block of Main Street.", ),
    ex("The militia burned 40 houses and killed 200 cattle.", ),
    ex("Russia sent a few hundred paratroopers to protect its base.", ),
    ex("The referendum on June 27 will go ahead.", ),
    ex("The death toll could be much higher.", ),
    ex("Support us from just $2 a month and help keep our journalism free.", ),
    ex("He was charged with two counts of murder.", ),
    ex("No one was killed in the blast.", ),
    ex("The army deployed 3,000 troops to the region.", ),
    ex("The mother of three was not hurt.", ),
    ex("Police found 38 spent shell casings at the scene.", ),
    ex("Police found a 9mm handgun and 12 rounds in the car.", ),
    ex("Image 5 of 8 shows the house where the shooting happened.", ),
    ex("Parliament passed the bill by 120 votes to 30.", ),
    ex("It was one of the biggest evacuations of the war.", ),
    ex("Two suspects fled the scene on foot.", ),
    ex("Eleven men were sentenced to death for the bombing.", ),
    ex("The battalion lost 12 tanks in the first week.", ),
    ex("Rescuers lost contact with 12 miners on Tuesday.", ),
    ex("About 300 workers lost their jobs when the mill closed.", ),
    ex("Witnesses saw three fleeing gunmen run toward the river.", ),
    ex("Only one of the two fleeing suspects has been caught.", ),
    ex("The girl was taken into protective custody.", ),
    ex("After his release from hospital he will be booked into the county jail.", ),
    ex("The boys who were arrested were 14 and 15-years-old.", ),
    ex("By Sunday night police had not yet arrested a suspect.", ),
    ex("Image 1 of 5 Joe Hawkins was booked on Monday.", ("arrested", 1, 1, 1, "exact")),
    ex("The girl shot on Dec. 25 is recovering.", ),
    ex("The grandmother, who was 46, is recovering at home.", ),
    ex("Two soldiers were in the camp when the bomb went off, killing a guard.",
       ("killed", 1, 1, 1, "exact")),
    ex("Her sons, 7 and 8, were treated for cuts.", ),
    ex("A man was wounded. The two men argued and one of them shot the other.",
       ("injured", 1, 1, 1, "exact")),
    # the outcome of a shot to the head is not stated: a casualty of unknown kind, not a claim
    ex("A boy was shot in the head on Friday morning.", ),
    # a described person with a relative clause before the verb is read past the clause; the
    # town in the clause is no person
    ex("A gunman who opened fire in southeast Houston was arrested Monday night.",
       ("arrested", 1, 1, 1, "exact")),
]

# Known failures: kept here, marked strict xfail, so a fix shows up as an unexpected pass.
KNOWN_FAILURES = [
    # a multiplier of another source's figure is not a number the text states; we skip it,
    # but a reader may want it as a hedged relative claim
    ex("The president said the real toll may be ten times higher than the official 191.",
       ("killed", 191, 191, 191, "exact"), ("killed", None, 1910, None, "vague")),
    # a sum never stated as one number
    ex("A woman and her son were killed.", ("killed", 2, 2, 2, "exact")),
    # "with gunshot wounds" is left out on purpose: measured on the GVA articles it found as
    # many wounded who later died as wounded who lived
    ex("Two other people with gunshot wounds walked into the hospital.", ("injured", 2, 2, 2, "exact")),
]

GROUPS = {
    "numbers": NUMBERS, "vague": VAGUE, "ranges": RANGES, "qualifiers": QUALIFIERS,
    "categories": CATEGORIES, "people": PEOPLE, "breakdowns": BREAKDOWNS, "asides": ASIDES,
    "gate": GATE, "sheltered": SHELTERED, "heads": HEADS, "wire": WIRE, "hedged": HEDGED,
    "noise": NOISE, "toll_parts": TOLL_PARTS,
}
