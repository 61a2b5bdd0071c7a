# ruff: noqa: E501 - the catalogue's text: typographic dashes, one paragraph a line.
"""The first measures of the catalogue, from the Norwegian KS / Transparency
International Norway handbook "Beskyttelse mot korrupsjon" and Lithuanian
practice under the Law on the Prevention of Corruption."""

from typing import Any

MEASURES: list[dict[str, Any]] = [
    {
        "slug": "interest-declarations",
        "kind": "prevent", "origin": "both", "effort": "low",
        "areas": ["procurement", "grants", "political", "hr"],
        "title": {
            "lt": "Interesų deklaracijos ir nusišalinimo registras",
            "en": "Declarations of interest and a register of recusals",
            "nb": "Habilitetserklæringer og register over inhabilitet",
        },
        "description": {
            "lt": "Kiekvienas sprendimus priimantis darbuotojas ir politikas deklaruoja privačius interesus, o nusišalinimai registruojami ir skelbiami. Prieš kiekvieną komisijos posėdį nariai patvirtina, kad neturi konflikto.",
            "en": "Every employee and politician who takes decisions declares private interests, and recusals are registered and published. Before each committee meeting members confirm they have no conflict.",
            "nb": "Alle ansatte og politikere som fatter beslutninger, registrerer private interesser, og inhabilitet registreres og publiseres. Før hvert møte bekrefter medlemmene at de ikke er inhabile.",
        },
        "evidence": {
            "lt": "Norvegijos savivaldybėse viešas interesų registras (styrevervregisteret) sumažino nedeklaruotų konfliktų atvejų skaičių.",
            "en": "In Norwegian municipalities the public register of interests (styrevervregisteret) has reduced undeclared conflicts.",
            "nb": "I norske kommuner har det offentlige styrevervregisteret redusert antall ikke-erklærte interessekonflikter.",
        },
    },
    {
        "slug": "four-eyes-procurement",
        "kind": "prevent", "origin": "no", "effort": "medium",
        "areas": ["procurement"],
        "title": {
            "lt": "Keturių akių principas viešuosiuose pirkimuose",
            "en": "Four eyes in public procurement",
            "nb": "Fireøyneprinsippet i offentlige anskaffelser",
        },
        "description": {
            "lt": "Specifikaciją rengia ir pasiūlymus vertina skirtingi asmenys, o sprendimą pasirašo du. Taikoma visiems pirkimams virš nustatytos ribos.",
            "en": "Different people write the specification and evaluate the tenders, and two people sign the decision. It applies to every purchase above a set threshold.",
            "nb": "Ulike personer skriver kravspesifikasjonen og evaluerer tilbudene, og to signerer beslutningen. Gjelder alle kjøp over en fastsatt terskel.",
        },
        "evidence": {
            "lt": "KS vadove nurodoma kaip viena veiksmingiausių ir pigiausių priemonių.",
            "en": "The KS handbook names it among the most effective and least costly measures.",
            "nb": "KS-håndboken omtaler det som et av de mest effektive og rimeligste tiltakene.",
        },
    },
    {
        "slug": "open-contract-data",
        "kind": "detect", "origin": "both", "effort": "medium",
        "areas": ["procurement", "assets"],
        "title": {
            "lt": "Atviri sutarčių ir mokėjimų duomenys",
            "en": "Open data on contracts and payments",
            "nb": "Åpne data om kontrakter og utbetalinger",
        },
        "description": {
            "lt": "Visos sutartys, jų pakeitimai ir mokėjimai tiekėjams skelbiami atviru, mašininiu būdu skaitomu formatu, kad gyventojai ir žurnalistai galėtų juos analizuoti.",
            "en": "All contracts, their amendments and payments to suppliers are published in an open, machine-readable format so that residents and journalists can analyse them.",
            "nb": "Alle kontrakter, endringer og utbetalinger til leverandører publiseres i et åpent, maskinlesbart format, slik at innbyggere og journalister kan analysere dem.",
        },
        "evidence": {
            "lt": "Lietuvoje CVP IS duomenų analizė ne kartą padėjo aptikti skaidomus pirkimus.",
            "en": "In Lithuania the analysis of CVP IS data has repeatedly helped to detect split purchases.",
            "nb": "I Litauen har analyse av data fra CVP IS flere ganger avdekket oppsplittede kjøp.",
        },
    },
    {
        "slug": "grant-transparency",
        "kind": "prevent", "origin": "lt", "effort": "low",
        "areas": ["grants"],
        "title": {
            "lt": "Viešas paramos gavėjų sąrašas su vertinimais",
            "en": "A public list of grant recipients with their scores",
            "nb": "Offentlig liste over tilskuddsmottakere med vurderinger",
        },
        "description": {
            "lt": "Skelbiami visi paramos gavėjai, sumos, vertintojų balai ir sprendimų motyvai, ypač kai sprendimas skiriasi nuo vertintojų rekomendacijos.",
            "en": "All grant recipients, amounts, assessors' scores and the reasons for decisions are published, above all where a decision departs from the assessors' recommendation.",
            "nb": "Alle tilskuddsmottakere, beløp, vurderernes poeng og begrunnelsene publiseres, særlig når vedtaket avviker fra vurderernes anbefaling.",
        },
        "evidence": {"lt": "", "en": "", "nb": ""},
    },
    {
        "slug": "whistleblowing-channel",
        "kind": "detect", "origin": "both", "effort": "medium",
        "areas": ["procurement", "social_services", "grants", "hr", "permits", "assets", "political"],
        "title": {
            "lt": "Vidinis pranešimų kanalas",
            "en": "An internal reporting channel",
            "nb": "Intern varslingskanal",
        },
        "description": {
            "lt": "Saugus kanalas darbuotojams ir gyventojams pranešti apie galimus pažeidimus, su atsakingu asmeniu, atsakymo terminais ir pranešėjo apsauga pagal Pranešėjų apsaugos įstatymą.",
            "en": "A safe channel for employees and residents to report possible wrongdoing, with a person responsible, response deadlines and protection of the reporter under the Law on the Protection of Whistleblowers.",
            "nb": "En trygg kanal der ansatte og innbyggere kan varsle om mulige kritikkverdige forhold, med en ansvarlig, svarfrister og vern av varsleren etter arbeidsmiljøloven kapittel 2 A.",
        },
        "evidence": {
            "lt": "Dauguma korupcijos atvejų atskleidžiama darbuotojų pranešimais.",
            "en": "Most corruption cases come to light through reports by employees.",
            "nb": "De fleste korrupsjonssaker avdekkes gjennom varsler fra ansatte.",
        },
    },
    {
        "slug": "random-case-review",
        "kind": "detect", "origin": "no", "effort": "medium",
        "areas": ["social_services", "permits"],
        "title": {
            "lt": "Atsitiktinė sprendimų dėl paslaugų patikra",
            "en": "Random review of decisions on services",
            "nb": "Stikkprøver av vedtak om tjenester",
        },
        "description": {
            "lt": "Kas ketvirtį atsitiktinai atrinktos bylos peržiūrimos kito skyriaus darbuotojų: ar buvo vertinimas, ar laikytasi kriterijų ir eilės.",
            "en": "Every quarter staff from another unit review randomly chosen cases: was there an assessment, were the criteria and the queue respected.",
            "nb": "Hvert kvartal gjennomgår ansatte fra en annen enhet tilfeldig valgte saker: forelå det en vurdering, ble kriteriene og køen fulgt.",
        },
        "evidence": {"lt": "", "en": "", "nb": ""},
    },
    {
        "slug": "case-follow-up",
        "kind": "respond", "origin": "both", "effort": "high",
        "areas": ["procurement", "social_services", "grants", "hr"],
        "title": {
            "lt": "Atvejų tyrimo ir pamokų tvarka",
            "en": "A procedure for investigating cases and learning from them",
            "nb": "Rutine for å undersøke saker og lære av dem",
        },
        "description": {
            "lt": "Aiški tvarka, kas ir per kiek laiko tiria pranešimą, kada informuojama STT ar policija, ir kaip po kiekvieno atvejo atnaujinamas rizikų registras.",
            "en": "A clear procedure for who investigates a report and how fast, when the STT or the police are informed, and how the risk register is updated after each case.",
            "nb": "En tydelig rutine for hvem som undersøker et varsel og hvor raskt, når politiet eller tilsynsmyndigheter varsles, og hvordan risikoregisteret oppdateres etter hver sak.",
        },
        "evidence": {"lt": "", "en": "", "nb": ""},
    },
]  # fmt: skip
