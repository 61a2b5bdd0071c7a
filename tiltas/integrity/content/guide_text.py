# ruff: noqa: RUF001 - the guide's text: typographic dashes in three languages.
"""The first version of the transparency policy guide (activity 1.3.1), in
Lithuanian, English and Norwegian: chapter → sections, each a title and a
Markdown text per language."""

from typing import Any

TITLE = {
    "lt": "Gerovės valstybės politikos įgyvendinimo skaidrumo vadovas",
    "en": "Guide to transparency in implementing welfare-state policy",
    "nb": "Veileder for åpenhet i gjennomføringen av velferdsstatens politikk",
}
SUMMARY = {
    "lt": (
        "Praktinis vadovas savivaldybėms, valstybės institucijoms ir jų partneriams: kaip "
        "atpažinti korupcijos rizikas socialinėse paslaugose, viešuosiuose pirkimuose ir "
        "paramoje ir kaip jas valdyti, remiantis Lietuvos ir Norvegijos patirtimi."
    ),
    "en": (
        "A practical guide for municipalities, state institutions and their partners: how to "
        "recognise corruption risks in social services, procurement and grants and how to "
        "manage them, drawing on Lithuanian and Norwegian practice."
    ),
    "nb": (
        "En praktisk veileder for kommuner, statlige virksomheter og deres partnere: hvordan "
        "man gjenkjenner korrupsjonsrisiko i sosiale tjenester, anskaffelser og tilskudd, og "
        "hvordan den håndteres, med utgangspunkt i litauisk og norsk praksis."
    ),
}
CHANGE_LOG = {
    "lt": "Pirmoji vadovo versija: šeši skyriai, parengti projekto partnerių.",
    "en": "The first version of the guide: six chapters prepared by the project partners.",
    "nb": "Første versjon av veilederen: seks kapitler utarbeidet av prosjektpartnerne.",
}

