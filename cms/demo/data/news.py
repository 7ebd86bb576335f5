"""Demo news items and blog posts from the city's administrations."""

NEWS = [
    {
        "slug": "skolvalet-oppnar",
        "section": "nyheter",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola"],
        "title": "Nu öppnar skolvalet till förskoleklass och årskurs 7",
        "date": "2026-01-12",
        "summary": "Mellan 12 och 31 januari kan du välja skola inför hösten.",
        "paragraphs": [
            (
                "Har du ett barn som börjar förskoleklass eller årskurs 7 i höst är det dags att "
                "göra skolval. Valet görs i e-tjänsten med BankID och båda vårdnadshavarna "
                "behöver godkänna det."
            ),
            (
                "Du kan välja upp till fem skolor. Besked om placering skickas ut i april. Om du "
                "inte gör något val får ditt barn plats på en skola nära hemmet."
            ),
        ],
    },
    {
        "slug": "ny-forskola-i-kvillebacken",
        "section": "nyheter",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola"],
        "title": "Ny förskola i Kvillebäcken öppnar i augusti",
        "date": "2026-01-20",
        "summary": "Förskolan får sex avdelningar och plats för 110 barn.",
        "paragraphs": [
            (
                "I augusti öppnar en ny förskola i Kvillebäcken. Den får sex avdelningar, ett "
                "eget tillagningskök och en gård med både lekplats och odlingar."
            ),
            (
                "Du kan redan nu önska den nya förskolan när du ansöker om förskoleplats. "
                "Förskolan heter tillfälligt Kvillebäckens nya förskola tills barnen har fått "
                "vara med och välja namn."
            ),
        ],
    },
    {
        "slug": "snorojningen-gar-for-fullt",
        "section": "nyheter",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Snöröjningen går för fullt efter helgens snöfall",
        "date": "2026-01-26",
        "summary": "Över 300 fordon arbetar dygnet runt med att ploga och sanda.",
        "paragraphs": [
            (
                "Efter helgens kraftiga snöfall arbetar över 300 fordon med att röja gator, "
                "cykelbanor och gångvägar. Huvudgator och busslinjer prioriteras först."
            ),
            (
                "Vi räknar med att alla bostadsgator är plogade under tisdagen. Hjälp gärna till "
                "genom att inte parkera så att plogbilarna hindras."
            ),
        ],
    },
    {
        "slug": "ansok-om-sommarjobb",
        "section": "nyheter",
        "organisation": "stadsledningskontoret",
        "topics": ["jobb"],
        "title": "Nu kan unga söka sommarjobb hos staden",
        "date": "2026-02-02",
        "summary": "Staden erbjuder 3 000 sommarjobb för unga mellan 16 och 18 år.",
        "paragraphs": [
            (
                "Ansökan till stadens sommarjobb är öppen till och med den 15 mars. Jobben finns "
                "inom bland annat äldreomsorg, parker, bibliotek och fritidsverksamhet."
            ),
            (
                "Sommarjobbet är tre veckor långt med lön. Alla som söker i tid deltar i en "
                "lottning och besked kommer i april."
            ),
        ],
    },
    {
        "slug": "ansok-om-ekonomiskt-bistand-med-bankid",
        "section": "nyheter",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["ekonomiskt-stod"],
        "title": "Nu kan du ansöka om ekonomiskt bistånd med BankID",
        "date": "2026-02-10",
        "summary": "Den nya e-tjänsten gör det enklare att ansöka och skicka in underlag.",
        "paragraphs": [
            (
                "Från och med i dag kan du ansöka om ekonomiskt bistånd i en ny e-tjänst. Du "
                "loggar in med BankID och kan fotografera kvitton och skicka in dem direkt."
            ),
            (
                "I e-tjänsten ser du också när ditt ärende är klart. Du som inte vill eller kan "
                "använda e-tjänsten kan fortfarande ansöka på papper eller besöka mottagningen."
            ),
        ],
    },
    {
        "slug": "gratis-aktiviteter-pa-sportlovet",
        "section": "nyheter",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["idrott", "fritidsgardar"],
        "title": "Gratis aktiviteter för barn och unga på sportlovet",
        "date": "2026-02-16",
        "summary": "Prova skridskor, klättring, simning och pyssel under sportlovsveckan.",
        "paragraphs": [
            (
                "Under sportlovet ordnar staden och föreningarna över 200 gratis aktiviteter för "
                "barn och unga. Det finns allt från skridskoåkning och klättring till teater och "
                "pyssel på biblioteken."
            ),
            (
                "De flesta aktiviteter kräver ingen anmälan. Simhallarna har extra långa "
                "öppettider under lovet."
            ),
        ],
    },
    {
        "slug": "andra-ditt-gymnasieval",
        "section": "nyheter",
        "organisation": "utbildningsforvaltningen",
        "topics": ["gymnasieskola"],
        "title": "Du kan fortfarande ändra ditt gymnasieval",
        "date": "2026-03-03",
        "summary": "Ansökan har stängt, men du kan ändra dina val fram till den 15 maj.",
        "paragraphs": [
            (
                "Över 9 000 elever har sökt till gymnasiet i vår. Om du har ångrat dig kan du "
                "ändra ordningen på dina val eller lägga till nya fram till den 15 maj."
            ),
            (
                "Prata gärna med din studie- och yrkesvägledare innan du ändrar. Preliminära "
                "antagningsresultat kommer i april."
            ),
        ],
    },
    {
        "slug": "andrade-tomningsdagar-i-pask",
        "section": "nyheter",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "title": "Ändrade tömningsdagar under påsken",
        "date": "2026-03-30",
        "summary": "Långfredag och annandag påsk töms inga kärl. Tömningen flyttas en dag.",
        "paragraphs": [
            (
                "Under påskveckan flyttas tömningen av sopkärl. Kärl som skulle ha tömts på "
                "långfredagen töms i stället på lördagen. Annandagens tömning görs på tisdagen."
            ),
            (
                "Återvinningscentralerna har öppet som vanligt på påskafton men är stängda på "
                "påskdagen."
            ),
        ],
    },
    {
        "slug": "samrad-detaljplan-selma-lagerlofs-torg",
        "section": "nyheter",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["detaljplaner"],
        "title": "Tyck till om nya bostäder vid Selma Lagerlöfs torg",
        "date": "2026-03-18",
        "summary": "Förslaget ger plats för 600 nya bostäder, en skola och ett torg.",
        "paragraphs": [
            (
                "Ett förslag till ny detaljplan för området kring Selma Lagerlöfs torg i Backa är "
                "nu ute på samråd. Planen ger plats för cirka 600 bostäder, en ny skola och ett "
                "större torg."
            ),
            (
                "Du kan lämna synpunkter fram till den 30 april. Den 9 april finns planarkitekter "
                "på plats i Backa bibliotek för att svara på frågor."
            ),
        ],
    },
    {
        "slug": "ny-cykelbana-pa-linnegatan",
        "section": "nyheter",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Ny cykelbana på Linnégatan",
        "date": "2026-04-08",
        "summary": "I maj börjar arbetet med en dubbelriktad cykelbana längs Linnégatan.",
        "paragraphs": [
            (
                "Trafikkontoret bygger en ny cykelbana längs Linnégatan mellan Järntorget och "
                "Linnéplatsen. Arbetet pågår från maj till oktober."
            ),
            (
                "Under arbetet tas en del parkeringsplatser bort tillfälligt. Gående och "
                "cyklister leds förbi arbetsplatsen och butikerna har öppet som vanligt."
            ),
        ],
    },
    {
        "slug": "kortare-handlaggningstider-for-bygglov",
        "section": "nyheter",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygglov"],
        "title": "Kortare väntan på bygglov",
        "date": "2026-04-22",
        "summary": "Den genomsnittliga handläggningstiden för bygglov har halverats på ett år.",
        "paragraphs": [
            (
                "För ett år sedan tog det i genomsnitt tio veckor att få bygglov. Nu är "
                "genomsnittet fem veckor för en komplett ansökan."
            ),
            (
                "Förbättringen beror på en ny e-tjänst som hjälper dig att skicka in rätt "
                "handlingar från början, och på fler handläggare."
            ),
            "Boka gärna ett rådgivningssamtal innan du ansöker. Då blir det ännu enklare.",
        ],
    },
    {
        "slug": "nya-parkeringsavgifter-i-centrum",
        "section": "nyheter",
        "organisation": "trafikkontoret",
        "topics": ["parkering"],
        "title": "Nya parkeringsavgifter i centrum från 1 juni",
        "date": "2026-05-04",
        "summary": "Avgiften för att parkera på gatan i centrum höjs till 40 kronor i timmen.",
        "paragraphs": [
            (
                "Från den 1 juni kostar det 40 kronor i timmen att parkera på gatan inom "
                "Vallgraven och i Vasastaden. Syftet är att fler ska välja garage och "
                "kollektivtrafik."
            ),
            (
                "Avgiften för boendeparkering ändras inte. Du som har parkeringstillstånd för "
                "rörelsehindrade parkerar fortfarande utan avgift på gatan."
            ),
        ],
    },
    {
        "slug": "anmal-till-sommarens-simskola",
        "section": "nyheter",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["idrott"],
        "title": "Anmäl ditt barn till sommarens gratis simskola",
        "date": "2026-05-12",
        "summary": "Simskolan hålls utomhus på sju platser i staden under juni och juli.",
        "paragraphs": [
            (
                "Alla barn som har fyllt sex år och ännu inte kan simma kan gå i gratis simskola "
                "i sommar. Simskolan hålls vid sju badplatser och i två utomhusbad."
            ),
            (
                "Anmälan öppnar den 18 maj i bokningens e-tjänst. Platserna fördelas efter "
                "anmälningsordning."
            ),
        ],
    },
    {
        "slug": "sommarboken-2026",
        "section": "nyheter",
        "organisation": "kulturforvaltningen",
        "topics": ["bibliotek"],
        "title": "Sommarboken: läs fem böcker och få en bok",
        "date": "2026-05-20",
        "summary": "Bibliotekens läsutmaning för barn mellan 6 och 12 år startar i juni.",
        "paragraphs": [
            (
                "Hämta ett läspass på valfritt bibliotek och läs minst fem böcker under sommaren. "
                "När du lämnar in passet får du välja en bok att behålla."
            ),
            "I augusti firar vi alla som har läst med en avslutningsfest på Stadsbiblioteket.",
        ],
    },
    {
        "slug": "vattenledningsarbete-pa-karl-johansgatan",
        "section": "nyheter",
        "organisation": "kretslopp-och-vatten",
        "topics": ["vatten-avlopp"],
        "title": "Vattenledningsarbete på Karl Johansgatan",
        "date": "2026-05-28",
        "summary": (
            "Gamla vattenledningar byts ut under sommaren. Vattnet kan stängas av kortare stunder."
        ),
        "paragraphs": [
            (
                "Vi byter ut vatten- och avloppsledningar från 1930-talet under Karl "
                "Johansgatan. Arbetet pågår från juni till september."
            ),
            (
                "De som bor i området kan få vattnet avstängt några timmar vid enstaka tillfällen. "
                "Vi meddelar berörda hushåll minst två dagar i förväg."
            ),
        ],
    },
    {
        "slug": "nationaldagen-i-slottsskogen",
        "section": "nyheter",
        "organisation": "kulturforvaltningen",
        "topics": ["kultur-fritid"],
        "title": "Fira nationaldagen i Slottsskogen",
        "date": "2026-06-01",
        "summary": "Musik, tal och välkomnande av nya svenska medborgare den 6 juni.",
        "paragraphs": [
            (
                "Den 6 juni firar vi nationaldagen i Slottsskogen med musik, tal och "
                "aktiviteter för barn. Firandet börjar klockan 13."
            ),
            (
                "Alla som har blivit svenska medborgare under året är särskilt välkomna och får "
                "ett diplom och en blomma."
            ),
        ],
    },
    {
        "slug": "medborgarkontorens-oppettider-i-sommar",
        "section": "nyheter",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Medborgarkontorens öppettider i sommar",
        "date": "2026-06-15",
        "summary": "Från 29 juni till 7 augusti har medborgarkontoren kortare öppettider.",
        "paragraphs": [
            (
                "Under sommaren har medborgarkontoren öppet måndag till torsdag 10 till 15 och är "
                "stängda på fredagar. Kontaktcenter har öppet som vanligt."
            ),
            (
                "Behöver du hjälp med en e-tjänst en fredag kan du ringa Kontaktcenter eller "
                "besöka Stadsbiblioteket, där personal hjälper dig att logga in och fylla i."
            ),
        ],
    },
    {
        "slug": "rad-vid-varmebolja",
        "section": "nyheter",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg", "krisberedskap"],
        "title": "Råd vid värmebölja",
        "date": "2026-06-24",
        "summary": "Äldre och sjuka är extra känsliga för värme. Så kan du hjälpa till.",
        "paragraphs": [
            (
                "SMHI varnar för höga temperaturer de kommande dagarna. Drick mycket vatten, håll "
                "dig i skuggan och vädra när det är svalare ute."
            ),
            (
                "Hör gärna av dig till äldre släktingar och grannar. Hemtjänsten och boendena "
                "har extra rutiner under värmeböljor."
            ),
        ],
    },
    {
        "slug": "badvattnet-provtas-varje-vecka",
        "section": "nyheter",
        "organisation": "kretslopp-och-vatten",
        "topics": ["miljo-avfall"],
        "title": "Badvattnet provtas varje vecka",
        "date": "2026-07-08",
        "summary": "Vattnet vid stadens badplatser håller god kvalitet.",
        "paragraphs": [
            (
                "Under badsäsongen tar vi prover på vattnet vid stadens badplatser varje vecka. "
                "Just nu har alla badplatser bra eller tjänligt vatten."
            ),
            (
                "Efter kraftiga regn kan bakterier tillfälligt öka. Då sätter vi upp skyltar på "
                "badplatsen och publicerar information på webbplatsen."
            ),
        ],
    },
    {
        "slug": "valkommen-tillbaka-till-skolan",
        "section": "nyheter",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola"],
        "title": "Välkommen tillbaka till skolan den 19 augusti",
        "date": "2026-08-10",
        "summary": "Över 60 000 elever börjar det nya läsåret i stadens grundskolor.",
        "paragraphs": [
            (
                "Onsdagen den 19 augusti börjar höstterminen. För många barn i förskoleklass är "
                "det första dagen i skolan, och vårdnadshavare är välkomna att följa med."
            ),
            (
                "Tänk på att trafiken runt skolorna ökar. Gå eller cykla gärna till skolan om ni "
                "kan."
            ),
        ],
    },
    {
        "slug": "enklare-att-gora-felanmalan",
        "section": "nyheter",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Enklare att göra felanmälan",
        "date": "2026-08-20",
        "summary": "I den nya e-tjänsten markerar du felet på en karta och följer ärendet.",
        "paragraphs": [
            (
                "Nu kan du anmäla fel på gator, belysning och i parker genom att markera platsen "
                "på en karta och ladda upp en bild."
            ),
            (
                "Du får ett ärendenummer och besked när felet är åtgärdat. Du kan fortfarande "
                "ringa in felanmälan dygnet runt."
            ),
        ],
    },
    {
        "slug": "fortidsrosta-pa-biblioteken",
        "section": "nyheter",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Förtidsrösta på biblioteken",
        "date": "2026-08-26",
        "summary": "Från den 26 augusti kan du förtidsrösta i valet på flera bibliotek.",
        "paragraphs": [
            (
                "Den 13 september är det val till riksdag, region och kommunfullmäktige. Du kan "
                "förtidsrösta på bland annat Stadsbiblioteket, Frölunda bibliotek och Angereds "
                "bibliotek."
            ),
            (
                "Ta med ditt röstkort och giltig legitimation. Du kan rösta i vilken röstlokal "
                "som helst i hela landet under förtidsröstningen."
            ),
        ],
    },
    {
        "slug": "rekordmanga-foreningar-fick-bidrag",
        "section": "nyheter",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["foreningar"],
        "title": "Rekordmånga föreningar fick aktivitetsbidrag",
        "date": "2026-09-07",
        "summary": "I år fick 640 föreningar bidrag för sin verksamhet för barn och unga.",
        "paragraphs": [
            (
                "Aldrig tidigare har så många föreningar fått aktivitetsbidrag. Totalt fördelades "
                "48 miljoner kronor till föreningar med verksamhet för barn och unga."
            ),
            (
                "Flest nya föreningar finns inom dans, e-sport och kampsport. Nästa ansökan "
                "stänger den 25 februari."
            ),
        ],
    },
    {
        "slug": "langre-oppettider-pa-alelyckan",
        "section": "nyheter",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "title": "Längre öppettider på Alelyckans återvinningscentral",
        "date": "2026-09-21",
        "summary": "Från oktober har Alelyckan öppet till klockan 20 på vardagar.",
        "paragraphs": [
            (
                "Många har önskat att kunna lämna avfall senare på kvällen. Från den 1 oktober "
                "har därför Alelyckans återvinningscentral öppet till 20 måndag till torsdag."
            ),
            (
                "Återbruket utökas också så att du kan lämna fler saker som kan användas igen, "
                "till exempel byggmaterial och cyklar."
            ),
        ],
    },
    {
        "slug": "krisberedskapsveckan-2026",
        "section": "nyheter",
        "organisation": "stadsledningskontoret",
        "topics": ["krisberedskap"],
        "title": "Krisberedskapsveckan: är du redo?",
        "date": "2026-09-28",
        "summary": "Under veckan visar staden hur du kan förbereda dig för en kris.",
        "paragraphs": [
            (
                "Under krisberedskapsveckan finns staden på plats på flera torg och bibliotek. "
                "Du kan prova att laga mat utan el och få tips om vad du bör ha hemma."
            ),
            (
                "Vi visar också var stadens trygghetspunkter finns. Dit kan du gå för att få "
                "information och hjälp om el, telefon och internet slutar fungera."
            ),
        ],
    },
    {
        "slug": "digitala-las-i-hemtjansten",
        "section": "nyheter",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "title": "Digitala lås införs i hemtjänsten",
        "date": "2026-10-12",
        "summary": "Hemtjänstpersonalen slipper hantera nycklar och du får ökad trygghet.",
        "paragraphs": [
            (
                "Under hösten får alla som har hemtjänst erbjudande om ett digitalt lås. "
                "Personalen öppnar med en app och varje besök loggas."
            ),
            (
                "Låset monteras på insidan av dörren och du använder din vanliga nyckel som "
                "förut. Det kostar ingenting för dig."
            ),
        ],
    },
    {
        "slug": "gatorna-forbereds-for-vintern",
        "section": "nyheter",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Gatorna förbereds för vintern",
        "date": "2026-10-20",
        "summary": "Plogbilar och sandlådor är på plats inför vintersäsongen.",
        "paragraphs": [
            (
                "Från och med den 1 november har vi beredskap för snö och halka dygnet runt. "
                "Sandlådor ställs ut vid backar och trappor i hela staden."
            ),
            (
                "Tänk på att du som äger en villa ansvarar för att gångbanan utanför din tomt är "
                "fri från snö och is."
            ),
        ],
    },
    {
        "slug": "hostlov-pa-fritidsgardarna",
        "section": "nyheter",
        "organisation": "socialforvaltningen-nordost",
        "topics": ["fritidsgardar"],
        "title": "Höstlov på fritidsgårdarna",
        "date": "2026-10-28",
        "summary": "Fritidsgårdarna har extra öppet och ordnar utflykter under höstlovet.",
        "paragraphs": [
            (
                "Under höstlovsveckan har fritidsgårdarna öppet från klockan 12. Det blir "
                "bowling, matlagning, film och en gemensam resa till Liseberg."
            ),
            "Aktiviteterna är gratis. För utflykter behöver du anmäla dig på din fritidsgård.",
        ],
    },
    {
        "slug": "budget-for-2027",
        "section": "nyheter",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Kommunfullmäktige beslutar om budget för 2027",
        "date": "2026-11-05",
        "summary": "Den 19 november debatteras stadens budget. Sammanträdet sänds direkt.",
        "paragraphs": [
            (
                "Budgeten bestämmer hur mycket pengar förskola, skola, omsorg och andra "
                "verksamheter får nästa år. Det är det första budgetbeslutet efter valet."
            ),
            (
                "Sammanträdet är öppet för allmänheten och börjar klockan 9 i rådhuset. Du kan "
                "också följa det direkt på webbplatsen."
            ),
        ],
    },
    {
        "slug": "julbelysningen-tands",
        "section": "nyheter",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar", "kultur-fritid"],
        "title": "Julbelysningen tänds i centrum",
        "date": "2026-11-13",
        "summary": "Den 21 november tänds julbelysningen längs Avenyn och i Nordstaden.",
        "paragraphs": [
            (
                "Lördagen den 21 november tänds stadens julbelysning. Belysningen består av "
                "energisnåla lampor och lyser fram till trettondagen."
            ),
            "På Gustaf Adolfs torg blir det körsång och glögg när ljusen tänds klockan 16.",
        ],
    },
]

