"""Questions for reflection that close each demo lesson, keyed by the lesson's
Lithuanian title."""
# ruff: noqa: RUF001, E501 - lesson text: Lithuanian dashes and quotes.

REFLECTIONS = {
    "Kas yra socialinis klasteris": [
        "Kokia socialinė problema jūsų savivaldybėje rūpi keliems sektoriams vienu metu?",
        "Kurios organizacijos jau dabar bendradarbiauja ją spręsdamos, o kurios lieka nuošalyje?",
        "Kas pasikeistų, jei bendradarbiavimas taptų ilgalaikis, o ne tik projektinis?",
    ],
    "Bendra problema kaip atspirties taškas": [
        "Kokiais duomenimis galite pagrįsti pasirinktą problemą ir kur jų trūksta?",
        "Kurias priežastis jūsų partneriai gali paveikti per artimiausius metus?",
        "Kas turėtų dalyvauti pildant problemų medį, kad rezultatas būtų patikimas visiems?",
    ],
    "Partnerių žemėlapis ir pirmasis susitikimas": [
        "Kurių suinteresuotųjų šalių balsas jūsų savivaldybėje dažniausiai negirdimas ir kodėl?",
        "Kaip galėtumėte pakviesti paslaugų gavėjus dalyvauti jau pirmajame susitikime?",
        "Kas ir per kiek laiko išsiųs susitikimo santrauką visiems dalyviams?",
    ],
    "Bendras tikslas ir vaidmenys": [
        "Ar galite bendrą partnerystės tikslą suformuluoti vienu aiškiu sakiniu?",
        "Kuriai jūsų klasterio veiklai šiuo metu trūksta vieno aiškiai tvirtinančio asmens?",
        "Kaip partneris galėtų pasitraukti nepakenkdamas kitiems ir paslaugų gavėjams?",
    ],
    "Suinteresuotųjų šalių įtraukimas": [
        "Kurią įtraukimo pakopą iš tikrųjų siūlote kiekvienai suinteresuotajai šaliai?",
        "Kaip žmonės sužino, kas nutiko su jų pateikta nuomone ar pasiūlymu?",
        "Kurį metodą – bendruomenės kavinę ar fokus grupę – išbandytumėte pirmiausia ir kodėl?",
    ],
    "Konfliktai partnerystėje": [
        "Prisiminkite paskutinį nesutarimą su partneriu: kokios buvo pozicijos, o kokie interesai?",
        "Kokie objektyvūs kriterijai galėtų padėti priimti sprendimą, priimtiną visoms pusėms?",
        "Kas jūsų regione galėtų būti neutralus moderatorius, jei konfliktas užsitęstų?",
    ],
    "Trys tinklų valdysenos modeliai": [
        "Kuris valdysenos modelis geriausiai apibūdina jūsų klasterį šiandien?",
        "Kurią įtampą – efektyvumo, teisėtumo ar stabilumo – jaučiate stipriausiai?",
        "Kokie pokyčiai paskatintų jus pereiti prie kito valdysenos modelio?",
    ],
    "Lyderystė be pavaldumo": [
        "Kurį iš keturių bendradarbiaujančio lyderio darbų jums sekasi atlikti geriausiai, o kurį sunkiausiai?",
        "Kaip galėtumėte viešai pripažinti kiekvieno partnerio indėlį artimiausiame renginyje?",
        "Ką savivaldybė turėtų daryti kitaip, kad taptų bendrakūros platforma?",
    ],
    "Tarpsavivaldybinis bendradarbiavimas": [
        "Kuri paslauga jūsų savivaldybėje brangiausia vienam gavėjui?",
        "Su kuriomis kaimyninėmis savivaldybėmis galėtumėte ją planuoti ir teikti kartu?",
        "Kokia išlaidų dalijimo formulė būtų teisinga visiems dalyviams?",
    ],
    "Kas yra socialinė inovacija": [
        "Kuri iš pateiktų inovacijų galėtų veikti jūsų savivaldybėje ir ką reikėtų pritaikyti?",
        "Kas jūsų savivaldybėje sprendžia dėl nuolatinio finansavimo ir kada juos įtraukti?",
        "Kurioje inovacijos ciklo stadijoje jūsų iniciatyvos dažniausiai sustoja?",
    ],
    "Paslaugos gavėjo kelionė": [
        "Kokią personą pasirinktumėte savo paslaugos kelionės žemėlapiui ir kodėl?",
        "Kuris kelionės žingsnis, jūsų manymu, yra didžiausias skausmo taškas?",
        "Kaip galėtumėte įtraukti paslaugų gavėjus ir jų artimuosius į žemėlapio kūrimą?",
    ],
    "Prototipai ir bandomieji projektai": [
        "Kokį paprasčiausią prototipą galėtumėte išbandyti jau kitą savaitę?",
        "Į kokį klausimą turi atsakyti jūsų bandomasis projektas ir kaip žinosite, kad jis pavyko?",
        "Kokias rizikas dalyviams reikia įvertinti prieš pradedant bandymą?",
    ],
    "Savivaldybė gerovės valstybėje": [
        "Kurias paslaugas jūsų savivaldybėje žmogus galėtų gauti vieno langelio principu?",
        "Kurie jūsų savivaldybės dokumentai galėtų būti skelbiami viešai, bet dar nėra skelbiami?",
        "Kas, jūsų nuomone, labiausiai stiprina gyventojų pasitikėjimą institucijomis?",
    ],
    "Savanorystė ir bendruomenės": [
        "Kokios savanorystės organizacijos jau veikia jūsų savivaldybėje ir kaip jos bendradarbiauja?",
        "Ar savivaldybė galėtų finansuoti savanorių koordinatoriaus darbą?",
        "Kaip užtikrintumėte, kad savanoriai papildytų, o ne pakeistų profesionalias paslaugas?",
    ],
    "Kaip perkelti gerąją patirtį": [
        "Kokią problemą norėtumėte išspręsti pasinaudodami Norvegijos patirtimi?",
        "Kurie pasirinktos praktikos elementai yra esminiai, o kurie tik vietos ypatumas?",
        "Koks būtų pirmasis žingsnis per tris mėnesius po vizito ir kas už jį atsakingas?",
    ],
    "Bendro finansavimo modeliai": [
        "Iš kokių šaltinių šiandien finansuojamas jūsų klasteris ir kiek jie tvarūs?",
        "Kurioje srityje sutelktinis biudžetas padėtų išspręsti „ne mūsų biudžetas“ problemą?",
        "Kaip galėtumėte finansavimą susieti su rezultatais, o ne su veiklomis?",
    ],
    "Projektų valdymas partnerystėje": [
        "Kas jūsų partnerystėje priima strateginius sprendimus, o kas koordinuoja kasdienį darbą?",
        "Kurie jūsų projekto rodikliai matuoja rezultatus, o kurie tik veiklas?",
        "Kokios trys rizikos šiandien grėsmingiausios jūsų projektui?",
    ],
    "Viešoji vertė ir jos rodikliai": [
        "Kokią viešąją vertę, be paslaugų skaičiaus, kuria jūsų klasteris?",
        "Kurį rezultatų rodiklį galėtumėte pradėti matuoti jau šiais metais?",
        "Kokias prielaidas reikėtų skelbti, jei skaičiuotumėte socialinę investicijų grąžą?",
    ],
    "Korupcijos rizikos vietos valdžioje": [
        "Kuri sritis jūsų institucijoje turi daugiausia pinigų, diskrecijos ir mažiausiai skaidrumo?",
        "Kaip įvertintumėte jos riziką pagal tikimybę ir poveikį?",
        "Kas turėtų būti atsakingas už šios rizikos priemones ir kada jas peržiūrėti?",
    ],
    "Interesų konfliktai ir atvirumas": [
        "Ar jūsų institucijos darbuotojai žino, kaip ir kada deklaruoti interesus?",
        "Kurie jūsų institucijos dokumentai galėtų būti skelbiami viešai pagal numatytąjį principą?",
        "Kaip klasteryje atskiriate bendradarbiavimą nuo viešųjų pirkimų?",
    ],
    "Pranešėjų apsauga": [
        "Ar jūsų institucijos darbuotojai žino, kur ir kaip gali pranešti apie pažeidimą?",
        "Kas užtikrina, kad pranešėjas sulauktų atsakymo per nustatytus terminus?",
        "Ką vadovai galėtų daryti, kad pranešimai būtų vertinami kaip pagalba organizacijai?",
    ],
    "BDAR principai bendradarbiaujant": [
        "Kokiais asmens duomenimis jūsų partneriai norėtų dalytis ir kokiu teisiniu pagrindu?",
        "Ar tą patį tikslą galima pasiekti naudojant nuasmenintus ar agreguotus duomenis?",
        "Ar jūsų partnerystei reikia duomenų tvarkymo sutarties ar poveikio vertinimo?",
    ],
    "Atviri duomenys": [
        "Kurie jūsų institucijos duomenų rinkiniai būtų vertingiausi gyventojams ir tyrėjams?",
        "Ar juos galima atverti nepažeidžiant asmens duomenų apsaugos?",
        "Kokiu formatu ir kaip dažnai galėtumėte juos skelbti?",
    ],
    "Nuotolinis klasterio darbas": [
        "Kur šiandien saugomi jūsų klasterio dokumentai ir ar visi partneriai juos randa?",
        "Kuriuos susitikimus galėtumėte pakeisti asinchroniniu darbu?",
        "Kaip užtikrintumėte, kad nuotoliniai susitikimai būtų prieinami visiems dalyviams?",
    ],
    "Strateginis planavimas savivaldybėje": [
        "Ar jūsų savivaldybės gerovės tikslai aiškiai susieti su biudžeto asignavimais?",
        "Kurį vieną tikslą galėtumėte perrašyti pagal SMART kriterijus?",
        "Kaip gyventojai įtraukiami rengiant jūsų savivaldybės strateginius dokumentus?",
    ],
    "Įrodymais grįsti sprendimai": [
        "Kokį sprendimą jūsų savivaldybė turi priimti artimiausiu metu ir kokių duomenų jam reikia?",
        "Su kuriomis panašiomis savivaldybėmis galėtumėte palyginti savo paslaugas?",
        "Kaip į sprendimus įtraukiate gyventojų patirtį ir skundus?",
    ],
    "Ekonominių ir socialinių skirtumų mažinimas": [
        "Kuriose jūsų savivaldybės seniūnijose paslaugos mažiausiai prieinamos?",
        "Kaip mobilios komandos ar nuotolinės konsultacijos galėtų sumažinti šį skirtumą?",
        "Kuriuos rodiklius analizuotumėte pagal lytį ir amžių, kad pamatytumėte paslėptus skirtumus?",
    ],
}


def lesson_body(lesson: dict) -> str:
    """The lesson text with its closing questions for reflection."""
    questions = REFLECTIONS.get(lesson["title"][0], [])
    body = lesson["body"].strip()
    if questions:
        body += "\n\n## Apmąstykite\n\n" + "\n".join(f"- {q}" for q in questions) + "\n"
    return body
