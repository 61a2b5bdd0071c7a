"""Administrative-capacity programmes (activity 1.2.1)."""
# ruff: noqa: RUF001, E501 - lesson text: Lithuanian dashes and quotes, long table rows.

ADMINISTRATIVE_CAPACITY = [
    {
        "slug": "skaidrumas-ir-antikorupcija",
        "activity": "1.2.1",
        "hours": 16,
        "competencies": {"E1": 3},
        "title": (
            "Skaidrumas ir antikorupcinės priemonės savivaldoje",
            "Transparency and anti-corruption measures in local government",
            "Åpenhet og antikorrupsjonstiltak i kommunene",
        ),
        "summary": (
            "Korupcijos rizikos vietos valdžioje, skaidrumo priemonės, interesų konfliktų valdymas "
            "ir pranešėjų apsauga – su Norvegijos savivaldybių pavyzdžiais.",
            "Corruption risks in local government, transparency measures, managing conflicts of "
            "interest and protecting whistleblowers, with examples from Norwegian municipalities.",
            "Korrupsjonsrisiko i lokalforvaltningen, åpenhetstiltak, håndtering av "
            "interessekonflikter og vern av varslere, med eksempler fra norske kommuner.",
        ),
        "audience": (
            "Savivaldybių tarnautojai, korupcijos prevencijos specialistai, politikai.",
            "Municipal officials, corruption-prevention specialists and politicians.",
            "Kommuneansatte, fagfolk innen korrupsjonsforebygging og politikere.",
        ),
        "modules": [
            {
                "title": ("Rizikos ir priemonės", "Risks and measures", "Risikoer og tiltak"),
                "lessons": [
                    {
                        "title": (
                            "Korupcijos rizikos vietos valdžioje",
                            "Corruption risks in local government",
                            "Korrupsjonsrisiko i lokalforvaltningen",
                        ),
                        "body": """## Kur rizika didžiausia

Savivaldybės priima daug sprendimų, tiesiogiai veikiančių žmonių ir įmonių interesus. Rizika
didžiausia ten, kur **daug pinigų, daug diskrecijos ir mažai skaidrumo**:

- viešieji pirkimai ir koncesijos;
- teritorijų planavimas ir statybų leidimai;
- socialinio būsto ir paramos skyrimas;
- priėmimas į darbą ir paaukštinimai;
- bendradarbiavimas su NVO ir verslu – taip pat ir klasteriuose.

## Rizikos vertinimas

Korupcijos rizikos vertinimas remiasi dviem klausimais: **kokia tikimybė** ir **koks
poveikis**. Kiekvieną riziką įvertinkite skalėje nuo 1 iki 5 ir sudauginkite – gausite
prioritetą. Didžiausio prioriteto rizikoms paskirkite atsakingą asmenį, priemones ir peržiūros
datą.

| Rizika | Tikimybė | Poveikis | Prioritetas |
|---|---|---|---|
| Pirkimo sąlygos pritaikytos vienam tiekėjui | 3 | 4 | 12 |
| Nedeklaruotas interesų konfliktas komisijoje | 2 | 4 | 8 |

Norvegijoje savivaldybių kontrolės komitetai ir nepriklausomi revizoriai reguliariai tikrina,
ar rizikos valdomos. Platformos rizikų registras padeda tai daryti ir Lietuvos savivaldybėms.
""",
                    },
                    {
                        "title": (
                            "Interesų konfliktai ir atvirumas",
                            "Conflicts of interest and openness",
                            "Interessekonflikter og åpenhet",
                        ),
                        "body": """## Interesų konfliktas – ne nusikaltimas

Interesų konfliktas kyla, kai tarnautojo privatūs interesai gali paveikti jo sprendimą.
Pats konfliktas nėra pažeidimas – pažeidimu tampa jo **nedeklaravimas ir nenusišalinimas**.

Paprastos taisyklės:

1. Deklaruokite interesus iš anksto ir atnaujinkite deklaraciją.
2. Nusišalinkite nuo sprendimų, kuriuose turite asmeninį interesą.
3. Jei abejojate – klauskite. Geriau per daug atsargumo nei per mažai.

## Norvegijos atvirumo principas

Norvegijos viešumo įstatymas (*offentleglova*) numato, kad valdžios dokumentai yra **vieši,
nebent įstatymas aiškiai nustato kitaip**. Savivaldybės skelbia gaunamų ir siunčiamų dokumentų
žurnalus (*postlister*), posėdžių darbotvarkes, protokolus ir biudžetus. Žurnalistai ir
gyventojai gali paprašyti bet kurio dokumento.

## Atvirumas klasteryje

Klasteriai ypač pažeidžiami, nes juose susitinka viešasis ir privatus sektoriai. Skelbkite
partnerių sąrašą, sprendimus, finansavimo šaltinius ir rezultatus. Aiškiai atskirkite klasterio
bendradarbiavimą nuo viešųjų pirkimų: dalyvavimas klasteryje negali suteikti pranašumo
konkurse.
""",
                    },
                ],
            },
            {
                "title": ("Pranešėjai", "Whistleblowers", "Varslere"),
                "lessons": [
                    {
                        "title": (
                            "Pranešėjų apsauga",
                            "Protecting whistleblowers",
                            "Vern av varslere",
                        ),
                        "body": """## Kodėl pranešėjai svarbūs

Daugelis korupcijos atvejų išaiškinami ne per auditus, o todėl, kad **kažkas pranešė**. Todėl
pranešėjų apsauga – viena veiksmingiausių antikorupcinių priemonių.

## ES direktyva ir Lietuvos įstatymas

ES pranešėjų apsaugos direktyva (2019/1937) ir Lietuvos pranešėjų apsaugos įstatymas
reikalauja, kad institucijos turėtų **vidinį pranešimų kanalą**, užtikrintų pranešėjo
konfidencialumą ir apsaugotų jį nuo atsakomųjų veiksmų.

Svarbiausi terminai:

- **per 7 dienas** patvirtinti, kad pranešimas gautas;
- **per 3 mėnesius** informuoti pranešėją, kokių veiksmų imtasi.

## Pasitikėjimo kultūra

Net geriausias kanalas neveiks, jei darbuotojai bijo. Norvegijoje teisė pranešti
(*varsling*) įtvirtinta darbo aplinkos įstatyme, o institucijos vadovai viešai pabrėžia, kad
pranešimai vertinami kaip pagalba organizacijai, ne kaip skundimas.

Platformoje veikia konfidencialus ir anoniminis pranešimų kanalas: pranešimą mato tik
institucijos paskirti atsakingi asmenys, o pranešėjas bendrauja naudodamasis slaptu bylos
kodu.
""",
                    },
                ],
                "quiz": True,
            },
        ],
        "quiz": {
            "title": (
                "Skaidrumo ir antikorupcijos testas",
                "Transparency and anti-corruption quiz",
                "Åpenhet og antikorrupsjon – quiz",
            ),
            "questions": [
                {
                    "kind": "true_false",
                    "text": "Interesų konfliktas savaime yra pažeidimas.",
                    "answer": False,
                    "feedback": "Pažeidimas – jo nedeklaruoti ir nenusišalinti.",
                },
                {
                    "kind": "single",
                    "text": "Per kiek dienų reikia patvirtinti pranešėjui, kad pranešimas gautas?",
                    "options": [("7", True), ("30", False), ("90", False)],
                    "feedback": "Per 7 dienas; atsakymas dėl veiksmų – per 3 mėnesius.",
                },
                {
                    "kind": "multiple",
                    "text": "Kuriose srityse korupcijos rizika savivaldybėje dažniausiai didžiausia?",
                    "options": [
                        ("Viešieji pirkimai", True),
                        ("Statybų leidimai", True),
                        ("Gatvių apšvietimo laikas", False),
                        ("Priėmimas į darbą", True),
                    ],
                    "feedback": "Rizika ten, kur daug pinigų, diskrecijos ir mažai skaidrumo.",
                },
                {
                    "kind": "short",
                    "text": "Kaip apskaičiuojamas rizikos prioritetas: tikimybė, padauginta iš …?",
                    "accepted": ["poveikio", "poveikis", "poveikį"],
                    "feedback": "Tikimybė × poveikis.",
                },
            ],
        },
    },
    {
        "slug": "duomenys-ir-skaitmeninis-bendradarbiavimas",
        "activity": "1.2.1",
        "hours": 12,
        "competencies": {"E2": 3, "E3": 3},
        "title": (
            "Atsakingas duomenų dalijimasis ir skaitmeninis bendradarbiavimas",
            "Responsible data sharing and digital collaboration",
            "Ansvarlig datadeling og digitalt samarbeid",
        ),
        "summary": (
            "Kaip institucijos gali dalytis duomenimis laikydamosi BDAR, kaip organizuoti "
            "nuotolinį bendradarbiavimą ir kokias skaitmenines priemones rinktis klasteriui.",
            "How institutions can share data within the GDPR, how to organise remote cooperation "
            "and which digital tools suit a cluster.",
            "Hvordan institusjoner kan dele data innenfor personvernforordningen, organisere "
            "samarbeid på avstand og velge digitale verktøy for en klynge.",
        ),
        "audience": (
            "Institucijų duomenų apsaugos pareigūnai, IT ir paslaugų specialistai.",
            "Data-protection officers, IT and service specialists of institutions.",
            "Personvernombud, IT- og tjenestefolk i institusjoner.",
        ),
        "modules": [
            {
                "title": ("Duomenų dalijimasis", "Sharing data", "Datadeling"),
                "lessons": [
                    {
                        "title": (
                            "BDAR principai bendradarbiaujant",
                            "GDPR principles in cooperation",
                            "Personvernprinsipper i samarbeid",
                        ),
                        "body": """## Duomenys padeda, bet kelia riziką

Klasterio partneriai dažnai nori dalytis informacija apie tuos pačius žmones: kas gauna
paslaugas, kas jų laukia, kam reikia pagalbos. Tai gali pagerinti paslaugas, bet asmens
duomenų tvarkymą reglamentuoja **Bendrasis duomenų apsaugos reglamentas (BDAR)**.

## Svarbiausi principai

- **Teisėtumas**: kiekvienam tvarkymui reikia teisinio pagrindo – įstatymo, sutarties ar
  sutikimo.
- **Tikslo apribojimas**: duomenys naudojami tik tam tikslui, dėl kurio surinkti.
- **Duomenų kiekio mažinimas**: dalykitės tik tuo, kas būtina.
- **Saugojimo apribojimas**: nelaikykite duomenų ilgiau nei reikia.
- **Vientisumas ir konfidencialumas**: apsaugokite nuo neteisėtos prieigos.

## Praktiškai

Prieš pradėdami dalytis duomenimis, sudarykite **duomenų tvarkymo sutartį**, kurioje
nurodyta, kas yra valdytojas, kas tvarkytojas, kokie duomenys ir kokiam tikslui perduodami.
Jei rizika didelė, atlikite **poveikio duomenų apsaugai vertinimą**.

Dažnai užtenka **nuasmenintų ar agreguotų duomenų**: planuojant paslaugas svarbu, kiek žmonių
ir kur jų reikia, o ne kas jie yra.
""",
                    },
                    {
                        "title": (
                            "Atviri duomenys",
                            "Open data",
                            "Åpne data",
                        ),
                        "body": """## Kas yra atviri duomenys

**Atviri duomenys** – tai duomenys, kuriuos bet kas gali laisvai naudoti, pakartotinai
naudoti ir platinti. Tai ne asmens duomenys, o, pavyzdžiui, biudžetai, paslaugų vietos,
statistika, viešųjų pirkimų informacija.

## Kodėl verta atverti

- Gyventojai ir žurnalistai gali patikrinti valdžios sprendimus – tai stiprina skaidrumą.
- Tyrėjai ir verslas kuria naujas paslaugas.
- Pačios institucijos lengviau randa viena kitos duomenis.

## Norvegijos pavyzdys

Norvegijos nacionalinis duomenų katalogas (*data.norge.no*) surenka institucijų duomenų
rinkinius vienoje vietoje, o daugelis savivaldybių skelbia biudžetus ir paslaugų rodiklius
palyginamu formatu. Gyventojas gali palyginti savo savivaldybės išlaidas su kaimyninėmis.

## Nuo ko pradėti

1. Sudarykite institucijos duomenų rinkinių sąrašą.
2. Pasirinkite kelis vertingiausius ir saugius atverti.
3. Skelbkite mašiniškai skaitomu formatu (CSV, JSON), ne tik PDF.
4. Nurodykite licenciją ir atnaujinimo dažnumą.

Atverti duomenys turi būti prižiūrimi: paskirkite už kiekvieną rinkinį atsakingą darbuotoją,
kad duomenys būtų atnaujinami ir klaidos taisomos.
""",
                    },
                ],
            },
            {
                "title": (
                    "Skaitmeninis bendradarbiavimas",
                    "Digital collaboration",
                    "Digitalt samarbeid",
                ),
                "lessons": [
                    {
                        "title": (
                            "Nuotolinis klasterio darbas",
                            "Working remotely as a cluster",
                            "Klyngearbeid på avstand",
                        ),
                        "body": """## Kai partneriai toli

Lietuvos ir Norvegijos partneriai negali susitikti kas savaitę. Todėl klasterio darbas vis
dažniau vyksta **nuotoliu**: vaizdo susitikimai, bendri dokumentai, diskusijų forumai.

## Geros praktikos

- **Vienas bendras darbo erdvės taškas**: visi dokumentai ir diskusijos vienoje platformoje,
  ne išmėtyti el. laiškuose.
- **Asinchroninis darbas**: ne viskam reikia susitikimo. Trumpas rašytinis pasiūlymas su
  terminu komentarams dažnai veiksmingesnis.
- **Susitikimų taisyklės**: darbotvarkė iš anksto, moderatorius, sprendimų užrašymas,
  įrašas tiems, kurie negalėjo dalyvauti (su dalyvių sutikimu).
- **Prieinamumas**: subtitrai, aiški kalba, dokumentai, kuriuos galima skaityti ekrano
  skaitytuvu.

## Kalbos barjeras

Dirbant keliomis kalbomis, svarbūs pagrindinių sąvokų žodynai. Ši platforma turi
trikalbį žodyną (lietuvių, anglų ir norvegų): naudokite jį rengdami dokumentus, kad
„socialinė klasterystė“ visur reikštų tą patį.

## Saugumas

Naudokite dviejų veiksnių autentifikavimą, nesidalykite slaptažodžiais ir atsargiai
siųskite asmens duomenis – geriau per saugią platformą nei el. paštu.
""",
                    },
                ],
                "quiz": True,
            },
        ],
        "quiz": {
            "title": (
                "Duomenų ir skaitmeninio bendradarbiavimo testas",
                "Data and digital collaboration quiz",
                "Data og digitalt samarbeid – quiz",
            ),
            "questions": [
                {
                    "kind": "multiple",
                    "text": "Kurie yra BDAR principai?",
                    "options": [
                        ("Tikslo apribojimas", True),
                        ("Duomenų kiekio mažinimas", True),
                        ("Neribotas saugojimas", False),
                        ("Teisėtumas", True),
                    ],
                    "feedback": "Saugojimas turi būti ribotas.",
                },
                {
                    "kind": "true_false",
                    "text": "Planuojant paslaugas dažnai pakanka agreguotų duomenų.",
                    "answer": True,
                    "feedback": "Svarbu, kiek ir kur, o ne kas.",
                },
                {
                    "kind": "single",
                    "text": "Kuris formatas geriausiai tinka atviriems duomenims?",
                    "options": [
                        ("CSV", True),
                        ("Nuskenuotas PDF", False),
                        ("Nuotrauka", False),
                    ],
                    "feedback": "Atviri duomenys turi būti mašiniškai skaitomi.",
                },
                {
                    "kind": "short",
                    "text": "Kokia lietuviška santrumpa žymi Bendrąjį duomenų apsaugos reglamentą?",
                    "accepted": ["BDAR"],
                    "feedback": "BDAR (angl. GDPR).",
                },
            ],
        },
    },
    {
        "slug": "geroves-politikos-igyvendinimas",
        "activity": "1.2.1",
        "hours": 20,
        "competencies": {"D3": 2, "B3": 2},
        "title": (
            "Gerovės valstybės politikos įgyvendinimo gebėjimai",
            "Capacities for implementing welfare-state policy",
            "Kapasitet til å gjennomføre velferdsstatspolitikk",
        ),
        "summary": (
            "Strateginis planavimas, įrodymais grįsti sprendimai ir regioninių skirtumų mažinimas "
            "įgyvendinant gerovės politiką savivaldybėse.",
            "Strategic planning, evidence-based decisions and reducing regional gaps when "
            "municipalities implement welfare policy.",
            "Strategisk planlegging, kunnskapsbaserte beslutninger og mindre regionale forskjeller "
            "når kommuner gjennomfører velferdspolitikk.",
        ),
        "audience": (
            "Savivaldybių strateginio planavimo ir socialinių reikalų skyrių darbuotojai.",
            "Staff of municipal strategic-planning and social-affairs departments.",
            "Ansatte i kommunale avdelinger for strategisk planlegging og sosiale saker.",
        ),
        "modules": [
            {
                "title": ("Planavimas", "Planning", "Planlegging"),
                "lessons": [
                    {
                        "title": (
                            "Strateginis planavimas savivaldybėje",
                            "Strategic planning in a municipality",
                            "Strategisk planlegging i kommunen",
                        ),
                        "body": """## Nuo vizijos iki biudžeto

Gerovės politika įgyvendinama per **planavimo dokumentų grandinę**: strateginis plėtros planas
nustato ilgalaikius tikslus, strateginis veiklos planas – priemones ir lėšas, o metinis
biudžetas – konkrečius asignavimus. Jei grandinė nutrūksta, gražūs tikslai lieka popieriuje.

## Norvegijos planavimo sistema

Norvegijos savivaldybės rengia **savivaldybės planą** (*kommuneplan*) su visuomenės dalimi ir
teritorijų dalimi, o ketverių metų **ekonomikos planas** (*økonomiplan*) sieja tikslus su
biudžetu. Planavimo ir statybos įstatymas reikalauja, kad gyventojai būtų įtraukti į
planavimą, o planai būtų peržiūrimi kiekvienos kadencijos pradžioje.

## Geri tikslai

Tikslai turi būti **SMART**: konkretūs, išmatuojami, pasiekiami, aktualūs ir apibrėžti laike.

| Silpnas tikslas | SMART tikslas |
|---|---|
| Gerinti senjorų gerovę | Iki 2028 m. 90 % vienišų vyresnių nei 80 m. gyventojų bent kartą per mėnesį aplanko socialinis darbuotojas ar savanoris |

Kiekvienam tikslui paskirkite atsakingą padalinį ir aptarkite pažangą bent kartą per metus
savivaldybės taryboje.
""",
                    },
                    {
                        "title": (
                            "Įrodymais grįsti sprendimai",
                            "Evidence-based decisions",
                            "Kunnskapsbaserte beslutninger",
                        ),
                        "body": """## Ką žinome ir iš kur

Įrodymais grįstas valdymas reiškia, kad sprendimai remiasi **geriausiais turimais
duomenimis**, o ne vien tradicija ar nuomone. Tai nereiškia, kad politika tampa technine –
vertybinius pasirinkimus vis tiek daro politikai, bet jie žino pasekmes.

## Įrodymų šaltiniai

- **Administraciniai duomenys**: paslaugų registrai, išmokos, laukimo eilės.
- **Statistika**: Valstybės duomenų agentūra, Eurostatas, Norvegijos *SSB*.
- **Tyrimai ir vertinimai**: kas veikė kitur ir kodėl.
- **Gyventojų patirtis**: apklausos, grįžtamasis ryšys, skundai.

## Norvegijos KOSTRA

Norvegijoje savivaldybės kasmet teikia duomenis į **KOSTRA** sistemą, ir kiekviena savivaldybė
gali palyginti savo paslaugų apimtį, kokybę ir kainą su panašiomis savivaldybėmis. Tai
padeda užduoti teisingus klausimus: kodėl mūsų slaugos namuose išlaidos vienam gyventojui
didesnės? Ką kaimynai daro kitaip?

## Pradėkite nuo klausimo

Prieš rinkdami duomenis, suformuluokite sprendimą, kurį reikia priimti, ir klausimą, į kurį
duomenys turi atsakyti. Taip išvengsite ataskaitų, kurių niekas neskaito.
""",
                    },
                ],
            },
            {
                "title": (
                    "Regioniniai skirtumai",
                    "Regional gaps",
                    "Regionale forskjeller",
                ),
                "lessons": [
                    {
                        "title": (
                            "Ekonominių ir socialinių skirtumų mažinimas",
                            "Reducing economic and social gaps",
                            "Å redusere økonomiske og sosiale forskjeller",
                        ),
                        "body": """## Skirtumai tarp regionų ir jų viduje

Lietuvoje didžiųjų miestų ir kaimiškųjų savivaldybių skirtumai – pajamų, užimtumo, paslaugų
prieinamumo – išlieka dideli. Regioninė politika siekia, kad gyvenimo kokybė nepriklausytų
nuo gyvenamosios vietos.

## Ką gali savivaldybė

- **Paslaugų prieinamumas**: mobilios komandos, nuotolinės konsultacijos, transporto
  sprendimai atokioms vietovėms.
- **Bendradarbiavimas su kaimynais**: bendros paslaugos ir specialistai (žr. tinklų
  valdysenos programą).
- **Vietos ekonomika**: socialinis verslas, bendruomenių iniciatyvos, darbo vietos
  žmonėms, kurie sunkiau randa darbą.

## Norvegijos regioninė politika

Norvegija aktyviai remia retai apgyvendintus regionus: savivaldybių finansų išlyginimo
sistema perskirsto pajamas taip, kad visos savivaldybės galėtų teikti panašaus lygio
paslaugas, o šiaurės regionuose taikomos mokesčių lengvatos ir studijų paskolų nurašymas.

## Matuokite skirtumus

Analizuokite rodiklius ne tik savivaldybės vidurkiu, bet ir pagal seniūnijas, lytį, amžių.
Vidurkis dažnai paslepia tuos, kuriems pagalbos reikia labiausiai.
""",
                    },
                ],
                "quiz": True,
            },
        ],
        "quiz": {
            "title": (
                "Gerovės politikos įgyvendinimo testas",
                "Implementing welfare policy quiz",
                "Gjennomføring av velferdspolitikk – quiz",
            ),
            "questions": [
                {
                    "kind": "single",
                    "text": "Ką reiškia raidė M santrumpoje SMART?",
                    "options": [
                        ("Išmatuojamas (measurable)", True),
                        ("Modernus", False),
                        ("Masinis", False),
                    ],
                    "feedback": "SMART – konkretus, išmatuojamas, pasiekiamas, aktualus, "
                    "apibrėžtas laike.",
                },
                {
                    "kind": "short",
                    "text": "Kaip vadinama Norvegijos savivaldybių duomenų palyginimo sistema?",
                    "accepted": ["KOSTRA"],
                    "feedback": "KOSTRA leidžia palyginti savivaldybių paslaugas.",
                },
                {
                    "kind": "true_false",
                    "text": "Savivaldybės vidurkis gali paslėpti tuos, kuriems pagalbos reikia "
                    "labiausiai.",
                    "answer": True,
                    "feedback": "Todėl analizuokite pagal seniūnijas, lytį ir amžių.",
                },
                {
                    "kind": "multiple",
                    "text": "Kurie yra įrodymų šaltiniai?",
                    "options": [
                        ("Administraciniai duomenys", True),
                        ("Statistika", True),
                        ("Gandai socialiniuose tinkluose", False),
                        ("Gyventojų apklausos", True),
                    ],
                    "feedback": "Naudokite kelis patikimus šaltinius.",
                },
            ],
        },
    },
]