BLOG_POSTS = [
    {
        "slug": "en-dag-pa-kontaktcenter",
        "section": "bloggen",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "En dag på Kontaktcenter",
        "date": "2026-01-22",
        "author_name": "Handläggare, Kontaktcenter",
        "summary": "Från förskoleköer till trasiga gatlampor. Så ser en vanlig dag ut hos oss.",
        "paragraphs": [
            (
                "Klockan 8 öppnar telefonerna och de första samtalen handlar ofta om snöröjning "
                "eller sophämtning. Vi tar emot omkring 2 000 samtal en vanlig dag."
            ),
            (
                "Vår ambition är att lösa så mycket som möjligt direkt. Till vår hjälp har vi en "
                "kunskapsbank med svar på de vanligaste frågorna. När vi inte kan hjälpa till "
                "kopplar vi vidare till rätt förvaltning."
            ),
            (
                "Det bästa med jobbet är när någon ringer orolig och lägger på lugnare. Då vet "
                "jag att vi har gjort skillnad."
            ),
        ],
    },
    {
        "slug": "maten-lagas-fran-grunden",
        "section": "bloggen",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola"],
        "title": "Därför lagar vi maten från grunden på förskolan",
        "date": "2026-02-19",
        "author_name": "Kock, Förskoleförvaltningen",
        "summary": "Barnen äter bättre när de får vara med och se hur maten blir till.",
        "paragraphs": [
            (
                "I vårt kök lagar vi lunch till 90 barn varje dag. Nästan allt görs från grunden, "
                "från köttbullarna till tomatsåsen."
            ),
            (
                "En gång i veckan får en grupp barn baka bröd med mig. Det är fantastiskt att se "
                "hur barn som annars inte äter bröd plötsligt vill ha en andra bit."
            ),
        ],
    },
    {
        "slug": "sa-planerar-vi-snorojningen",
        "section": "bloggen",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Så planerar vi snöröjningen",
        "date": "2026-02-27",
        "author_name": "Driftledare, Trafikkontoret",
        "summary": "Väderprognoser, prioriteringar och en jour som aldrig sover.",
        "paragraphs": [
            (
                "Redan i oktober börjar vi förbereda vintern. Entreprenörerna ska ha fordon på "
                "plats och vi går igenom vilka gator som ska prioriteras."
            ),
            (
                "När det börjar snöa följer vi väderstationer runt om i staden minut för minut. "
                "Busslinjer och cykelstråk kommer först, sedan bostadsgatorna."
            ),
            (
                "Det svåraste är när det växlar mellan plusgrader och minus. Då blir det "
                "snabbt halt och vi sandar samma gator flera gånger."
            ),
        ],
    },
    {
        "slug": "bakom-kulisserna-pa-stadsbiblioteket",
        "section": "bloggen",
        "organisation": "kulturforvaltningen",
        "topics": ["bibliotek"],
        "title": "Bakom kulisserna på Stadsbiblioteket",
        "date": "2026-03-24",
        "author_name": "Bibliotekarie, Kulturförvaltningen",
        "summary": "Vart tar böckerna vägen när du har lämnat tillbaka dem?",
        "paragraphs": [
            (
                "Varje dag lämnas ungefär 4 000 böcker tillbaka på Stadsbiblioteket. Ett "
                "sorteringsband läser av varje bok och skickar den till rätt låda."
            ),
            (
                "Sedan åker böckerna ut till hyllorna eller vidare till något av de andra "
                "biblioteken där någon har reserverat dem. På så sätt delar alla bibliotek på "
                "samma samling."
            ),
        ],
    },
    {
        "slug": "vad-hander-med-ditt-matavfall",
        "section": "bloggen",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "title": "Vad händer med ditt matavfall?",
        "date": "2026-04-29",
        "author_name": "Kommunikatör, Kretslopp och vatten",
        "summary": "Från den bruna påsen till biogas i bussarna.",
        "paragraphs": [
            (
                "Matavfallet du sorterar hemma körs till en förbehandlingsanläggning där det "
                "mals till en slurry. Den rötas sedan till biogas."
            ),
            (
                "Biogasen används som bränsle i stadsbussar och sopbilar. Det som blir kvar blir "
                "gödsel till jordbruket. En påse matavfall räcker för att köra en bil ungefär två "
                "kilometer."
            ),
        ],
    },
    {
        "slug": "darfor-skriver-vi-klarsprak",
        "section": "bloggen",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Därför skriver vi klarspråk",
        "date": "2026-06-10",
        "author_name": "Kommunikatör, Stadsledningskontoret",
        "summary": "Texter som alla förstår sparar tid för både invånare och medarbetare.",
        "paragraphs": [
            (
                "Enligt språklagen ska språket i offentlig verksamhet vara vårdat, enkelt och "
                "begripligt. Men det handlar också om respekt för den som läser."
            ),
            (
                "När vi skrev om brevet om förskoleplacering minskade antalet samtal med frågor "
                "om brevet med en tredjedel. Korta meningar och vardagliga ord gör stor skillnad."
            ),
        ],
    },
    {
        "slug": "ett-ar-som-bistandshandlaggare",
        "section": "bloggen",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "title": "Ett år som biståndshandläggare",
        "date": "2026-08-13",
        "author_name": "Biståndshandläggare, Äldre samt vård- och omsorgsförvaltningen",
        "summary": "Om hembesök, svåra samtal och att se hela människan.",
        "paragraphs": [
            (
                "Mitt jobb är att tillsammans med den som söker hjälp ta reda på vad den behöver. "
                "Ofta träffas vi hemma hos personen, och ofta är en anhörig med."
            ),
            (
                "Det viktigaste jag har lärt mig är att lyssna. Behoven handlar inte bara om "
                "städning och dusch, utan också om ensamhet och att få komma ut."
            ),
        ],
    },
    {
        "slug": "hur-en-detaljplan-blir-till",
        "section": "bloggen",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["detaljplaner"],
        "title": "Hur en detaljplan blir till",
        "date": "2026-09-03",
        "author_name": "Planarkitekt, Stadsbyggnadsförvaltningen",
        "summary": "Från första skiss till antagen plan tar det ofta två år.",
        "paragraphs": [
            (
                "En detaljplan börjar med ett uppdrag från byggnadsnämnden. Vi utreder allt från "
                "trafik och buller till dagvatten och naturvärden."
            ),
            (
                "Samrådet är den viktigaste delen för mig. Det är då de som bor i området kan "
                "berätta saker som inte syns på kartan, som var barnen brukar leka."
            ),
            (
                "Efter granskning antas planen och kan börja gälla. Först då kan bygglov ges för "
                "de nya husen."
            ),
        ],
    },
    {
        "slug": "simskola-for-vuxna",
        "section": "bloggen",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["idrott"],
        "title": "Det är aldrig för sent att lära sig simma",
        "date": "2026-09-24",
        "author_name": "Simlärare, Idrotts- och föreningsförvaltningen",
        "summary": "I vår vuxensimskola är den äldsta eleven 74 år.",
        "paragraphs": [
            (
                "Många vuxna skäms för att de inte kan simma. I vår simskola möter de andra i "
                "samma situation och det brukar släppa redan första gången."
            ),
            (
                "Vi börjar med att vänja oss vid vattnet och att flyta. Efter tio gånger kan de "
                "flesta simma 25 meter, och glädjen då går inte att beskriva."
            ),
        ],
    },
    {
        "slug": "fredagskvall-pa-fritidsgarden",
        "section": "bloggen",
        "organisation": "socialforvaltningen-nordost",
        "topics": ["fritidsgardar"],
        "title": "En fredagskväll på fritidsgården",
        "date": "2026-10-16",
        "author_name": "Fritidsledare, Socialförvaltningen Nordost",
        "summary": "Pingis, tacos och samtal om livet.",
        "paragraphs": [
            (
                "På fredagar har vi öppet till 23 och då kommer ofta 80 ungdomar. Några spelar "
                "pingis, andra spelar musik i studion och några hjälper till i köket."
            ),
            (
                "Som fritidsledare är jag en vuxen som finns där. Många samtal om skola, "
                "kompisar och framtid sker vid diskbänken eller pingisbordet."
            ),
        ],
    },
    {
        "slug": "invanare-testar-e-tjanster",
        "section": "bloggen",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Invånare testar våra e-tjänster",
        "date": "2026-11-10",
        "author_name": "Tjänstedesigner, Stadsledningskontoret",
        "summary": "Innan en ny e-tjänst lanseras får invånare prova den.",
        "paragraphs": [
            (
                "Vi bjuder in invånare i olika åldrar och med olika förutsättningar att prova nya "
                "e-tjänster. Vi sitter bredvid och ser var det blir svårt."
            ),
            (
                "När vi testade felanmälan upptäckte vi att många inte hittade knappen för att "
                "lägga till en bild. Efter en liten ändring klarade alla det."
            ),
        ],
    },
]
