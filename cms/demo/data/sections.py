"""Demo home page and section tree; parents are listed before their children."""

HOME = {
    "title": "Startsida",
    "summary": (
        "Här hittar du stadens service, nyheter och svar på vanliga frågor, samlat på ett ställe."
    ),
    "paragraphs": [
        (
            "Välkommen till staden. Här kan du ansöka om förskoleplats, söka bygglov, "
            "anmäla fel på gator och läsa om vad som händer där du bor."
        ),
        (
            "Hittar du inte det du letar efter kan du ringa Kontaktcenter på 031-365 00 00. "
            "Vi svarar på frågor om allt som staden ansvarar för."
        ),
    ],
}

SECTIONS = [
    # --- Förskola och skola ---------------------------------------------------------------
    {
        "slug": "forskola-och-skola",
        "title": "Förskola och skola",
        "parent": None,
        "organisation": "grundskoleforvaltningen",
        "topics": ["utbildning"],
        "summary": "Förskola, grundskola, fritidshem och gymnasium i staden.",
        "paragraphs": [
            (
                "Här hittar du information om förskola, grundskola, fritidshem och "
                "gymnasieskola. Du kan ansöka om plats, göra skolval och läsa om hur "
                "skolåret är upplagt."
            ),
        ],
    },
    {
        "slug": "forskola",
        "title": "Förskola",
        "parent": "forskola-och-skola",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola"],
        "summary": "Ansök om förskoleplats, läs om kön och om avgifterna.",
        "paragraphs": [
            (
                "Alla barn från ett års ålder har rätt till förskola. Du kan välja bland "
                "kommunala och fristående förskolor i hela staden."
            ),
        ],
    },
    {
        "slug": "grundskola-och-fritidshem",
        "title": "Grundskola och fritidshem",
        "parent": "forskola-och-skola",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola", "fritidshem"],
        "summary": "Skolval, fritidshem, skolskjuts och modersmål.",
        "paragraphs": [
            (
                "Grundskolan är obligatorisk och gratis för alla barn från förskoleklass "
                "till årskurs 9. Här kan du göra skolval och ansöka om fritidshem."
            ),
            "Du hittar också information om skolskjuts, modersmålsundervisning och skollov.",
        ],
    },
    {
        "slug": "gymnasieskola",
        "title": "Gymnasieskola",
        "parent": "forskola-och-skola",
        "organisation": "utbildningsforvaltningen",
        "topics": ["gymnasieskola"],
        "summary": "Sök till gymnasiet och läs om program och antagning.",
        "paragraphs": [
            (
                "Gymnasieskolan är frivillig men nästan alla unga går den. Du söker till "
                "gymnasiet under våren i årskurs 9."
            ),
        ],
    },
    # --- Bygga och bo ---------------------------------------------------------------------
    {
        "slug": "bygga-och-bo",
        "title": "Bygga och bo",
        "parent": None,
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygga-bo"],
        "summary": "Bygglov, kartor, detaljplaner och hjälp att hitta en bostad.",
        "paragraphs": [
            (
                "Ska du bygga nytt, bygga till eller göra om ditt hus? Här får du veta när "
                "du behöver bygglov och hur du ansöker."
            ),
            (
                "Du kan också beställa kartor, läsa om detaljplaner och söka lägenhet hos "
                "stadens bostadsbolag."
            ),
        ],
    },
    {
        "slug": "bygglov-och-anmalan",
        "title": "Bygglov och anmälan",
        "parent": "bygga-och-bo",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygglov"],
        "summary": "När behöver du bygglov och när räcker det med en anmälan?",
        "paragraphs": [
            (
                "Många åtgärder kräver bygglov, till exempel nya hus och större tillbyggnader. "
                "Vissa mindre åtgärder räcker det att du anmäler."
            ),
        ],
    },
    {
        "slug": "kartor-och-planer",
        "title": "Kartor och detaljplaner",
        "parent": "bygga-och-bo",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["kartor", "detaljplaner"],
        "summary": "Beställ kartor och följ planerna för stadens utveckling.",
        "paragraphs": [
            (
                "Detaljplanen bestämmer vad du får bygga på en fastighet. Här kan du läsa "
                "pågående planer och beställa kartor till din bygglovsansökan."
            ),
        ],
    },
    # --- Trafik och gator -----------------------------------------------------------------
    {
        "slug": "trafik-och-gator",
        "title": "Trafik och gator",
        "parent": None,
        "organisation": "trafikkontoret",
        "topics": ["trafik"],
        "summary": "Parkering, felanmälan, gatuarbeten och färdtjänst.",
        "paragraphs": [
            (
                "Staden sköter gator, cykelbanor, broar och belysning. Här kan du anmäla fel, "
                "söka parkeringstillstånd och läsa om arbeten på gatorna."
            ),
        ],
    },
    {
        "slug": "parkering",
        "title": "Parkering",
        "parent": "trafik-och-gator",
        "organisation": "trafikkontoret",
        "topics": ["parkering"],
        "summary": "Boendeparkering, parkeringstillstånd och platser i garage.",
        "paragraphs": [
            (
                "På stadens gator gäller olika taxor och regler. Bor du i ett område med "
                "boendeparkering kan du parkera billigare nära hemmet."
            ),
        ],
    },
    {
        "slug": "gator-och-parker",
        "title": "Gator, parker och underhåll",
        "parent": "trafik-och-gator",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "summary": "Felanmälan, vinterväghållning och arbeten på gatorna.",
        "paragraphs": [
            (
                "Ser du en trasig lampa, ett hål i gatan eller ett nedfallet träd? Anmäl det "
                "så åtgärdar vi felet så snart vi kan."
            ),
        ],
    },
    # --- Omsorg och stöd ------------------------------------------------------------------
    {
        "slug": "omsorg-och-stod",
        "title": "Omsorg och stöd",
        "parent": None,
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["omsorg"],
        "summary": "Stöd för äldre, ekonomiskt bistånd och hjälp vid funktionsnedsättning.",
        "paragraphs": [
            (
                "Staden ger stöd när du behöver det, oavsett om det gäller hjälp i hemmet, "
                "ekonomi eller en funktionsnedsättning."
            ),
            (
                "Alla ansökningar prövas individuellt och du får alltid ett skriftligt beslut "
                "som du kan överklaga."
            ),
        ],
    },
    {
        "slug": "aldreomsorg",
        "title": "Äldreomsorg",
        "parent": "omsorg-och-stod",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "summary": "Hemtjänst, trygghetslarm och vård- och omsorgsboende.",
        "paragraphs": [
            (
                "Du som är äldre och behöver hjälp i vardagen kan ansöka om stöd. Vi utgår "
                "från dina behov och önskemål."
            ),
        ],
    },
    {
        "slug": "ekonomiskt-stod",
        "title": "Ekonomiskt stöd och rådgivning",
        "parent": "omsorg-och-stod",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["ekonomiskt-stod"],
        "summary": "Ekonomiskt bistånd, budgetrådgivning och skuldrådgivning.",
        "paragraphs": [
            (
                "Om du inte kan försörja dig själv kan du ha rätt till ekonomiskt bistånd. "
                "Du kan också få gratis råd om budget och skulder."
            ),
        ],
    },
    {
        "slug": "stod-vid-funktionsnedsattning",
        "title": "Stöd vid funktionsnedsättning",
        "parent": "omsorg-och-stod",
        "organisation": "trafikkontoret",
        "topics": ["funktionsnedsattning"],
        "summary": "Färdtjänst, bostadsanpassning och parkeringstillstånd.",
        "paragraphs": [
            (
                "Har du en funktionsnedsättning kan du få stöd för att resa, bo och röra dig "
                "i staden på samma villkor som andra."
            ),
        ],
    },
    # --- Kultur och fritid ----------------------------------------------------------------
    {
        "slug": "kultur-och-fritid",
        "title": "Kultur och fritid",
        "parent": None,
        "organisation": "kulturforvaltningen",
        "topics": ["kultur-fritid"],
        "summary": "Bibliotek, idrott, bad, föreningsliv och fritidsgårdar.",
        "paragraphs": [
            (
                "Låna böcker, boka en idrottshall eller hitta en aktivitet för barnen. "
                "Staden har bibliotek, simhallar och fritidsgårdar i alla delar av staden."
            ),
        ],
    },
    {
        "slug": "bibliotek-och-lasning",
        "title": "Bibliotek och läsning",
        "parent": "kultur-och-fritid",
        "organisation": "kulturforvaltningen",
        "topics": ["bibliotek"],
        "summary": "Lånekort, e-böcker och aktiviteter på biblioteken.",
        "paragraphs": [
            (
                "Biblioteken är öppna för alla och det är gratis att låna. Här finns böcker, "
                "tidningar, datorer och en lugn plats att plugga."
            ),
        ],
    },
    {
        "slug": "idrott-och-foreningar",
        "title": "Idrott och föreningar",
        "parent": "kultur-och-fritid",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["idrott", "foreningar"],
        "summary": "Boka idrottslokaler och sök bidrag till din förening.",
        "paragraphs": [
            (
                "Föreningar och privatpersoner kan boka stadens idrottshallar. Föreningar "
                "med verksamhet för barn och unga kan söka bidrag."
            ),
        ],
    },
    # --- Miljö och avfall -----------------------------------------------------------------
    {
        "slug": "miljo-och-avfall",
        "title": "Miljö och avfall",
        "parent": None,
        "organisation": "kretslopp-och-vatten",
        "topics": ["miljo-avfall"],
        "summary": "Sophämtning, återvinning, vatten och avlopp.",
        "paragraphs": [
            (
                "Här hittar du information om sophämtning, återvinningscentraler, grovavfall "
                "och dricksvatten. Tillsammans kan vi minska avfallet och ta vara på resurserna."
            ),
        ],
    },
    {
        "slug": "avfall-och-atervinning",
        "title": "Avfall och återvinning",
        "parent": "miljo-och-avfall",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "summary": "Sophämtning, grovavfall, kompost och återvinningscentraler.",
        "paragraphs": [
            (
                "Sortera ditt avfall hemma och lämna grovavfall och farligt avfall på en "
                "återvinningscentral. Det är gratis för privatpersoner."
            ),
        ],
    },
    {
        "slug": "vatten-och-avlopp",
        "title": "Vatten och avlopp",
        "parent": "miljo-och-avfall",
        "organisation": "kretslopp-och-vatten",
        "topics": ["vatten-avlopp"],
        "summary": "Dricksvatten, enskilt avlopp och tömning av slamavskiljare.",
        "paragraphs": [
            (
                "Stadens dricksvatten kommer från Göta älv och kontrolleras varje dag. Har du "
                "enskilt avlopp ser vi till att slamavskiljaren töms."
            ),
        ],
    },
    # --- Kommun och politik ---------------------------------------------------------------
    {
        "slug": "kommun-och-politik",
        "title": "Kommun och politik",
        "parent": None,
        "organisation": "stadsledningskontoret",
        "topics": ["kommun-politik"],
        "summary": "Så styrs staden, allmänna handlingar, synpunkter och lediga jobb.",
        "paragraphs": [
            (
                "Staden styrs av politiker som du väljer vart fjärde år. Här kan du följa "
                "besluten, begära ut handlingar och lämna synpunkter."
            ),
        ],
    },
    {
        "slug": "sa-styrs-staden",
        "title": "Så styrs staden",
        "parent": "kommun-och-politik",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "summary": "Kommunfullmäktige, nämnder och hur du kan påverka.",
        "paragraphs": [
            (
                "Kommunfullmäktige är stadens högsta beslutande organ. Nämnderna ansvarar för "
                "olika verksamheter och förvaltningarna gör jobbet."
            ),
        ],
    },
    {
        "slug": "insyn-och-allmanna-handlingar",
        "title": "Insyn och allmänna handlingar",
        "parent": "kommun-och-politik",
        "organisation": "stadsledningskontoret",
        "topics": ["allmanna-handlingar"],
        "summary": "Så tar du del av stadens handlingar och diarier.",
        "paragraphs": [
            (
                "Offentlighetsprincipen ger dig rätt att läsa stadens allmänna handlingar. Du "
                "behöver inte tala om vem du är eller varför du vill ha dem."
            ),
        ],
    },
    {
        "slug": "medborgarservice",
        "title": "Medborgarservice",
        "parent": "kommun-och-politik",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati", "vigsel"],
        "summary": "Synpunkter, vigsel och hjälp med dina ärenden.",
        "paragraphs": [
            (
                "Här kan du lämna synpunkter på stadens verksamheter och boka borgerlig vigsel. "
                "Kontaktcenter och medborgarkontoren hjälper dig med andra ärenden."
            ),
        ],
    },
    {
        "slug": "jobba-hos-oss",
        "title": "Jobba hos oss",
        "parent": "kommun-och-politik",
        "organisation": "stadsledningskontoret",
        "topics": ["jobb"],
        "summary": "Lediga jobb, sommarjobb och hur det är att jobba i staden.",
        "paragraphs": [
            (
                "Staden är en av regionens största arbetsgivare med jobb inom skola, vård, "
                "teknik och mycket mer."
            ),
        ],
    },
    {
        "slug": "trygghet-och-krisberedskap",
        "title": "Trygghet och krisberedskap",
        "parent": "kommun-och-politik",
        "organisation": "stadsledningskontoret",
        "topics": ["krisberedskap"],
        "summary": "Så förbereder du dig och så arbetar staden vid kris.",
        "paragraphs": [
            (
                "Staden planerar för att viktiga verksamheter ska fungera även vid kris. Du "
                "kan själv förbereda dig för att klara några dagar utan el och vatten."
            ),
        ],
    },
    # --- Företag och tillstånd ------------------------------------------------------------
    {
        "slug": "foretag-och-tillstand",
        "title": "Företag och tillstånd",
        "parent": None,
        "organisation": "socialforvaltningen-centrum",
        "topics": ["foretag", "tillstand"],
        "summary": "Serveringstillstånd och andra tillstånd för företag.",
        "paragraphs": [
            (
                "Driver du eller ska du starta ett företag? Här hittar du tillstånd som staden "
                "ansvarar för, till exempel serveringstillstånd."
            ),
        ],
    },
    # --- Nyheter, blogg, frågor och svar ----------------------------------------------------
    {
        "slug": "nyheter",
        "title": "Nyheter",
        "parent": None,
        "organisation": "stadsledningskontoret",
        "topics": [],
        "summary": "Aktuella nyheter från stadens förvaltningar och bolag.",
        "paragraphs": [
            "Här publicerar vi nyheter om stadens service, beslut och händelser.",
        ],
    },
    {
        "slug": "bloggen",
        "title": "Bloggen",
        "parent": None,
        "organisation": "stadsledningskontoret",
        "topics": [],
        "summary": "Medarbetare berättar om sitt arbete i staden.",
        "paragraphs": [
            (
                "I bloggen skriver stadens medarbetare om vardagen i verksamheterna, om nya "
                "arbetssätt och om det som händer bakom kulisserna."
            ),
        ],
    },
    {
        "slug": "fragor-och-svar",
        "title": "Frågor och svar",
        "parent": None,
        "organisation": "stadsledningskontoret",
        "topics": [],
        "summary": "Svar på de frågor som invånare oftast ställer till staden.",
        "paragraphs": [
            (
                "Här har vi samlat svar på vanliga frågor till Kontaktcenter. Hittar du inte "
                "svaret är du välkommen att ringa 031-365 00 00."
            ),
        ],
    },
    # --- Hitta verksamhet -----------------------------------------------------------------
    {
        "slug": "hitta-verksamhet",
        "title": "Hitta verksamhet",
        "parent": None,
        "organisation": "stadsledningskontoret",
        "topics": [],
        "summary": "Förskolor, skolor, bibliotek, bad och andra verksamheter nära dig.",
        "paragraphs": [
            (
                "Sök bland stadens förskolor, skolor, äldreboenden, bibliotek och andra "
                "verksamheter. Du ser adress, öppettider och tillgänglighet för varje plats."
            ),
        ],
    },
    {
        "slug": "forskolor",
        "title": "Förskolor",
        "parent": "hitta-verksamhet",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola"],
        "summary": "Kommunala och fristående förskolor i staden.",
        "paragraphs": [
            "Här hittar du förskolor i alla stadsdelar, både kommunala och fristående.",
        ],
    },
    {
        "slug": "skolor",
        "title": "Skolor",
        "parent": "hitta-verksamhet",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola", "gymnasieskola"],
        "summary": "Grundskolor och gymnasieskolor i staden.",
        "paragraphs": [
            (
                "Här hittar du stadens grundskolor och gymnasieskolor, både kommunala och "
                "fristående."
            ),
        ],
    },
    {
        "slug": "aldreboenden",
        "title": "Äldreboenden",
        "parent": "hitta-verksamhet",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "summary": "Vård- och omsorgsboenden för dig som är äldre.",
        "paragraphs": [
            (
                "Stadens vård- och omsorgsboenden har personal dygnet runt. Du kan önska "
                "vilket boende du vill bo på."
            ),
        ],
    },
    {
        "slug": "bibliotek",
        "title": "Bibliotek",
        "parent": "hitta-verksamhet",
        "organisation": "kulturforvaltningen",
        "topics": ["bibliotek"],
        "summary": "Stadsbiblioteket och stadsdelsbiblioteken.",
        "paragraphs": [
            "Det finns bibliotek i alla delar av staden. Med ett lånekort kan du låna på alla.",
        ],
    },
    {
        "slug": "idrott-och-bad",
        "title": "Idrott och bad",
        "parent": "hitta-verksamhet",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["idrott"],
        "summary": "Simhallar och idrottshallar.",
        "paragraphs": [
            "Här hittar du stadens simhallar och idrottshallar med öppettider och adress.",
        ],
    },
    {
        "slug": "atervinningscentraler",
        "title": "Återvinningscentraler",
        "parent": "hitta-verksamhet",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "summary": "Lämna grovavfall, elavfall och farligt avfall.",
        "paragraphs": [
            (
                "På återvinningscentralerna kan du som privatperson lämna grovavfall, elavfall "
                "och farligt avfall utan kostnad."
            ),
        ],
    },
    {
        "slug": "fritidsgardar",
        "title": "Fritidsgårdar",
        "parent": "hitta-verksamhet",
        "organisation": "socialforvaltningen-nordost",
        "topics": ["fritidsgardar"],
        "summary": "Mötesplatser för unga på kvällar och lov.",
        "paragraphs": [
            (
                "På fritidsgårdarna kan du som är mellan 12 och 17 år träffa kompisar, spela, "
                "laga mat och prova nya saker tillsammans med vuxna fritidsledare."
            ),
        ],
    },
    {
        "slug": "medborgarkontor",
        "title": "Medborgarkontor",
        "parent": "hitta-verksamhet",
        "organisation": "socialforvaltningen-nordost",
        "topics": ["demokrati"],
        "summary": "Personlig hjälp med blanketter, e-tjänster och frågor till myndigheter.",
        "paragraphs": [
            (
                "På medborgarkontoren får du hjälp att fylla i blanketter, använda e-tjänster "
                "och hitta rätt bland stadens och myndigheternas service."
            ),
        ],
    },
]