CHAPTERS: list[dict[str, Any]] = [
    {
        "title": {
            "lt": "Skaidrumas įgyvendinant gerovės valstybės politiką",
            "en": "Transparency in implementing welfare-state policy",
            "nb": "Åpenhet i gjennomføringen av velferdsstatens politikk",
        },
        "sections": [
            {
                "title": {
                    "lt": "Kodėl skaidrumas svarbus vietos ir regionų lygiu",
                    "en": "Why transparency matters at local and regional level",
                    "nb": "Hvorfor åpenhet betyr noe lokalt og regionalt",
                },
                "body": {
                    "lt": (
                        "Dauguma gerovės valstybės sprendimų – kam skirti socialinę paslaugą, "
                        "kuriai organizacijai patikėti jos teikimą, kokį projektą finansuoti – "
                        "priimami savivaldybėse ir regionuose. Čia sprendimų priėmėjai ir "
                        "gyventojai dažnai pažįsta vieni kitus, todėl asmeniniai ryšiai lengviau "
                        "susipina su tarnybinėmis pareigomis.\n\n"
                        "Skaidrumas reiškia, kad gyventojas gali sužinoti, **kas** priėmė "
                        "sprendimą, **kokiais kriterijais** remtasi ir **kiek** tai kainavo. "
                        "Kai šie dalykai vieši, mažiau vietos piktnaudžiavimui, o pasitikėjimas "
                        "viešosiomis paslaugomis auga."
                    ),
                    "en": (
                        "Most decisions of the welfare state – who receives a social service, "
                        "which organisation is trusted to provide it, which project is funded – "
                        "are taken in municipalities and regions. Here decision-makers and "
                        "residents often know one another, so personal ties mix more easily "
                        "with official duties.\n\n"
                        "Transparency means that a resident can find out **who** took a "
                        "decision, **on which criteria** and **at what cost**. When these are "
                        "public, there is less room for abuse and trust in public services grows."
                    ),
                    "nb": (
                        "De fleste beslutningene i velferdsstaten – hvem som får en sosial "
                        "tjeneste, hvilken organisasjon som får levere den, hvilket prosjekt som "
                        "får støtte – tas i kommuner og regioner. Her kjenner beslutningstakere "
                        "og innbyggere ofte hverandre, og personlige bånd blandes lettere med "
                        "tjenesteplikter.\n\n"
                        "Åpenhet betyr at en innbygger kan finne ut **hvem** som tok en "
                        "beslutning, **etter hvilke kriterier** og **hva den kostet**. Når dette "
                        "er offentlig, blir det mindre rom for misbruk, og tilliten til "
                        "offentlige tjenester øker."
                    ),
                },
            },
            {
                "title": {
                    "lt": "Principai: atvirumas, atskaitomybė, dalyvavimas",
                    "en": "Principles: openness, accountability, participation",
                    "nb": "Prinsipper: åpenhet, ansvarlighet, medvirkning",
                },
                "body": {
                    "lt": (
                        "- **Atvirumas**: sprendimai, sutartys ir išlaidos skelbiami laiku ir "
                        "suprantamai, o ne tik tada, kai kas nors paprašo.\n"
                        "- **Atskaitomybė**: kiekvienam sprendimui yra atsakingas asmuo, o "
                        "sprendimo pagrindas užrašomas.\n"
                        "- **Dalyvavimas**: paslaugų gavėjai, nevyriausybinės organizacijos ir "
                        "gyventojai gali pasisakyti prieš priimant sprendimą.\n\n"
                        "Norvegijoje viešumo įstatymas (*offentleglova*) numato, kad institucijų "
                        "dokumentai yra vieši, nebent įstatymas nurodo kitaip; Lietuvoje "
                        "Teisės gauti informaciją iš valstybės ir savivaldybių institucijų ir "
                        "įstaigų įstatymas įtvirtina panašią teisę."
                    ),
                    "en": (
                        "- **Openness**: decisions, contracts and spending are published in good "
                        "time and plainly, not only when someone asks.\n"
                        "- **Accountability**: each decision has a person responsible for it, and "
                        "its grounds are written down.\n"
                        "- **Participation**: service users, NGOs and residents can speak before "
                        "a decision is taken.\n\n"
                        "In Norway the Freedom of Information Act (*offentleglova*) makes public "
                        "bodies' documents public unless a law says otherwise; in Lithuania the "
                        "Law on the Right to Obtain Information from State and Municipal "
                        "Institutions and Agencies sets out a similar right."
                    ),
                    "nb": (
                        "- **Åpenhet**: vedtak, kontrakter og utgifter publiseres i tide og "
                        "forståelig, ikke bare når noen spør.\n"
                        "- **Ansvarlighet**: hvert vedtak har en ansvarlig person, og "
                        "begrunnelsen skrives ned.\n"
                        "- **Medvirkning**: tjenestemottakere, frivillige organisasjoner og "
                        "innbyggere kan si sin mening før et vedtak fattes.\n\n"
                        "I Norge gjør offentleglova forvaltningens dokumenter offentlige med "
                        "mindre lov sier noe annet; i Litauen gir loven om rett til å få "
                        "informasjon fra statlige og kommunale institusjoner en lignende rett."
                    ),
                },
            },
        ],
    },
    {
        "title": {
            "lt": "Interesų konfliktai",
            "en": "Conflicts of interest",
            "nb": "Interessekonflikter",
        },
        "sections": [
            {
                "title": {
                    "lt": "Kaip atpažinti interesų konfliktą",
                    "en": "Recognising a conflict of interest",
                    "nb": "Å gjenkjenne en interessekonflikt",
                },
                "body": {
                    "lt": (
                        "Interesų konfliktas kyla, kai darbuotojo ar politiko asmeninis "
                        "interesas – giminystė, draugystė, narystė organizacijoje, akcijos ar "
                        "antrasis darbas – gali paveikti jo tarnybinį sprendimą. Konfliktas "
                        "savaime nėra pažeidimas; pažeidimas yra jo nuslėpimas ir dalyvavimas "
                        "sprendime.\n\n"
                        "Dažni pavyzdžiai socialinėje srityje: komisijos narys vertina "
                        "organizacijos, kurios valdyboje jis yra, paraišką; darbuotojas "
                        "sprendžia dėl paslaugos savo kaimynui; vadovas rekomenduoja tiekėją, "
                        "kuriame dirba jo sutuoktinis."
                    ),
                    "en": (
                        "A conflict of interest arises when a private interest of an employee or "
                        "politician – family, friendship, membership of an organisation, shares "
                        "or a second job – could sway an official decision. A conflict is not "
                        "itself a breach; hiding it and taking part in the decision is.\n\n"
                        "Common examples in social affairs: a committee member assesses the "
                        "application of an organisation on whose board they sit; an employee "
                        "decides on a service for their neighbour; a manager recommends a "
                        "supplier where their spouse works."
                    ),
                    "nb": (
                        "En interessekonflikt oppstår når en privat interesse hos en ansatt eller "
                        "politiker – familie, vennskap, medlemskap i en organisasjon, aksjer "
                        "eller en bijobb – kan påvirke en beslutning i tjenesten. Konflikten i "
                        "seg selv er ikke et brudd; å skjule den og delta i beslutningen er det."
                        "\n\n"
                        "Vanlige eksempler på det sosiale feltet: et utvalgsmedlem vurderer en "
                        "søknad fra en organisasjon der vedkommende sitter i styret; en ansatt "
                        "avgjør en tjeneste for naboen sin; en leder anbefaler en leverandør der "
                        "ektefellen arbeider."
                    ),
                },
            },
            {
                "title": {
                    "lt": "Deklaravimas ir nusišalinimas",
                    "en": "Declaring and stepping aside",
                    "nb": "Å melde fra og fratre",
                },
                "body": {
                    "lt": (
                        "Lietuvoje Viešųjų ir privačių interesų derinimo įstatymas įpareigoja "
                        "deklaruoti privačius interesus ir nusišalinti nuo sprendimų, kuriuose "
                        "kyla konfliktas; deklaracijas prižiūri Vyriausioji tarnybinės etikos "
                        "komisija. Norvegijoje tai reglamentuoja viešojo administravimo "
                        "įstatymo (*forvaltningsloven*) 6 straipsnis ir savivaldos įstatymas.\n\n"
                        "Gera praktika:\n\n"
                        "1. Prieš kiekvieną komisijos posėdį kiekvienas narys raštu patvirtina, "
                        "kad neturi konflikto.\n"
                        "2. Nusišalinimas įrašomas į protokolą.\n"
                        "3. Deklaracijos peržiūrimos bent kartą per metus."
                    ),
                    "en": (
                        "In Lithuania the Law on the Adjustment of Public and Private Interests "
                        "requires private interests to be declared and the person to step aside "
                        "from decisions where a conflict arises; the Chief Official Ethics "
                        "Commission oversees the declarations. In Norway section 6 of the Public "
                        "Administration Act (*forvaltningsloven*) and the Local Government Act "
                        "set the rules.\n\n"
                        "Good practice:\n\n"
                        "1. Before each committee meeting every member confirms in writing that "
                        "they have no conflict.\n"
                        "2. Stepping aside is recorded in the minutes.\n"
                        "3. Declarations are reviewed at least once a year."
                    ),
                    "nb": (
                        "I Litauen krever loven om avveining av offentlige og private "
                        "interesser at private interesser meldes og at man fratrer beslutninger "
                        "der det oppstår en konflikt; Den sentrale kommisjonen for etikk i "
                        "offentlig tjeneste fører tilsyn. I Norge gir forvaltningsloven § 6 og "
                        "kommuneloven reglene om inhabilitet.\n\n"
                        "God praksis:\n\n"
                        "1. Før hvert møte bekrefter hvert medlem skriftlig at det ikke har en "
                        "konflikt.\n"
                        "2. At noen fratrer, føres i protokollen.\n"
                        "3. Erklæringene gjennomgås minst én gang i året."
                    ),
                },
            },
        ],
    },
    {
        "title": {
            "lt": "Viešieji pirkimai",
            "en": "Public procurement",
            "nb": "Offentlige anskaffelser",
        },
        "sections": [
            {
                "title": {
                    "lt": "Rizikos kiekviename pirkimo etape",
                    "en": "Risks at each stage of a procurement",
                    "nb": "Risiko i hver fase av en anskaffelse",
                },
                "body": {
                    "lt": (
                        "- **Planavimas**: poreikis „pritaikomas“ konkrečiam tiekėjui, pirkimas "
                        "skaidomas, kad būtų išvengta konkurso.\n"
                        "- **Specifikacija**: reikalavimai, kuriuos atitinka tik vienas "
                        "tiekėjas.\n"
                        "- **Vertinimas**: neaiškūs kriterijai, vertintojų interesų konfliktai.\n"
                        "- **Sutarties vykdymas**: sutarties keitimai be pagrindo, nepatikrinti "
                        "darbai ir sąskaitos.\n\n"
                        "Socialinių paslaugų pirkimuose rizika didesnė, nes kokybę sunku "
                        "išmatuoti, o tiekėjų rinka maža."
                    ),
                    "en": (
                        "- **Planning**: the need is tailored to one supplier, or a purchase is "
                        "split to avoid a tender.\n"
                        "- **Specification**: requirements only one supplier meets.\n"
                        "- **Evaluation**: vague criteria, evaluators with conflicts of interest.\n"
                        "- **Contract management**: amendments without grounds, work and "
                        "invoices not checked.\n\n"
                        "The risk is higher when social services are bought, because quality is "
                        "hard to measure and the market of providers is small."
                    ),
                    "nb": (
                        "- **Planlegging**: behovet tilpasses én leverandør, eller et kjøp deles "
                        "opp for å unngå konkurranse.\n"
                        "- **Kravspesifikasjon**: krav som bare én leverandør oppfyller.\n"
                        "- **Evaluering**: uklare kriterier, evaluatorer med "
                        "interessekonflikter.\n"
                        "- **Kontraktsoppfølging**: endringer uten grunnlag, arbeid og fakturaer "
                        "som ikke kontrolleres.\n\n"
                        "Risikoen er større ved kjøp av sosiale tjenester, fordi kvalitet er "
                        "vanskelig å måle og leverandørmarkedet er lite."
                    ),
                },
            },
            {
                "title": {
                    "lt": "Priemonės: viešas planas, keturių akių principas, atviri duomenys",
                    "en": "Measures: a public plan, four eyes, open data",
                    "nb": "Tiltak: en offentlig plan, fireøyneprinsippet, åpne data",
                },
                "body": {
                    "lt": (
                        "Metų pirkimų planą skelbkite iš anksto, kad tiekėjai galėtų "
                        "pasiruošti. Specifikaciją ir vertinimą tegul atlieka skirtingi "
                        "žmonės, o sprendimą pasirašo du. Pirkimų ir sutarčių duomenis "
                        "skelbkite atviru formatu – Lietuvoje per CVP IS, Norvegijoje per "
                        "*Doffin*.\n\n"
                        "Sutarties vykdymą tikrinkite pagal iš anksto sutartus rodiklius ir "
                        "kasmet peržiūrėkite tiekėjų, laimėjusių daugiausia pirkimų be "
                        "konkurso, sąrašą."
                    ),
                    "en": (
                        "Publish the year's procurement plan in advance so that suppliers can "
                        "prepare. Let different people write the specification and evaluate, "
                        "and have two people sign the decision. Publish procurement and "
                        "contract data in an open format – in Lithuania through CVP IS, in "
                        "Norway through *Doffin*.\n\n"
                        "Check contract performance against indicators agreed beforehand, and "
                        "review every year the list of suppliers who won most contracts "
                        "without competition."
                    ),
                    "nb": (
                        "Publiser årets anskaffelsesplan på forhånd, slik at leverandørene kan "
                        "forberede seg. La ulike personer skrive kravspesifikasjonen og "
                        "evaluere, og la to signere beslutningen. Publiser data om anskaffelser "
                        "og kontrakter i åpent format – i Litauen gjennom CVP IS, i Norge "
                        "gjennom *Doffin*.\n\n"
                        "Følg opp kontrakten mot indikatorer avtalt på forhånd, og gå hvert år "
                        "gjennom listen over leverandører som har fått flest kontrakter uten "
                        "konkurranse."
                    ),
                },
            },
        ],
    },
    {
        "title": {
            "lt": "Socialinės paslaugos",
            "en": "Social services",
            "nb": "Sosiale tjenester",
        },
        "sections": [
            {
                "title": {
                    "lt": "Teisinga prieiga ir sprendimai dėl paslaugų",
                    "en": "Fair access and decisions on services",
                    "nb": "Rettferdig tilgang og vedtak om tjenester",
                },
                "body": {
                    "lt": (
                        "Sprendimai, kas gauna socialinę paslaugą, pašalpą ar vietą globos "
                        "įstaigoje, turi remtis viešais kriterijais ir užrašytu vertinimu. "
                        "Eilės turi būti matomos: asmuo turi galėti sužinoti savo vietą eilėje ir "
                        "kodėl ji pasikeitė.\n\n"
                        "Rizikos ženklai: sprendimai be vertinimo, dažnos „skubios“ išimtys, "
                        "tas pats darbuotojas ir vertina, ir skiria paslaugą. Atsitiktinė "
                        "bylų patikra ir skundų analizė padeda juos pastebėti."
                    ),
                    "en": (
                        "Decisions on who receives a social service, a benefit or a place in "
                        "care must rest on public criteria and a written assessment. Waiting "
                        "lists must be visible: a person must be able to learn their place in "
                        "the queue and why it changed.\n\n"
                        "Warning signs: decisions without an assessment, frequent “urgent” "
                        "exceptions, the same employee both assessing and granting. Random case "
                        "checks and an analysis of complaints help to notice them."
                    ),
                    "nb": (
                        "Vedtak om hvem som får en sosial tjeneste, en ytelse eller en plass i "
                        "institusjon, må bygge på offentlige kriterier og en skriftlig "
                        "vurdering. Ventelister må være synlige: en person må kunne få vite sin "
                        "plass i køen og hvorfor den endret seg.\n\n"
                        "Faresignaler: vedtak uten vurdering, hyppige «hastende» unntak, at samme "
                        "ansatt både vurderer og tildeler. Tilfeldige stikkprøver av saker og "
                        "analyse av klager hjelper til å oppdage dem."
                    ),
                },
            },
            {
                "title": {
                    "lt": "Paslaugų teikėjai ir kokybės priežiūra",
                    "en": "Service providers and quality oversight",
                    "nb": "Tjenesteleverandører og kvalitetstilsyn",
                },
                "body": {
                    "lt": (
                        "Kai paslaugas teikia nevyriausybinės organizacijos ar įmonės, "
                        "savivaldybė lieka atsakinga už jų kokybę ir už tai, kaip naudojami "
                        "pinigai. Sutartyje numatykite ataskaitas, lankymąsi vietoje ir "
                        "paslaugų gavėjų apklausas.\n\n"
                        "Norvegijos savivaldybės dažnai skelbia paslaugų teikėjų kokybės "
                        "rodiklius ir patikrinimų išvadas; tą patį galima daryti ir Lietuvoje, "
                        "saugant asmens duomenis."
                    ),
                    "en": (
                        "When NGOs or companies provide services, the municipality remains "
                        "responsible for their quality and for how the money is spent. Put "
                        "reports, site visits and surveys of service users into the contract.\n"
                        "\n"
                        "Norwegian municipalities often publish providers' quality indicators "
                        "and the findings of inspections; the same can be done in Lithuania "
                        "while protecting personal data."
                    ),
                    "nb": (
                        "Når frivillige organisasjoner eller selskaper leverer tjenester, har "
                        "kommunen fortsatt ansvaret for kvaliteten og for hvordan pengene "
                        "brukes. Ta rapporter, besøk og brukerundersøkelser inn i kontrakten.\n"
                        "\n"
                        "Norske kommuner publiserer ofte leverandørenes kvalitetsindikatorer og "
                        "funn fra tilsyn; det samme kan gjøres i Litauen, med vern av "
                        "personopplysninger."
                    ),
                },
            },
        ],
    },
    {
        "title": {
            "lt": "Dotacijos ir parama",
            "en": "Grants and subsidies",
            "nb": "Tilskudd og støtte",
        },
        "sections": [
            {
                "title": {
                    "lt": "Aiškūs kriterijai ir nepriklausomas vertinimas",
                    "en": "Clear criteria and independent assessment",
                    "nb": "Klare kriterier og uavhengig vurdering",
                },
                "body": {
                    "lt": (
                        "Kvietimas teikti paraiškas turi iš anksto skelbti kriterijus, jų svorį "
                        "ir vertinimo tvarką. Paraiškas tegul vertina bent du vertintojai, "
                        "kurie prieš vertinimą deklaruoja, kad neturi interesų konflikto.\n\n"
                        "Jei sprendimas skiriasi nuo vertintojų rekomendacijos, priežastis turi "
                        "būti užrašyta ir paskelbta."
                    ),
                    "en": (
                        "A call for applications must publish its criteria, their weight and the "
                        "assessment procedure in advance. Let at least two assessors score each "
                        "application, each declaring beforehand that they have no conflict of "
                        "interest.\n\n"
                        "Where the decision departs from the assessors' recommendation, the "
                        "reason must be written down and published."
                    ),
                    "nb": (
                        "En utlysning må på forhånd publisere kriteriene, vektingen og "
                        "fremgangsmåten for vurderingen. La minst to vurderere score hver søknad, "
                        "og la hver erklære på forhånd at de ikke har en interessekonflikt.\n\n"
                        "Når vedtaket avviker fra vurderernes anbefaling, må grunnen skrives ned "
                        "og publiseres."
                    ),
                },
            },
            {
                "title": {
                    "lt": "Skelbkite, kas ir kiek gavo",
                    "en": "Publish who received what",
                    "nb": "Publiser hvem som fikk hva",
                },
                "body": {
                    "lt": (
                        "Paramos gavėjų sąrašas su sumomis, tikslais ir rezultatais turi būti "
                        "viešas ir lengvai randamas. Tai leidžia gyventojams ir žurnalistams "
                        "pastebėti, jei tos pačios organizacijos nuolat gauna paramą be "
                        "konkurso.\n\n"
                        "Po projekto paskelbkite ir trumpą ataskaitą: kas nuveikta, kiek "
                        "žmonių pasiekta, kiek lėšų panaudota."
                    ),
                    "en": (
                        "The list of grant recipients with amounts, purposes and results must "
                        "be public and easy to find. It lets residents and journalists notice "
                        "when the same organisations keep receiving support without "
                        "competition.\n\n"
                        "After the project, publish a short report too: what was done, how many "
                        "people were reached, how much was spent."
                    ),
                    "nb": (
                        "Listen over tilskuddsmottakere med beløp, formål og resultater må være "
                        "offentlig og lett å finne. Da kan innbyggere og journalister se om de "
                        "samme organisasjonene stadig får støtte uten konkurranse.\n\n"
                        "Publiser også en kort rapport etter prosjektet: hva som ble gjort, hvor "
                        "mange som ble nådd, hvor mye som ble brukt."
                    ),
                },
            },
        ],
    },
    {
        "title": {
            "lt": "Pranešimai ir reagavimas",
            "en": "Reporting and responding",
            "nb": "Varsling og oppfølging",
        },
        "sections": [
            {
                "title": {
                    "lt": "Saugūs kanalai pranešti apie pažeidimus",
                    "en": "Safe channels for reporting wrongdoing",
                    "nb": "Trygge kanaler for å varsle om kritikkverdige forhold",
                },
                "body": {
                    "lt": (
                        "Darbuotojai ir gyventojai dažniausiai pirmieji pastebi korupciją. "
                        "Lietuvos Pranešėjų apsaugos įstatymas įpareigoja institucijas turėti "
                        "vidinį pranešimų kanalą ir saugoti pranešėjo tapatybę; Norvegijoje "
                        "pranešėjus saugo darbo aplinkos įstatymo (*arbeidsmiljøloven*) 2 A "
                        "skyrius.\n\n"
                        "Kanalas turi būti lengvai randamas, leisti pranešti anonimiškai ir "
                        "atsakyti pranešėjui per nustatytą laiką. Paskirkite už jį atsakingą "
                        "asmenį ir praneškite darbuotojams, kaip juo naudotis."
                    ),
                    "en": (
                        "Employees and residents are usually the first to notice corruption. "
                        "Lithuania's Law on the Protection of Whistleblowers requires "
                        "institutions to run an internal reporting channel and to protect the "
                        "reporter's identity; in Norway chapter 2 A of the Working Environment "
                        "Act (*arbeidsmiljøloven*) protects whistleblowers.\n\n"
                        "The channel must be easy to find, allow anonymous reports and answer "
                        "the reporter within a set time. Name a person responsible for it and "
                        "tell employees how to use it."
                    ),
                    "nb": (
                        "Ansatte og innbyggere er som regel de første som ser korrupsjon. "
                        "Litauens lov om vern av varslere pålegger virksomheter å ha en intern "
                        "varslingskanal og å beskytte varslerens identitet; i Norge vernes "
                        "varslere av arbeidsmiljøloven kapittel 2 A.\n\n"
                        "Kanalen må være lett å finne, tillate anonym varsling og gi varsleren "
                        "svar innen en fastsatt tid. Utpek en ansvarlig, og fortell de ansatte "
                        "hvordan den brukes."
                    ),
                },
            },
            {
                "title": {
                    "lt": "Rizikos vertinimas ir mokymasis iš atvejų",
                    "en": "Risk assessment and learning from cases",
                    "nb": "Risikovurdering og læring av saker",
                },
                "body": {
                    "lt": (
                        "Korupcijos prevencijos įstatymo 6 straipsnis nustato, kokios veiklos "
                        "sritys laikomos didelės korupcijos rizikos sritimis; institucijos jas "
                        "vertina ir rezultatus teikia Specialiųjų tyrimų tarnybai (STT). "
                        "Vertinimą darykite kasmet: kiekvienai sričiai įvertinkite tikimybę ir "
                        "poveikį, paskirkite atsakingą asmenį ir priemones.\n\n"
                        "Kiekvienas ištirtas atvejis yra pamoka: aptarkite, kuri priemonė "
                        "nesuveikė, ir atnaujinkite rizikų registrą bei šį vadovą."
                    ),
                    "en": (
                        "Article 6 of Lithuania's Law on the Prevention of Corruption sets out "
                        "which areas of activity count as areas of high corruption risk; "
                        "institutions assess them and report the results to the Special "
                        "Investigation Service (STT). Assess every year: rate the likelihood "
                        "and impact for each area, and name an owner and measures.\n\n"
                        "Every case investigated is a lesson: discuss which measure failed, and "
                        "update the risk register and this guide."
                    ),
                    "nb": (
                        "Artikkel 6 i Litauens lov om korrupsjonsforebygging angir hvilke "
                        "virksomhetsområder som regnes som områder med høy korrupsjonsrisiko; "
                        "virksomhetene vurderer dem og rapporterer til Spesialetterforsknings"
                        "tjenesten (STT). Vurder hvert år: anslå sannsynlighet og konsekvens for "
                        "hvert område, og utpek en ansvarlig og tiltak.\n\n"
                        "Hver sak som er undersøkt, er en lærdom: drøft hvilket tiltak som "
                        "sviktet, og oppdater risikoregisteret og denne veilederen. KS og "
                        "Transparency International Norges håndbok «Beskyttelse mot korrupsjon» "
                        "gir flere eksempler."
                    ),
                },
            },
        ],
    },
]
