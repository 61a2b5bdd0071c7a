"""Areas A and B of the social-clustering competency model: (lt, en, nb) texts."""

AREAS_AB = [
    {
        "code": "A",
        "name": (
            "Tarpsektorinė partnerystė",
            "Cross-sector partnership",
            "Tverrsektorielt partnerskap",
        ),
        "description": (
            "Savivaldybių, valstybės institucijų, NVO, verslo ir bendruomenių bendradarbiavimas "
            "sprendžiant bendras socialines problemas.",
            "Cooperation of municipalities, state institutions, NGOs, businesses and communities "
            "around shared social problems.",
            "Samarbeid mellom kommuner, statlige institusjoner, frivillige organisasjoner, "
            "næringsliv og lokalsamfunn om felles sosiale utfordringer.",
        ),
        "competencies": [
            {
                "code": "A1",
                "name": (
                    "Tarpsektorinių partnerysčių kūrimas",
                    "Cross-sector partnership building",
                    "Bygging av tverrsektorielle partnerskap",
                ),
                "description": (
                    "Atpažinti galimus partnerius, sutarti dėl bendro tikslo ir vaidmenų, "
                    "sukurti ilgalaikį bendradarbiavimą.",
                    "Identify potential partners, agree on a shared purpose and roles, and build "
                    "lasting cooperation.",
                    "Finne mulige partnere, bli enige om felles mål og roller og bygge varig "
                    "samarbeid.",
                ),
                "levels": [
                    (
                        "Žino, kas yra socialinė klasterystė ir kuo skiriasi sektorių vaidmenys; "
                        "gali išvardyti savo srities partnerius.",
                        "Knows what social clustering is and how the sectors' roles differ; can "
                        "name the partners in their own field.",
                        "Vet hva sosial klyngeutvikling er og hvordan sektorenes roller "
                        "skiller seg; kan nevne partnerne på eget felt.",
                    ),
                    (
                        "Dalyvauja partnerystėje: rengia susitikimus, dalijasi informacija, "
                        "vykdo susitartas užduotis.",
                        "Takes part in a partnership: prepares meetings, shares information and "
                        "carries out agreed tasks.",
                        "Deltar i et partnerskap: forbereder møter, deler informasjon og "
                        "utfører avtalte oppgaver.",
                    ),
                    (
                        "Savarankiškai inicijuoja partnerystę: sudaro partnerių žemėlapį, "
                        "parengia bendradarbiavimo sutartį ir suderina interesus.",
                        "Initiates a partnership independently: maps partners, drafts a "
                        "cooperation agreement and reconciles interests.",
                        "Tar selvstendig initiativ til partnerskap: kartlegger partnere, "
                        "utarbeider samarbeidsavtale og avstemmer interesser.",
                    ),
                    (
                        "Kuria regiono partnerysčių strategiją, moko kitus ir perkelia gerąją "
                        "praktiką tarp institucijų ir šalių.",
                        "Shapes a regional partnership strategy, coaches others and transfers "
                        "good practice between institutions and countries.",
                        "Utformer en regional partnerskapsstrategi, veileder andre og overfører "
                        "god praksis mellom institusjoner og land.",
                    ),
                ],
            },
            {
                "code": "A2",
                "name": (
                    "Suinteresuotųjų šalių įtraukimas",
                    "Stakeholder engagement",
                    "Involvering av interessenter",
                ),
                "description": (
                    "Įtraukti gyventojus, paslaugų gavėjus ir organizacijas į sprendimų rengimą "
                    "ir priėmimą.",
                    "Involve residents, service users and organisations in preparing and "
                    "taking decisions.",
                    "Involvere innbyggere, tjenestebrukere og organisasjoner i å forberede og "
                    "fatte beslutninger.",
                ),
                "levels": [
                    (
                        "Supranta, kodėl reikia įtraukti suinteresuotąsias šalis, ir žino "
                        "pagrindinius įtraukimo būdus.",
                        "Understands why stakeholders should be involved and knows the main ways "
                        "of involving them.",
                        "Forstår hvorfor interessenter bør involveres, og kjenner de viktigste "
                        "måtene å gjøre det på.",
                    ),
                    (
                        "Pagal parengtą planą organizuoja konsultacijas, apklausas ar viešus "
                        "susitikimus.",
                        "Runs consultations, surveys or public meetings following a prepared plan.",
                        "Gjennomfører høringer, spørreundersøkelser eller folkemøter etter en "
                        "ferdig plan.",
                    ),
                    (
                        "Sudaro suinteresuotųjų šalių analizę, parenka tinkamus metodus ir "
                        "užtikrina, kad pažeidžiamos grupės būtų išgirstos.",
                        "Analyses stakeholders, chooses fitting methods and makes sure "
                        "vulnerable groups are heard.",
                        "Analyserer interessenter, velger egnede metoder og sørger for at sårbare "
                        "grupper blir hørt.",
                    ),
                    (
                        "Įtvirtina įtraukimą kaip nuolatinę institucijos praktiką ir vertina "
                        "jo poveikį sprendimams.",
                        "Makes involvement a standing practice of the institution and evaluates "
                        "its effect on decisions.",
                        "Gjør involvering til fast praksis i virksomheten og vurderer hvordan "
                        "den påvirker beslutninger.",
                    ),
                ],
            },
            {
                "code": "A3",
                "name": (
                    "Bendradarbiavimo moderavimas ir konfliktų sprendimas",
                    "Facilitation and conflict resolution",
                    "Fasilitering og konfliktløsning",
                ),
                "description": (
                    "Vesti bendrus susitikimus, padėti partneriams susitarti ir spręsti "
                    "nesutarimus.",
                    "Lead joint meetings, help partners reach agreement and resolve disagreements.",
                    "Lede felles møter, hjelpe partnere til enighet og løse uenigheter.",
                ),
                "levels": [
                    (
                        "Žino moderavimo principus ir atpažįsta konflikto ženklus grupėje.",
                        "Knows the principles of facilitation and recognises signs of conflict "
                        "in a group.",
                        "Kjenner prinsippene for fasilitering og gjenkjenner tegn på konflikt i "
                        "en gruppe.",
                    ),
                    (
                        "Veda nedidelius darbo susitikimus pagal darbotvarkę ir fiksuoja "
                        "susitarimus.",
                        "Leads small working meetings to an agenda and records what was agreed.",
                        "Leder mindre arbeidsmøter etter en agenda og fører inn det som ble "
                        "avtalt.",
                    ),
                    (
                        "Moderuoja kelių sektorių dirbtuves, taiko sutarimo metodus ir padeda "
                        "išspręsti interesų konfliktus.",
                        "Facilitates multi-sector workshops, uses consensus methods and helps "
                        "resolve conflicts of interest.",
                        "Fasiliterer verksteder med flere sektorer, bruker konsensusmetoder og "
                        "hjelper til med å løse interessekonflikter.",
                    ),
                    (
                        "Sprendžia sudėtingus, įsisenėjusius konfliktus tarp institucijų ir "
                        "rengia kitus moderatorius.",
                        "Resolves complex, long-standing conflicts between institutions and "
                        "trains other facilitators.",
                        "Løser sammensatte, fastlåste konflikter mellom institusjoner og lærer "
                        "opp andre fasilitatorer.",
                    ),
                ],
            },
        ],
    },
    {
        "code": "B",
        "name": (
            "Tinklų valdysena ir lyderystė",
            "Network governance and leadership",
            "Nettverksstyring og ledelse",
        ),
        "description": (
            "Kaip valdomi ir vedami bendradarbiavimo tinklai, kuriuose nė vienas narys "
            "nevadovauja kitiems.",
            "How cooperation networks in which no member commands the others are governed and led.",
            "Hvordan samarbeidsnettverk der ingen medlemmer styrer de andre, blir styrt og ledet.",
        ),
        "competencies": [
            {
                "code": "B1",
                "name": ("Tinklų valdysena", "Network governance", "Nettverksstyring"),
                "description": (
                    "Sukurti ir palaikyti klasterio sprendimų priėmimo, atsakomybių ir "
                    "atskaitomybės taisykles.",
                    "Set up and maintain a cluster's rules for decision-making, "
                    "responsibilities and accountability.",
                    "Etablere og vedlikeholde klyngens regler for beslutninger, ansvar og "
                    "rapportering.",
                ),
                "levels": [
                    (
                        "Žino tinklo valdysenos modelius ir kuo jie skiriasi nuo hierarchinio "
                        "valdymo.",
                        "Knows the models of network governance and how they differ from "
                        "hierarchical management.",
                        "Kjenner modeller for nettverksstyring og hvordan de skiller seg fra "
                        "hierarkisk ledelse.",
                    ),
                    (
                        "Laikosi tinklo taisyklių, dalyvauja jo valdymo organuose ir vykdo "
                        "priskirtas funkcijas.",
                        "Follows the network's rules, sits on its governing bodies and carries "
                        "out assigned functions.",
                        "Følger nettverkets regler, deltar i styringsorganene og utfører tildelte "
                        "oppgaver.",
                    ),
                    (
                        "Parengia tinklo valdysenos struktūrą: vaidmenis, sprendimų tvarką, "
                        "informacijos srautus ir rizikų valdymą.",
                        "Designs a network's governance structure: roles, decision procedure, "
                        "information flows and risk management.",
                        "Utformer nettverkets styringsstruktur: roller, beslutningsprosedyrer, "
                        "informasjonsflyt og risikostyring.",
                    ),
                    (
                        "Vertina ir tobulina kelių tinklų valdyseną, pritaiko Norvegijos "
                        "praktiką ir formuoja teisės aktų pasiūlymus.",
                        "Evaluates and improves the governance of several networks, adapts "
                        "Norwegian practice and proposes legislation.",
                        "Vurderer og forbedrer styringen av flere nettverk, tilpasser norsk "
                        "praksis og foreslår regelverksendringer.",
                    ),
                ],
            },
            {
                "code": "B2",
                "name": (
                    "Bendradarbiaujanti lyderystė",
                    "Collaborative leadership",
                    "Samarbeidsledelse",
                ),
                "description": (
                    "Vesti partnerius be tiesioginio pavaldumo: kurti pasitikėjimą, bendrą "
                    "viziją ir įsipareigojimą.",
                    "Lead partners without line authority: build trust, a shared vision and "
                    "commitment.",
                    "Lede partnere uten instruksjonsmyndighet: bygge tillit, felles visjon og "
                    "forpliktelse.",
                ),
                "levels": [
                    (
                        "Supranta, kuo bendradarbiaujanti lyderystė skiriasi nuo vadovavimo "
                        "savo organizacijai.",
                        "Understands how collaborative leadership differs from managing one's own "
                        "organisation.",
                        "Forstår hvordan samarbeidsledelse skiller seg fra å lede egen "
                        "organisasjon.",
                    ),
                    (
                        "Imasi iniciatyvos darbo grupėje, telkia kolegas bendrai užduočiai ir "
                        "palaiko pasitikėjimą.",
                        "Takes the initiative in a working group, rallies colleagues around a "
                        "shared task and maintains trust.",
                        "Tar initiativ i en arbeidsgruppe, samler kolleger om en felles oppgave "
                        "og holder tilliten ved like.",
                    ),
                    (
                        "Kartu su partneriais formuluoja bendrą viziją, paskirsto lyderystę "
                        "ir išlaiko įsipareigojimą ilgą laiką.",
                        "Shapes a shared vision with partners, distributes leadership and keeps "
                        "commitment over time.",
                        "Utvikler en felles visjon med partnerne, fordeler lederskap og holder "
                        "engasjementet oppe over tid.",
                    ),
                    (
                        "Yra pripažintas regiono bendradarbiavimo lyderis, ugdo kitų lyderystę "
                        "ir keičia institucijų kultūrą.",
                        "Is a recognised leader of cooperation in the region, develops others' "
                        "leadership and changes institutional culture.",
                        "Er en anerkjent samarbeidsleder i regionen, utvikler andres lederskap "
                        "og endrer kulturen i virksomhetene.",
                    ),
                ],
            },
            {
                "code": "B3",
                "name": (
                    "Regioninis ir tarpsavivaldybinis bendradarbiavimas",
                    "Regional and inter-municipal cooperation",
                    "Regionalt og interkommunalt samarbeid",
                ),
                "description": (
                    "Derinti savivaldybių ir regiono veiksmus, įgyvendinant regioninės ir "
                    "gerovės valstybės politikos tikslus.",
                    "Coordinate the actions of municipalities and the region to meet the goals "
                    "of regional and welfare-state policy.",
                    "Samordne tiltak i kommuner og region for å nå målene i regionalpolitikk "
                    "og velferdsstatspolitikk.",
                ),
                "levels": [
                    (
                        "Žino regioninės politikos tikslus ir tarpsavivaldybinio "
                        "bendradarbiavimo formas.",
                        "Knows the goals of regional policy and the forms of inter-municipal "
                        "cooperation.",
                        "Kjenner målene i regionalpolitikken og formene for interkommunalt "
                        "samarbeid.",
                    ),
                    (
                        "Dalyvauja bendruose kelių savivaldybių projektuose ir keičiasi "
                        "duomenimis bei patirtimi.",
                        "Takes part in joint projects of several municipalities and exchanges "
                        "data and experience.",
                        "Deltar i felles prosjekter mellom flere kommuner og utveksler data og "
                        "erfaringer.",
                    ),
                    (
                        "Inicijuoja bendras paslaugas ar priemones keliose savivaldybėse ir "
                        "susieja jas su regiono plėtros planu.",
                        "Initiates shared services or measures across municipalities and links "
                        "them to the regional development plan.",
                        "Tar initiativ til felles tjenester eller tiltak på tvers av kommuner og "
                        "knytter dem til den regionale utviklingsplanen.",
                    ),
                    (
                        "Formuoja regiono bendradarbiavimo politiką ir atstovauja regionui "
                        "nacionaliniu bei tarptautiniu lygiu.",
                        "Shapes the region's cooperation policy and represents the region "
                        "nationally and internationally.",
                        "Utformer regionens samarbeidspolitikk og representerer regionen "
                        "nasjonalt og internasjonalt.",
                    ),
                ],
            },
        ],
    },
]
