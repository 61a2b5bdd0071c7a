"""The texts of the goal, objectives and activities in lt, en and nb. The
Lithuanian is the description's own (the source of truth); en follows the seed
README, nb the glossary."""

GOAL = {
    "title": {"lt": "Projekto tikslas", "en": "Project goal", "nb": "Prosjektets mål"},
    "text": {
        "lt": (
            "Prisidėti prie regioninės politikos tikslų įgyvendinimo perteikiant Norvegijos "
            "Karalystės žinias ir gerąją patirtį Lietuvos Respublikos valstybės ir savivaldybių "
            "institucijoms, skatinant tvarią plėtrą ir stiprinant viešojo sektoriaus gebėjimus, "
            "bendradarbiavimą ir socialinę klasterystę tarp vietos ir regionų partnerių."
        ),
        "en": (
            "Contribute to the goals of regional policy by transferring the knowledge and good "
            "practice of the Kingdom of Norway to state and municipal institutions of the "
            "Republic of Lithuania, promoting sustainable development and strengthening "
            "public-sector capacities, cooperation and social clustering between local and "
            "regional partners."
        ),
        "nb": (
            "Bidra til å nå regionalpolitiske mål ved å overføre kunnskap og god praksis fra "
            "Kongeriket Norge til statlige og kommunale institusjoner i Republikken Litauen, "
            "fremme bærekraftig utvikling og styrke offentlig sektors kapasitet, samarbeid og "
            "sosial klyngeutvikling mellom lokale og regionale partnere."
        ),
    },
}

OBJECTIVES = [
    {
        "code": "1",
        "title": {
            "lt": (
                "Ugdyti įgūdžius ir plėtoti socialines klasterystės kompetencijas skatinant "
                "mokymąsi visą gyvenimą, prisidedant prie regioninės politikos įgyvendinimo."
            ),
            "en": (
                "Develop skills and social-clustering competencies, promoting lifelong "
                "learning, contributing to regional policy."
            ),
            "nb": (
                "Utvikle ferdigheter og kompetanse i sosial klyngeutvikling, fremme livslang "
                "læring og bidra til gjennomføringen av regionalpolitikken."
            ),
        },
    },
    {
        "code": "2",
        "title": {
            "lt": (
                "Gerinti projekto partnerių institucijose valstybės gerovės politikos "
                "įgyvendinimo administracinius ir viešuosius gebėjimus."
            ),
            "en": (
                "Improve the administrative and public capacities of the partner institutions "
                "for implementing welfare-state policy."
            ),
            "nb": (
                "Styrke den administrative og offentlige kapasiteten i partnerinstitusjonene "
                "til å gjennomføre velferdsstatspolitikken."
            ),
        },
    },
    {
        "code": "3",
        "title": {
            "lt": (
                "Užtikrinti valstybės gerovės politikos įgyvendinime skaidrumą, plėtojant ir "
                "diegiant inovatyvias antikorupcinių priemones vietos ir regionų lygiu."
            ),
            "en": (
                "Ensure transparency in implementing welfare-state policy by developing and "
                "deploying innovative anti-corruption measures at local and regional level."
            ),
            "nb": (
                "Sikre åpenhet i gjennomføringen av velferdsstatspolitikken ved å utvikle og "
                "ta i bruk innovative antikorrupsjonstiltak på lokalt og regionalt nivå."
            ),
        },
    },
]

