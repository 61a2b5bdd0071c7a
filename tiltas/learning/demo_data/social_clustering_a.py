"""Social-clustering competency programmes 1 to 3 (activity 1.1.3)."""
# ruff: noqa: RUF001, E501 - lesson text: Lithuanian dashes and quotes, long table rows.

SOCIAL_CLUSTERING_A = [
    {
        "slug": "socialines-klasterystes-pagrindai",
        "activity": "1.1.3",
        "hours": 16,
        "competencies": {"A1": 2, "C1": 2},
        "title": (
            "Socialinės klasterystės pagrindai",
            "Foundations of social clustering",
            "Grunnleggende sosial klyngeutvikling",
        ),
        "summary": (
            "Kas yra socialinis klasteris, kuo jis skiriasi nuo įprasto projekto ar tinklo ir kaip "
            "savivaldybė gali inicijuoti bendradarbiavimą sprendžiant bendras socialines problemas.",
            "What a social cluster is, how it differs from an ordinary project or network, and how "
            "a municipality can start cooperation around shared social problems.",
            "Hva en sosial klynge er, hvordan den skiller seg fra et vanlig prosjekt eller nettverk, "
            "og hvordan en kommune kan starte samarbeid om felles sosiale utfordringer.",
        ),
        "audience": (
            "Savivaldybių ir valstybės institucijų specialistai, NVO ir socialinio verslo atstovai.",
            "Specialists of municipalities and state institutions, NGO and social-business staff.",
            "Fagfolk i kommuner og statlige institusjoner, ansatte i frivillige organisasjoner og "
            "sosiale entreprenører.",
        ),
        "modules": [
            {
                "title": ("Klasterystės idėja", "The idea of clustering", "Ideen om klynger"),
                "lessons": [
                    {
                        "title": (
                            "Kas yra socialinis klasteris",
                            "What a social cluster is",
                            "Hva en sosial klynge er",
                        ),
                        "body": """## Nuo ekonominių klasterių prie socialinių

Klasterio sąvoka atėjo iš ekonomikos: geografiškai artimos įmonės, tiekėjai ir mokslo
institucijos bendradarbiauja ir kartu konkuruoja, todėl visi tampa stipresni. **Socialinis
klasteris** perima šią logiką, bet jo tikslas – ne pelnas, o geresnis atsakas į bendrą socialinę
problemą: vienišų senolių priežiūrą, jaunimo nedarbą, priklausomybių prevenciją.

Socialinį klasterį sudaro:

- **savivaldybė** – dažniausiai iniciatorė ir koordinatorė;
- **valstybės institucijos** – užimtumo, sveikatos, švietimo tarnybos;
- **nevyriausybinės organizacijos** – artimiausios žmonėms ir bendruomenėms;
- **verslas** – darbo vietos, kompetencijos, kartais finansavimas;
- **bendruomenės ir patys paslaugų gavėjai**.

## Kuo klasteris skiriasi nuo projekto

Projektas turi pradžią ir pabaigą, o klasteris kuria ilgalaikę bendradarbiavimo infrastruktūrą:
bendrus tikslus, susitarimus dėl vaidmenų, pasitikėjimą ir reguliarų keitimąsi informacija.
Projektai klasteryje atsiranda ir baigiasi, o tinklas lieka.

Lisabonos strategija žinių ekonomiką siejo su socialine sanglauda. Socialinė klasterystė yra
vienas iš būdų šį ryšį įgyvendinti vietos lygmeniu: partneriai kartu kuria socialines
inovacijas, kurių nė vienas nesukurtų vienas.
""",
                    },
                    {
                        "title": (
                            "Bendra problema kaip atspirties taškas",
                            "A shared problem as the starting point",
                            "Et felles problem som utgangspunkt",
                        ),
                        "body": """## Pradėkite nuo problemos, ne nuo struktūros

Dažniausia klaida – pirmiausia kurti asociaciją, įstatus ir valdybą, o tik paskui ieškoti, ką
veikti. Sėkmingi klasteriai prasideda nuo **aiškiai apibrėžtos problemos**, kuri svarbi keliems
sektoriams iš karto ir kurios nė vienas jų neišsprendžia vienas.

Gerai suformuluota problema:

1. yra konkreti ir išmatuojama (pvz., „30 % rajono vyresnių nei 75 metų žmonių gyvena vieni ir
   negauna jokių paslaugų“);
2. turi kelis „savininkus“ – ji rūpi ir savivaldybei, ir sveikatos priežiūrai, ir NVO;
3. remiasi duomenimis, o ne vien nuojautomis.

## Problemų medis

Paprastas įrankis – **problemų medis**. Kamiene užrašoma pagrindinė problema, šaknyse –
priežastys, šakose – pasekmės. Pildykite medį kartu su būsimais partneriais: taip kiekvienas
pamato savo vietą ir naudą.

| Lygis | Klausimas |
|---|---|
| Šaknys | Kodėl tai vyksta? |
| Kamienas | Kokia yra problema? |
| Šakos | Kokios pasekmės žmonėms ir institucijoms? |

Baigę medį, pasirinkite vieną ar dvi priežastis, kurias partneriai gali paveikti per artimiausius
metus. Tai ir bus pirmasis klasterio darbo laukas.
""",
                    },
                ],
            },
            {
                "title": ("Pirmieji žingsniai", "First steps", "De første stegene"),
                "lessons": [
                    {
                        "title": (
                            "Partnerių žemėlapis ir pirmasis susitikimas",
                            "Mapping partners and the first meeting",
                            "Kartlegging av partnere og det første møtet",
                        ),
                        "body": """## Kas turi būti prie stalo

Prieš kviesdami partnerius, sudarykite **suinteresuotųjų šalių žemėlapį**. Kiekvieną organizaciją
įvertinkite pagal du klausimus: kiek ji gali paveikti problemą ir kiek problema paveikia ją.
Tie, kurie aukštai pagal abu kriterijus, yra pagrindiniai partneriai; kitus informuokite ir
įtraukite vėliau.

Nepamirškite tų, kurių balsas dažnai negirdimas: paslaugų gavėjų, jų artimųjų, mažų kaimo
bendruomenių. Norvegijos savivaldybės juos įtraukia nuo pat pradžių – tai vadinama
*brukermedvirkning*, naudotojų dalyvavimu.

## Pirmasis susitikimas

Pirmojo susitikimo tikslas – ne pasirašyti sutartį, o sutarti dėl problemos ir noro dirbti kartu.
Gera darbotvarkė:

- trumpai pristatomi duomenys apie problemą;
- kiekvienas partneris papasakoja, kaip problema atrodo iš jo pusės;
- kartu pildomas problemų medis;
- susitariama dėl kito žingsnio ir atsakingų asmenų.

Po susitikimo per savaitę išsiųskite trumpą santrauką. Skaidrumas nuo pirmos dienos kuria
pasitikėjimą, be kurio klasteris neišgyvena.
""",
                    },
                ],
                "quiz": True,
            },
        ],
        "quiz": {
            "title": (
                "Socialinės klasterystės pagrindų testas",
                "Foundations of social clustering quiz",
                "Grunnleggende sosial klyngeutvikling – quiz",
            ),
            # Each attempt adds two questions drawn from this topic of the bank.
            "random_count": 2,
            "random_topic": "Partneriai ir pirmasis susitikimas",
            "questions": [
                {
                    "kind": "single",
                    "topic": "Klasterio samprata",
                    "text": "Kuo socialinis klasteris labiausiai skiriasi nuo projekto?",
                    "options": [
                        ("Jis kuria ilgalaikę bendradarbiavimo infrastruktūrą", True),
                        ("Jis visada turi daugiau lėšų", False),
                        ("Jame dalyvauja tik viešasis sektorius", False),
                    ],
                    "feedback": "Projektai ateina ir praeina, o tinklas ir pasitikėjimas lieka.",
                },
                {
                    "kind": "multiple",
                    "topic": "Bendra problema",
                    "text": "Kurie požymiai rodo gerai suformuluotą bendrą problemą?",
                    "options": [
                        ("Ji konkreti ir išmatuojama", True),
                        ("Ji rūpi keliems sektoriams", True),
                        ("Ją gali išspręsti viena institucija", False),
                        ("Ji remiasi duomenimis", True),
                    ],
                    "feedback": "Problema turi turėti kelis „savininkus“ ir remtis duomenimis.",
                },
                {
                    "kind": "true_false",
                    "topic": "Klasterio samprata",
                    "text": "Klasterį geriausia pradėti nuo įstatų ir valdybos sudarymo.",
                    "answer": False,
                    "feedback": "Pradėkite nuo problemos; struktūra atsiranda vėliau.",
                },
                {
                    "kind": "short",
                    "topic": "Bendra problema",
                    "text": "Kaip vadinamas įrankis, kuriame problema yra kamienas, priežastys – "
                    "šaknys, o pasekmės – šakos?",
                    "accepted": ["problemų medis", "problemu medis"],
                    "feedback": "Tai problemų medis.",
                },
            ],
            # In the question bank only: the quiz draws from them at random.
            "bank": [
                {
                    "kind": "single",
                    "topic": "Partneriai ir pirmasis susitikimas",
                    "text": "Kurios organizacijos suinteresuotųjų šalių žemėlapyje yra "
                    "pagrindiniai partneriai?",
                    "options": [
                        (
                            "Tos, kurios gali daug paveikti problemą ir kurias ji daug paveikia",
                            True,
                        ),
                        ("Tos, kurios turi daugiausia darbuotojų", False),
                        ("Tos, kurios pirmos atsiliepė į kvietimą", False),
                    ],
                    "feedback": "Abu kriterijai aukšti: įtaka problemai ir problemos poveikis.",
                },
                {
                    "kind": "true_false",
                    "text": "Pirmojo susitikimo tikslas – pasirašyti bendradarbiavimo sutartį.",
                    "topic": "Partneriai ir pirmasis susitikimas",
                    "answer": False,
                    "feedback": "Pirmiausia sutariama dėl problemos ir noro dirbti kartu.",
                },
                {
                    "kind": "multiple",
                    "topic": "Partneriai ir pirmasis susitikimas",
                    "text": "Kas tinka pirmojo susitikimo darbotvarkei?",
                    "options": [
                        ("Trumpas duomenų apie problemą pristatymas", True),
                        ("Kiekvieno partnerio požiūris į problemą", True),
                        ("Biudžeto padalijimas tarp partnerių", False),
                        ("Bendras problemų medžio pildymas", True),
                    ],
                    "feedback": "Biudžetas – vėliau; pirmiausia bendras problemos supratimas.",
                },
                {
                    "kind": "short",
                    "topic": "Partneriai ir pirmasis susitikimas",
                    "text": "Per kiek savaičių po pirmojo susitikimo verta išsiųsti jo santrauką?",
                    "accepted": ["1", "vieną", "viena", "per savaitę"],
                    "feedback": "Per savaitę: skaidrumas nuo pirmos dienos kuria pasitikėjimą.",
                },
            ],
        },
    },
    {
        "slug": "tarpsektoriniu-partnerysciu-kurimas",
        "activity": "1.1.3",
        "hours": 24,
        "competencies": {"A1": 3, "A2": 3, "A3": 2},
        "title": (
            "Tarpsektorinių partnerysčių kūrimas",
            "Building cross-sector partnerships",
            "Bygging av tverrsektorielle partnerskap",
        ),
        "summary": (
            "Kaip sutarti dėl bendro tikslo, vaidmenų ir atsakomybių tarp savivaldybės, valstybės "
            "institucijų, NVO ir verslo, kaip įtraukti suinteresuotąsias šalis ir spręsti konfliktus.",
            "How municipalities, state institutions, NGOs and businesses agree on a shared purpose, "
            "roles and responsibilities, involve stakeholders and resolve conflicts.",
            "Hvordan kommuner, statlige institusjoner, frivillige organisasjoner og næringsliv blir "
            "enige om felles mål, roller og ansvar, involverer interessenter og løser konflikter.",
        ),
        "audience": (
            "Klasterių koordinatoriai ir partnerių organizacijų vadovai.",
            "Cluster coordinators and managers of partner organisations.",
            "Klyngekoordinatorer og ledere i partnerorganisasjoner.",
        ),
        "modules": [
            {
                "title": (
                    "Partnerystės susitarimas",
                    "The partnership agreement",
                    "Partnerskapsavtalen",
                ),
                "lessons": [
                    {
                        "title": (
                            "Bendras tikslas ir vaidmenys",
                            "Shared purpose and roles",
                            "Felles mål og roller",
                        ),
                        "body": """## Kodėl reikia rašytinio susitarimo

Kol partnerystė maža ir entuziazmas didelis, atrodo, kad susitarimai nereikalingi. Tačiau kai
keičiasi vadovai ar atsiranda pinigų, nerašyti susitarimai virsta nesutarimais. **Partnerystės
memorandumas** – trumpas, aiškus dokumentas, kurį supranta visi.

Jame turėtų būti:

- **bendras tikslas** – viena ar dvi sakinio apimties formuluotės, kurias partneriai gali
  pakartoti savo organizacijose;
- **kiekvieno partnerio indėlis** – žmonės, patalpos, duomenys, kontaktai, lėšos;
- **vaidmenys** – kas koordinuoja, kas atsako už komunikaciją, kas už duomenis;
- **sprendimų priėmimo tvarka** – kaip balsuojama ir kas daroma, kai nesutariama;
- **išėjimo sąlygos** – kaip partneris gali pasitraukti nepakenkdamas kitiems.

## Vaidmenų matrica

Naudinga sudaryti RACI matricą: kas atsakingas (*Responsible*), kas tvirtina (*Accountable*),
su kuo konsultuojamasi (*Consulted*) ir kas informuojamas (*Informed*). Kiekvienai veiklai turi
būti vienas tvirtinantis asmuo – kitaip sprendimai užstringa.

Memorandumą peržiūrėkite kartą per metus: partnerystė gyva, ir dokumentas turi ją atspindėti.
""",
                    },
                    {
                        "title": (
                            "Suinteresuotųjų šalių įtraukimas",
                            "Engaging stakeholders",
                            "Involvering av interessenter",
                        ),
                        "body": """## Įtraukimo pakopos

Ne visos suinteresuotosios šalys turi dalyvauti vienodai. Tarptautinė viešojo dalyvavimo
asociacija (IAP2) siūlo penkias pakopas: **informuoti, konsultuotis, įtraukti, bendradarbiauti ir
įgalinti**. Kiekvienai šaliai sąmoningai pasirinkite pakopą ir pasakykite tai atvirai – žmonės
nusivilia, kai jiems žadamas bendradarbiavimas, o iš tikrųjų vyksta tik informavimas.

## Praktiniai metodai

- **Bendruomenės kavinė** (*world café*): nedidelės grupės prie stalų aptaria klausimus ir
  keičiasi vietomis, taip idėjos sklinda tarp dalyvių.
- **Fokus grupės** su paslaugų gavėjais: 6–8 žmonės, aiškūs klausimai, patyręs moderatorius.
- **Trumpos apklausos** internetu ir popieriuje – ne visi naudojasi internetu.
- **Atvirų durų dienos** partnerių organizacijose.

## Grįžtamasis ryšys

Svarbiausia įtraukimo taisyklė: **pasakykite žmonėms, kas nutiko su jų nuomone**. Jei
pasiūlymas priimtas – parodykite kur; jei ne – paaiškinkite kodėl. Norvegijos savivaldybės
skelbia konsultacijų ataskaitas viešai, ir tai didina pasitikėjimą net tada, kai ne visi
pasiūlymai įgyvendinami.
""",
                    },
                ],
            },
            {
                "title": (
                    "Bendradarbiavimo kasdienybė",
                    "Cooperation day to day",
                    "Samarbeid i hverdagen",
                ),
                "lessons": [
                    {
                        "title": (
                            "Konfliktai partnerystėje",
                            "Conflict in a partnership",
                            "Konflikter i et partnerskap",
                        ),
                        "body": """## Konfliktas – ne nesėkmė

Skirtingų sektorių organizacijos turi skirtingus interesus, ritmą ir kalbą. Savivaldybė galvoja
biudžetiniais metais, NVO – projektų ciklais, verslas – ketvirčiais. Todėl nesutarimai yra
normalūs; pavojinga tik tada, kai jie slepiami.

## Interesai, ne pozicijos

Harvardo derybų metodas siūlo atskirti **pozicijas** („mes nedalyvausime, jei neturėsime
atskiro biudžeto“) nuo **interesų** („mums reikia parodyti savo rėmėjams aiškų rezultatą“).
Kai interesai įvardyti, dažnai atsiranda sprendimų, tenkinančių visus: pavyzdžiui, bendra
ataskaita, kurioje kiekvieno partnerio indėlis matomas atskirai.

## Moderavimo žingsniai

1. Sustabdykite diskusiją ir įvardykite nesutarimą neutraliai.
2. Leiskite kiekvienai pusei papasakoti, kas jai svarbu, netrukdant.
3. Ieškokite bendrų interesų ir objektyvių kriterijų.
4. Sugeneruokite kelis variantus, prieš pasirinkdami vieną.
5. Užrašykite susitarimą ir terminą, kada jį peržiūrėsite.

Jei konfliktas užsitęsia, pasikvieskite neutralų moderatorių iš kitos savivaldybės ar
universiteto. Išorinis žvilgsnis dažnai padeda pamatyti tai, ko dalyviai nebemato.
""",
                    },
                ],
                "quiz": True,
            },
        ],
        "quiz": {
            "title": (
                "Partnerysčių kūrimo testas",
                "Building partnerships quiz",
                "Bygging av partnerskap – quiz",
            ),
            "questions": [
                {
                    "kind": "single",
                    "text": "Ką RACI matricoje reiškia raidė A?",
                    "options": [
                        ("Tvirtinantį asmenį (Accountable)", True),
                        ("Patarėją (Advisor)", False),
                        ("Auditorių (Auditor)", False),
                    ],
                    "feedback": "Kiekvienai veiklai turi būti vienas tvirtinantis asmuo.",
                },
                {
                    "kind": "multiple",
                    "text": "Kas turėtų būti partnerystės memorandume?",
                    "options": [
                        ("Bendras tikslas", True),
                        ("Sprendimų priėmimo tvarka", True),
                        ("Išėjimo sąlygos", True),
                        ("Partnerių darbuotojų atlyginimai", False),
                    ],
                    "feedback": "Memorandumas trumpas, bet apima tikslą, indėlį, vaidmenis, "
                    "sprendimus ir išėjimą.",
                },
                {
                    "kind": "true_false",
                    "text": "Harvardo derybų metodas siūlo derėtis dėl pozicijų, o ne dėl interesų.",
                    "answer": False,
                    "feedback": "Atvirkščiai: ieškokite interesų už pozicijų.",
                },
                {
                    "kind": "single",
                    "text": "Kuri IAP2 įtraukimo pakopa yra aukščiausia?",
                    "options": [
                        ("Įgalinti", True),
                        ("Konsultuotis", False),
                        ("Informuoti", False),
                    ],
                    "feedback": "Pakopos: informuoti, konsultuotis, įtraukti, bendradarbiauti, "
                    "įgalinti.",
                },
            ],
        },
    },
    {
        "slug": "tinklu-valdysena-ir-lyderyste",
        "activity": "1.1.3",
        "hours": 20,
        "competencies": {"B1": 3, "B2": 2, "B3": 2},
        "title": (
            "Tinklų valdysena ir bendradarbiaujanti lyderystė",
            "Network governance and collaborative leadership",
            "Nettverksstyring og samarbeidende lederskap",
        ),
        "summary": (
            "Kaip valdyti klasterį, kuriame niekas neturi formalios valdžios kitiems: valdysenos "
            "modeliai, lyderystė be pavaldumo ir tarpsavivaldybinis bendradarbiavimas.",
            "How to govern a cluster in which nobody has formal authority over the others: "
            "governance models, leadership without hierarchy and inter-municipal cooperation.",
            "Hvordan styre en klynge der ingen har formell myndighet over de andre: "
            "styringsmodeller, lederskap uten hierarki og interkommunalt samarbeid.",
        ),
        "audience": (
            "Savivaldybių administracijų vadovai, klasterių koordinatoriai.",
            "Heads of municipal administrations and cluster coordinators.",
            "Ledere i kommuneadministrasjoner og klyngekoordinatorer.",
        ),
        "modules": [
            {
                "title": ("Valdysenos modeliai", "Governance models", "Styringsmodeller"),
                "lessons": [
                    {
                        "title": (
                            "Trys tinklų valdysenos modeliai",
                            "Three models of network governance",
                            "Tre modeller for nettverksstyring",
                        ),
                        "body": """## Provan ir Kenis modeliai

Tyrėjai K. Provan ir P. Kenis aprašė tris pagrindinius tinklų valdysenos būdus:

| Modelis | Kaip veikia | Kada tinka |
|---|---|---|
| **Bendra valdysena** | Visi partneriai sprendžia kartu | Maži tinklai, didelis pasitikėjimas |
| **Pagrindinė organizacija** | Vienas partneris (dažnai savivaldybė) koordinuoja | Vidutiniai tinklai, aiškus lyderis |
| **Tinklo administracinė organizacija** | Atskiras koordinavimo subjektas | Dideli tinklai, daug partnerių |

Nėra vieno geriausio modelio. Klasteris dažnai pradeda nuo bendros valdysenos, o augdamas
pereina prie pagrindinės organizacijos ar net įsteigia atskirą koordinavimo centrą.

## Įtampos, kurias reikia valdyti

- **Efektyvumas ir įtrauktis**: kuo daugiau partnerių dalyvauja sprendžiant, tuo lėčiau.
- **Vidinis ir išorinis teisėtumas**: partneriai turi jausti, kad tinklas jų, o išorė – kad jis
  patikimas.
- **Stabilumas ir lankstumas**: taisyklės turi būti aiškios, bet leisti prisitaikyti.

Reguliariai, bent kartą per metus, aptarkite su partneriais, ar pasirinktas modelis vis dar
tinka, ir nebijokite jo keisti.
""",
                    },
                    {
                        "title": (
                            "Lyderystė be pavaldumo",
                            "Leadership without hierarchy",
                            "Lederskap uten hierarki",
                        ),
                        "body": """## Kai niekas niekam nevadovauja

Klasterio koordinatorius negali įsakyti partneriams – jie atskaitingi savo organizacijoms.
Todėl **bendradarbiaujanti lyderystė** remiasi ne valdžia, o įtaka: aiškia vizija, patikimumu,
gebėjimu sujungti žmones ir idėjas.

## Keturi bendradarbiaujančio lyderio darbai

1. **Kurti erdvę** – organizuoti susitikimus, kuriuose saugu kalbėti atvirai.
2. **Verti tiltus** – versti tarp sektorių kalbų: paaiškinti verslui savivaldybės procedūras,
   o savivaldybei – NVO finansavimo realybę.
3. **Palaikyti tempą** – priminti susitarimus, švęsti mažas pergales, dokumentuoti pažangą.
4. **Dalytis pripažinimu** – viešai įvardyti kiekvieno partnerio indėlį.

## Norvegijos pavyzdys

Norvegijoje daug savivaldybių taiko *samskaping* – bendrakūros principą, kai savivaldybė
atsisako vienintelės sprendėjos vaidmens ir tampa platforma, kurioje gyventojai, NVO ir verslas
kartu kuria sprendimus. Vadovų vaidmuo keičiasi iš kontrolieriaus į moderatorių.

Tai nereiškia atsakomybės atsisakymo: savivaldybė lieka atsakinga už teisėtumą ir viešąjį
interesą, tačiau sprendimų kūrime dalyvauja daugiau balsų.
""",
                    },
                ],
            },
            {
                "title": (
                    "Regioninis bendradarbiavimas",
                    "Regional cooperation",
                    "Regionalt samarbeid",
                ),
                "lessons": [
                    {
                        "title": (
                            "Tarpsavivaldybinis bendradarbiavimas",
                            "Inter-municipal cooperation",
                            "Interkommunalt samarbeid",
                        ),
                        "body": """## Kodėl mažoms savivaldybėms verta jungtis

Daug socialinių paslaugų – krizių centrai, specializuota pagalba, reabilitacija – mažai
savivaldybei per brangios, jei ji jas teikia viena. Kelios kaimyninės savivaldybės gali
**bendrai planuoti ir teikti paslaugas**, dalytis specialistais ir pirkimais.

## Norvegijos patirtis

Norvegijoje tarpsavivaldybinis bendradarbiavimas (*interkommunalt samarbeid*) yra įprastas:
savivaldybės kartu valdo atliekų tvarkymą, priešgaisrinę apsaugą, vaikų teisių apsaugą ir
skubiąją pagalbą. Savivaldybių įstatymas numato kelias teisines formas – nuo paprastos
sutarties iki bendros įmonės ar bendros tarybos.

## Nuo ko pradėti

- Išanalizuokite, kurios paslaugos jūsų savivaldybėje brangiausios vienam gavėjui.
- Pasikalbėkite su kaimynais: ar jie susiduria su tomis pačiomis problemomis?
- Pradėkite nuo nedidelio bandomojo susitarimo, pavyzdžiui, bendro specialisto.
- Aiškiai sutarkite dėl išlaidų dalijimo formulės ir ataskaitų.

Regioninės plėtros tarybos gali būti natūrali vieta tokiems susitarimams aptarti, nes jose jau
susitinka regiono savivaldybių atstovai.
""",
                    },
                ],
                "quiz": True,
            },
        ],
        "quiz": {
            "title": (
                "Tinklų valdysenos testas",
                "Network governance quiz",
                "Nettverksstyring – quiz",
            ),
            "questions": [
                {
                    "kind": "single",
                    "text": "Kuris valdysenos modelis dažniausiai tinka dideliam tinklui su daug "
                    "partnerių?",
                    "options": [
                        ("Tinklo administracinė organizacija", True),
                        ("Bendra valdysena", False),
                        ("Jokios valdysenos", False),
                    ],
                    "feedback": "Dideliems tinklams reikia atskiro koordinavimo subjekto.",
                },
                {
                    "kind": "true_false",
                    "text": "Bendradarbiaujanti lyderystė remiasi įtaka, o ne formalia valdžia.",
                    "answer": True,
                    "feedback": "Koordinatorius negali įsakyti partneriams.",
                },
                {
                    "kind": "short",
                    "text": "Koks norvegiškas žodis reiškia bendrakūros principą savivaldybėse?",
                    "accepted": ["samskaping"],
                    "feedback": "Samskaping – savivaldybė tampa platforma bendram kūrimui.",
                },
                {
                    "kind": "multiple",
                    "text": "Kurias įtampas tinklų valdysenoje reikia valdyti?",
                    "options": [
                        ("Efektyvumas ir įtrauktis", True),
                        ("Stabilumas ir lankstumas", True),
                        ("Pelnas ir nuostoliai", False),
                    ],
                    "feedback": "Dar viena įtampa – vidinis ir išorinis teisėtumas.",
                },
            ],
        },
    },
]
