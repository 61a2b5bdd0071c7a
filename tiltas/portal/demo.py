"""Demo news in lt, en and nb (fictional events of the project; one draft).
Idempotent: items are keyed by their slug."""

from datetime import datetime
from zoneinfo import ZoneInfo

from tiltas.accounts.models import User

from .models import NewsItem, NewsStatus

VILNIUS = ZoneInfo("Europe/Vilnius")
DEMO_NOTE = {
    "lt": "*Demonstracinė naujiena: įvykis išgalvotas.*",
    "en": "*Demo news: the event is fictional.*",
    "nb": "*Demonyhet: hendelsen er oppdiktet.*",
}

NEWS = [
    {
        "slug": "projekto-pradzios-renginys-vilniuje",
        "published_at": datetime(2026, 3, 12, 10, 0, tzinfo=VILNIUS),
        "title": {
            "lt": "Projekto pradžios renginys Vilniuje",
            "en": "Project kick-off in Vilnius",
            "nb": "Oppstart av prosjektet i Vilnius",
        },
        "summary": {
            "lt": "Pareiškėjas ir partneriai iš Lietuvos ir "
            "Norvegijos susitiko aptarti darbų plano.",
            "en": "The applicant and the partners from "
            "Lithuania and Norway met to agree the work plan.",
            "nb": "Prosjektsøkeren og partnerne fra Litauen og "
            "Norge møttes for å bli enige om arbeidsplanen.",
        },
        "body": {
            "lt": "Projekto pradžios renginyje dalyvavo savivaldybių, valstybės institucijų ir "
            "Norvegijos partnerių atstovai. Aptarėme tris projekto uždavinius, veiklų "
            "tvarkaraštį ir tai, kaip matuosime rezultatus.\n\n"
            "Pirmieji darbai: socialinės klasterystės kompetencijų modelis ir virtuali "
            "mokymosi aplinka.",
            "en": "Representatives of municipalities, state institutions and the Norwegian "
            "partners took part in the kick-off. We discussed the three objectives of the "
            "project, the schedule of activities and how we will measure the results.\n\n"
            "The first tasks are the social-clustering competency model and the virtual "
            "learning environment.",
            "nb": "Representanter for kommuner, statlige institusjoner og de norske partnerne "
            "deltok på oppstartsmøtet. Vi drøftet prosjektets tre delmål, tidsplanen for "
            "aktivitetene og hvordan vi skal måle resultatene.\n\n"
            "De første oppgavene er kompetansemodellen for sosial klyngeutvikling og det "
            "virtuelle læringsmiljøet.",
        },
    },
    {
        "slug": "kompetenciju-modelio-dirbtuves",
        "published_at": datetime(2026, 4, 23, 14, 0, tzinfo=VILNIUS),
        "title": {
            "lt": "Kompetencijų modelio dirbtuvės",
            "en": "Competency model workshop",
            "nb": "Verksted om kompetansemodellen",
        },
        "summary": {
            "lt": "Ekspertai ir savivaldybių darbuotojai aptarė, "
            "kokių kompetencijų reikia socialinei klasterystei.",
            "en": "Experts and municipal staff discussed "
            "which competencies social clustering needs.",
            "nb": "Eksperter og kommuneansatte drøftet "
            "hvilken kompetanse sosial klyngeutvikling krever.",
        },
        "body": {
            "lt": "Dirbtuvėse Kaune dalyviai išbandė pirmąjį kompetencijų modelio projektą: "
            "sritis, kompetencijas ir lygių aprašus. Jų pastabos padės modelį pritaikyti "
            "Lietuvos savivaldybėms.\n\n"
            "Galutinis modelis bus paskelbtas platformoje, o kiekvienas narys galės "
            "įsivertinti savo kompetencijas.",
            "en": "At the workshop in Kaunas, participants tried out the first draft of the "
            "competency model: its areas, competencies and level descriptors. Their comments "
            "will help adapt the model to Lithuanian municipalities.\n\n"
            "The final model will be published on the platform, where every member can "
            "assess their own competencies.",
            "nb": "På verkstedet i Kaunas prøvde deltakerne ut det første utkastet til "
            "kompetansemodellen: områdene, kompetansene og nivåbeskrivelsene. Innspillene "
            "deres skal hjelpe oss å tilpasse modellen til litauiske kommuner.\n\n"
            "Den endelige modellen publiseres på plattformen, der alle medlemmer kan "
            "vurdere sin egen kompetanse.",
        },
    },
    {
        "slug": "studiju-vizitas-norvegijoje",
        "published_at": datetime(2026, 6, 5, 9, 30, tzinfo=VILNIUS),
        "title": {
            "lt": "Studijų vizitas Norvegijoje",
            "en": "Study visit to Norway",
            "nb": "Studiebesøk i Norge",
        },
        "summary": {
            "lt": "Dvylika Lietuvos atstovų keturias dienas "
            "susipažino su Norvegijos kommune patirtimi.",
            "en": "Twelve Lithuanian representatives spent "
            "four days learning from a Norwegian kommune.",
            "nb": "Tolv litauiske representanter brukte fire dager på å lære av en norsk kommune.",
        },
        "body": {
            "lt": "Vizito metu dalyviai lankėsi kommune administracijoje, socialinių paslaugų "
            "centre ir vietos bendruomenės organizacijose. Norvegijos kolegos pristatė, kaip "
            "savivaldybė, nevyriausybinės organizacijos ir verslas kartu sprendžia "
            "socialines problemas.\n\n"
            "Vizito patirtis bus panaudota kuriant mokymo programas.",
            "en": "During the visit, participants met the kommune's administration, a social "
            "services centre and local community organisations. Norwegian colleagues showed "
            "how the municipality, NGOs and businesses tackle social problems together.\n\n"
            "What we learned will feed into the training programmes.",
            "nb": "Under besøket møtte deltakerne kommuneadministrasjonen, et senter for sosiale "
            "tjenester og lokale organisasjoner. Norske kolleger viste hvordan kommunen, "
            "frivillige organisasjoner og næringslivet sammen løser sosiale utfordringer.\n\n"
            "Erfaringene skal brukes i opplæringsprogrammene.",
        },
    },
    {
        "slug": "atidaryta-virtuali-mokymosi-aplinka",
        "published_at": datetime(2026, 9, 1, 8, 0, tzinfo=VILNIUS),
        "title": {
            "lt": "Atidaryta virtuali mokymosi aplinka",
            "en": "The virtual learning environment is open",
            "nb": "Det virtuelle læringsmiljøet er åpnet",
        },
        "summary": {
            "lt": "Pirmosios socialinės klasterystės mokymo programos jau prieinamos internetu.",
            "en": "The first social-clustering training programmes are now available online.",
            "nb": "De første opplæringsprogrammene i sosial "
            "klyngeutvikling er nå tilgjengelige på nett.",
        },
        "body": {
            "lt": "Virtualioje mokymosi aplinkoje rasite mokymo programas, metodinių priemonių "
            "rinkinius ir testus. Mokytis galite savo tempu, o baigę programą gausite "
            "pažymėjimą.\n\n"
            "Prisijunkite ir pasirinkite programą [programų kataloge](/lt/programmes/).",
            "en": "In the virtual learning environment you will find training programmes, sets "
            "of methodological materials and quizzes. You learn at your own pace and receive "
            "a certificate when you complete a programme.\n\n"
            "Sign in and choose a programme in the [programme catalogue](/en/programmes/).",
            "nb": "I det virtuelle læringsmiljøet finner du opplæringsprogrammer, sett med "
            "metodisk materiell og tester. Du lærer i ditt eget tempo og får kursbevis når du "
            "har fullført et program.\n\n"
            "Logg inn og velg et program i [programkatalogen](/nb/programmes/).",
        },
    },
    {
        "slug": "norvegijos-ekspertai-lietuvoje",
        "published_at": datetime(2026, 10, 14, 12, 0, tzinfo=VILNIUS),
        "title": {
            "lt": "Norvegijos ekspertai Lietuvoje",
            "en": "Norwegian experts in Lithuania",
            "nb": "Norske eksperter i Litauen",
        },
        "summary": {
            "lt": "Keturi Norvegijos ekspertai vedė mokymus "
            "apie administracinius ir viešuosius gebėjimus.",
            "en": "Four Norwegian experts led trainings on administrative and public capacities.",
            "nb": "Fire norske eksperter holdt kurs om administrativ og offentlig kapasitet.",
        },
        "body": {
            "lt": "Per keturias dienas ekspertai aplankė tris savivaldybes ir vedė mokymus "
            "apie valstybės gerovės politikos įgyvendinimą. Dalyviai ypač vertino praktinius "
            "pavyzdžius iš Norvegijos kommune.\n\n"
            "Kiti mokymai vyks Norvegijoje pavasarį.",
            "en": "Over four days, the experts visited three municipalities and led trainings "
            "on implementing welfare-state policy. Participants especially valued the "
            "practical examples from Norwegian kommuner.\n\n"
            "The next trainings take place in Norway in spring.",
            "nb": "I løpet av fire dager besøkte ekspertene tre kommuner og holdt kurs om "
            "gjennomføring av velferdsstatspolitikk. Deltakerne satte særlig pris på de "
            "praktiske eksemplene fra norske kommuner.\n\n"
            "De neste kursene holdes i Norge til våren.",
        },
    },
    {
        "slug": "skaidrumo-politikos-vadovo-projektas",
        "published_at": None,  # the draft
        "title": {
            "lt": "Skaidrumo politikos vadovo projektas",
            "en": "Draft of the transparency policy guide",
            "nb": "Utkast til veileder for åpenhetspolitikk",
        },
        "summary": {
            "lt": "Kviečiame komentuoti valstybės gerovės "
            "įgyvendinimo skaidrumo politikos vadovo projektą.",
            "en": "We invite comments on the draft transparency policy guide.",
            "nb": "Vi ber om kommentarer til utkastet til veileder for åpenhetspolitikk.",
        },
        "body": {
            "lt": "Vadovo projekte aprašytos antikorupcinės priemonės, kurias savivaldybės gali "
            "diegti vietos ir regionų lygiu, remdamosi Norvegijos ir Lietuvos patirtimi.",
            "en": "The draft describes anti-corruption measures that municipalities can deploy "
            "at local and regional level, drawing on Norwegian and Lithuanian practice.",
            "nb": "Utkastet beskriver antikorrupsjonstiltak som kommuner kan ta i bruk på lokalt "
            "og regionalt nivå, med utgangspunkt i norsk og litauisk praksis.",
        },
    },
]


def load_demo() -> list[str]:
    author = User.objects.filter(email="coordinator@demo.tiltas.lt").first()
    for news in NEWS:
        values = {
            "author": author,
            "status": NewsStatus.PUBLISHED if news["published_at"] else NewsStatus.DRAFT,
            "published_at": news["published_at"],
        }
        for language in ("lt", "en", "nb"):
            values[f"title_{language}"] = news["title"][language]
            values[f"summary_{language}"] = news["summary"][language]
            values[f"body_{language}"] = f"{news['body'][language]}\n\n{DEMO_NOTE[language]}"
        NewsItem.objects.update_or_create(slug=news["slug"], defaults=values)
    drafts = sum(1 for news in NEWS if news["published_at"] is None)
    return [f"  portal: {len(NEWS)} demo news items ({drafts} draft)"]
