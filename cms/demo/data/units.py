"""Demo units: preschools, schools, care homes, libraries and other places that serve citizens."""

_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]
_WEEKEND = ["sat", "sun"]
_ALL_WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

UNITS = [
    # --- Förskolor ------------------------------------------------------------------------
    {
        "slug": "skolgatans-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Skolgatans förskola",
        "summary": "Liten förskola med tre avdelningar mitt i Haga, nära Skansen Kronan.",
        "street_address": "Skolgatan 14",
        "postal_code": "411 22",
        "post_town": "Göteborg",
        "lat": 57.698600,
        "lon": 11.955500,
        "phone": "031-365 30 01",
        "email": "skolgatans.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "Förskolan ligger i ett gammalt landshövdingehus med en egen gård. Vi går ofta "
                "till Skansen Kronan och Slottsskogen för att leka och utforska naturen."
            ),
        ],
    },
    {
        "slug": "forskolan-linnea-olivedal",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "independent",
        "title": "Förskolan Linnéa Olivedal",
        "summary": "Fristående förskola i Olivedal med fokus på språk, musik och skapande.",
        "street_address": "Olivedalsgatan 22",
        "postal_code": "413 10",
        "post_town": "Göteborg",
        "lat": 57.695800,
        "lon": 11.948500,
        "phone": "031-711 52 30",
        "email": "info@forskolanlinnea.example",
        "hours": [[_WEEKDAYS, "07:00", "17:30"]],
        "accessibility": ["step_free_entrance"],
        "paragraphs": [
            (
                "Förskolan drivs som ett föräldrakooperativ med två avdelningar. Vi sjunger och "
                "spelar varje dag och barnen får prova på många olika material i ateljén."
            ),
        ],
    },
    {
        "slug": "godhemsgatans-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Godhemsgatans förskola",
        "summary": "Förskola i Majorna med stor gård och närhet till Mariaplan.",
        "street_address": "Godhemsgatan 28",
        "postal_code": "414 68",
        "post_town": "Göteborg",
        "lat": 57.690500,
        "lon": 11.916800,
        "phone": "031-365 30 02",
        "email": "godhemsgatans.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "automatic_doors"],
        "paragraphs": [
            (
                "Här finns fyra avdelningar för barn mellan ett och fem år. Gården har en "
                "odlingslåda där barnen sår och skördar grönsaker varje år."
            ),
        ],
    },
    {
        "slug": "kungsladugardsgatans-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Kungsladugårdsgatans förskola",
        "summary": "Förskola i Kungsladugård med närhet till Slottsskogen.",
        "street_address": "Kungsladugårdsgatan 55",
        "postal_code": "414 76",
        "post_town": "Göteborg",
        "lat": 57.686900,
        "lon": 11.914500,
        "phone": "031-365 30 03",
        "email": "kungsladugardsgatans.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "Förskolan har tre avdelningar i bottenvåningen på ett bostadshus. Vi är ute "
                "mycket och besöker Slottsskogen varje vecka."
            ),
        ],
    },
    {
        "slug": "lindholmsallens-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Lindholmsalléns förskola",
        "summary": "Nybyggd förskola på Lindholmen med sex avdelningar.",
        "street_address": "Lindholmsallén 35",
        "postal_code": "417 55",
        "post_town": "Göteborg",
        "lat": 57.708900,
        "lon": 11.939500,
        "phone": "031-365 30 04",
        "email": "lindholmsallens.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": [
            "step_free_entrance",
            "accessible_toilet",
            "lift",
            "automatic_doors",
            "accessible_parking",
        ],
        "paragraphs": [
            (
                "Förskolan stod klar 2024 och har stora ljusa rum och en gård med lekkulle. Vi "
                "arbetar med teknik och naturvetenskap på ett lekfullt sätt."
            ),
            "Byggnaden är helt tillgänglig med hiss till alla våningar.",
        ],
    },
    {
        "slug": "kvillegatans-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Kvillegatans förskola",
        "summary": "Förskola i nya Kvillebäcken med fyra avdelningar.",
        "street_address": "Kvillegatan 18",
        "postal_code": "417 05",
        "post_town": "Göteborg",
        "lat": 57.719800,
        "lon": 11.956700,
        "phone": "031-365 30 05",
        "email": "kvillegatans.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift"],
        "paragraphs": [
            (
                "Förskolan ligger i bottenplanet på ett nytt kvarter nära Kvillebäcken. Många av "
                "barnen är flerspråkiga och vi arbetar medvetet med språkutveckling."
            ),
        ],
    },
    {
        "slug": "litteraturgatans-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Litteraturgatans förskola",
        "summary": "Förskola i Backa med närhet till skog och Selma Lagerlöfs torg.",
        "street_address": "Litteraturgatan 14",
        "postal_code": "422 49",
        "post_town": "Hisings Backa",
        "lat": 57.748300,
        "lon": 11.955000,
        "phone": "031-365 30 06",
        "email": "litteraturgatans.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "accessible_parking"],
        "paragraphs": [
            (
                "Förskolan har fem avdelningar och en stor gård som gränsar till skogen. Vi "
                "läser mycket tillsammans och lånar böcker på Backa bibliotek."
            ),
        ],
    },
    {
        "slug": "varvaderstorgets-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Vårväderstorgets förskola",
        "summary": "Förskola i Biskopsgården med fokus på rörelse och utevistelse.",
        "street_address": "Vårväderstorget 12",
        "postal_code": "418 34",
        "post_town": "Göteborg",
        "lat": 57.725500,
        "lon": 11.895500,
        "phone": "031-365 30 07",
        "email": "varvaderstorgets.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "Vi har fyra avdelningar och är ute i alla väder. Barnen får röra sig mycket och "
                "vi har ett nära samarbete med Biskopsgårdens skola."
            ),
        ],
    },
    {
        "slug": "hammarkulletorgets-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Hammarkulletorgets förskola",
        "summary": "Förskola i Hammarkullen med sex avdelningar och egen ateljé.",
        "street_address": "Hammarkulletorget 30",
        "postal_code": "424 37",
        "post_town": "Angered",
        "lat": 57.780500,
        "lon": 12.036000,
        "phone": "031-365 30 08",
        "email": "hammarkulletorgets.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift"],
        "paragraphs": [
            (
                "Förskolan ligger nära spårvagnshållplatsen och Hammarkullens park. Vi har "
                "personal som talar flera språk och erbjuder stöd i modersmål."
            ),
        ],
    },
    {
        "slug": "bredfjallsgatans-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Bredfjällsgatans förskola",
        "summary": "Förskola i Hjällbo nära torget och naturen vid Lärjeån.",
        "street_address": "Bredfjällsgatan 10",
        "postal_code": "424 34",
        "post_town": "Angered",
        "lat": 57.770500,
        "lon": 12.023000,
        "phone": "031-365 30 09",
        "email": "bredfjallsgatans.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance"],
        "paragraphs": [
            (
                "Förskolan har tre avdelningar. Vi gör utflykter längs Lärjeån och lär oss om "
                "djur och växter under årets olika årstider."
            ),
        ],
    },
    {
        "slug": "komettorgets-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Komettorgets förskola",
        "summary": "Förskola i Östra Bergsjön med skogen alldeles inpå knuten.",
        "street_address": "Komettorget 12",
        "postal_code": "415 16",
        "post_town": "Göteborg",
        "lat": 57.760000,
        "lon": 12.082000,
        "phone": "031-365 30 10",
        "email": "komettorgets.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "Förskolan har fyra avdelningar och en egen uteavdelning där barnen är i skogen "
                "större delen av dagen."
            ),
        ],
    },
    {
        "slug": "halvsekelsgatans-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Halvsekelsgatans förskola",
        "summary": "Förskola i Kortedala med närhet till Kortedala torg.",
        "street_address": "Halvsekelsgatan 10",
        "postal_code": "415 43",
        "post_town": "Göteborg",
        "lat": 57.753000,
        "lon": 12.033500,
        "phone": "031-365 30 11",
        "email": "halvsekelsgatans.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "Förskolan ligger i ett lugnt bostadsområde med grönytor runt omkring. Vi "
                "besöker ofta biblioteket på Kortedala torg."
            ),
        ],
    },
    {
        "slug": "opaltorgets-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Opaltorgets förskola",
        "summary": "Förskola i Tynnered med fem avdelningar.",
        "street_address": "Opaltorget 4",
        "postal_code": "421 66",
        "post_town": "Västra Frölunda",
        "lat": 57.641500,
        "lon": 11.897500,
        "phone": "031-365 30 12",
        "email": "opaltorgets.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "automatic_doors"],
        "paragraphs": [
            (
                "Förskolan har nyligen renoverats och har en gård med lekstuga, sandlåda och "
                "cykelbana. Vi arbetar med hållbar utveckling och återbruk."
            ),
        ],
    },
    {
        "slug": "forskolan-skogsglantan-askim",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "independent",
        "title": "Förskolan Skogsgläntan Askim",
        "summary": "Fristående naturförskola i Askim där barnen är ute större delen av dagen.",
        "street_address": "Askims stationsväg 12",
        "postal_code": "436 40",
        "post_town": "Askim",
        "lat": 57.629500,
        "lon": 11.938500,
        "phone": "031-748 20 15",
        "email": "info@skogsglantan.example",
        "hours": [[_WEEKDAYS, "07:00", "17:30"]],
        "accessibility": ["accessible_parking"],
        "paragraphs": [
            (
                "Skogsgläntan är en fristående förskola med två avdelningar. Vi äter lunch "
                "utomhus när vädret tillåter och har en egen raststuga i skogen."
            ),
        ],
    },
    {
        "slug": "torpavallsgatans-forskola",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "municipal",
        "title": "Torpavallsgatans förskola",
        "summary": "Förskola i Torpa i Örgryte med närhet till Delsjöområdet.",
        "street_address": "Torpavallsgatan 4",
        "postal_code": "416 73",
        "post_town": "Göteborg",
        "lat": 57.703000,
        "lon": 12.023500,
        "phone": "031-365 30 13",
        "email": "torpavallsgatans.forskola@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "accessible_parking"],
        "paragraphs": [
            (
                "Förskolan har fyra avdelningar och gör utflykter till Delsjöområdet. Vi har "
                "ett eget tillagningskök som lagar maten från grunden."
            ),
        ],
    },
    {
        "slug": "montessoriforskolan-eklanda",
        "section": "forskolor",
        "organisation": "forskoleforvaltningen",
        "unit_type": "forskola",
        "operator": "independent",
        "title": "Montessoriförskolan Eklanda",
        "summary": "Fristående montessoriförskola i Johanneberg.",
        "street_address": "Eklandagatan 30",
        "postal_code": "412 61",
        "post_town": "Göteborg",
        "lat": 57.690800,
        "lon": 11.983500,
        "phone": "031-740 11 80",
        "email": "info@montessorieklanda.example",
        "hours": [[_WEEKDAYS, "07:30", "17:30"]],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "Förskolan arbetar enligt montessoripedagogiken där barnen får öva sig i att "
                "vara självständiga. Vi har två avdelningar för barn mellan ett och fem år."
            ),
        ],
    },
    # --- Grundskolor ----------------------------------------------------------------------
    {
        "slug": "johannebergsskolan",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Johannebergsskolan",
        "summary": "Grundskola för förskoleklass till årskurs 6 med fritidshem.",
        "street_address": "Viktor Rydbergsgatan 30",
        "postal_code": "412 57",
        "post_town": "Göteborg",
        "lat": 57.694500,
        "lon": 11.985000,
        "phone": "031-365 31 01",
        "email": "johannebergsskolan@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "hearing_loop"],
        "paragraphs": [
            (
                "Johannebergsskolan har cirka 400 elever. Skolan samarbetar med Chalmers om "
                "teknik och naturvetenskap i de högre årskurserna."
            ),
            "Fritidshemmet har öppet från 06:30 till 18:00.",
        ],
    },
    {
        "slug": "majornas-skola",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Majornas skola",
        "summary": "Grundskola för förskoleklass till årskurs 9 nära Stigbergstorget.",
        "street_address": "Karl Johansgatan 60",
        "postal_code": "414 59",
        "post_town": "Göteborg",
        "lat": 57.696200,
        "lon": 11.925500,
        "phone": "031-365 31 02",
        "email": "majornasskola@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift"],
        "paragraphs": [
            (
                "Skolan har cirka 600 elever och en profil inom musik och drama. Eleverna i "
                "årskurs 9 sätter upp en musikal varje vår."
            ),
        ],
    },
    {
        "slug": "sveagatans-skola",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Sveagatans skola",
        "summary": "Grundskola i Linnéstaden för förskoleklass till årskurs 6.",
        "street_address": "Sveagatan 22",
        "postal_code": "413 14",
        "post_town": "Göteborg",
        "lat": 57.694000,
        "lon": 11.946500,
        "phone": "031-365 31 03",
        "email": "sveagatansskola@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "Skolan ligger i en kulturmärkt byggnad från 1910-talet nära Slottsskogen. Vi "
                "har idrott i Slottsskogsvallen och utomhusundervisning varje vecka."
            ),
        ],
    },
    {
        "slug": "brantingsskolan",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Brantingsskolan",
        "summary": "Grundskola på Hisingen för förskoleklass till årskurs 9.",
        "street_address": "Hjalmar Brantingsgatan 25",
        "postal_code": "417 05",
        "post_town": "Göteborg",
        "lat": 57.722000,
        "lon": 11.946000,
        "phone": "031-365 31 04",
        "email": "brantingsskolan@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "automatic_doors"],
        "paragraphs": [
            (
                "Brantingsskolan har cirka 700 elever från Lundby och Kvillebäcken. Skolan har en "
                "nybyggd idrottshall som även föreningar använder på kvällarna."
            ),
        ],
    },
    {
        "slug": "backadalsskolan",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Backadalsskolan",
        "summary": "Grundskola i Backa för förskoleklass till årskurs 6.",
        "street_address": "Litteraturgatan 30",
        "postal_code": "422 49",
        "post_town": "Hisings Backa",
        "lat": 57.749500,
        "lon": 11.953500,
        "phone": "031-365 31 05",
        "email": "backadalsskolan@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "accessible_parking"],
        "paragraphs": [
            (
                "Skolan har cirka 350 elever och ligger nära skogen. Vi har läsfrämjande arbete "
                "tillsammans med Backa bibliotek."
            ),
        ],
    },
    {
        "slug": "biskopsgardens-skola",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Biskopsgårdens skola",
        "summary": "Grundskola för förskoleklass till årskurs 9 i Biskopsgården.",
        "street_address": "Friskväderstorget 5",
        "postal_code": "418 32",
        "post_town": "Göteborg",
        "lat": 57.729000,
        "lon": 11.904000,
        "phone": "031-365 31 06",
        "email": "biskopsgardensskola@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "hearing_loop"],
        "paragraphs": [
            (
                "Skolan har cirka 650 elever och erbjuder läxhjälp varje eftermiddag. Vi har ett "
                "nära samarbete med fritidsgården och föreningarna i området."
            ),
        ],
    },
    {
        "slug": "hammarkullsskolan",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Hammarkullsskolan",
        "summary": "Grundskola i Hammarkullen för förskoleklass till årskurs 9.",
        "street_address": "Hammarkulletorget 62",
        "postal_code": "424 37",
        "post_town": "Angered",
        "lat": 57.781500,
        "lon": 12.037500,
        "phone": "031-365 31 07",
        "email": "hammarkullsskolan@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift"],
        "paragraphs": [
            (
                "Hammarkullsskolan har cirka 500 elever som tillsammans talar ett trettiotal "
                "språk. Skolan har studiehandledning på modersmål och ett stort skolbibliotek."
            ),
        ],
    },
    {
        "slug": "gamlestadsskolan",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Gamlestadsskolan",
        "summary": "Grundskola i Gamlestaden för förskoleklass till årskurs 6.",
        "street_address": "Gamlestadsvägen 20",
        "postal_code": "415 02",
        "post_town": "Göteborg",
        "lat": 57.728000,
        "lon": 12.002500,
        "phone": "031-365 31 08",
        "email": "gamlestadsskolan@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "Skolan ligger nära Säveån och Gamlestads torg. Vi har cirka 300 elever och "
                "arbetar mycket med utomhuspedagogik."
            ),
        ],
    },
    {
        "slug": "bergsjoskolan",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Bergsjöskolan",
        "summary": "Grundskola i Bergsjön för årskurs 4 till 9.",
        "street_address": "Teleskopgatan 22",
        "postal_code": "415 18",
        "post_town": "Göteborg",
        "lat": 57.757500,
        "lon": 12.075500,
        "phone": "031-365 31 09",
        "email": "bergsjoskolan@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "automatic_doors"],
        "paragraphs": [
            (
                "Bergsjöskolan har cirka 550 elever och en profil inom idrott och hälsa. Skolan "
                "har förlängd skoldag med frivilliga aktiviteter efter lektionerna."
            ),
        ],
    },
    {
        "slug": "kortedala-skola",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Kortedala skola",
        "summary": "Grundskola i Kortedala för förskoleklass till årskurs 9.",
        "street_address": "Gregorianska gatan 20",
        "postal_code": "415 44",
        "post_town": "Göteborg",
        "lat": 57.751500,
        "lon": 12.031000,
        "phone": "031-365 31 10",
        "email": "kortedalaskola@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift"],
        "paragraphs": [
            (
                "Skolan har cirka 600 elever och ligger nära Kortedala torg. Vi har en egen "
                "skolodling och eleverna är med och planerar skolmaten."
            ),
        ],
    },
    {
        "slug": "tynneredsskolan",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Tynneredsskolan",
        "summary": "Grundskola i Tynnered för förskoleklass till årskurs 9.",
        "street_address": "Briljantgatan 15",
        "postal_code": "421 49",
        "post_town": "Västra Frölunda",
        "lat": 57.644500,
        "lon": 11.889500,
        "phone": "031-365 31 11",
        "email": "tynneredsskolan@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "hearing_loop"],
        "paragraphs": [
            (
                "Tynneredsskolan har cirka 750 elever och nyrenoverade lokaler för slöjd, "
                "hemkunskap och naturvetenskap."
            ),
        ],
    },
    {
        "slug": "askims-skola",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "municipal",
        "title": "Askims skola",
        "summary": "Grundskola i Askim för förskoleklass till årskurs 6.",
        "street_address": "Askims kyrkväg 20",
        "postal_code": "436 51",
        "post_town": "Askim",
        "lat": 57.631500,
        "lon": 11.946500,
        "phone": "031-365 31 12",
        "email": "askimsskola@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "accessible_parking"],
        "paragraphs": [
            (
                "Askims skola har cirka 400 elever och ligger nära Askims kyrka. Skolgården har "
                "fotbollsplan, skog och en utomhusscen."
            ),
        ],
    },
    {
        "slug": "montessoriskolan-haga",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "independent",
        "title": "Montessoriskolan Haga",
        "summary": "Fristående montessoriskola i Haga för årskurs 1 till 6.",
        "street_address": "Haga Östergata 10",
        "postal_code": "411 22",
        "post_town": "Göteborg",
        "lat": 57.698800,
        "lon": 11.960500,
        "phone": "031-711 40 60",
        "email": "info@montessorihaga.example",
        "hours": [[_WEEKDAYS, "08:00", "16:00"]],
        "accessibility": ["accessible_toilet"],
        "paragraphs": [
            (
                "Skolan har cirka 120 elever i åldersblandade grupper. Skolval görs på samma sätt "
                "som till kommunala skolor, men skolan har en egen kö."
            ),
        ],
    },
    {
        "slug": "internationella-skolan-eriksberg",
        "section": "skolor",
        "organisation": "grundskoleforvaltningen",
        "unit_type": "grundskola",
        "operator": "independent",
        "title": "Internationella skolan Eriksberg",
        "summary": "Fristående tvåspråkig skola med undervisning på svenska och engelska.",
        "street_address": "Östra Eriksbergsgatan 10",
        "postal_code": "417 60",
        "post_town": "Göteborg",
        "lat": 57.703000,
        "lon": 11.915500,
        "phone": "031-712 90 00",
        "email": "info@intskolaneriksberg.example",
        "hours": [[_WEEKDAYS, "08:00", "16:30"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "automatic_doors"],
        "paragraphs": [
            (
                "Skolan har elever från förskoleklass till årskurs 9 och undervisar hälften av "
                "tiden på engelska. Skolan ligger vid kajen i Eriksberg."
            ),
        ],
    },
    # --- Gymnasieskolor -------------------------------------------------------------------
    {
        "slug": "hvitfeldtska-gymnasiet",
        "section": "skolor",
        "organisation": "utbildningsforvaltningen",
        "unit_type": "gymnasium",
        "operator": "municipal",
        "title": "Hvitfeldtska gymnasiet",
        "summary": "Kommunalt gymnasium i centrum med högskoleförberedande program.",
        "street_address": "Rektorsgatan 2",
        "postal_code": "411 33",
        "post_town": "Göteborg",
        "lat": 57.700800,
        "lon": 11.974500,
        "phone": "031-365 32 01",
        "email": "hvitfeldtska@stad.example",
        "hours": [[_WEEKDAYS, "07:30", "17:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "hearing_loop"],
        "paragraphs": [
            (
                "Skolan erbjuder natur-, samhälls- och ekonomiprogrammet samt International "
                "Baccalaureate. Här går cirka 1 800 elever."
            ),
        ],
    },
    {
        "slug": "angeredsgymnasiet",
        "section": "skolor",
        "organisation": "utbildningsforvaltningen",
        "unit_type": "gymnasium",
        "operator": "municipal",
        "title": "Angeredsgymnasiet",
        "summary": (
            "Kommunalt gymnasium i Angered med både yrkes- och högskoleförberedande program."
        ),
        "street_address": "Grepgatan 9",
        "postal_code": "424 65",
        "post_town": "Angered",
        "lat": 57.797000,
        "lon": 12.046000,
        "phone": "031-365 32 02",
        "email": "angeredsgymnasiet@stad.example",
        "hours": [[_WEEKDAYS, "07:30", "17:00"]],
        "accessibility": [
            "step_free_entrance",
            "accessible_toilet",
            "lift",
            "automatic_doors",
            "tactile_guidance",
        ],
        "paragraphs": [
            (
                "Angeredsgymnasiet har cirka 900 elever och program inom bland annat vård och "
                "omsorg, teknik och samhällskunskap."
            ),
            "Skolan ligger några minuters promenad från Angereds centrum.",
        ],
    },
    {
        "slug": "lindholmens-tekniska-gymnasium",
        "section": "skolor",
        "organisation": "utbildningsforvaltningen",
        "unit_type": "gymnasium",
        "operator": "municipal",
        "title": "Lindholmens tekniska gymnasium",
        "summary": "Gymnasium med teknik- och industriprogram på Lindholmen.",
        "street_address": "Lindholmsplatsen 2",
        "postal_code": "417 56",
        "post_town": "Göteborg",
        "lat": 57.706800,
        "lon": 11.938000,
        "phone": "031-365 32 03",
        "email": "lindholmensgymnasium@stad.example",
        "hours": [[_WEEKDAYS, "07:30", "17:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "automatic_doors"],
        "paragraphs": [
            (
                "Skolan samarbetar med företagen på Lindholmen Science Park. Eleverna gör praktik "
                "inom fordonsindustri, it och sjöfart."
            ),
        ],
    },
    # --- Äldreboenden ---------------------------------------------------------------------
    {
        "slug": "linnegatans-vard-och-omsorgsboende",
        "section": "aldreboenden",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "unit_type": "aldreboende",
        "operator": "municipal",
        "title": "Linnégatans vård- och omsorgsboende",
        "summary": "Boende med 48 lägenheter i Linnéstaden.",
        "street_address": "Linnégatan 72",
        "postal_code": "413 08",
        "post_town": "Göteborg",
        "lat": 57.693000,
        "lon": 11.951500,
        "phone": "031-365 33 01",
        "email": "linnegatans.boende@stad.example",
        "hours": [[_ALL_WEEK, "00:00", "23:59"]],
        "accessibility": [
            "step_free_entrance",
            "accessible_toilet",
            "lift",
            "automatic_doors",
            "hearing_loop",
        ],
        "paragraphs": [
            (
                "Boendet har sex avdelningar, varav två för personer med demenssjukdom. Det finns "
                "en gemensam takterrass och ett café som är öppet för anhöriga."
            ),
        ],
    },
    {
        "slug": "kungsladugards-vard-och-omsorgsboende",
        "section": "aldreboenden",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "unit_type": "aldreboende",
        "operator": "municipal",
        "title": "Kungsladugårds vård- och omsorgsboende",
        "summary": "Boende med 60 lägenheter i Majorna.",
        "street_address": "Kungsladugårdsgatan 80",
        "postal_code": "414 76",
        "post_town": "Göteborg",
        "lat": 57.686500,
        "lon": 11.909000,
        "phone": "031-365 33 02",
        "email": "kungsladugards.boende@stad.example",
        "hours": [[_ALL_WEEK, "00:00", "23:59"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "automatic_doors"],
        "paragraphs": [
            (
                "Boendet har en stor trädgård med bärbuskar och odlingsbäddar. Varje vecka "
                "ordnas musikunderhållning och gudstjänst."
            ),
        ],
    },
    {
        "slug": "guldhedens-vard-och-omsorgsboende",
        "section": "aldreboenden",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "unit_type": "aldreboende",
        "operator": "independent",
        "title": "Guldhedens vård- och omsorgsboende",
        "summary": "Privat drivet boende med 40 lägenheter på Guldheden.",
        "street_address": "Doktor Allards gata 10",
        "postal_code": "413 20",
        "post_town": "Göteborg",
        "lat": 57.686800,
        "lon": 11.971500,
        "phone": "031-733 25 00",
        "email": "info@guldhedensboende.example",
        "hours": [[_ALL_WEEK, "00:00", "23:59"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift"],
        "paragraphs": [
            (
                "Boendet drivs av en privat utförare på uppdrag av staden. Du ansöker och betalar "
                "på samma sätt som till stadens egna boenden."
            ),
        ],
    },
    {
        "slug": "lundby-vard-och-omsorgsboende",
        "section": "aldreboenden",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "unit_type": "aldreboende",
        "operator": "municipal",
        "title": "Lundby vård- och omsorgsboende",
        "summary": "Boende med 54 lägenheter nära Wieselgrensplatsen.",
        "street_address": "Wieselgrensgatan 20",
        "postal_code": "417 17",
        "post_town": "Göteborg",
        "lat": 57.724000,
        "lon": 11.938500,
        "phone": "031-365 33 03",
        "email": "lundby.boende@stad.example",
        "hours": [[_ALL_WEEK, "00:00", "23:59"]],
        "accessibility": [
            "step_free_entrance",
            "accessible_toilet",
            "lift",
            "accessible_parking",
            "automatic_doors",
        ],
        "paragraphs": [
            (
                "Boendet har en avdelning med inriktning mot personer som talar finska. Det finns "
                "en gemensam matsal och ett gym med anpassade redskap."
            ),
        ],
    },
    {
        "slug": "teleskopgatans-vard-och-omsorgsboende",
        "section": "aldreboenden",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "unit_type": "aldreboende",
        "operator": "municipal",
        "title": "Teleskopgatans vård- och omsorgsboende",
        "summary": "Boende med 42 lägenheter i Bergsjön.",
        "street_address": "Teleskopgatan 5",
        "postal_code": "415 18",
        "post_town": "Göteborg",
        "lat": 57.755800,
        "lon": 12.071500,
        "phone": "031-365 33 04",
        "email": "teleskopgatans.boende@stad.example",
        "hours": [[_ALL_WEEK, "00:00", "23:59"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "automatic_doors"],
        "paragraphs": [
            (
                "Personalen talar tillsammans ett tiotal språk. Boendet har en sinnesträdgård som "
                "används året runt."
            ),
        ],
    },
    {
        "slug": "smaragdgatans-vard-och-omsorgsboende",
        "section": "aldreboenden",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "unit_type": "aldreboende",
        "operator": "municipal",
        "title": "Smaragdgatans vård- och omsorgsboende",
        "summary": "Boende med 64 lägenheter i Tynnered.",
        "street_address": "Smaragdgatan 24",
        "postal_code": "421 69",
        "post_town": "Västra Frölunda",
        "lat": 57.642300,
        "lon": 11.892500,
        "phone": "031-365 33 05",
        "email": "smaragdgatans.boende@stad.example",
        "hours": [[_ALL_WEEK, "00:00", "23:59"]],
        "accessibility": [
            "step_free_entrance",
            "accessible_toilet",
            "lift",
            "accessible_parking",
            "hearing_loop",
        ],
        "paragraphs": [
            (
                "Boendet har åtta avdelningar och ett eget tillagningskök. På sommaren ordnas "
                "utflykter till havet vid Näset."
            ),
        ],
    },
    {
        "slug": "askims-vard-och-omsorgsboende",
        "section": "aldreboenden",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "unit_type": "aldreboende",
        "operator": "municipal",
        "title": "Askims vård- och omsorgsboende",
        "summary": "Boende med 36 lägenheter i lugna omgivningar i Askim.",
        "street_address": "Askims kyrkväg 10",
        "postal_code": "436 51",
        "post_town": "Askim",
        "lat": 57.630800,
        "lon": 11.944500,
        "phone": "031-365 33 06",
        "email": "askims.boende@stad.example",
        "hours": [[_ALL_WEEK, "00:00", "23:59"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "accessible_parking"],
        "paragraphs": [
            (
                "Boendet ligger i ett envåningshus med utgång till trädgården från varje "
                "avdelning. Här finns också en avdelning för korttidsvistelse."
            ),
        ],
    },
    # --- Bibliotek ------------------------------------------------------------------------
    {
        "slug": "stadsbiblioteket",
        "section": "bibliotek",
        "organisation": "kulturforvaltningen",
        "unit_type": "bibliotek",
        "operator": "municipal",
        "title": "Stadsbiblioteket",
        "summary": "Stadens största bibliotek vid Götaplatsen, öppet alla dagar.",
        "street_address": "Götaplatsen 3",
        "postal_code": "412 56",
        "post_town": "Göteborg",
        "lat": 57.696900,
        "lon": 11.978800,
        "phone": "031-365 34 01",
        "email": "stadsbiblioteket@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "20:00"], [_WEEKEND, "11:00", "17:00"]],
        "accessibility": [
            "step_free_entrance",
            "accessible_toilet",
            "lift",
            "hearing_loop",
            "automatic_doors",
            "tactile_guidance",
        ],
        "paragraphs": [
            (
                "Stadsbiblioteket har böcker på över 60 språk, en stor barnavdelning och platser "
                "för studier. Här finns också en scen för författarsamtal och konserter."
            ),
            "I entrén kan du låna och lämna tillbaka i automater dygnet runt.",
        ],
    },
    {
        "slug": "frolunda-bibliotek",
        "section": "bibliotek",
        "organisation": "kulturforvaltningen",
        "unit_type": "bibliotek",
        "operator": "municipal",
        "title": "Frölunda bibliotek",
        "summary": "Bibliotek i Frölunda kulturhus vid Frölunda torg.",
        "street_address": "Lergöksgatan 4",
        "postal_code": "421 51",
        "post_town": "Västra Frölunda",
        "lat": 57.652500,
        "lon": 11.911000,
        "phone": "031-365 34 02",
        "email": "frolundabibliotek@stad.example",
        "hours": [[_WEEKDAYS, "10:00", "19:00"], [["sat"], "11:00", "16:00"]],
        "accessibility": [
            "step_free_entrance",
            "accessible_toilet",
            "lift",
            "hearing_loop",
            "automatic_doors",
        ],
        "paragraphs": [
            (
                "Biblioteket delar hus med konsthall och teater. Varje lördag är det sagostund "
                "för barn och på vardagar finns läxhjälp."
            ),
        ],
    },
    {
        "slug": "angereds-bibliotek",
        "section": "bibliotek",
        "organisation": "kulturforvaltningen",
        "unit_type": "bibliotek",
        "operator": "municipal",
        "title": "Angereds bibliotek",
        "summary": "Bibliotek i kulturhuset vid Angereds torg.",
        "street_address": "Angereds torg 13",
        "postal_code": "424 65",
        "post_town": "Angered",
        "lat": 57.796300,
        "lon": 12.048500,
        "phone": "031-365 34 03",
        "email": "angeredsbibliotek@stad.example",
        "hours": [[_WEEKDAYS, "10:00", "19:00"], [["sat"], "11:00", "16:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "automatic_doors"],
        "paragraphs": [
            (
                "Angereds bibliotek har en stor samling litteratur på arabiska, somaliska och "
                "persiska. Här finns också en makerspace med 3D-skrivare."
            ),
        ],
    },
    {
        "slug": "majornas-bibliotek",
        "section": "bibliotek",
        "organisation": "kulturforvaltningen",
        "unit_type": "bibliotek",
        "operator": "municipal",
        "title": "Majornas bibliotek",
        "summary": "Litet och populärt bibliotek på Karl Johansgatan.",
        "street_address": "Karl Johansgatan 27",
        "postal_code": "414 59",
        "post_town": "Göteborg",
        "lat": 57.696500,
        "lon": 11.929500,
        "phone": "031-365 34 04",
        "email": "majornasbibliotek@stad.example",
        "hours": [
            [["mon", "tue", "wed", "thu"], "11:00", "19:00"],
            [["fri"], "11:00", "17:00"],
            [["sat"], "11:00", "15:00"],
        ],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "Biblioteket har en barnavdelning med läshörna och ordnar bokcirklar för vuxna "
                "varje månad."
            ),
        ],
    },
    {
        "slug": "kortedala-bibliotek",
        "section": "bibliotek",
        "organisation": "kulturforvaltningen",
        "unit_type": "bibliotek",
        "operator": "municipal",
        "title": "Kortedala bibliotek",
        "summary": "Stadsdelsbibliotek vid Kortedala torg.",
        "street_address": "Kortedala torg 11",
        "postal_code": "415 32",
        "post_town": "Göteborg",
        "lat": 57.755300,
        "lon": 12.038800,
        "phone": "031-365 34 05",
        "email": "kortedalabibliotek@stad.example",
        "hours": [[_WEEKDAYS, "11:00", "19:00"], [["sat"], "11:00", "15:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "automatic_doors"],
        "paragraphs": [
            (
                "Här kan du låna böcker, spela brädspel och få hjälp med datorer och e-tjänster "
                "av bibliotekarierna."
            ),
        ],
    },
    {
        "slug": "backa-bibliotek",
        "section": "bibliotek",
        "organisation": "kulturforvaltningen",
        "unit_type": "bibliotek",
        "operator": "municipal",
        "title": "Backa bibliotek",
        "summary": "Bibliotek i Selma Lagerlöfs centrum i Backa.",
        "street_address": "Selma Lagerlöfs torg 4",
        "postal_code": "422 49",
        "post_town": "Hisings Backa",
        "lat": 57.746800,
        "lon": 11.957000,
        "phone": "031-365 34 06",
        "email": "backabibliotek@stad.example",
        "hours": [[_WEEKDAYS, "11:00", "19:00"], [["sat"], "11:00", "15:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "accessible_parking"],
        "paragraphs": [
            (
                "Backa bibliotek har en särskild avdelning för unga med serier, spel och en "
                "studiehörna. Här ordnas språkcafé varje tisdag."
            ),
        ],
    },
    {
        "slug": "lundby-bibliotek",
        "section": "bibliotek",
        "organisation": "kulturforvaltningen",
        "unit_type": "bibliotek",
        "operator": "municipal",
        "title": "Lundby bibliotek",
        "summary": "Bibliotek vid Wieselgrensplatsen på Hisingen.",
        "street_address": "Wieselgrensplatsen 4",
        "postal_code": "417 17",
        "post_town": "Göteborg",
        "lat": 57.722800,
        "lon": 11.936500,
        "phone": "031-365 34 07",
        "email": "lundbybibliotek@stad.example",
        "hours": [[_WEEKDAYS, "10:00", "19:00"], [["sat"], "11:00", "15:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift"],
        "paragraphs": [
            (
                "Lundby bibliotek är ett meröppet bibliotek. Med lånekort och pinkod kan du "
                "komma in mellan 07:00 och 22:00 även när personalen inte är på plats."
            ),
        ],
    },
    {
        "slug": "bergsjons-bibliotek",
        "section": "bibliotek",
        "organisation": "kulturforvaltningen",
        "unit_type": "bibliotek",
        "operator": "municipal",
        "title": "Bergsjöns bibliotek",
        "summary": "Bibliotek vid Rymdtorget i Bergsjön.",
        "street_address": "Rymdtorget 6",
        "postal_code": "415 15",
        "post_town": "Göteborg",
        "lat": 57.754000,
        "lon": 12.071000,
        "phone": "031-365 34 08",
        "email": "bergsjonsbibliotek@stad.example",
        "hours": [[_WEEKDAYS, "11:00", "19:00"], [["sat"], "11:00", "15:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "automatic_doors"],
        "paragraphs": [
            (
                "Bergsjöns bibliotek har läxhjälp fyra dagar i veckan och en stor samling "
                "barnböcker på många språk."
            ),
        ],
    },
    # --- Idrott och bad -------------------------------------------------------------------
    {
        "slug": "valhallabadet",
        "section": "idrott-och-bad",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "unit_type": "simhall",
        "operator": "municipal",
        "title": "Valhallabadet",
        "summary": "Stadens största simhall med 50-metersbassäng, nära Ullevi.",
        "street_address": "Valhallagatan 3",
        "postal_code": "412 51",
        "post_town": "Göteborg",
        "lat": 57.700500,
        "lon": 11.990500,
        "phone": "031-365 35 01",
        "email": "valhallabadet@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "21:00"], [_WEEKEND, "09:00", "17:00"]],
        "accessibility": [
            "step_free_entrance",
            "accessible_toilet",
            "lift",
            "accessible_parking",
            "automatic_doors",
        ],
        "paragraphs": [
            (
                "Valhallabadet har 50-metersbassäng, undervisningsbassäng, bubbelpool och gym. "
                "Det finns en lyft för att komma i och ur bassängen."
            ),
        ],
    },
    {
        "slug": "angeredsbadet",
        "section": "idrott-och-bad",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "unit_type": "simhall",
        "operator": "municipal",
        "title": "Angeredsbadet",
        "summary": "Simhall med äventyrsbad och simskola i Angered.",
        "street_address": "Angeredsvinkeln 4",
        "postal_code": "424 65",
        "post_town": "Angered",
        "lat": 57.795500,
        "lon": 12.052500,
        "phone": "031-365 35 02",
        "email": "angeredsbadet@stad.example",
        "hours": [[_WEEKDAYS, "06:30", "21:00"], [_WEEKEND, "09:00", "18:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "accessible_parking"],
        "paragraphs": [
            (
                "Här finns 25-metersbassäng, barnbassäng och vattenrutschbana. Varje söndag "
                "morgon finns tider för simning endast för kvinnor."
            ),
        ],
    },
    {
        "slug": "kortedala-idrottshall",
        "section": "idrott-och-bad",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "unit_type": "idrottshall",
        "operator": "municipal",
        "title": "Kortedala idrottshall",
        "summary": "Idrottshall för bollsporter och gymnastik i Kortedala.",
        "street_address": "Runstavsgatan 12",
        "postal_code": "415 28",
        "post_town": "Göteborg",
        "lat": 57.757900,
        "lon": 12.039500,
        "phone": "031-365 35 03",
        "email": "kortedalahallen@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "22:00"], [_WEEKEND, "09:00", "20:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "Hallen kan delas i tre delar och har läktare för 300 personer. Dagtid används "
                "den av skolorna och kvällar och helger av föreningar."
            ),
        ],
    },
    {
        "slug": "askimshallen",
        "section": "idrott-och-bad",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "unit_type": "idrottshall",
        "operator": "municipal",
        "title": "Askimshallen",
        "summary": "Idrottshall i Askim för handboll, innebandy och basket.",
        "street_address": "Askims stationsväg 20",
        "postal_code": "436 40",
        "post_town": "Askim",
        "lat": 57.630000,
        "lon": 11.936500,
        "phone": "031-365 35 04",
        "email": "askimshallen@stad.example",
        "hours": [[_WEEKDAYS, "08:00", "22:00"], [_WEEKEND, "09:00", "20:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "accessible_parking"],
        "paragraphs": [
            (
                "Askimshallen har en fullstor hall med läktare och två mindre gymnastiksalar. "
                "Hallen bokas via stadens bokningssystem."
            ),
        ],
    },
    # --- Återvinningscentraler ------------------------------------------------------------
    {
        "slug": "alelyckans-atervinningscentral",
        "section": "atervinningscentraler",
        "organisation": "kretslopp-och-vatten",
        "unit_type": "atervinningscentral",
        "operator": "municipal",
        "title": "Alelyckans återvinningscentral",
        "summary": "Stor återvinningscentral med återbruk vid Göta älv.",
        "street_address": "Lärjegatan 12",
        "postal_code": "415 05",
        "post_town": "Göteborg",
        "lat": 57.747500,
        "lon": 11.992500,
        "phone": "031-365 36 01",
        "email": "alelyckan.avc@stad.example",
        "hours": [[_WEEKDAYS, "10:00", "19:00"], [_WEEKEND, "09:00", "16:00"]],
        "accessibility": ["accessible_parking", "accessible_toilet"],
        "paragraphs": [
            (
                "Här kan du lämna grovavfall, elavfall, trädgårdsavfall och farligt avfall. I "
                "återbruket kan du lämna saker som kan användas igen."
            ),
        ],
    },
    {
        "slug": "hogsbo-atervinningscentral",
        "section": "atervinningscentraler",
        "organisation": "kretslopp-och-vatten",
        "unit_type": "atervinningscentral",
        "operator": "municipal",
        "title": "Högsbo återvinningscentral",
        "summary": "Återvinningscentral i Högsbo industriområde.",
        "street_address": "A Odhners gata 19",
        "postal_code": "421 30",
        "post_town": "Västra Frölunda",
        "lat": 57.663500,
        "lon": 11.940000,
        "phone": "031-365 36 02",
        "email": "hogsbo.avc@stad.example",
        "hours": [[_WEEKDAYS, "10:00", "19:00"], [_WEEKEND, "09:00", "16:00"]],
        "accessibility": ["accessible_parking"],
        "paragraphs": [
            (
                "Högsbo återvinningscentral är ofta välbesökt på helger. Kom gärna på vardagar "
                "om du har möjlighet."
            ),
        ],
    },
    {
        "slug": "karra-atervinningscentral",
        "section": "atervinningscentraler",
        "organisation": "kretslopp-och-vatten",
        "unit_type": "atervinningscentral",
        "operator": "municipal",
        "title": "Kärra återvinningscentral",
        "summary": "Återvinningscentral på norra Hisingen.",
        "street_address": "Orrekulla industrigata 20",
        "postal_code": "425 36",
        "post_town": "Hisings Kärra",
        "lat": 57.783500,
        "lon": 11.958500,
        "phone": "031-365 36 03",
        "email": "karra.avc@stad.example",
        "hours": [[_WEEKDAYS, "10:00", "19:00"], [_WEEKEND, "09:00", "16:00"]],
        "accessibility": ["accessible_parking", "accessible_toilet"],
        "paragraphs": [
            (
                "Här finns en särskild station för farligt avfall där personalen hjälper dig att "
                "sortera färg, kemikalier och batterier."
            ),
        ],
    },
    # --- Fritidsgårdar --------------------------------------------------------------------
    {
        "slug": "fritidsgarden-rymden",
        "section": "fritidsgardar",
        "organisation": "socialforvaltningen-nordost",
        "unit_type": "fritidsgard",
        "operator": "municipal",
        "title": "Fritidsgården Rymden",
        "summary": "Fritidsgård för unga mellan 12 och 17 år vid Rymdtorget.",
        "street_address": "Rymdtorget 4",
        "postal_code": "415 15",
        "post_town": "Göteborg",
        "lat": 57.753800,
        "lon": 12.070400,
        "phone": "031-365 37 01",
        "email": "rymden@stad.example",
        "hours": [[["mon", "tue", "wed", "thu"], "15:00", "21:00"], [["fri"], "15:00", "23:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet"],
        "paragraphs": [
            (
                "På Rymden finns musikstudio, biljard och ett kök där vi lagar mat tillsammans. "
                "Under loven ordnar vi utflykter och aktiviteter."
            ),
        ],
    },
    {
        "slug": "fritidsgarden-biskopsgarden",
        "section": "fritidsgardar",
        "organisation": "socialforvaltningen-hisingen",
        "unit_type": "fritidsgard",
        "operator": "municipal",
        "title": "Fritidsgården Biskopsgården",
        "summary": "Mötesplats för unga i Biskopsgården med idrott och kultur.",
        "street_address": "Vårväderstorget 4",
        "postal_code": "418 34",
        "post_town": "Göteborg",
        "lat": 57.725000,
        "lon": 11.896500,
        "phone": "031-365 37 02",
        "email": "fritidsgarden.biskopsgarden@stad.example",
        "hours": [[["mon", "tue", "wed", "thu"], "14:00", "21:00"], [["fri"], "14:00", "23:00"]],
        "accessibility": ["step_free_entrance"],
        "paragraphs": [
            (
                "Fritidsgården har en egen idrottssal och en dansstudio. Tjejkväll är det varje "
                "onsdag."
            ),
        ],
    },
    {
        "slug": "fritidsgarden-frolunda",
        "section": "fritidsgardar",
        "organisation": "socialforvaltningen-sydvast",
        "unit_type": "fritidsgard",
        "operator": "municipal",
        "title": "Fritidsgården Frölunda",
        "summary": "Fritidsgård i Frölunda kulturhus för unga mellan 13 och 17 år.",
        "street_address": "Lergöksgatan 8",
        "postal_code": "421 51",
        "post_town": "Västra Frölunda",
        "lat": 57.652800,
        "lon": 11.910300,
        "phone": "031-365 37 03",
        "email": "fritidsgarden.frolunda@stad.example",
        "hours": [[["tue", "wed", "thu"], "15:00", "21:00"], [["fri", "sat"], "16:00", "23:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift"],
        "paragraphs": [
            (
                "Här kan du spela tv-spel, pingis och musik eller bara hänga med kompisar. Vi "
                "samarbetar med biblioteket och teatern i kulturhuset."
            ),
        ],
    },
    # --- Medborgarkontor ------------------------------------------------------------------
    {
        "slug": "medborgarkontor-angered",
        "section": "medborgarkontor",
        "organisation": "socialforvaltningen-nordost",
        "unit_type": "medborgarkontor",
        "operator": "municipal",
        "title": "Medborgarkontor Angered",
        "summary": "Personlig hjälp med frågor till staden och myndigheter i Angered.",
        "street_address": "Angereds torg 5",
        "postal_code": "424 65",
        "post_town": "Angered",
        "lat": 57.796500,
        "lon": 12.048000,
        "phone": "031-365 38 01",
        "email": "medborgarkontor.angered@stad.example",
        "hours": [[["mon", "tue", "wed", "thu"], "09:00", "16:00"], [["fri"], "09:00", "14:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "automatic_doors"],
        "paragraphs": [
            (
                "Du kan få hjälp på svenska, arabiska, somaliska och engelska. Ingen tidsbokning "
                "behövs."
            ),
        ],
    },
    {
        "slug": "medborgarkontor-frolunda",
        "section": "medborgarkontor",
        "organisation": "socialforvaltningen-sydvast",
        "unit_type": "medborgarkontor",
        "operator": "municipal",
        "title": "Medborgarkontor Frölunda",
        "summary": "Personlig hjälp med blanketter och e-tjänster vid Frölunda torg.",
        "street_address": "Frölunda torg 2",
        "postal_code": "421 42",
        "post_town": "Västra Frölunda",
        "lat": 57.653200,
        "lon": 11.910500,
        "phone": "031-365 38 02",
        "email": "medborgarkontor.frolunda@stad.example",
        "hours": [[["mon", "tue", "wed", "thu"], "09:00", "16:00"], [["fri"], "09:00", "14:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "lift", "hearing_loop"],
        "paragraphs": [
            (
                "Här kan du låna dator och skrivare och få hjälp att logga in med BankID. "
                "Personalen hjälper dig också att hitta rätt myndighet."
            ),
        ],
    },
    {
        "slug": "medborgarkontor-lundby",
        "section": "medborgarkontor",
        "organisation": "socialforvaltningen-hisingen",
        "unit_type": "medborgarkontor",
        "operator": "municipal",
        "title": "Medborgarkontor Lundby",
        "summary": "Personlig hjälp med frågor till staden vid Wieselgrensplatsen.",
        "street_address": "Wieselgrensplatsen 2 A",
        "postal_code": "417 17",
        "post_town": "Göteborg",
        "lat": 57.722500,
        "lon": 11.937000,
        "phone": "031-365 38 03",
        "email": "medborgarkontor.lundby@stad.example",
        "hours": [[["mon", "tue", "wed", "thu"], "09:00", "16:00"], [["fri"], "09:00", "14:00"]],
        "accessibility": ["step_free_entrance", "accessible_toilet", "automatic_doors"],
        "paragraphs": [
            (
                "På torsdagar finns energi- och konsumentrådgivare på plats. Du kan också få "
                "hjälp att fylla i ansökan om ekonomiskt bistånd."
            ),
        ],
    },
]
