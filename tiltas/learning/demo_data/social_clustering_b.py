"""Social-clustering competency programmes 4 to 6 (activity 1.1.3)."""
# ruff: noqa: RUF001, E501 - lesson text: Lithuanian dashes and quotes, long table rows.

SOCIAL_CLUSTERING_B = [
    {
        "slug": "socialiniu-inovaciju-kurimas",
        "activity": "1.1.3",
        "hours": 24,
        "competencies": {"C1": 3, "C2": 3},
        "title": (
            "Socialinių inovacijų kūrimas ir paslaugų bendrakūra",
            "Designing social innovation and co-designing services",
            "Utforming av sosial innovasjon og samskaping av tjenester",
        ),
        "summary": (
            "Paslaugų dizaino metodai viešajam sektoriui: nuo paslaugos gavėjo kelionės žemėlapio "
            "iki prototipo ir bandomojo projekto kartu su gyventojais.",
            "Service-design methods for the public sector: from the user's journey map to a "
            "prototype and a pilot built together with residents.",
            "Tjenestedesign for offentlig sektor: fra brukerreisen til prototype og pilot laget "
            "sammen med innbyggerne.",
        ),
        "audience": (
            "Socialinių paslaugų organizatoriai ir teikėjai, NVO darbuotojai.",
            "Organisers and providers of social services, NGO staff.",
            "De som organiserer og yter sosiale tjenester, ansatte i frivillige organisasjoner.",
        ),
        "modules": [
            {
                "title": ("Paslaugų dizainas", "Service design", "Tjenestedesign"),
                "lessons": [
                    {
                        "title": (
                            "Kas yra socialinė inovacija",
                            "What social innovation is",
                            "Hva sosial innovasjon er",
                        ),
                        "body": """## Naujas sprendimas, kuris veikia geriau

**Socialinė inovacija** – tai naujas produktas, paslauga ar darbo būdas, kuris geriau atsako į
socialinį poreikį ir kartu stiprina visuomenės gebėjimą veikti. Ji nebūtinai technologinė:
dažnai inovacija yra naujas bendradarbiavimo būdas.

Pavyzdžiai:

- **socialinis receptas** – gydytojas „išrašo“ ne vaistus, o dalyvavimą bendruomenės veikloje;
- **kartų namai** – senjorai ir studentai gyvena kartu, studentai moka mažesnę nuomą ir padeda
  kaimynams;
- **Housing First** – benamiams pirmiausia suteikiamas būstas, o tik tada kitos paslaugos.

## Inovacijos ciklas

1. Poreikių ir problemų atpažinimas.
2. Idėjų generavimas kartu su gavėjais.
3. Prototipai ir bandymai mažu mastu.
4. Vertinimas ir tobulinimas.
5. Plėtra ir įtvirtinimas sistemoje.

Daugelis inovacijų sustoja tarp trečio ir penkto žingsnio: bandomasis projektas pavyksta, bet
neatsiranda nuolatinio finansavimo. Todėl apie įtvirtinimą galvokite nuo pat pradžių –
įtraukite tuos, kurie vėliau spręs dėl biudžeto.
""",
                    },
                    {
                        "title": (
                            "Paslaugos gavėjo kelionė",
                            "The user's journey",
                            "Brukerreisen",
                        ),
                        "body": """## Pažiūrėkite gavėjo akimis

**Kelionės žemėlapis** parodo, ką žmogus patiria nuo pirmojo kontakto su paslauga iki jos
pabaigos. Institucijos dažnai mato tik savo dalį, o gavėjas patiria visą kelionę – su visais
laukimais, pakartotiniais dokumentais ir „ne mūsų kompetencija“.

## Kaip sudaryti žemėlapį

1. Pasirinkite konkretų žmogų (personą), pavyzdžiui, „Ona, 78 metai, gyvena viena kaime“.
2. Surašykite visus žingsnius: kaip ji sužino apie paslaugą, kur kreipiasi, ko laukia.
3. Prie kiekvieno žingsnio pažymėkite, ką ji jaučia – kur sunku, kur džiugu.
4. Raskite **skausmo taškus** – vietas, kur žmonės pasiduoda ar kenčia be reikalo.

| Žingsnis | Ką daro Ona | Kaip jaučiasi |
|---|---|---|
| Sužino | Išgirsta iš kaimynės | Nedrąsiai |
| Kreipiasi | Skambina seniūnijai | Sutrikusi |
| Laukia | Tris savaites be žinių | Nerimauja |

## Kartu su gavėjais

Žemėlapį kurkite ne kabinete, o kartu su paslaugų gavėjais ir jų artimaisiais. Interviu,
stebėjimas ir bendros dirbtuvės atskleidžia tai, ko nerodo jokia statistika.
""",
                    },
                ],
            },
            {
                "title": ("Nuo idėjos iki bandymo", "From idea to pilot", "Fra idé til pilot"),
                "lessons": [
                    {
                        "title": (
                            "Prototipai ir bandomieji projektai",
                            "Prototypes and pilots",
                            "Prototyper og piloter",
                        ),
                        "body": """## Greitai ir pigiai

Prototipas – tai paprasčiausia idėjos versija, kurią galima išbandyti su tikrais žmonėmis.
Paslaugos prototipas gali būti popierinė forma, vaidmenų žaidimas, laikinas konsultacijų
punktas bibliotekoje ar vienos savaitės bandymas vienoje seniūnijoje.

Svarbiausia – **mokytis kuo anksčiau ir kuo pigiau**. Geriau po savaitės sužinoti, kad idėja
neveikia, nei po dvejų metų ir didelio pirkimo.

## Gero bandomojo projekto požymiai

- aiškus klausimas, į kurį bandymas turi atsakyti;
- iš anksto apibrėžti sėkmės rodikliai;
- ribota trukmė ir mastas;
- gavėjų grįžtamasis ryšys renkamas nuolat, ne tik pabaigoje;
- sprendimas dėl tęsimo priimamas remiantis duomenimis.

## Rizika ir teisėtumas

Viešajame sektoriuje eksperimentai turi ribas: negalima rizikuoti žmonių saugumu ar teisėmis.
Prieš bandymą įvertinkite riziką, gaukite dalyvių sutikimą ir užtikrinkite, kad niekas
nepraras jau gaunamų paslaugų. Norvegijoje savivaldybės bandomiesiems projektams dažnai
naudoja valstybės inovacijų fondų lėšas ir dalijasi rezultatais nacionaliniame inovacijų
tinkle.
""",
                    },
                ],
                "quiz": True,
            },
        ],
        "quiz": {
            "title": (
                "Socialinių inovacijų testas",
                "Social innovation quiz",
                "Sosial innovasjon – quiz",
            ),
            "questions": [
                {
                    "kind": "true_false",
                    "text": "Socialinė inovacija visada yra technologinė.",
                    "answer": False,
                    "feedback": "Dažnai inovacija yra naujas bendradarbiavimo būdas.",
                },
                {
                    "kind": "single",
                    "text": "Kas yra „skausmo taškas“ kelionės žemėlapyje?",
                    "options": [
                        ("Vieta, kur gavėjai pasiduoda ar kenčia be reikalo", True),
                        ("Paslaugos kaina", False),
                        ("Darbuotojo atostogos", False),
                    ],
                    "feedback": "Skausmo taškai rodo, kur paslaugą tobulinti pirmiausia.",
                },
                {
                    "kind": "multiple",
                    "text": "Kurie yra gero bandomojo projekto požymiai?",
                    "options": [
                        ("Iš anksto apibrėžti sėkmės rodikliai", True),
                        ("Ribota trukmė ir mastas", True),
                        ("Neribotas biudžetas", False),
                        ("Nuolatinis gavėjų grįžtamasis ryšys", True),
                    ],
                    "feedback": "Bandymas turi būti ribotas, išmatuojamas ir atviras grįžtamajam "
                    "ryšiui.",
                },
                {
                    "kind": "short",
                    "text": "Kaip vadinamas modelis, kai benamiams pirmiausia suteikiamas būstas? "
                    "(angliškai)",
                    "accepted": ["Housing First"],
                    "feedback": "Housing First – pirmiausia būstas.",
                },
            ],
        },
    },
    {
        "slug": "norvegijos-geroji-patirtis",
        "activity": "1.1.3",
        "hours": 16,
        "competencies": {"C3": 3, "B3": 2},
        "title": (
            "Norvegijos gerosios patirties perkėlimas",
            "Transferring Norwegian good practice",
            "Overføring av norsk god praksis",
        ),
        "summary": (
            "Kaip veikia Norvegijos savivaldybių socialinė politika, ką iš jos galima perimti ir "
            "kaip pritaikyti gerąją patirtį Lietuvos sąlygoms, kad ji neliktų tik vizito įspūdžiu.",
            "How Norwegian municipal social policy works, what can be learnt from it, and how to "
            "adapt good practice to Lithuanian conditions so that it is more than a visit's memory.",
            "Hvordan sosialpolitikken i norske kommuner fungerer, hva som kan læres, og hvordan "
            "god praksis kan tilpasses litauiske forhold.",
        ),
        "audience": (
            "Studijų vizitų dalyviai, savivaldybių politikai ir specialistai.",
            "Participants of study visits, municipal politicians and specialists.",
            "Deltakere på studiebesøk, kommunepolitikere og fagfolk.",
        ),
        "modules": [
            {
                "title": ("Norvegijos modelis", "The Norwegian model", "Den norske modellen"),
                "lessons": [
                    {
                        "title": (
                            "Savivaldybė gerovės valstybėje",
                            "The municipality in the welfare state",
                            "Kommunen i velferdsstaten",
                        ),
                        "body": """## Stipri vietos savivalda

Norvegijos gerovės valstybėje daugelį paslaugų, kurios žmogui svarbiausios kasdien, teikia
**savivaldybės** (*kommuner*): pradinį ugdymą, pirminę sveikatos priežiūrą, slaugą namuose,
socialinę paramą, vaikų gerovę. Valstybė nustato teises ir standartus, o savivaldybės sprendžia,
kaip juos geriausiai įgyvendinti.

## NAV partnerystė

Įdomus pavyzdys – **NAV biurai**. Kiekvienoje savivaldybėje valstybinė darbo ir gerovės tarnyba
bei savivaldybės socialinės tarnybos dirba po vienu stogu. Žmogus kreipiasi į vieną vietą, o
institucijos susitaria tarpusavyje. Tai institucionalizuota tarpsektorinė partnerystė.

## Pasitikėjimas

Norvegų tyrėjai dažnai pabrėžia **aukštą pasitikėjimą** – tarp gyventojų ir institucijų bei
tarp pačių institucijų. Pasitikėjimas mažina kontrolės išlaidas ir leidžia darbuotojams priimti
sprendimus arčiau žmogaus. Jis kuriamas skaidrumu: sprendimai, biudžetai ir posėdžių
dokumentai paprastai skelbiami viešai.

Lietuvoje savivaldybių funkcijos ir finansavimas kitokie, todėl modelio nukopijuoti neįmanoma.
Tačiau principus – vieno langelio paslaugas, bendrakūrą, skaidrumą – galima pritaikyti.
""",
                    },
                    {
                        "title": (
                            "Savanorystė ir bendruomenės",
                            "Volunteering and communities",
                            "Frivillighet og lokalsamfunn",
                        ),
                        "body": """## Dugnad tradicija

Norvegų žodis **dugnad** reiškia bendrą neatlygintą darbą bendruomenės labui: kaimynai kartu
tvarko kiemą, tėvai – sporto klubo aikštę. Ši tradicija sukuria kultūrą, kurioje prisidėti prie
bendro reikalo yra natūralu.

## Savanorių centrai

Daugelyje savivaldybių veikia **savanorių centrai** (*frivilligsentraler*). Juos iš dalies
finansuoja valstybė ir savivaldybė, o veiklą organizuoja vietos bendruomenė. Centrai sujungia
žmones, norinčius padėti, su tais, kuriems reikia pagalbos: lankyti vienišus senolius, lydėti
pas gydytoją, mokyti naujakurius kalbos.

## Ką galime perimti

- Savivaldybė gali **finansuoti koordinavimą**, o ne pačią savanorių veiklą: vienas
  koordinatorius sutelkia dešimtis savanorių.
- Savanorystė turi **papildyti**, bet ne pakeisti profesionalias paslaugas.
- Savanoriams reikia pripažinimo, mokymų ir draudimo.
- Bendruomenių iniciatyvas verta remti mažomis, paprastai administruojamomis dotacijomis.

Lietuvoje jau veikia daug savanorystės organizacijų; klasteris gali padėti joms bendradarbiauti
su savivaldybe ir viena su kita.
""",
                    },
                ],
            },
            {
                "title": (
                    "Perkėlimas ir pritaikymas",
                    "Transfer and adaptation",
                    "Overføring og tilpasning",
                ),
                "lessons": [
                    {
                        "title": (
                            "Kaip perkelti gerąją patirtį",
                            "How to transfer good practice",
                            "Hvordan overføre god praksis",
                        ),
                        "body": """## Ne kopijuoti, o pritaikyti

Studijų vizitai įkvepia, bet dažnai jų rezultatas – tik pristatymas ir nuotraukos. Kad patirtis
virstų pokyčiu, reikia sistemingo **perkėlimo proceso**.

## Penki žingsniai

1. **Apibrėžkite savo problemą** prieš vizitą – ko tiksliai ieškote?
2. **Supraskite kontekstą**: kokie įstatymai, finansavimas ir kultūra leidžia praktikai veikti
   Norvegijoje?
3. **Išskirkite esmę**: kurie elementai būtini, o kurie – tik vietos ypatumas?
4. **Pritaikykite**: kaip esmę įgyvendinti su Lietuvos teisės aktais ir ištekliais?
5. **Išbandykite ir įvertinkite** mažu mastu, prieš plėsdami.

## Vizito ataskaita, kuri veikia

Po vizito parašykite trumpą ataskaitą pagal šią struktūrą: ką matėme, kodėl tai veikia ten,
ką darytume kitaip, pirmasis žingsnis per tris mėnesius ir atsakingas asmuo. Pasidalykite ja
platformos tinkle, kad iš jos mokytųsi ir kitos savivaldybės.

Ryšį su norvegų partneriais palaikykite ir po vizito: trumpi nuotoliniai susitikimai padeda
išspręsti klausimus, kurie iškyla tik pradėjus įgyvendinti.
""",
                    },
                ],
                "quiz": True,
            },
        ],
        "quiz": {
            "title": (
                "Norvegijos patirties testas",
                "Norwegian practice quiz",
                "Norsk praksis – quiz",
            ),
            "questions": [
                {
                    "kind": "short",
                    "text": "Kaip norvegiškai vadinamas bendras neatlygintas darbas bendruomenės "
                    "labui?",
                    "accepted": ["dugnad"],
                    "feedback": "Dugnad – bendras darbas bendruomenės labui.",
                },
                {
                    "kind": "single",
                    "text": "Kas būdinga NAV biurams?",
                    "options": [
                        ("Valstybės ir savivaldybės tarnybos dirba po vienu stogu", True),
                        ("Jie priklauso privačioms įmonėms", False),
                        ("Jie aptarnauja tik bedarbius jaunuolius", False),
                    ],
                    "feedback": "NAV – vieno langelio principas.",
                },
                {
                    "kind": "true_false",
                    "text": "Savanorystė turi pakeisti profesionalias socialines paslaugas.",
                    "answer": False,
                    "feedback": "Savanorystė papildo, bet nepakeičia profesionalių paslaugų.",
                },
                {
                    "kind": "multiple",
                    "text": "Kurie žingsniai priklauso gerosios patirties perkėlimo procesui?",
                    "options": [
                        ("Suprasti kontekstą", True),
                        ("Išskirti esmę", True),
                        ("Nukopijuoti viską be pakeitimų", False),
                        ("Išbandyti mažu mastu", True),
                    ],
                    "feedback": "Pritaikykite, o ne kopijuokite.",
                },
            ],
        },
    },
    {
        "slug": "klasteriu-finansavimas-ir-vertinimas",
        "activity": "1.1.3",
        "hours": 20,
        "competencies": {"D1": 3, "D2": 3, "D3": 2},
        "title": (
            "Klasterių finansavimas ir viešosios vertės matavimas",
            "Financing clusters and measuring public value",
            "Finansiering av klynger og måling av offentlig verdi",
        ),
        "summary": (
            "Bendro finansavimo modeliai, rezultatais grįstas finansavimas ir kaip parodyti, kokią "
            "viešąją vertę sukuria klasteris.",
            "Joint financing models, results-based funding, and how to show the public value a "
            "cluster creates.",
            "Modeller for felles finansiering, resultatbasert finansiering og hvordan vise den "
            "offentlige verdien en klynge skaper.",
        ),
        "audience": (
            "Finansų ir strateginio planavimo specialistai, projektų vadovai.",
            "Finance and strategic-planning specialists, project managers.",
            "Fagfolk innen økonomi og strategisk planlegging, prosjektledere.",
        ),
        "modules": [
            {
                "title": ("Finansavimas", "Financing", "Finansiering"),
                "lessons": [
                    {
                        "title": (
                            "Bendro finansavimo modeliai",
                            "Joint financing models",
                            "Modeller for felles finansiering",
                        ),
                        "body": """## Iš kur klasteriui pinigų

Klasteris retai turi vieną finansavimo šaltinį. Tvarus modelis dažniausiai **derina kelis**:

- **savivaldybės biudžetą** – koordinavimui ir paslaugoms, už kurias savivaldybė atsakinga;
- **valstybės programas** ir **ES bei EEE finansinius mechanizmus** – plėtrai ir inovacijoms;
- **partnerių indėlį natūra** – patalpas, darbuotojų laiką, įrangą;
- **verslo paramą** ir socialinės atsakomybės programas;
- **fondus ir labdarą** – konkrečioms iniciatyvoms.

## Sutelktinis biudžetas

Pažangesnis būdas – **sutelktinis biudžetas** (*pooled budget*): keli partneriai į bendrą
fondą įneša lėšų, kurios naudojamos bendram tikslui pagal sutartas taisykles. Tai mažina
„ne mūsų biudžetas“ problemą, kai nauda tenka vienai institucijai, o išlaidos – kitai.

## Rezultatais grįstas finansavimas

Kai kuriose šalyse taikomos **socialinio poveikio obligacijos**: investuotojas finansuoja
prevencinę programą, o valstybė grąžina lėšas tik pasiekus sutartus rezultatus. Modelis
sudėtingas ir tinka ne visur, bet jo logika – mokėti už rezultatus, ne už veiklas – naudinga
planuojant bet kokį finansavimą.
""",
                    },
                    {
                        "title": (
                            "Projektų valdymas partnerystėje",
                            "Managing projects in a partnership",
                            "Prosjektstyring i partnerskap",
                        ),
                        "body": """## Projektas su keliais šeimininkais

Partnerystės projekte kiekvienas partneris atsiskaito savo vadovybei, o finansuotojas – tik
vienam pareiškėjui. Todėl reikia aiškios **projekto valdymo struktūros**:

- **orientacinis komitetas** iš partnerių vadovų – strateginiai sprendimai;
- **projekto vadovas** – kasdienis koordinavimas;
- **darbo grupės** – konkrečios veiklos.

## Planavimo įrankiai

**Loginė matrica** (*logical framework*) sieja tikslą, uždavinius, rezultatus ir veiklas su
rodikliais, jų šaltiniais ir prielaidomis. Ją naudoja dauguma tarptautinių finansuotojų,
įskaitant EEE ir Norvegijos finansinius mechanizmus.

| Lygis | Rodiklis | Šaltinis |
|---|---|---|
| Tikslas | Mažiau vienišų senolių be paslaugų | Savivaldybės duomenys |
| Rezultatas | 120 senolių gauna lankymo paslaugą | Paslaugų registras |
| Veikla | Parengti 40 savanorių | Mokymų dalyvių sąrašai |

## Rizikos

Partnerystės projektuose dažniausios rizikos – partnerio pasitraukimas, vėluojantys viešieji
pirkimai ir darbuotojų kaita. Rizikų registrą peržiūrėkite kiekviename orientacinio komiteto
posėdyje.

## Ataskaitos

Susitarkite dėl vieno ataskaitų formato visiems partneriams ir bendro kalendoriaus. Kai
kiekvienas partneris ataskaitą rengia savaip, projekto vadovas praleidžia savaites derindamas
skaičius, užuot dirbęs su rezultatais.
""",
                    },
                ],
            },
            {
                "title": ("Vertės matavimas", "Measuring value", "Måling av verdi"),
                "lessons": [
                    {
                        "title": (
                            "Viešoji vertė ir jos rodikliai",
                            "Public value and its indicators",
                            "Offentlig verdi og indikatorer",
                        ),
                        "body": """## Kas yra viešoji vertė

M. Moore'o **viešosios vertės** koncepcija teigia, kad viešojo sektoriaus vadovai, kaip ir
verslo vadovai, turi kurti vertę – tik ne akcininkams, o visuomenei. Vertė apima ne tik
paslaugų rezultatus, bet ir teisingumą, pasitikėjimą bei demokratinį teisėtumą.

## Ką matuoti

Skirkite tris rodiklių lygius:

- **produktai** (*outputs*) – kiek paslaugų suteikta, kiek žmonių dalyvavo;
- **rezultatai** (*outcomes*) – kas pasikeitė žmonių gyvenime;
- **poveikis** (*impact*) – ilgalaikiai pokyčiai visuomenėje.

Produktus suskaičiuoti lengva, bet jie mažai ką pasako. Rezultatus ir poveikį matuoti sunkiau,
todėl naudokite ir kiekybinius, ir kokybinius metodus: apklausas, interviu, istorijas.

## Socialinė investicijų grąža

**SROI** metodas bando išreikšti socialinius rezultatus pinigais ir palyginti juos su
investicijomis. Pavyzdžiui, jei prevencinė programa kainuoja 100 000 eurų, o sutaupo 300 000
eurų gydymo ir pašalpų išlaidų, SROI santykis yra 3:1. Skaičiai visada remiasi prielaidomis,
todėl jas skelbkite atvirai.
""",
                    },
                ],
                "quiz": True,
            },
        ],
        "quiz": {
            "title": (
                "Finansavimo ir vertinimo testas",
                "Financing and measuring quiz",
                "Finansiering og måling – quiz",
            ),
            "questions": [
                {
                    "kind": "single",
                    "text": "Kas yra sutelktinis biudžetas?",
                    "options": [
                        ("Keli partneriai įneša lėšų į bendrą fondą bendram tikslui", True),
                        ("Savivaldybės rezervinis fondas", False),
                        ("Vieno partnerio paskola kitam", False),
                    ],
                    "feedback": "Sutelktinis biudžetas mažina „ne mūsų biudžetas“ problemą.",
                },
                {
                    "kind": "multiple",
                    "text": "Kurie yra rezultatų (outcomes), o ne produktų (outputs) rodikliai?",
                    "options": [
                        ("Mažiau vienišų senolių jaučiasi izoliuoti", True),
                        ("Surengta 12 mokymų", False),
                        ("Daugiau jaunuolių rado darbą", True),
                    ],
                    "feedback": "Rezultatai rodo pokytį žmonių gyvenime.",
                },
                {
                    "kind": "short",
                    "text": "Kokia santrumpa žymi socialinės investicijų grąžos metodą?",
                    "accepted": ["SROI"],
                    "feedback": "SROI – Social Return on Investment.",
                },
                {
                    "kind": "true_false",
                    "text": "Loginė matrica sieja tikslus ir veiklas su rodikliais ir prielaidomis.",
                    "answer": True,
                    "feedback": "Taip – todėl ją naudoja dauguma finansuotojų.",
                },
            ],
        },
    },
]
