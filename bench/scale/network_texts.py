"""Words of the generated network: cluster names, thread titles and post
sentences in Lithuanian, English and Norwegian, put together at random.

``SEARCH_WORDS`` occur in many generated posts (each language's sentences use
them), so the benchmark's search page finds something at every scale.
"""

from random import Random

#: Words the search page is measured with: frequent in the posts of each language.
SEARCH_WORDS = ("savivaldybė", "korupcijos", "integrity", "procurement", "kommunen", "anskaffelser")

CLUSTER_TOPICS = {
    "lt": ["Viešųjų pirkimų skaidrumas", "Socialinių paslaugų tinklas", "Jaunimo užimtumas",
           "Senjorų globa bendruomenėje", "Interesų konfliktų prevencija", "Atviri duomenys"],
    "en": ["Open procurement", "Integrity in local government", "Social services together",
           "Youth employment partners", "Whistleblower protection", "Community care"],
    "nb": ["Åpne anskaffelser", "Integritet i kommunen", "Sosiale tjenester sammen",
           "Ungdom i arbeid", "Varsling og vern", "Eldreomsorg i nærmiljøet"],
}  # fmt: skip

TITLES = {
    "lt": ["Kaip tikrinate tiekėjų interesų deklaracijas?", "Dovanų registras savivaldybėje",
           "Bendras socialinių paslaugų planas regionui", "Mokymų medžiaga naujiems darbuotojams",
           "Kas pasiteisino jūsų savivaldybėje?", "Korupcijos rizikos vertinimas: patirtis"],
    "en": ["How do you check suppliers' declarations of interest?", "A gifts register that works",
           "Procurement plans published in advance", "Training new staff on integrity",
           "What worked in your municipality?", "Sharing data between agencies"],
    "nb": ["Hvordan sjekker dere leverandørenes habilitet?", "Gaveregister i kommunen",
           "Felles plan for sosiale tjenester", "Opplæring av nyansatte i integritet",
           "Hva har fungert i kommunen deres?", "Åpenhet i offentlige anskaffelser"],
}  # fmt: skip

SENTENCES = {
    "lt": [
        "Mūsų savivaldybė pernai pradėjo skelbti visus pirkimų planus iš anksto.",
        "Korupcijos prevencijos planą rengėme kartu su bendruomenės atstovais.",
        "Tiekėjų interesų deklaracijas tikriname prieš kiekvieną sutartį.",
        "Socialinių paslaugų centras dabar dalijasi duomenimis su seniūnijomis.",
        "Naujiems darbuotojams rengiame trumpus mokymus apie dovanų taisykles.",
        "Didžiausias iššūkis buvo suderinti kelių institucijų darbo laiką.",
        "Rezultatai po metų: skundų sumažėjo beveik trečdaliu.",
        "Ar kas nors turi pavyzdinę korupcijos rizikos vertinimo formą?",
        "Savivaldybė tarybos posėdžių įrašus skelbia internete jau dvejus metus.",
        "Dalinuosi mūsų patirtimi, gal pravers ir kitiems klasterio nariams.",
    ],
    "en": [
        "Our municipality publishes every procurement plan a year in advance now.",
        "We drafted the integrity plan together with local NGOs and businesses.",
        "Declarations of interest are checked before each contract is signed.",
        "The hardest part was agreeing on one procedure across three agencies.",
        "After a year the number of complaints fell by almost a third.",
        "Does anyone have a template for a procurement risk assessment?",
        "New staff get a short integrity course in their first month.",
        "We share anonymised case data with the regional social services.",
        "Happy to share our experience if it helps other members of the cluster.",
        "The council now streams its meetings and publishes the minutes the same day.",
    ],
    "nb": [
        "Kommunen publiserer nå alle planlagte anskaffelser et år i forveien.",
        "Vi laget integritetsplanen sammen med frivillige organisasjoner.",
        "Habilitetserklæringer sjekkes før hver kontrakt blir signert.",
        "Det vanskeligste var å bli enige om én rutine for tre etater.",
        "Etter ett år falt antallet klager med nesten en tredjedel.",
        "Har noen en mal for risikovurdering av anskaffelser?",
        "Nyansatte i kommunen får et kort kurs i etikk den første måneden.",
        "Vi deler anonymiserte saksdata med de regionale sosiale tjenestene.",
        "Del gjerne erfaringene deres, det hjelper oss andre i klyngen.",
        "Kommunestyret strømmer møtene og legger ut referatet samme dag.",
    ],
}
ITEMS = {
    "lt": ["pirkimų planas", "interesų deklaracijos", "dovanų registras", "mokymai"],
    "en": ["procurement plan", "declarations of interest", "gifts register", "training"],
    "nb": ["anskaffelsesplan", "habilitetserklæringer", "gaveregister", "opplæring"],
}
BIOS = {
    "lt": "Dirbu savivaldybės administracijoje, domiuosi korupcijos prevencija.",
    "en": "I work on integrity and procurement in local government.",
    "nb": "Jeg jobber med anskaffelser og etikk i kommunen.",
}


def body(rng: Random, language: str, handles: list[str]) -> str:
    """A post of one to four short paragraphs, now and then with Markdown
    (bold, a list, a quote) or an @mention of a member of the cluster."""
    sentences = SENTENCES[language]
    paragraphs = [
        " ".join(rng.sample(sentences, rng.randint(1, 3))) for _ in range(rng.randint(1, 4))
    ]
    roll = rng.random()
    if roll < 0.1:
        paragraphs.append("\n".join(f"- {item}" for item in rng.sample(ITEMS[language], 3)))
    elif roll < 0.15:
        paragraphs.insert(0, f"> {rng.choice(sentences)}")
    elif roll < 0.25:
        paragraphs[0] = f"**{paragraphs[0]}**"
    if handles and rng.random() < 0.08:
        paragraphs.append(f"@{rng.choice(handles)}")
    return "\n\n".join(paragraphs)
