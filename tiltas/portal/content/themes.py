"""The six thematic areas (the tiles of the home page). Lithuanian is the
description's original wording; English follows the seed README."""

THEMES = [
    {
        "title": {
            "lt": "Regioninės politikos įgyvendinimas",
            "en": "Implementing regional policy",
            "nb": "Gjennomføring av regionalpolitikken",
        },
        "text": {
            "lt": "Projektu siekiama prisidėti prie regioninės politikos tikslų įgyvendinimo "
            "skatinant tvarią plėtrą ir perteikiant Norvegijos Karalystės žinias ir gerąją "
            "patirtį",
            "en": "The project aims to contribute to the goals of regional policy by promoting "
            "sustainable development and transferring the knowledge and good practice of the "
            "Kingdom of Norway.",
            "nb": "Prosjektet skal bidra til å nå de regionalpolitiske målene ved å fremme "
            "bærekraftig utvikling og overføre kunnskap og god praksis fra Kongeriket Norge.",
        },
    },
    {
        "title": {
            "lt": "Socialinės klasterystės stiprinimas",
            "en": "Strengthening social clustering",
            "nb": "Styrking av sosial klyngeutvikling",
        },
        "text": {
            "lt": "Projektu siekiama stiprinti bendradarbiavimą tarp vietos, regionų partnerių "
            "Lietuvos Respublikoje ir Norvegijos Karalystėje",
            "en": "The project aims to strengthen cooperation between local and regional "
            "partners in the Republic of Lithuania and in the Kingdom of Norway.",
            "nb": "Prosjektet skal styrke samarbeidet mellom lokale og regionale partnere i "
            "Republikken Litauen og i Kongeriket Norge.",
        },
    },
    {
        "title": {
            "lt": "Įgūdžių tobulinimas",
            "en": "Improving skills",
            "nb": "Bedre ferdigheter",
        },
        "text": {
            "lt": "Projektu siekiama teikti žinias ir tobulinti projekto tikslinės grupės "
            "įgūdžius įvairiose srityse",
            "en": "The project aims to provide knowledge and improve the skills of the project's "
            "target group in various fields.",
            "nb": "Prosjektet skal formidle kunnskap og styrke ferdighetene til prosjektets "
            "målgruppe på ulike områder.",
        },
    },
    {
        "title": {
            "lt": "Gebėjimų gerinimas",
            "en": "Improving capacities",
            "nb": "Bedre kapasitet",
        },
        "text": {
            "lt": "Projektu siekiama gerinti administracinius ir viešuosius gebėjimus valstybės "
            "ir savivaldybių institucijose",
            "en": "The project aims to improve administrative and public capacities in state and "
            "municipal institutions.",
            "nb": "Prosjektet skal styrke den administrative og offentlige kapasiteten i statlige "
            "og kommunale institusjoner.",
        },
    },
    {
        "title": {
            "lt": "Mokymasis visą gyvenimą",
            "en": "Lifelong learning",
            "nb": "Livslang læring",
        },
        "text": {
            "lt": "Projektu siekiama skatinti visą gyvenimą trunkantį mokymąsi",
            "en": "The project aims to promote learning that lasts a whole life.",
            "nb": "Prosjektet skal fremme læring som varer hele livet.",
        },
    },
    {
        "title": {
            "lt": "Antikorupcinių priemonių kūrimas",
            "en": "Creating anti-corruption measures",
            "nb": "Utvikling av antikorrupsjonstiltak",
        },
        "text": {
            "lt": "Projektu siekiama skatinti antikorupcinių priemonių kūrimą vietos ir regionų "
            "lygiu",
            "en": "The project aims to promote the creation of anti-corruption measures at local "
            "and regional level.",
            "nb": "Prosjektet skal fremme utvikling av antikorrupsjonstiltak på lokalt og "
            "regionalt nivå.",
        },
    },
]
