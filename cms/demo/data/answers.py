"""Demo answers: everyday questions to the contact center and what to say."""

ANSWERS = [
    {
        "slug": "hur-lang-ar-kon-till-forskolan",
        "section": "fragor-och-svar",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola"],
        "title": "Kön till förskolan",
        "question": "Hur länge måste vi stå i kö för att få en förskoleplats?",
        "short_answer": (
            "Du får ett erbjudande om plats inom fyra månader från det datum du har ansökt om. "
            "Det är lagens krav och staden håller det. Plats på en av de förskolor du önskat "
            "kan ta längre tid."
        ),
        "full_answer": [
            (
                "Staden erbjuder alltid en plats inom fyra månader. Om det inte finns plats på "
                "de förskolor du har önskat får du ett erbjudande på en annan förskola så nära "
                "hemmet som möjligt."
            ),
            (
                "Du kan tacka ja till erbjudandet och ändå stå kvar i kö till den förskola du "
                "helst vill ha."
            ),
        ],
        "forward_when": "Om vårdnadshavaren vill veta var i kön en viss ansökan står.",
        "forward_to": "forskoleforvaltningen",
        "forward_contact": "placeringsenheten-forskola",
    },
    {
        "slug": "vad-kostar-forskolan",
        "section": "fragor-och-svar",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola"],
        "title": "Avgift för förskola",
        "question": "Vad kostar det att ha barn i förskolan?",
        "short_answer": (
            "Avgiften beror på hushållets inkomst och hur många barn du har i förskola. För "
            "det första barnet är avgiften högst 1 688 kronor i månaden."
        ),
        "full_answer": [
            (
                "Avgiften är en procentsats av hushållets sammanlagda inkomst före skatt, men "
                "aldrig mer än maxtaxan. För andra och tredje barnet är avgiften lägre och för "
                "fjärde barnet betalar du ingenting."
            ),
            (
                "Du måste lämna uppgift om inkomst när du får plats och meddela om inkomsten "
                "ändras. Staden gör kontroller i efterhand."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "byta-skola",
        "section": "fragor-och-svar",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola"],
        "title": "Byta skola",
        "question": "Mitt barn trivs inte i skolan. Kan vi byta skola mitt i läsåret?",
        "short_answer": (
            "Ja, du kan ansöka om skolbyte när som helst under året i e-tjänsten för skolval. "
            "Ditt barn kan byta när det finns en ledig plats på den skola ni önskar."
        ),
        "full_answer": [
            (
                "Prata gärna med rektor eller elevhälsan först. Ibland går det att lösa problemen "
                "på den skola där barnet går."
            ),
            (
                "Om ni vill byta gör båda vårdnadshavarna en ansökan i e-tjänsten. Ni får "
                "besked när en plats blir ledig."
            ),
        ],
        "forward_when": "Om det gäller kränkningar eller om barnet inte går till skolan alls.",
        "forward_to": "grundskoleforvaltningen",
        "forward_contact": "skolval",
    },
    {
        "slug": "sjukanmala-barn-i-skolan",
        "section": "fragor-och-svar",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola"],
        "title": "Sjukanmäla barn",
        "question": "Hur sjukanmäler jag mitt barn i skolan?",
        "short_answer": (
            "Du sjukanmäler ditt barn i skolans app eller lärplattform före klockan 8 varje "
            "dag som barnet är sjukt. Om du inte har tillgång till appen kan du ringa skolans "
            "expedition."
        ),
        "full_answer": [
            (
                "Sjukanmälan behöver göras för varje dag. Har ditt barn även plats på fritidshem "
                "gäller anmälan för fritids också."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "nar-borjar-skolan-efter-sommarlovet",
        "section": "fragor-och-svar",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola"],
        "title": "Skolstart efter sommarlovet",
        "question": "När börjar skolan efter sommarlovet?",
        "short_answer": (
            "Höstterminen 2026 börjar onsdagen den 19 augusti för stadens kommunala "
            "grundskolor. Fristående skolor kan ha andra datum."
        ),
        "full_answer": [
            (
                "Alla lov och studiedagar för läsåret finns i läsårstiderna på webbplatsen. "
                "Fritidshemmet är öppet som vanligt dagarna före skolstart för barn som har plats."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "nar-toms-soporna",
        "section": "fragor-och-svar",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "title": "När töms soporna",
        "question": "Vilken dag töms soptunnan hos mig?",
        "short_answer": (
            "Om du bor i villa eller radhus ser du din tömningsdag i e-tjänsten Mina sidor "
            "avfall. Bor du i lägenhet är det din hyresvärd eller förening som bestämmer "
            "schemat."
        ),
        "full_answer": [
            (
                "Kärlen töms oftast varannan vecka, men det beror på vilket abonnemang du har. "
                "Ställ ut kärlet senast klockan 6 på tömningsdagen med handtaget utåt."
            ),
            (
                "Vid helgdagar kan tömningen flyttas en dag. Information om ändrade dagar "
                "publiceras i nyheterna."
            ),
        ],
        "forward_when": "Om kärlet inte har tömts på ordinarie dag.",
        "forward_to": "kretslopp-och-vatten",
        "forward_contact": "kundservice-kretslopp",
    },
    {
        "slug": "grovavfall-for-dig-i-lagenhet",
        "section": "fragor-och-svar",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "title": "Grovavfall i lägenhet",
        "question": "Jag bor i lägenhet. Var gör jag av en gammal soffa?",
        "short_answer": (
            "Fråga först din hyresvärd, många har grovsoprum. Annars kan du lämna soffan "
            "gratis på en återvinningscentral eller vid en mobil återvinningscentral som kommer "
            "till ditt område."
        ),
        "full_answer": [
            (
                "De mobila återvinningscentralerna besöker olika stadsdelar på kvällar och helger. "
                "Schemat finns på webbplatsen."
            ),
            (
                "Om soffan är hel kan du också skänka den till en second hand-butik eller lämna "
                "den i återbruket på återvinningscentralen."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "oppettider-atervinningscentral",
        "section": "fragor-och-svar",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "title": "Öppettider återvinningscentral",
        "question": "När har återvinningscentralerna öppet?",
        "short_answer": (
            "De flesta återvinningscentraler har öppet vardagar 10 till 19 och helger 9 till 16. "
            "Öppettiderna för varje central finns under Hitta verksamhet."
        ),
        "full_answer": [
            (
                "Det är gratis för privatpersoner att lämna avfall. Du får köra in med personbil, "
                "även med släpvagn. Företag behöver ett särskilt passerkort."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "ar-kranvattnet-sakert",
        "section": "fragor-och-svar",
        "organisation": "kretslopp-och-vatten",
        "topics": ["vatten-avlopp"],
        "title": "Dricksvattnets kvalitet",
        "question": "Kan jag dricka vattnet från kranen?",
        "short_answer": (
            "Ja. Stadens dricksvatten kontrolleras varje dag och håller mycket god kvalitet. "
            "Om vattnet luktar eller har konstig färg kan du kontakta Kundservice avfall och "
            "vatten."
        ),
        "full_answer": [
            (
                "Vattnet tas från Göta älv och renas i två vattenverk. Vi tar prover både vid "
                "vattenverken och ute i ledningsnätet."
            ),
            (
                "Brunt vatten beror oftast på arbeten i ledningsnätet. Spola kallvatten en stund "
                "så brukar det bli klart igen."
            ),
        ],
        "forward_when": "Om invånaren misstänker att vattnet har gjort någon sjuk.",
        "forward_to": "kretslopp-och-vatten",
        "forward_contact": "kundservice-kretslopp",
    },
    {
        "slug": "vattnet-ar-avstangt",
        "section": "fragor-och-svar",
        "organisation": "kretslopp-och-vatten",
        "topics": ["vatten-avlopp"],
        "title": "Vattnet är avstängt",
        "question": "Det kommer inget vatten ur kranen. Vad har hänt?",
        "short_answer": (
            "Kontrollera först om grannarna också saknar vatten. Pågående vattenläckor och "
            "planerade avstängningar visas på webbplatsen. Bor du i lägenhet, kontakta även "
            "din fastighetsägare."
        ),
        "full_answer": [
            (
                "Vid planerade arbeten får de som berörs information några dagar i förväg. Vid "
                "en läcka försöker vi att hålla avstängningen så kort som möjligt och ställer "
                "ut vattentankar om det behövs."
            ),
        ],
        "forward_when": "Om det inte finns någon känd läcka eller avstängning i området.",
        "forward_to": "kretslopp-och-vatten",
        "forward_contact": "kundservice-kretslopp",
    },
    {
        "slug": "hur-lang-tid-tar-bygglov",
        "section": "fragor-och-svar",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygglov"],
        "title": "Handläggningstid för bygglov",
        "question": "Hur lång tid tar det att få bygglov?",
        "short_answer": (
            "Du ska få beslut inom tio veckor från det att ansökan är komplett. Tiden kan "
            "förlängas med tio veckor till om ärendet är svårt. Oftast går det fortare för "
            "enkla ärenden."
        ),
        "full_answer": [
            (
                "Du får en bekräftelse när ansökan har kommit in. Inom tre veckor hör vi av oss "
                "om något saknas. Tiden börjar räknas först när allt finns på plats."
            ),
            (
                "Om beslutet dröjer längre än tio veckor utan att vi har förlängt tiden sänks "
                "avgiften."
            ),
        ],
        "forward_when": "Om den sökande vill veta status i ett pågående ärende.",
        "forward_to": "stadsbyggnadsforvaltningen",
        "forward_contact": "bygglovsenheten",
    },
    {
        "slug": "bygglov-for-altan",
        "section": "fragor-och-svar",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygglov"],
        "title": "Bygglov för altan",
        "question": "Behöver jag bygglov för att bygga en altan?",
        "short_answer": (
            "Oftast inte. En altan som är lägre än 1,2 meter över marken och ligger minst 4,5 "
            "meter från tomtgränsen behöver inget bygglov. Gäller din fastighet särskilda "
            "regler kan det ändå krävas."
        ),
        "full_answer": [
            (
                "Om altanen ligger närmare tomtgränsen behöver grannen godkänna den. Ett tak "
                "över altanen räknas som en tillbyggnad och kan kräva bygglov eller anmälan."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "bygglov-for-staket-och-plank",
        "section": "fragor-och-svar",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygglov"],
        "title": "Staket och plank",
        "question": "Får jag sätta upp ett plank mot grannen utan bygglov?",
        "short_answer": (
            "Ett genomsiktligt staket som är lägre än 1,1 meter behöver inget bygglov. Ett "
            "plank eller en mur kräver oftast bygglov, men ett kortare plank nära huset kan "
            "vara undantaget."
        ),
        "full_answer": [
            (
                "Prata gärna med grannen först. Om du är osäker kan du boka ett rådgivningssamtal "
                "med bygglovsenheten."
            ),
        ],
        "forward_when": "Om frågan gäller en specifik fastighet i ett kulturhistoriskt område.",
        "forward_to": "stadsbyggnadsforvaltningen",
        "forward_contact": "bygglovsenheten",
    },
    {
        "slug": "trasig-gatubelysning",
        "section": "fragor-och-svar",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Trasig gatubelysning",
        "question": "Gatlampan utanför mitt hus är trasig. Vart vänder jag mig?",
        "short_answer": (
            "Gör en felanmälan i e-tjänsten eller ring Felanmälan gata och park, som har öppet "
            "dygnet runt. Ange gärna numret som sitter på lyktstolpen."
        ),
        "full_answer": [
            (
                "En enstaka trasig lampa lagas oftast inom två veckor. Om flera lampor i rad är "
                "släckta eller en stolpe är skadad åtgärdar vi det snabbare."
            ),
            "Belysning på privata gårdar och i bostadsområden är fastighetsägarens ansvar.",
        ],
        "forward_when": "Om en stolpe har vält eller det finns risk för elolycka.",
        "forward_to": "trafikkontoret",
        "forward_contact": "felanmalan-gata-park",
    },
    {
        "slug": "nar-plogas-min-gata",
        "section": "fragor-och-svar",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Snöröjning",
        "question": "När plogas min gata?",
        "short_answer": (
            "Vi plogar först huvudgator, busslinjer och prioriterade cykelvägar. Bostadsgator "
            "plogas när snödjupet är över tio centimeter och oftast inom ett dygn efter att "
            "snöfallet upphört."
        ),
        "full_answer": [
            (
                "Gångbanor vid villor ska fastighetsägaren hålla rena från snö och is. Gator som "
                "ägs av samfälligheter sköts av samfälligheten."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "vem-tar-bort-klotter",
        "section": "fragor-och-svar",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Klotter",
        "question": "Vem tar bort klotter på en busskur eller en bro?",
        "short_answer": (
            "Klotter på stadens broar, tunnlar och gatumöbler anmäler du i e-tjänsten för "
            "felanmälan. Kränkande klotter tar vi bort inom ett dygn, övrigt inom en vecka."
        ),
        "full_answer": [
            (
                "Klotter på privata hus och staket ansvarar fastighetsägaren för. Busskurer sköts "
                "av kollektivtrafikbolaget, men du kan anmäla till oss så skickar vi vidare."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "fatt-en-parkeringsanmarkning",
        "section": "fragor-och-svar",
        "organisation": "stadens-parkering",
        "topics": ["parkering"],
        "title": "Parkeringsanmärkning",
        "question": "Jag har fått en parkeringsbot som jag tycker är fel. Vad gör jag?",
        "short_answer": (
            "Du kan bestrida en felparkeringsavgift som Stadens Parkering har utfärdat. Gör det "
            "i deras e-tjänst och betala inte avgiften medan ärendet prövas."
        ),
        "full_answer": [
            (
                "Beskriv varför du anser att avgiften är fel och bifoga gärna bilder eller "
                "kvitton. Om bestridandet avslås skickas det vidare till polisen för prövning."
            ),
            (
                "Gäller det en kontrollavgift på en privat parkering ska du i stället kontakta det "
                "bolag som har utfärdat den."
            ),
        ],
        "forward_when": "Om invånaren vill veta hur ett pågående ärende går.",
        "forward_to": "stadens-parkering",
        "forward_contact": "kundservice-parkering",
    },
    {
        "slug": "tid-for-parkeringstillstand",
        "section": "fragor-och-svar",
        "organisation": "trafikkontoret",
        "topics": ["parkering", "funktionsnedsattning"],
        "title": "Väntetid parkeringstillstånd",
        "question": "Hur lång tid tar det att få parkeringstillstånd för rörelsehindrade?",
        "short_answer": (
            "Handläggningstiden är cirka sex veckor från att vi har fått en komplett ansökan med "
            "läkarintyg. Om du ansöker om förnyelse, skicka in ansökan i god tid innan det "
            "gamla tillståndet går ut."
        ),
        "full_answer": [
            (
                "Ibland behöver vi komplettera med fler uppgifter från dig eller din läkare. Då "
                "blir handläggningstiden längre."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "boka-fardtjanstresa",
        "section": "fragor-och-svar",
        "organisation": "trafikkontoret",
        "topics": ["fardtjanst"],
        "title": "Boka färdtjänstresa",
        "question": "Hur bokar jag en resa med färdtjänst?",
        "short_answer": (
            "Du bokar resan i färdtjänstens app eller på telefon, som har öppet dygnet runt. "
            "Boka gärna en timme innan du vill åka. Ha ditt färdtjänstnummer redo."
        ),
        "full_answer": [
            (
                "Återkommande resor, till exempel till arbete eller daglig verksamhet, kan du "
                "boka en gång för en längre period."
            ),
        ],
        "forward_when": "Om resenären vill klaga på en resa som redan har gjorts.",
        "forward_to": "trafikkontoret",
        "forward_contact": "fardtjanst",
    },
    {
        "slug": "hjalp-att-betala-hyran",
        "section": "fragor-och-svar",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["ekonomiskt-stod"],
        "title": "Hjälp att betala hyran",
        "question": "Jag har inte råd att betala hyran den här månaden. Kan jag få hjälp?",
        "short_answer": (
            "Du kan ansöka om ekonomiskt bistånd om du inte kan betala hyran på annat sätt. "
            "Kontakta mottagningen för ekonomiskt bistånd där du bor så snart som möjligt, "
            "helst innan hyran förfaller."
        ),
        "full_answer": [
            (
                "Prata också med din hyresvärd. Många hyresvärdar kan gå med på en "
                "avbetalningsplan om du hör av dig i tid."
            ),
            (
                "Om du riskerar att bli vräkt kan socialtjänsten hjälpa dig att hitta en lösning. "
                "Du kan även få gratis budget- och skuldrådgivning."
            ),
        ],
        "forward_when": "Om invånaren har fått ett brev om uppsägning eller vräkning.",
        "forward_to": "socialforvaltningen-centrum",
        "forward_contact": "ekonomiskt-bistand-centrum",
    },
    {
        "slug": "hjalp-med-skulder",
        "section": "fragor-och-svar",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["ekonomiskt-stod"],
        "title": "Skuldrådgivning",
        "question": "Jag har skulder som jag inte klarar att betala. Finns det hjälp?",
        "short_answer": (
            "Ja, staden har kostnadsfri budget- och skuldrådgivning. En rådgivare hjälper dig att "
            "få en överblick, kontakta fordringsägare och vid behov ansöka om skuldsanering."
        ),
        "full_answer": [
            (
                "Rådgivningen är frivillig och du kan vara anonym vid första samtalet. "
                "Rådgivarna har tystnadsplikt."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "orolig-for-ett-barn",
        "section": "fragor-och-svar",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["barn-familj"],
        "title": "Orolig för ett barn",
        "question": "Jag är orolig för att ett barn i min närhet far illa. Vad ska jag göra?",
        "short_answer": (
            "Du kan göra en orosanmälan till socialtjänsten i den stadsdel där barnet bor. Du "
            "kan vara anonym. Om barnet är i akut fara, ring 112."
        ),
        "full_answer": [
            (
                "Socialtjänsten bedömer om barnet behöver skydd eller stöd. Du behöver inte vara "
                "säker på att barnet far illa, det räcker att du är orolig."
            ),
            "Efter kontorstid når du socialjouren via Kontaktcenter eller 112.",
        ],
        "forward_when": "Alltid när någon vill göra en orosanmälan.",
        "forward_to": "socialforvaltningen-centrum",
        "forward_contact": None,
    },
    {
        "slug": "hur-far-jag-hemtjanst",
        "section": "fragor-och-svar",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "title": "Få hemtjänst",
        "question": "Min pappa behöver hjälp hemma. Hur gör vi för att få hemtjänst?",
        "short_answer": (
            "Din pappa eller du som anhörig, med hans samtycke, kan kontakta Biståndshandläggning "
            "äldre. En handläggare gör ett hembesök och utreder vilken hjälp han behöver."
        ),
        "full_answer": [
            (
                "Efter beslutet kan din pappa välja vilken utförare av hemtjänst han vill ha. "
                "Hjälpen kan ändras om behoven ändras."
            ),
        ],
        "forward_when": "Om den äldre redan har hemtjänst och är missnöjd med hjälpen.",
        "forward_to": "aldre-vard-och-omsorgsforvaltningen",
        "forward_contact": "bistandshandlaggning-aldre",
    },
    {
        "slug": "besokstider-aldreboende",
        "section": "fragor-och-svar",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "title": "Besöka äldreboende",
        "question": "Finns det besökstider på äldreboendena?",
        "short_answer": (
            "Nej, på stadens vård- och omsorgsboenden får du hälsa på när du vill. Det är din "
            "anhörigs hem. Tänk på att inte komma på besök om du är förkyld."
        ),
        "full_answer": [
            "Kvällar och nätter är ytterdörren låst. Ring på så öppnar personalen.",
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "tappat-lanekortet",
        "section": "fragor-och-svar",
        "organisation": "kulturforvaltningen",
        "topics": ["bibliotek"],
        "title": "Tappat lånekort",
        "question": "Jag har tappat mitt lånekort. Vad gör jag?",
        "short_answer": (
            "Spärra kortet direkt genom att logga in på bibliotekets webbplats eller ringa "
            "Bibliotekens kundtjänst. Du får ett nytt kort på valfritt bibliotek mot en avgift "
            "på 20 kronor."
        ),
        "full_answer": [
            (
                "Du ansvarar för lån som görs med ditt kort tills du har spärrat det. Dina lån "
                "och reservationer flyttas över till det nya kortet."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "simskola-for-barn",
        "section": "fragor-och-svar",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["idrott"],
        "title": "Simskola",
        "question": "Hur anmäler jag mitt barn till simskola?",
        "short_answer": (
            "Stadens simhallar har simskola för barn från fem år. Anmälan görs i bokningens "
            "e-tjänst och öppnar i augusti för hösten och i december för våren."
        ),
        "full_answer": [
            (
                "Under sommarlovet finns gratis simskola utomhus på flera platser i staden. Många "
                "simklubbar har också simskola."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "nar-kan-foreningen-soka-bidrag",
        "section": "fragor-och-svar",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["foreningar"],
        "title": "Söka föreningsbidrag",
        "question": "När kan vår förening söka bidrag från staden?",
        "short_answer": (
            "Aktivitetsbidrag söks två gånger per år, senast 25 februari och 25 augusti. "
            "Projektbidrag kan sökas löpande. Föreningen behöver vara registrerad hos staden."
        ),
        "full_answer": [
            (
                "Registreringen görs i föreningsportalen. Där lämnar föreningen stadgar, "
                "årsmötesprotokoll och uppgifter om medlemmar."
            ),
        ],
        "forward_when": "Om föreningen har frågor om ett beslut om bidrag.",
        "forward_to": "idrotts-och-foreningsforvaltningen",
        "forward_contact": "foreningsstod",
    },
    {
        "slug": "hur-far-jag-ut-en-handling",
        "section": "fragor-och-svar",
        "organisation": "stadsledningskontoret",
        "topics": ["allmanna-handlingar"],
        "title": "Få ut en handling",
        "question": "Jag vill läsa ett beslut som staden har fattat. Hur får jag det?",
        "short_answer": (
            "Du kan begära ut handlingen i e-tjänsten eller via e-post till registrator. Beskriv "
            "vilket beslut det gäller. Du behöver inte tala om vem du är."
        ),
        "full_answer": [
            (
                "Protokoll från nämnder och kommunfullmäktige publiceras också på webbplatsen. "
                "Där kan du ofta läsa besluten direkt."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "overklaga-ett-beslut",
        "section": "fragor-och-svar",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Överklaga beslut",
        "question": "Jag har fått avslag på min ansökan. Hur överklagar jag?",
        "short_answer": (
            "I beslutet står hur du överklagar och inom vilken tid. Oftast skickar du ett brev "
            "till den förvaltning som fattade beslutet inom tre veckor från att du fick det."
        ),
        "full_answer": [
            (
                "Skriv vilket beslut du överklagar, hur du vill att det ska ändras och varför. "
                "Förvaltningen prövar först om beslutet ska ändras och skickar annars "
                "överklagandet vidare till domstolen."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "kontakta-en-politiker",
        "section": "fragor-och-svar",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Kontakta politiker",
        "question": "Hur kan jag kontakta en politiker i staden?",
        "short_answer": (
            "Du hittar kontaktuppgifter till ledamöterna i kommunfullmäktige och nämnderna på "
            "webbplatsen. Du kan också mejla eller ringa de politiska partiernas kanslier."
        ),
        "full_answer": [
            (
                "Kommunfullmäktiges sammanträden är öppna för allmänheten och sänds också direkt. "
                "Där finns en frågestund där invånare kan ställa frågor."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "sommarjobb-for-unga",
        "section": "fragor-och-svar",
        "organisation": "stadsledningskontoret",
        "topics": ["jobb"],
        "title": "Sommarjobb",
        "question": "Mitt barn är 16 år. Kan hon få sommarjobb i staden?",
        "short_answer": (
            "Ja, staden erbjuder sommarjobb för unga mellan 16 och 18 år som är folkbokförda i "
            "staden. Ansökan öppnar i februari och stänger i mars."
        ),
        "full_answer": [
            (
                "Sommarjobbet är tre veckor långt och finns inom till exempel äldreomsorg, parker "
                "och fritidsverksamhet. Alla som söker i tid får inte jobb, urvalet görs genom "
                "lottning."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "sa-forbereder-du-dig-for-kris",
        "section": "fragor-och-svar",
        "organisation": "stadsledningskontoret",
        "topics": ["krisberedskap"],
        "title": "Förbereda sig för kris",
        "question": "Hur kan jag förbereda mig om det blir strömavbrott länge?",
        "short_answer": (
            "Ha hemma det du behöver för att klara dig en vecka: vatten, mat som inte behöver "
            "lagas, värme, en radio med batterier och kontanter."
        ),
        "full_answer": [
            (
                "Vid en större kris informerar staden på webbplatsen, i sociala medier och via "
                "lokalradion. Trygghetspunkter öppnar i stadsdelarna där du kan få information "
                "och hjälp."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "tid-for-serveringstillstand",
        "section": "fragor-och-svar",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["tillstand"],
        "title": "Tid för serveringstillstånd",
        "question": "Jag ska öppna restaurang. Hur lång tid tar det att få serveringstillstånd?",
        "short_answer": (
            "Räkna med upp till åtta veckor från att ansökan är komplett. Skicka in ansökan i "
            "god tid före öppningen och boka kunskapsprovet tidigt."
        ),
        "full_answer": [
            (
                "Under handläggningen hämtar vi in yttranden från bland annat polisen, "
                "Skatteverket och räddningstjänsten. Saknas handlingar blir tiden längre."
            ),
        ],
        "forward_when": "Om sökanden har frågor om ett pågående ärende.",
        "forward_to": "socialforvaltningen-centrum",
        "forward_contact": "tillstandsenheten",
    },
    {
        "slug": "hjalp-av-tolk",
        "section": "fragor-och-svar",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Tolk",
        "question": (
            "Jag talar inte så bra svenska. Kan jag få tolk när jag har kontakt med staden?"
        ),
        "short_answer": (
            "Ja, du har rätt till tolk när du har ett ärende hos staden. Säg till när du bokar "
            "ett möte så ordnar vi en tolk. Det kostar inget för dig."
        ),
        "full_answer": [
            (
                "Kontaktcenter och medborgarkontoren kan hjälpa dig på flera språk. En del "
                "information på webbplatsen finns också på engelska och arabiska."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
    {
        "slug": "ska-flytta-meddela-staden",
        "section": "fragor-och-svar",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Flytta",
        "question": "Jag ska flytta inom staden. Måste jag meddela er?",
        "short_answer": (
            "Du anmäler flytten till Skatteverket, så uppdateras din adress hos staden "
            "automatiskt. Har du barn i förskola eller skola, tala också om det för förskolan "
            "eller skolan."
        ),
        "full_answer": [
            (
                "Har du ett avfallsabonnemang, boendeparkering eller hemtjänst kan du behöva "
                "ändra det separat. Kontakta respektive verksamhet."
            ),
        ],
        "forward_when": "",
        "forward_to": None,
        "forward_contact": None,
    },
]
