"""Areas D and E of the social-clustering competency model: (lt, en, nb) texts."""

AREAS_DE = [
    {
        "code": "D",
        "name": (
            "Ištekliai ir rezultatai",
            "Resources and results",
            "Ressurser og resultater",
        ),
        "description": (
            "Bendras bendradarbiavimo finansavimas, valdymas ir jo sukuriamos viešosios "
            "vertės matavimas.",
            "Joint financing and management of cooperation, and measuring the public value it "
            "creates.",
            "Felles finansiering og styring av samarbeid, og måling av offentlig verdi det skaper.",
        ),
        "competencies": [
            {
                "code": "D1",
                "name": (
                    "Bendras finansavimas",
                    "Collaborative financing",
                    "Samfinansiering",
                ),
                "description": (
                    "Derinti savivaldybių, valstybės, ES, EEE ir Norvegijos finansinių "
                    "mechanizmų bei privačias lėšas bendriems tikslams.",
                    "Combine municipal, state, EU, EEA and Norway Grants and private funds for "
                    "shared goals.",
                    "Kombinere kommunale og statlige midler, EU-midler, EØS-midler og private "
                    "midler for felles mål.",
                ),
                "levels": [
                    (
                        "Žino pagrindinius finansavimo šaltinius ir bendro finansavimo principus.",
                        "Knows the main funding sources and the principles of co-financing.",
                        "Kjenner de viktigste finansieringskildene og prinsippene for "
                        "samfinansiering.",
                    ),
                    (
                        "Padeda rengti paraišką ir biudžetą, renka partnerių įnašų patvirtinimus.",
                        "Helps prepare an application and budget and collects partners' "
                        "commitments of funds.",
                        "Bidrar til søknad og budsjett og samler inn partnernes "
                        "finansieringstilsagn.",
                    ),
                    (
                        "Parengia bendro finansavimo modelį, suderina partnerių įnašus ir "
                        "valdo bendrą biudžetą.",
                        "Builds a co-financing model, agrees partners' contributions and manages "
                        "a shared budget.",
                        "Utarbeider en modell for samfinansiering, avtaler partnernes bidrag og "
                        "forvalter et felles budsjett.",
                    ),
                    (
                        "Kuria tvarius finansavimo mechanizmus (pvz., socialinio poveikio "
                        "investicijas) ir pritraukia naujų finansuotojų.",
                        "Creates sustainable funding mechanisms (e.g. social-impact investment) "
                        "and attracts new funders.",
                        "Utvikler bærekraftige finansieringsmekanismer (for eksempel "
                        "sosiale utfallskontrakter) og trekker til seg nye finansieringskilder.",
                    ),
                ],
            },
            {
                "code": "D2",
                "name": (
                    "Viešosios vertės matavimas",
                    "Public-value measurement",
                    "Måling av offentlig verdi",
                ),
                "description": (
                    "Nustatyti, kokią naudą visuomenei kuria bendradarbiavimas, ir ją "
                    "patikimai išmatuoti.",
                    "Establish what benefit cooperation brings to society and measure it reliably.",
                    "Fastslå hvilken nytte samarbeidet gir samfunnet, og måle den på en pålitelig "
                    "måte.",
                ),
                "levels": [
                    (
                        "Skiria produktus, rezultatus ir poveikį; žino, kas yra rodiklis ir "
                        "siektina reikšmė.",
                        "Distinguishes outputs, outcomes and impact; knows what an indicator and "
                        "a target value are.",
                        "Skiller mellom aktiviteter, resultater og effekter; vet hva en indikator "
                        "og en målverdi er.",
                    ),
                    (
                        "Renka ir tvarko rodiklių duomenis pagal nustatytą tvarką.",
                        "Collects and maintains indicator data following an agreed procedure.",
                        "Samler inn og forvalter indikatordata etter en avtalt rutine.",
                    ),
                    (
                        "Sudaro pokyčio teoriją ir rodiklių sistemą, analizuoja duomenis ir "
                        "pateikia išvadas sprendimams.",
                        "Builds a theory of change and an indicator set, analyses the data and "
                        "draws conclusions for decisions.",
                        "Utarbeider en endringsteori og et indikatorsett, analyserer dataene og "
                        "trekker konklusjoner for beslutninger.",
                    ),
                    (
                        "Įdiegia vertinimo kultūrą institucijose, vertina ilgalaikį poveikį ir "
                        "juo grindžia politikos pokyčius.",
                        "Establishes an evaluation culture in institutions, assesses long-term "
                        "impact and bases policy changes on it.",
                        "Bygger en evalueringskultur i virksomhetene, vurderer langsiktige "
                        "effekter og baserer politikkendringer på dem.",
                    ),
                ],
            },
            {
                "code": "D3",
                "name": (
                    "Partnerystės projektų valdymas",
                    "Partnership project management",
                    "Prosjektledelse i partnerskap",
                ),
                "description": (
                    "Planuoti ir įgyvendinti projektus, kuriuose dalyvauja kelios "
                    "organizacijos ir šalys.",
                    "Plan and deliver projects in which several organisations and countries "
                    "take part.",
                    "Planlegge og gjennomføre prosjekter der flere organisasjoner og land deltar.",
                ),
                "levels": [
                    (
                        "Žino projekto ciklo etapus ir pagrindinius planavimo įrankius.",
                        "Knows the stages of the project cycle and the basic planning tools.",
                        "Kjenner fasene i prosjektsyklusen og de grunnleggende "
                        "planleggingsverktøyene.",
                    ),
                    (
                        "Vykdo projekto veiklas pagal planą, tvarko dokumentus ir teikia "
                        "ataskaitas.",
                        "Carries out project activities to plan, keeps the records and reports.",
                        "Gjennomfører prosjektaktiviteter etter plan, fører dokumentasjon og "
                        "rapporterer.",
                    ),
                    (
                        "Vadovauja tarptautiniam partnerystės projektui: derina partnerių "
                        "darbą, valdo rizikas ir pokyčius.",
                        "Manages an international partnership project: coordinates partners' "
                        "work and manages risks and change.",
                        "Leder et internasjonalt partnerskapsprosjekt: samordner partnernes "
                        "arbeid og håndterer risiko og endringer.",
                    ),
                    (
                        "Valdo projektų portfelį, užtikrina rezultatų tęstinumą po projekto "
                        "pabaigos ir ugdo projektų vadovus.",
                        "Manages a portfolio of projects, secures the continuation of results "
                        "after projects end and develops project managers.",
                        "Styrer en prosjektportefølje, sikrer at resultatene videreføres etter "
                        "prosjektslutt, og utvikler prosjektledere.",
                    ),
                ],
            },
        ],
    },
    {
        "code": "E",
        "name": (
            "Sąžiningumas ir skaitmeninis bendradarbiavimas",
            "Integrity and digital collaboration",
            "Integritet og digitalt samarbeid",
        ),
        "description": (
            "Skaidrus, atsakingas ir saugus bendradarbiavimas, taip pat ir skaitmeninėje "
            "aplinkoje.",
            "Transparent, accountable and safe cooperation, including in digital settings.",
            "Åpent, ansvarlig og trygt samarbeid, også i digitale omgivelser.",
        ),
        "competencies": [
            {
                "code": "E1",
                "name": (
                    "Sąžiningumas bendradarbiaujant",
                    "Integrity in cooperation",
                    "Integritet i samarbeid",
                ),
                "description": (
                    "Atpažinti ir valdyti interesų konfliktus ir korupcijos rizikas "
                    "partnerystėse; taikyti antikorupcines priemones.",
                    "Recognise and manage conflicts of interest and corruption risks in "
                    "partnerships; apply anti-corruption measures.",
                    "Gjenkjenne og håndtere interessekonflikter og korrupsjonsrisiko i "
                    "partnerskap; bruke antikorrupsjonstiltak.",
                ),
                "levels": [
                    (
                        "Žino, kas yra interesų konfliktas ir korupcijos rizika, ir kur "
                        "pranešti apie pažeidimus.",
                        "Knows what a conflict of interest and a corruption risk are, and where "
                        "to report wrongdoing.",
                        "Vet hva en interessekonflikt og en korrupsjonsrisiko er, og hvor man "
                        "varsler om kritikkverdige forhold.",
                    ),
                    (
                        "Deklaruoja interesus, laikosi skaidrumo taisyklių ir atpažįsta "
                        "rizikingas situacijas savo darbe.",
                        "Declares interests, follows transparency rules and recognises risky "
                        "situations in their own work.",
                        "Oppgir egne interesser, følger reglene for åpenhet og gjenkjenner "
                        "risikable situasjoner i eget arbeid.",
                    ),
                    (
                        "Įvertina partnerystės korupcijos rizikas ir parengia priemones joms "
                        "mažinti.",
                        "Assesses a partnership's corruption risks and prepares measures to "
                        "reduce them.",
                        "Vurderer korrupsjonsrisikoen i et partnerskap og utarbeider tiltak for "
                        "å redusere den.",
                    ),
                    (
                        "Kuria institucijos ir tinklo sąžiningumo sistemą, diegia novatoriškas "
                        "antikorupcines priemones ir už jas atsiskaito viešai.",
                        "Builds an integrity system for the institution and the network, "
                        "introduces innovative anti-corruption measures and reports on them "
                        "publicly.",
                        "Bygger et integritetssystem for virksomheten og nettverket, innfører "
                        "nyskapende antikorrupsjonstiltak og rapporterer åpent om dem.",
                    ),
                ],
            },
            {
                "code": "E2",
                "name": (
                    "Atsakingas dalijimasis duomenimis",
                    "Responsible data sharing",
                    "Ansvarlig deling av data",
                ),
                "description": (
                    "Dalytis informacija tarp partnerių laikantis asmens duomenų apsaugos "
                    "ir informacijos saugumo reikalavimų.",
                    "Share information between partners in line with data-protection and "
                    "information-security rules.",
                    "Dele informasjon mellom partnere i tråd med reglene for personvern og "
                    "informasjonssikkerhet.",
                ),
                "levels": [
                    (
                        "Žino pagrindinius BDAR principus ir kokie duomenys laikomi "
                        "asmens duomenimis.",
                        "Knows the main GDPR principles and what counts as personal data.",
                        "Kjenner hovedprinsippene i personvernforordningen og hva som regnes som "
                        "personopplysninger.",
                    ),
                    (
                        "Tvarko ir perduoda duomenis pagal institucijos taisykles ir "
                        "naudoja tik būtinus duomenis.",
                        "Handles and transfers data following the institution's rules and uses "
                        "only the data that are needed.",
                        "Behandler og overfører data etter virksomhetens regler og bruker bare "
                        "nødvendige data.",
                    ),
                    (
                        "Parengia partnerių duomenų teikimo susitarimą ir įvertina duomenų "
                        "apsaugos poveikį.",
                        "Drafts a data-sharing agreement between partners and assesses the "
                        "data-protection impact.",
                        "Utarbeider en avtale om datadeling mellom partnere og vurderer "
                        "personvernkonsekvensene.",
                    ),
                    (
                        "Kuria tinklo duomenų valdysenos taisykles, atveria duomenis "
                        "visuomenei, kai tai saugu ir naudinga.",
                        "Sets the network's data-governance rules and opens data to the public "
                        "where that is safe and useful.",
                        "Fastsetter regler for datastyring i nettverket og åpner data for "
                        "allmennheten der det er trygt og nyttig.",
                    ),
                ],
            },
            {
                "code": "E3",
                "name": (
                    "Skaitmeninis bendradarbiavimas",
                    "Digital collaboration",
                    "Digitalt samarbeid",
                ),
                "description": (
                    "Naudoti skaitmenines priemones bendram darbui, mokymuisi ir "
                    "komunikacijai tarp institucijų ir šalių.",
                    "Use digital tools for joint work, learning and communication between "
                    "institutions and countries.",
                    "Bruke digitale verktøy til felles arbeid, læring og kommunikasjon mellom "
                    "virksomheter og land.",
                ),
                "levels": [
                    (
                        "Naudojasi el. paštu, vaizdo skambučiais ir bendrais dokumentais "
                        "gavęs nurodymus.",
                        "Uses e-mail, video calls and shared documents when shown how.",
                        "Bruker e-post, videomøter og delte dokumenter med veiledning.",
                    ),
                    (
                        "Savarankiškai dirba bendrose skaitmeninėse erdvėse ir dalyvauja "
                        "nuotoliniuose susitikimuose bei mokymuose.",
                        "Works independently in shared digital spaces and takes part in remote "
                        "meetings and training.",
                        "Arbeider selvstendig i felles digitale rom og deltar i digitale møter "
                        "og kurs.",
                    ),
                    (
                        "Organizuoja ir moderuoja nuotolinį bendradarbiavimą, parenka tinkamas "
                        "ir prieinamas priemones.",
                        "Organises and moderates remote cooperation and chooses fitting, "
                        "accessible tools.",
                        "Organiserer og modererer digitalt samarbeid og velger egnede, "
                        "universelt utformede verktøy.",
                    ),
                    (
                        "Kuria tinklo skaitmeninę bendradarbiavimo aplinką ir ugdo kitų "
                        "skaitmenines kompetencijas.",
                        "Shapes the network's digital collaboration environment and develops "
                        "others' digital competencies.",
                        "Utvikler nettverkets digitale samarbeidsmiljø og bygger andres digitale "
                        "kompetanse.",
                    ),
                ],
            },
        ],
    },
]
