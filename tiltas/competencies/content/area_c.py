"""Area C of the social-clustering competency model: (lt, en, nb) texts."""

AREA_C = [
    {
        "code": "C",
        "name": ("Socialinės inovacijos", "Social innovation", "Sosial innovasjon"),
        "description": (
            "Naujų sprendimų socialinėms problemoms kūrimas, išbandymas ir perkėlimas.",
            "Designing, testing and transferring new solutions to social problems.",
            "Utvikle, prøve ut og overføre nye løsninger på sosiale utfordringer.",
        ),
        "competencies": [
            {
                "code": "C1",
                "name": (
                    "Socialinių inovacijų kūrimas",
                    "Social innovation design",
                    "Utforming av sosial innovasjon",
                ),
                "description": (
                    "Paversti socialinę problemą išbandomu sprendimu: nuo problemos "
                    "apibrėžimo iki bandomojo projekto.",
                    "Turn a social problem into a testable solution: from framing the problem "
                    "to a pilot.",
                    "Gjøre en sosial utfordring om til en løsning som kan prøves ut: fra "
                    "problemforståelse til pilot.",
                ),
                "levels": [
                    (
                        "Žino, kas yra socialinė inovacija, ir gali pateikti pavyzdžių iš "
                        "Lietuvos ir Norvegijos.",
                        "Knows what a social innovation is and can give examples from Lithuania "
                        "and Norway.",
                        "Vet hva sosial innovasjon er og kan gi eksempler fra Litauen og Norge.",
                    ),
                    (
                        "Taiko paprastus kūrybinius metodus (idėjų generavimą, problemų medį) "
                        "komandos darbe.",
                        "Uses simple creative methods (idea generation, problem tree) in team "
                        "work.",
                        "Bruker enkle kreative metoder (idémyldring, problemtre) i teamarbeid.",
                    ),
                    (
                        "Suplanuoja ir įgyvendina bandomąjį projektą, išmatuoja rezultatus ir "
                        "patobulina sprendimą.",
                        "Plans and runs a pilot, measures its results and improves the solution.",
                        "Planlegger og gjennomfører en pilot, måler resultatene og forbedrer "
                        "løsningen.",
                    ),
                    (
                        "Kuria inovacijoms palankią aplinką institucijoje ir plečia "
                        "pasiteisinusius sprendimus į kitas savivaldybes.",
                        "Builds an environment for innovation in the institution and scales "
                        "proven solutions to other municipalities.",
                        "Bygger en innovasjonsvennlig kultur i virksomheten og skalerer løsninger "
                        "som virker, til andre kommuner.",
                    ),
                ],
            },
            {
                "code": "C2",
                "name": (
                    "Paslaugų kūrimas kartu su naudotojais",
                    "Service co-design with users",
                    "Tjenestedesign sammen med brukerne",
                ),
                "description": (
                    "Kurti ir tobulinti socialines paslaugas kartu su jų gavėjais ir darbuotojais.",
                    "Design and improve social services together with the people who use and "
                    "deliver them.",
                    "Utvikle og forbedre sosiale tjenester sammen med dem som bruker og leverer "
                    "dem.",
                ),
                "levels": [
                    (
                        "Žino paslaugų dizaino principus ir naudotojo kelionės sąvoką.",
                        "Knows the principles of service design and the idea of a user journey.",
                        "Kjenner prinsippene for tjenestedesign og begrepet brukerreise.",
                    ),
                    (
                        "Atlieka naudotojų interviu ar stebėjimą ir apibendrina jų poreikius.",
                        "Conducts user interviews or observation and summarises users' needs.",
                        "Gjennomfører brukerintervjuer eller observasjon og oppsummerer "
                        "brukernes behov.",
                    ),
                    (
                        "Veda paslaugos kūrimo procesą kartu su naudotojais: nuo poreikių iki "
                        "prototipo ir jo išbandymo.",
                        "Leads a co-design process with users: from needs to a prototype and its "
                        "testing.",
                        "Leder en samskapingsprosess med brukerne: fra behov til prototype og "
                        "utprøving.",
                    ),
                    (
                        "Įtvirtina bendrą paslaugų kūrimą institucijos procesuose ir moko "
                        "kitus tai daryti.",
                        "Embeds co-design in the institution's processes and teaches others to "
                        "do it.",
                        "Forankrer samskaping i virksomhetens prosesser og lærer andre å bruke "
                        "det.",
                    ),
                ],
            },
            {
                "code": "C3",
                "name": (
                    "Gerosios praktikos perkėlimas ir pritaikymas",
                    "Transfer and adaptation of good practice",
                    "Overføring og tilpasning av god praksis",
                ),
                "description": (
                    "Mokytis iš kitų šalių ir savivaldybių patirties ir pritaikyti ją "
                    "savo aplinkai.",
                    "Learn from the experience of other countries and municipalities and adapt "
                    "it to one's own setting.",
                    "Lære av erfaringer fra andre land og kommuner og tilpasse dem til egne "
                    "forhold.",
                ),
                "levels": [
                    (
                        "Žino, kur rasti gerosios praktikos pavyzdžių, įskaitant Norvegijos "
                        "patirtį.",
                        "Knows where to find examples of good practice, including Norwegian "
                        "experience.",
                        "Vet hvor man finner eksempler på god praksis, også norske erfaringer.",
                    ),
                    (
                        "Aprašo gerosios praktikos pavyzdį ir įvertina, ar jis tinka savo "
                        "institucijai.",
                        "Describes a good-practice example and judges whether it fits their own "
                        "institution.",
                        "Beskriver et eksempel på god praksis og vurderer om det passer for egen "
                        "virksomhet.",
                    ),
                    (
                        "Pritaiko perimtą praktiką atsižvelgdamas į teisinę ir kultūrinę aplinką "
                        "ir įvertina rezultatą.",
                        "Adapts a borrowed practice to the legal and cultural setting and "
                        "evaluates the result.",
                        "Tilpasser en overført praksis til rettslige og kulturelle forhold og "
                        "vurderer resultatet.",
                    ),
                    (
                        "Organizuoja sistemingą mokymąsi tarp šalių (studijų vizitus, "
                        "mentorystę) ir dalijasi savo praktika.",
                        "Organises systematic learning between countries (study visits, "
                        "mentoring) and shares their own practice.",
                        "Organiserer systematisk læring mellom land (studiebesøk, mentorordninger) "
                        "og deler egen praksis.",
                    ),
                ],
            },
        ],
    },
]