# Titles in lt are the description's own words (its spelling kept, spacing tidied);
# descriptions repeat the description's outputs line for that activity.
ACTIVITIES = [
    {
        "code": "1.1.1",
        "title": {
            "lt": "Socialinės klasterystės kompetencijų modelio parengimas ir adaptavimas",
            "en": "Prepare and adapt the social-clustering competency model",
            "nb": "Utarbeide og tilpasse kompetansemodellen for sosial klyngeutvikling",
        },
        "description": {
            "lt": (
                "1 modelis; Lietuvos atstovų 2 vizitai Norvegijoje (12 asm. per vizitą, 4 dienas)"
            ),
            "en": (
                "1 competency model; LT representatives to Norway: 2 visits, 12 persons per "
                "visit, 4 days"
            ),
            "nb": (
                "1 kompetansemodell; litauiske representanter til Norge: 2 besøk, 12 personer "
                "per besøk, 4 dager"
            ),
        },
    },
    {
        "code": "1.1.2",
        "title": {
            "lt": (
                "Virtualios mokymosi aplinko sukūrimas, tobulinant valstybės gerovės ir "
                "skatinant regioninės politikos įgyvendinimą"
            ),
            "en": (
                "Create a virtual learning environment, improving welfare-state and regional "
                "policy implementation"
            ),
            "nb": (
                "Opprette et virtuelt læringsmiljø for å forbedre gjennomføringen av "
                "velferdsstatspolitikken og regionalpolitikken"
            ),
        },
        "description": {
            "lt": (
                "1 virtuali mokymosi aplinka; Norvegijos ekspertų 2 vizitai Lietuvoje "
                "(4 asm. per vizitą, 4 d.)"
            ),
            "en": (
                "1 virtual learning environment; Norwegian experts to Lithuania: 2 visits, "
                "4 persons per visit, 4 days"
            ),
            "nb": (
                "1 virtuelt læringsmiljø; norske eksperter til Litauen: 2 besøk, 4 personer "
                "per besøk, 4 dager"
            ),
        },
    },
    {
        "code": "1.1.3",
        "title": {
            "lt": (
                "Socialinės klasterystės kompetencijų programų kūrimas ir mokymų organizavimas, "
                "perteikiant Norvegijos žinias ir gerąją patirtį"
            ),
            "en": (
                "Develop social-clustering competency programmes and organise trainings, "
                "transferring Norwegian knowledge and good practice"
            ),
            "nb": (
                "Utvikle kompetanseprogrammer i sosial klyngeutvikling og arrangere opplæring "
                "som overfører norsk kunnskap og god praksis"
            ),
        },
        "description": {
            "lt": (
                "6 programos; 6 met. rin.; 12 mokymų (6 – LT, 6 – NO), 240 dalyvių; LT 2 vizitai "  # noqa: RUF001 - the description's own dash
                "Norvegijoje (2 asm., 5 d.); NO 2 vizitai Lietuvoje (2 asm., 5 d.)"
            ),
            "en": (
                "6 programmes; 6 methodological sets; 12 trainings (6 in LT, 6 in NO); "
                "240 participants; LT to NO: 2 visits, 2 persons, 5 days; NO to LT: 2 visits, "
                "2 persons, 5 days"
            ),
            "nb": (
                "6 programmer; 6 sett med metodisk materiell; 12 kurs (6 i LT, 6 i NO); "
                "240 deltakere; LT til NO: 2 besøk, 2 personer, 5 dager; NO til LT: 2 besøk, "
                "2 personer, 5 dager"
            ),
        },
    },
    {
        "code": "1.2.1",
        "title": {
            "lt": (
                "Institucijų administracinių ir viešųjų gebėjimų tobulinimosi programų "
                "parengimas ir adaptavimas"
            ),
            "en": (
                "Prepare and adapt programmes for improving institutions' administrative and "
                "public capacities"
            ),
            "nb": (
                "Utarbeide og tilpasse programmer for å styrke institusjonenes administrative "
                "og offentlige kapasitet"
            ),
        },
        "description": {
            "lt": "3 programos, 3 metodinių priemonių rinkiniai",
            "en": "3 programmes; 3 sets of methodological tools",
            "nb": "3 programmer; 3 sett med metodisk materiell",
        },
    },
    {
        "code": "1.2.2",
        "title": {
            "lt": (
                "Administracinių ir viešųjų gebėjimų tobulinimosi mokymo renginių organizavimas, "
                "prisidedant prie ekonominių ir socialinių skirtumų mažinimo regionuose"
            ),
            "en": (
                "Organise training events on administrative and public capacities, contributing "
                "to reducing economic and social gaps between regions"
            ),
            "nb": (
                "Arrangere kurs i administrativ og offentlig kapasitet som bidrar til å "
                "redusere økonomiske og sosiale forskjeller mellom regioner"
            ),
        },
        "description": {
            "lt": (
                "6 renginiai (3 – LT, 3 – NO), 240 dalyvių; 1 LT atstovų vizitas (2 asm., "  # noqa: RUF001 - the description's own dash
                "5 dienas) Norvegijoje; 1 NO ekspertų vizitas Lietuvoje (2 asm., 5 d.)"
            ),
            "en": (
                "6 events (3 in LT, 3 in NO); 240 participants; LT to NO: 1 visit, 2 persons, "
                "5 days; NO to LT: 1 visit, 2 persons, 5 days"
            ),
            "nb": (
                "6 kurs (3 i LT, 3 i NO); 240 deltakere; LT til NO: 1 besøk, 2 personer, "
                "5 dager; NO til LT: 1 besøk, 2 personer, 5 dager"
            ),
        },
    },
    {
        "code": "1.3.1",
        "title": {
            "lt": "Valstybės gerovės įgyvendinimo skaidrumo politikos vadovo parengimas",
            "en": "Prepare a guide to the transparency policy of welfare-state implementation",
            "nb": "Utarbeide en veileder for åpenhetspolitikk i gjennomføringen av velferdsstaten",
        },
        "description": {
            "lt": "1 vadovas",
            "en": "1 guide",
            "nb": "1 veileder",
        },
    },
    {
        "code": "1.3.2",
        "title": {
            "lt": (
                "Mokymo renginių organizavimas apie inovatyvių antikorupcinių priemonių diegimo "
                "galimybes vietos ir regioniniu lygiu"
            ),
            "en": (
                "Organise training events on possibilities to deploy innovative anti-corruption "
                "measures at local and regional level"
            ),
            "nb": (
                "Arrangere kurs om mulighetene for å ta i bruk innovative antikorrupsjonstiltak "
                "på lokalt og regionalt nivå"
            ),
        },
        "description": {
            "lt": (
                "6 renginiai (3 – LT, 3 – NO), 240 dalyvių; 1 LT atstovų vizitas (2 asm., 5 d.) "  # noqa: RUF001 - the description's own dash
                "Norvegijoje; 1 NO ekspertų vizitas Lietuvoje (2 asm. po 5 d.)"
            ),
            "en": (
                "6 events (3 in LT, 3 in NO); 240 participants; LT to NO: 1 visit, 2 persons, "
                "5 days; NO to LT: 1 visit, 2 persons, 5 days"
            ),
            "nb": (
                "6 kurs (3 i LT, 3 i NO); 240 deltakere; LT til NO: 1 besøk, 2 personer, "
                "5 dager; NO til LT: 1 besøk, 2 personer, 5 dager"
            ),
        },
    },
    {
        "code": "1.3.3",
        "title": {
            "lt": (
                "Socialinės klasterystės tinklo sukūrimas, siekiant plėtoti ir diegti "
                "inovatyvias antikorupcinių priemones vietos ir regionu lygmeniu"
            ),
            "en": (
                "Create a social-clustering network to develop and deploy innovative "
                "anti-corruption measures at local and regional level"
            ),
            "nb": (
                "Opprette et nettverk for sosial klyngeutvikling for å utvikle og ta i bruk "
                "innovative antikorrupsjonstiltak på lokalt og regionalt nivå"
            ),
        },
        "description": {
            "lt": "1 socialinės klasterystės tinklas; 260 unikalių prisijungimų",
            "en": "1 social-clustering network; 260 unique logins",
            "nb": "1 nettverk for sosial klyngeutvikling; 260 unike innlogginger",
        },
    },
]
