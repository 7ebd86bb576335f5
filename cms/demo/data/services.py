"""Demo services: what citizens can apply for, report or book, and how."""

SERVICES = [
    # --- Förskola och skola ---------------------------------------------------------------
    {
        "slug": "ansok-om-forskoleplats",
        "section": "forskola",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola"],
        "contact": "placeringsenheten-forskola",
        "title": "Ansök om förskoleplats",
        "summary": "Du kan ansöka om förskoleplats när ditt barn är några månader gammalt.",
        "what": [
            (
                "Förskolan är till för barn från ett år tills de börjar förskoleklass. Barnen "
                "leker, lär sig och utvecklas tillsammans med andra barn och utbildad personal."
            ),
            (
                "Du kan önska upp till fem förskolor, både kommunala och fristående. Vi "
                "erbjuder en plats inom fyra månader från det datum du vill att ditt barn "
                "ska börja."
            ),
        ],
        "audience": (
            "Du som är vårdnadshavare, är folkbokförd i staden och har ett barn som är "
            "mellan ett och fem år."
        ),
        "how_to_apply": (
            "Du ansöker i e-tjänsten med BankID. Ansök senast fyra månader innan du behöver "
            "platsen. Har ni två vårdnadshavare ska båda godkänna ansökan."
        ),
        "eservice_form_slug": "ansokan-forskoleplats",
        "fees": (
            "Avgiften beror på hushållets inkomst och är högst 1 688 kronor i månaden för "
            "det första barnet. Från hösten det år barnet fyller tre år ingår 15 timmar i "
            "veckan utan kostnad."
        ),
        "processing_time": "Erbjudande inom fyra månader",
        "processing_days": 120,
        "faq": [
            (
                "Kan jag byta förskola senare?",
                "Ja, du kan ansöka om byte när som helst. Ditt barn behåller sin plats tills "
                "ni fått en ny.",
            ),
            (
                "Vad händer om jag tackar nej till erbjudandet?",
                "Om du tackar nej tas ansökan bort och du behöver göra en ny ansökan.",
            ),
        ],
    },
    {
        "slug": "sag-upp-forskoleplats",
        "section": "forskola",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola"],
        "contact": "placeringsenheten-forskola",
        "title": "Säg upp förskoleplats",
        "summary": "Så säger du upp platsen när ditt barn ska sluta på förskolan.",
        "what": [
            (
                "När ditt barn ska sluta på förskolan behöver du säga upp platsen. Det gäller "
                "också om ni flyttar till en annan kommun."
            ),
            (
                "Uppsägningstiden är två månader och du betalar avgift under hela "
                "uppsägningstiden, även om barnet inte är på förskolan."
            ),
        ],
        "audience": "Du som är vårdnadshavare till ett barn med plats i kommunal förskola.",
        "how_to_apply": (
            "Du säger upp platsen i e-tjänsten. Barn som börjar förskoleklass behöver inte "
            "sägas upp, platsen avslutas automatiskt."
        ),
        "eservice_form_slug": "uppsagning-forskoleplats",
        "fees": "Det kostar inget att säga upp platsen.",
        "processing_time": "Direkt",
        "processing_days": None,
        "faq": [],
    },
    {
        "slug": "skolval-grundskola",
        "section": "grundskola-och-fritidshem",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola"],
        "contact": "skolval",
        "title": "Skolval grundskola",
        "summary": "Välj vilken skola ditt barn ska gå i inför förskoleklass och årskurs 7.",
        "what": [
            (
                "Alla barn får en plats i en kommunal skola nära hemmet. Inför förskoleklass "
                "och årskurs 7 kan du välja vilka skolor du helst vill att ditt barn ska gå i."
            ),
            (
                "Du kan välja upp till fem skolor och rangordna dem. Om det finns fler sökande "
                "än platser går syskonförtur och närhet till skolan först."
            ),
        ],
        "audience": (
            "Du som är vårdnadshavare till ett barn som ska börja förskoleklass eller årskurs 7."
        ),
        "how_to_apply": (
            "Skolvalet görs i e-tjänsten under januari. Båda vårdnadshavarna behöver godkänna "
            "valet."
        ),
        "eservice_form_slug": "skolval",
        "fees": "Det kostar inget att göra skolval.",
        "processing_time": "Besked i april",
        "processing_days": None,
        "faq": [
            (
                "Måste jag göra ett skolval?",
                "Nej. Om du inte gör ett val får ditt barn en plats på en kommunal skola nära "
                "hemmet.",
            ),
            (
                "Kan jag byta skola mitt i terminen?",
                "Ja, du kan ansöka om skolbyte under hela året. Bytet sker när det finns en "
                "ledig plats.",
            ),
        ],
    },
    {
        "slug": "ansok-om-fritidshem",
        "section": "grundskola-och-fritidshem",
        "organisation": "grundskoleforvaltningen",
        "topics": ["fritidshem"],
        "contact": "skolval",
        "title": "Ansök om fritidshem",
        "summary": "Fritidshem för barn i förskoleklass upp till årskurs 3 före och efter skolan.",
        "what": [
            (
                "På fritidshemmet är ditt barn före och efter skoldagen och på loven. Barnen "
                "leker, skapar och rör sig tillsammans med fritidspedagoger."
            ),
            (
                "Fritidshemmet finns oftast på samma skola som ditt barn går i. För barn i "
                "årskurs 4 till 6 finns öppen fritidsverksamhet."
            ),
        ],
        "audience": (
            "Du som förvärvsarbetar eller studerar och har ett barn i förskoleklass till årskurs 3."
        ),
        "how_to_apply": (
            "Du ansöker i e-tjänsten, gärna minst en månad innan ditt barn behöver platsen."
        ),
        "eservice_form_slug": "ansokan-fritidshem",
        "fees": (
            "Avgiften beror på hushållets inkomst och är högst 1 125 kronor i månaden för "
            "det första barnet."
        ),
        "processing_time": "Cirka två veckor",
        "processing_days": 14,
        "faq": [
            (
                "Kan mitt barn gå på fritids under loven om vi inte har plats annars?",
                "Nej, du behöver ha en plats på fritidshemmet för att ditt barn ska kunna vara "
                "där på loven.",
            ),
        ],
    },
    {
        "slug": "ansok-om-skolskjuts",
        "section": "grundskola-och-fritidshem",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola"],
        "contact": "skolskjuts",
        "title": "Ansök om skolskjuts",
        "summary": "Ditt barn kan få busskort eller skolskjuts om vägen till skolan är lång.",
        "what": [
            (
                "Barn som har lång väg till den skola kommunen har placerat dem i kan få "
                "busskort eller skolskjuts. Avståndet mäts från hemmet till skolan."
            ),
            (
                "Gränsen är två kilometer för förskoleklass till årskurs 3, tre kilometer för "
                "årskurs 4 till 6 och fyra kilometer för årskurs 7 till 9."
            ),
            (
                "Barn som behöver skolskjuts på grund av en funktionsnedsättning kan också få "
                "det, oavsett avstånd."
            ),
        ],
        "audience": (
            "Du som är vårdnadshavare till ett barn i grundskolan eller anpassade grundskolan."
        ),
        "how_to_apply": (
            "Ansök i e-tjänsten senast den 1 maj inför kommande läsår. Bifoga intyg om ditt "
            "barn behöver skolskjuts av medicinska skäl."
        ),
        "eservice_form_slug": "ansokan-skolskjuts",
        "fees": "Skolskjuts och busskort är gratis.",
        "processing_time": "Cirka fyra veckor",
        "processing_days": 28,
        "faq": [
            (
                "Får mitt barn skolskjuts om vi har valt en skola längre bort?",
                "Oftast inte. Om du har valt en annan skola än den kommunen erbjudit har du "
                "bara rätt till skolskjuts om det inte kostar mer för staden.",
            ),
        ],
    },
    {
        "slug": "modersmalsundervisning",
        "section": "grundskola-och-fritidshem",
        "organisation": "grundskoleforvaltningen",
        "topics": ["modersmal", "grundskola"],
        "contact": "modersmalsenheten",
        "title": "Modersmålsundervisning",
        "summary": "Barn som talar ett annat språk hemma kan få undervisning i sitt modersmål.",
        "what": [
            (
                "Om ditt barn talar ett annat språk än svenska med någon vårdnadshavare varje "
                "dag kan barnet få modersmålsundervisning i skolan."
            ),
            (
                "Undervisningen är oftast en gång i veckan och ges efter skoldagens slut eller "
                "i samband med den. Vi erbjuder undervisning i ett sextiotal språk."
            ),
        ],
        "audience": "Elever i grundskolan som har ett annat modersmål än svenska.",
        "how_to_apply": (
            "Du ansöker i e-tjänsten. Ansökan gäller tills du säger upp den. Ansök senast den "
            "15 april inför hösten."
        ),
        "eservice_form_slug": "ansokan-modersmal",
        "fees": "Modersmålsundervisningen är gratis.",
        "processing_time": "Start vid terminsstart",
        "processing_days": None,
        "faq": [
            (
                "Hur många elever behövs för att undervisningen ska starta?",
                "Det behövs minst fem elever i staden som läser samma språk. För nationella "
                "minoritetsspråk gäller inte den gränsen.",
            ),
        ],
    },
    {
        "slug": "sok-till-gymnasiet",
        "section": "gymnasieskola",
        "organisation": "utbildningsforvaltningen",
        "topics": ["gymnasieskola"],
        "contact": "gymnasieantagningen",
        "title": "Sök till gymnasiet",
        "summary": "Så söker du till gymnasieskolan under våren i årskurs 9.",
        "what": [
            (
                "Du söker till gymnasiet i en gemensam ansökan för alla skolor i regionen, "
                "både kommunala och fristående."
            ),
            (
                "Du rangordnar de program och skolor du vill gå på. Antagningen görs efter dina "
                "betyg från årskurs 9."
            ),
        ],
        "audience": "Du som går i årskurs 9 eller är under 20 år och inte har gått gymnasiet.",
        "how_to_apply": (
            "Ansökan görs i antagningens e-tjänst mellan 15 januari och 15 februari. Du kan "
            "ändra dina val fram till i maj."
        ),
        "eservice_form_slug": "",
        "fees": "Gymnasieskolan är gratis.",
        "processing_time": "Preliminärt besked i april, slutligt i juli",
        "processing_days": None,
        "faq": [],
    },
    # --- Bygga och bo ---------------------------------------------------------------------
    {
        "slug": "ansok-om-bygglov",
        "section": "bygglov-och-anmalan",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygglov"],
        "contact": "bygglovsenheten",
        "title": "Ansök om bygglov",
        "summary": "Du behöver bygglov för att bygga nytt, bygga till eller ändra användning.",
        "what": [
            (
                "Bygglov krävs bland annat när du bygger ett nytt hus, gör en tillbyggnad, "
                "byter färg på fasaden eller sätter upp en större skylt."
            ),
            (
                "Vi prövar om det du vill bygga följer detaljplanen och passar in i omgivningen. "
                "Grannar kan få möjlighet att lämna synpunkter."
            ),
            "När du har fått bygglov behöver du också ett startbesked innan du får börja bygga.",
        ],
        "audience": (
            "Du som äger en fastighet eller har fått fastighetsägarens tillåtelse att bygga."
        ),
        "how_to_apply": (
            "Du ansöker i e-tjänsten och bifogar ritningar, situationsplan och en "
            "beskrivning av vad du ska bygga. Boka gärna ett rådgivningssamtal först."
        ),
        "eservice_form_slug": "ansokan-bygglov",
        "fees": (
            "Avgiften beror på vad du ska bygga och tas ut enligt stadens taxa. Ett bygglov "
            "för ett nytt enbostadshus kostar ofta mellan 25 000 och 40 000 kronor."
        ),
        "processing_time": "Inom tio veckor från komplett ansökan",
        "processing_days": 70,
        "faq": [
            (
                "Hur vet jag om min ansökan är komplett?",
                "Vi hör av oss inom tre veckor om något saknas. Tiden räknas från den dag "
                "allt har kommit in.",
            ),
            (
                "Vad händer om jag bygger utan lov?",
                "Då kan du få betala en byggsanktionsavgift och bli tvungen att ta bort det "
                "du har byggt.",
            ),
        ],
    },
    {
        "slug": "anmalan-attefallsatgard",
        "section": "bygglov-och-anmalan",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygglov"],
        "contact": "bygglovsenheten",
        "title": "Anmälan om attefallsåtgärd",
        "summary": "För attefallshus, tillbyggnader och takkupor räcker en bygganmälan.",
        "what": [
            (
                "Äger du ett en- eller tvåbostadshus kan du bygga ett attefallshus på upp till "
                "30 kvadratmeter, en tillbyggnad på 15 kvadratmeter eller två takkupor utan "
                "bygglov."
            ),
            (
                "Du måste ändå göra en anmälan och få ett startbesked innan du börjar bygga. "
                "Ligger bygget närmare än 4,5 meter från tomtgränsen behöver grannen godkänna det."
            ),
        ],
        "audience": "Du som äger ett en- eller tvåbostadshus.",
        "how_to_apply": (
            "Gör anmälan i e-tjänsten och bifoga ritningar, situationsplan och vid behov "
            "grannes medgivande."
        ),
        "eservice_form_slug": "anmalan-attefall",
        "fees": "En anmälan för ett attefallshus kostar cirka 9 000 kronor.",
        "processing_time": "Inom fyra veckor från komplett anmälan",
        "processing_days": 28,
        "faq": [
            (
                "Får jag bo i ett attefallshus?",
                "Ja, ett attefallshus kan användas som bostad om det uppfyller kraven på "
                "bostäder, till exempel när det gäller brandskydd och tillgänglighet.",
            ),
        ],
    },
    {
        "slug": "nybyggnadskarta",
        "section": "kartor-och-planer",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["kartor", "bygglov"],
        "contact": "kartor-och-matning",
        "title": "Beställ nybyggnadskarta",
        "summary": "En nybyggnadskarta behövs när du ska söka bygglov för ett nytt hus.",
        "what": [
            (
                "Nybyggnadskartan visar fastighetens gränser, höjder, ledningar och vad "
                "detaljplanen tillåter. Den används som underlag för situationsplanen."
            ),
            (
                "För mindre tillbyggnader räcker det ofta med en enklare karta. Fråga oss om du "
                "är osäker på vilken karta du behöver."
            ),
        ],
        "audience": "Du som ska bygga ett nytt hus eller en större tillbyggnad.",
        "how_to_apply": (
            "Beställ kartan i e-tjänsten. Ange fastighetsbeteckning och vad du ska bygga."
        ),
        "eservice_form_slug": "bestallning-karta",
        "fees": "En nybyggnadskarta för ett enbostadshus kostar cirka 11 000 kronor.",
        "processing_time": "Två till tre veckor",
        "processing_days": 21,
        "faq": [],
    },
    {
        "slug": "sok-lagenhet",
        "section": "bygga-och-bo",
        "organisation": "stadens-bostader",
        "topics": ["bostad"],
        "contact": "kundservice-bostader",
        "title": "Sök lägenhet hos Stadens Bostäder",
        "summary": "Ställ dig i bostadskön och anmäl intresse för lediga hyreslägenheter.",
        "what": [
            (
                "Stadens Bostäder hyr ut lägenheter i många stadsdelar. Lediga lägenheter "
                "annonseras varje vecka och fördelas efter kötid."
            ),
            (
                "Det finns också särskilda lägenheter för studenter, för seniorer och "
                "korttidskontrakt för unga vuxna."
            ),
        ],
        "audience": "Du som har fyllt 18 år.",
        "how_to_apply": (
            "Registrera dig i bostadskön på bolagets webbplats och anmäl intresse för de "
            "lägenheter du vill ha."
        ),
        "eservice_form_slug": "",
        "fees": "Det kostar inget att stå i kö.",
        "processing_time": "Beror på kötid",
        "processing_days": None,
        "faq": [],
    },
    # --- Trafik och gator -----------------------------------------------------------------
    {
        "slug": "parkeringstillstand-for-rorelsehindrade",
        "section": "parkering",
        "organisation": "trafikkontoret",
        "topics": ["parkering", "funktionsnedsattning"],
        "contact": "parkeringstillstand",
        "title": "Parkeringstillstånd för rörelsehindrade",
        "summary": "Har du svårt att gå kan du få tillstånd att parkera närmare målet.",
        "what": [
            (
                "Med ett parkeringstillstånd för rörelsehindrade får du parkera på platser "
                "reserverade för rörelsehindrade och längre tid än andra på vanliga platser."
            ),
            (
                "Tillståndet är personligt och gäller i hela Sverige. Det kan gälla för dig "
                "som kör själv eller för dig som behöver hjälp av en förare."
            ),
        ],
        "audience": (
            "Du som har en varaktig funktionsnedsättning som gör att du har stora "
            "svårigheter att gå."
        ),
        "how_to_apply": (
            "Ansök i e-tjänsten och bifoga ett läkarintyg som beskriver hur "
            "funktionsnedsättningen påverkar din förmåga att gå."
        ),
        "eservice_form_slug": "parkeringstillstand-rorelsehindrade",
        "fees": "Det är gratis att ansöka och att få tillståndet.",
        "processing_time": "Cirka sex veckor",
        "processing_days": 42,
        "faq": [
            (
                "Hur länge gäller tillståndet?",
                "Tillståndet gäller i högst fem år. Du behöver ansöka på nytt när det går ut.",
            ),
            (
                "Får jag parkera gratis med tillståndet?",
                "Det beror på platsen. På stadens gator betalar du ingen avgift, men i privata "
                "garage kan avgift tas ut.",
            ),
        ],
    },
    {
        "slug": "boendeparkering",
        "section": "parkering",
        "organisation": "trafikkontoret",
        "topics": ["parkering"],
        "contact": "parkeringstillstand",
        "title": "Boendeparkering",
        "summary": (
            "Parkera nära hemmet till en lägre kostnad om du bor i ett område med boendeparkering."
        ),
        "what": [
            (
                "Med boendeparkering får du parkera på gatan i ditt eget område till en lägre "
                "avgift. Tillståndet är kopplat till din bil och din adress."
            ),
            (
                "Du får parkera högst sju dygn i följd på samma plats. Tänk på att det kan "
                "gälla städdagar på gatan."
            ),
        ],
        "audience": (
            "Du som är folkbokförd i ett område med boendeparkering och äger eller leasar en bil."
        ),
        "how_to_apply": (
            "Du ansöker och betalar i e-tjänsten. Tillståndet gäller direkt när du har betalat."
        ),
        "eservice_form_slug": "boendeparkering",
        "fees": "Boendeparkering kostar 750 kronor i månaden.",
        "processing_time": "Direkt",
        "processing_days": 1,
        "faq": [
            (
                "Kan jag få boendeparkering för en firmabil?",
                "Ja, om du har bilen till ditt förfogande och kan visa det med ett intyg från "
                "arbetsgivaren.",
            ),
        ],
    },
    {
        "slug": "hyr-parkeringsplats-i-garage",
        "section": "parkering",
        "organisation": "stadens-parkering",
        "topics": ["parkering"],
        "contact": "kundservice-parkering",
        "title": "Hyr parkeringsplats i garage",
        "summary": "Stadens Parkering hyr ut platser i garage och på parkeringar runt om i staden.",
        "what": [
            (
                "Du kan hyra en fast plats eller en plats som du delar med andra i något av "
                "bolagets garage. Många garage har laddplatser för elbil."
            ),
            "Hyran dras varje månad och uppsägningstiden är en månad.",
        ],
        "audience": "Privatpersoner och företag.",
        "how_to_apply": (
            "Ställ dig i kö för det garage du vill hyra i via Stadens Parkerings webbplats."
        ),
        "eservice_form_slug": "",
        "fees": "Från 1 200 kronor i månaden beroende på garage och typ av plats.",
        "processing_time": "Beror på kön till garaget",
        "processing_days": None,
        "faq": [],
    },
    {
        "slug": "felanmalan-gata-park-och-belysning",
        "section": "gator-och-parker",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "contact": "felanmalan-gata-park",
        "title": "Felanmälan gata, park och belysning",
        "summary": "Anmäl hål i gatan, trasig belysning, klotter eller nedskräpning.",
        "what": [
            (
                "Du kan anmäla fel på gator, cykelbanor, gatubelysning, trafiksignaler, "
                "lekplatser och parker som staden ansvarar för."
            ),
            (
                "Beskriv felet och var det finns, gärna med en bild. Du kan följa ditt ärende "
                "och får besked när felet är åtgärdat."
            ),
        ],
        "audience": "Alla som ser ett fel på stadens gator och i stadens parker.",
        "how_to_apply": (
            "Gör anmälan i e-tjänsten eller ring Felanmälan som har öppet dygnet runt. Vid "
            "akut fara, ring 112."
        ),
        "eservice_form_slug": "felanmalan",
        "fees": "Det kostar inget att göra en felanmälan.",
        "processing_time": "Akuta fel inom ett dygn",
        "processing_days": 1,
        "faq": [
            (
                "Vem lagar en trasig lampa på min gård?",
                "Belysning på privata gårdar och i bostadsområden ansvarar fastighetsägaren "
                "för. Kontakta din hyresvärd eller bostadsrättsförening.",
            ),
        ],
    },
    # --- Omsorg och stöd ------------------------------------------------------------------
    {
        "slug": "ekonomiskt-bistand",
        "section": "ekonomiskt-stod",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["ekonomiskt-stod"],
        "contact": "ekonomiskt-bistand-centrum",
        "title": "Ekonomiskt bistånd",
        "summary": "Om du inte kan försörja dig på annat sätt kan du ansöka om ekonomiskt bistånd.",
        "what": [
            (
                "Ekonomiskt bistånd kan ge dig pengar till mat, hyra och andra nödvändiga "
                "utgifter när du inte kan försörja dig på annat sätt."
            ),
            (
                "Först behöver du ha prövat andra möjligheter, till exempel arbete, "
                "a-kassa, sjukpenning eller bostadsbidrag. Vi ser på hela hushållets inkomster "
                "och tillgångar."
            ),
            "Vi hjälper dig också att planera för hur du ska kunna försörja dig själv igen.",
        ],
        "audience": "Du som bor i staden och inte kan betala dina nödvändiga kostnader.",
        "how_to_apply": (
            "Ansök i e-tjänsten eller boka ett besök hos mottagningen i den stadsdel där du "
            "bor. Ta med underlag om inkomster och utgifter."
        ),
        "eservice_form_slug": "ansokan-ekonomiskt-bistand",
        "fees": "Det kostar inget att ansöka.",
        "processing_time": "Oftast inom två veckor",
        "processing_days": 14,
        "faq": [
            (
                "Kan jag få akut hjälp samma dag?",
                "Ja, om du saknar pengar till mat eller läkemedel kan du få akut hjälp. Kontakta "
                "mottagningen så snart som möjligt.",
            ),
            (
                "Påverkar mitt sparande?",
                "Ja, sparade pengar och andra tillgångar som kan säljas behöver som regel "
                "användas först.",
            ),
        ],
    },
    {
        "slug": "hemtjanst",
        "section": "aldreomsorg",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "contact": "bistandshandlaggning-aldre",
        "title": "Hemtjänst",
        "summary": "Hjälp i hemmet med vardagliga sysslor och personlig omsorg.",
        "what": [
            (
                "Hemtjänsten hjälper dig med sådant du inte klarar själv, till exempel städning, "
                "tvätt, inköp, dusch eller påklädning."
            ),
            (
                "Du och en biståndshandläggare kommer tillsammans fram till vilken hjälp du "
                "behöver. Du kan välja mellan kommunal och privat utförare."
            ),
        ],
        "audience": (
            "Du som har svårt att klara vardagen på egen hand på grund av ålder eller sjukdom."
        ),
        "how_to_apply": (
            "Ring Biståndshandläggning äldre eller ansök i e-tjänsten. En anhörig kan hjälpa "
            "dig att ta kontakt."
        ),
        "eservice_form_slug": "ansokan-hemtjanst",
        "fees": (
            "Avgiften beror på din inkomst och hur mycket hjälp du får, men är högst 2 575 "
            "kronor i månaden."
        ),
        "processing_time": "Cirka två till fyra veckor",
        "processing_days": 21,
        "faq": [
            (
                "Kan jag få hjälp snabbt när jag kommer hem från sjukhuset?",
                "Ja, sjukhuset och staden planerar tillsammans så att du har den hjälp du "
                "behöver när du skrivs ut.",
            ),
        ],
    },
    {
        "slug": "ansok-om-plats-pa-aldreboende",
        "section": "aldreomsorg",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "contact": "bistandshandlaggning-aldre",
        "title": "Ansök om plats på äldreboende",
        "summary": "Ett vård- och omsorgsboende ger dig stöd och omsorg dygnet runt.",
        "what": [
            (
                "Om du behöver omfattande hjälp dygnet runt och inte längre kan bo kvar hemma, "
                "kan du ansöka om plats på ett vård- och omsorgsboende."
            ),
            (
                "Du har en egen lägenhet med eget badrum och delar gemensamma utrymmen med "
                "andra boende. Du kan önska vilket boende du vill flytta till."
            ),
        ],
        "audience": "Du som är äldre och har stora behov av vård och omsorg.",
        "how_to_apply": (
            "Kontakta Biståndshandläggning äldre. En handläggare träffar dig och utreder dina "
            "behov innan beslut fattas."
        ),
        "eservice_form_slug": "",
        "fees": (
            "Du betalar hyra för lägenheten, avgift för mat och en omsorgsavgift som är "
            "högst 2 575 kronor i månaden."
        ),
        "processing_time": "Erbjudande inom tre månader efter beslut",
        "processing_days": 90,
        "faq": [
            (
                "Kan min make eller maka flytta med?",
                "Ja, om ni vill fortsätta bo tillsammans kan din partner flytta med även om hen "
                "inte själv har behov av plats.",
            ),
        ],
    },
    {
        "slug": "trygghetslarm",
        "section": "aldreomsorg",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "contact": "bistandshandlaggning-aldre",
        "title": "Trygghetslarm",
        "summary": "Ett larm du bär på armen så att du kan få hjälp dygnet runt.",
        "what": [
            (
                "Trygghetslarmet är en knapp du bär runt handleden eller halsen. När du trycker "
                "på den kommer du i kontakt med personal som kan hjälpa dig."
            ),
            (
                "Larmet fungerar i hela bostaden och ofta en bit utanför. Personalen kan komma "
                "hem till dig dygnet runt."
            ),
        ],
        "audience": "Du som bor hemma och känner dig otrygg på grund av sjukdom eller hög ålder.",
        "how_to_apply": "Ansök i e-tjänsten eller ring Biståndshandläggning äldre.",
        "eservice_form_slug": "ansokan-trygghetslarm",
        "fees": "Trygghetslarmet kostar 250 kronor i månaden.",
        "processing_time": "Cirka två veckor",
        "processing_days": 14,
        "faq": [],
    },
    {
        "slug": "fardtjanst",
        "section": "stod-vid-funktionsnedsattning",
        "organisation": "trafikkontoret",
        "topics": ["fardtjanst", "funktionsnedsattning"],
        "contact": "fardtjanst",
        "title": "Färdtjänst",
        "summary": "Resor med taxi eller specialfordon för dig som inte kan åka kollektivt.",
        "what": [
            (
                "Färdtjänst är resor med taxi eller specialfordon för dig som har stora "
                "svårigheter att resa med kollektivtrafiken på grund av en "
                "funktionsnedsättning."
            ),
            (
                "Du kan resa i hela staden och till vissa kommuner runt omkring. Resan bokas i "
                "förväg via telefon eller app."
            ),
        ],
        "audience": "Du som har en funktionsnedsättning som väntas vara i minst sex månader.",
        "how_to_apply": (
            "Ansök i e-tjänsten. Beskriv hur funktionsnedsättningen påverkar ditt resande och "
            "bifoga gärna ett intyg från vården."
        ),
        "eservice_form_slug": "ansokan-fardtjanst",
        "fees": (
            "Du betalar en egenavgift per resa som motsvarar priset för en resa med "
            "kollektivtrafiken plus ett tillägg."
        ),
        "processing_time": "Cirka tre veckor",
        "processing_days": 21,
        "faq": [
            (
                "Får jag ta med en ledsagare?",
                "Ja, om du behöver hjälp under resan kan du ansöka om att få ta med en "
                "ledsagare utan kostnad.",
            ),
        ],
    },
    {
        "slug": "bostadsanpassningsbidrag",
        "section": "stod-vid-funktionsnedsattning",
        "organisation": "fastighetskontoret",
        "topics": ["funktionsnedsattning", "bostad"],
        "contact": "bostadsanpassning",
        "title": "Bostadsanpassningsbidrag",
        "summary": "Bidrag för att anpassa bostaden efter en funktionsnedsättning.",
        "what": [
            (
                "Bidraget kan användas för att ta bort trösklar, bygga om badrummet, sätta upp "
                "ledstänger eller installera en dörröppnare."
            ),
            (
                "Anpassningen ska vara nödvändig för att du ska kunna bo kvar och klara "
                "vardagen själv. Vanligt underhåll ingår inte."
            ),
        ],
        "audience": "Du som har en varaktig funktionsnedsättning och bor i en bostad i staden.",
        "how_to_apply": (
            "Ansök i e-tjänsten och bifoga ett intyg från till exempel en arbetsterapeut. Om "
            "du hyr behöver fastighetsägaren godkänna åtgärden."
        ),
        "eservice_form_slug": "ansokan-bostadsanpassning",
        "fees": "Det kostar inget att ansöka och bidraget ska inte betalas tillbaka.",
        "processing_time": "Fyra till åtta veckor",
        "processing_days": 42,
        "faq": [],
    },
    # --- Kultur och fritid ----------------------------------------------------------------
    {
        "slug": "lanekort-pa-biblioteket",
        "section": "bibliotek-och-lasning",
        "organisation": "kulturforvaltningen",
        "topics": ["bibliotek"],
        "contact": "bibliotekens-kundtjanst",
        "title": "Lånekort på biblioteket",
        "summary": "Med ett gratis lånekort kan du låna böcker, filmer och e-böcker.",
        "what": [
            (
                "Med lånekortet lånar du på alla stadens bibliotek och kan reservera böcker, "
                "låna e-böcker och ljudböcker och använda bibliotekets datorer."
            ),
            (
                "Barn under 15 år behöver en vårdnadshavares underskrift för att få ett eget "
                "lånekort."
            ),
        ],
        "audience": "Alla som bor, arbetar eller studerar i Sverige.",
        "how_to_apply": (
            "Gå till valfritt bibliotek och visa legitimation. Du kan också skaffa ett "
            "tillfälligt digitalt lånekort med BankID."
        ),
        "eservice_form_slug": "",
        "fees": "Lånekortet är gratis. Ett nytt kort om du tappat bort det kostar 20 kronor.",
        "processing_time": "Direkt",
        "processing_days": None,
        "faq": [
            (
                "Tar biblioteket ut förseningsavgifter?",
                "Nej, stadens bibliotek har inga förseningsavgifter. Du får betala om en bok "
                "inte lämnas tillbaka.",
            ),
        ],
    },
    {
        "slug": "boka-idrottshall",
        "section": "idrott-och-foreningar",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["idrott"],
        "contact": "lokalbokning-idrott",
        "title": "Boka idrottshall",
        "summary": "Föreningar, företag och privatpersoner kan hyra stadens idrottshallar.",
        "what": [
            (
                "Du kan boka en idrottshall eller gymnastiksal för träning, matcher eller "
                "enstaka aktiviteter. Föreningar med barn- och ungdomsverksamhet har förtur."
            ),
            (
                "Lediga tider visas i bokningssystemet. Ströbokningar kan göras upp till två "
                "veckor i förväg."
            ),
        ],
        "audience": "Föreningar, företag och privatpersoner över 18 år.",
        "how_to_apply": "Boka i e-tjänsten. Säsongsbokningar för föreningar görs under våren.",
        "eservice_form_slug": "",
        "fees": (
            "Föreningar med barn- och ungdomsverksamhet hyr gratis. Privatpersoner betalar "
            "från 180 kronor i timmen."
        ),
        "processing_time": "Direkt bekräftelse",
        "processing_days": None,
        "faq": [
            (
                "Hur avbokar jag?",
                "Avboka i e-tjänsten senast fem dagar innan. Annars debiteras hela avgiften.",
            ),
        ],
    },
    {
        "slug": "foreningsbidrag",
        "section": "idrott-och-foreningar",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["foreningar"],
        "contact": "foreningsstod",
        "title": "Föreningsbidrag",
        "summary": "Föreningar med verksamhet i staden kan söka bidrag för sin verksamhet.",
        "what": [
            (
                "Staden ger bidrag till föreningar som har verksamhet för barn och unga, "
                "personer med funktionsnedsättning och äldre."
            ),
            (
                "Det finns aktivitetsbidrag, lokalbidrag och bidrag till enskilda projekt. "
                "Föreningen behöver vara registrerad hos staden för att kunna söka."
            ),
        ],
        "audience": "Ideella föreningar med säte i staden.",
        "how_to_apply": (
            "Föreningen ansöker i föreningsportalen. Aktivitetsbidrag söks två gånger per år, "
            "senast 25 februari och 25 augusti."
        ),
        "eservice_form_slug": "ansokan-foreningsbidrag",
        "fees": "Det kostar inget att ansöka.",
        "processing_time": "Cirka sex veckor",
        "processing_days": 42,
        "faq": [],
    },
    # --- Miljö och avfall -----------------------------------------------------------------
    {
        "slug": "tomning-av-slamavskiljare",
        "section": "vatten-och-avlopp",
        "organisation": "kretslopp-och-vatten",
        "topics": ["vatten-avlopp"],
        "contact": "kundservice-kretslopp",
        "title": "Tömning av slamavskiljare",
        "summary": "Har du enskilt avlopp töms slamavskiljaren minst en gång per år.",
        "what": [
            (
                "Slamavskiljare och slutna tankar töms enligt ett schema. Du får ett "
                "meddelande några dagar innan vi kommer."
            ),
            (
                "Se till att locket är fritt från snö och att vägen fram till brunnen håller för "
                "en tung slambil. Du behöver inte vara hemma."
            ),
        ],
        "audience": "Fastighetsägare med enskilt avlopp.",
        "how_to_apply": (
            "Schemalagd tömning sker automatiskt. Extra tömning beställer du i e-tjänsten."
        ),
        "eservice_form_slug": "bestallning-slamtomning",
        "fees": (
            "Ordinarie tömning kostar cirka 1 900 kronor. Extra tömning med kort varsel kostar mer."
        ),
        "processing_time": "Extra tömning inom fem arbetsdagar",
        "processing_days": 5,
        "faq": [],
    },
    {
        "slug": "hamtning-av-grovavfall",
        "section": "avfall-och-atervinning",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "contact": "kundservice-kretslopp",
        "title": "Hämtning av grovavfall",
        "summary": "Beställ hämtning av möbler och annat skrymmande avfall vid din bostad.",
        "what": [
            (
                "Har du inte möjlighet att själv åka till en återvinningscentral kan du "
                "beställa hämtning av grovavfall, till exempel möbler, mattor och cyklar."
            ),
            (
                "Ställ avfallet vid tomtgränsen eller på en plats som vi kommer överens om. "
                "Elavfall och farligt avfall hämtas separat."
            ),
        ],
        "audience": "Du som bor i villa eller radhus. Bor du i lägenhet, fråga din hyresvärd.",
        "how_to_apply": "Beställ i e-tjänsten eller ring Kundservice avfall och vatten.",
        "eservice_form_slug": "bestallning-grovavfall",
        "fees": "Hämtning kostar 450 kronor för upp till fem föremål.",
        "processing_time": "Inom två veckor",
        "processing_days": 14,
        "faq": [
            (
                "Kan ni hämta byggavfall?",
                "Nej, byggavfall som kakel och gips hämtar vi inte. Lämna det på en "
                "återvinningscentral.",
            ),
        ],
    },
    {
        "slug": "anmal-kompostering",
        "section": "avfall-och-atervinning",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "contact": "kundservice-kretslopp",
        "title": "Anmäl kompostering av matavfall",
        "summary": "Komposterar du ditt matavfall hemma kan du få lägre avfallsavgift.",
        "what": [
            (
                "Du som vill kompostera matavfall på din tomt ska anmäla det till oss. Komposten "
                "ska vara skadedjurssäker och isolerad så att den fungerar hela året."
            ),
            (
                "När du komposterar kan du byta till ett abonnemang med färre tömningar av "
                "restavfall."
            ),
        ],
        "audience": "Fastighetsägare med egen tomt.",
        "how_to_apply": "Gör anmälan i e-tjänsten och beskriv vilken typ av kompost du har.",
        "eservice_form_slug": "anmalan-kompost",
        "fees": "Det kostar inget att anmäla kompostering.",
        "processing_time": "Cirka två veckor",
        "processing_days": 14,
        "faq": [],
    },
    # --- Kommun och politik ---------------------------------------------------------------
    {
        "slug": "lamna-synpunkter",
        "section": "medborgarservice",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "contact": "kontaktcenter",
        "title": "Lämna synpunkter",
        "summary": "Tyck till om stadens verksamheter. Dina synpunkter hjälper oss att bli bättre.",
        "what": [
            (
                "Du kan lämna beröm, klagomål eller förslag om allt som staden ansvarar för. "
                "Synpunkten skickas till den verksamhet det gäller."
            ),
            (
                "Vill du ha svar lämnar du dina kontaktuppgifter. Du kan också vara anonym, men "
                "då kan vi inte svara dig."
            ),
        ],
        "audience": "Alla som bor i, arbetar i eller besöker staden.",
        "how_to_apply": (
            "Lämna din synpunkt i e-tjänsten, ring Kontaktcenter eller besök ett medborgarkontor."
        ),
        "eservice_form_slug": "synpunkter",
        "fees": "Det kostar inget att lämna synpunkter.",
        "processing_time": "Svar inom tio arbetsdagar",
        "processing_days": 14,
        "faq": [
            (
                "Blir min synpunkt en allmän handling?",
                "Ja, synpunkter som kommer in till staden blir allmänna handlingar. Skriv "
                "därför inte känsliga uppgifter om dig själv eller andra.",
            ),
        ],
    },
    {
        "slug": "borgerlig-vigsel",
        "section": "medborgarservice",
        "organisation": "stadsledningskontoret",
        "topics": ["vigsel"],
        "contact": "vigslar",
        "title": "Borgerlig vigsel",
        "summary": "Gifta er i rådhuset eller på en plats ni väljer själva.",
        "what": [
            (
                "Staden har vigselförrättare som viger par i rådhusets vigselrum eller på en "
                "plats ni väljer, till exempel i en park eller hemma."
            ),
            (
                "Innan vigseln behöver ni ansöka om hindersprövning hos Skatteverket. Ni "
                "behöver också två vittnen som är över 18 år."
            ),
        ],
        "audience": "Par där minst en person är folkbokförd i staden.",
        "how_to_apply": (
            "Boka tid i e-tjänsten och skicka intyget om hindersprövning till oss senast en "
            "vecka före vigseln."
        ),
        "eservice_form_slug": "bokning-vigsel",
        "fees": (
            "Vigsel i rådhuset på vardagar är gratis. Vigsel på annan plats eller på helg "
            "kostar 1 000 kronor."
        ),
        "processing_time": "Boka minst en månad i förväg",
        "processing_days": None,
        "faq": [
            (
                "Får vi ha med gäster i vigselrummet?",
                "Ja, vigselrummet har plats för upp till 25 personer.",
            ),
        ],
    },
    {
        "slug": "kopia-av-allman-handling",
        "section": "insyn-och-allmanna-handlingar",
        "organisation": "stadsledningskontoret",
        "topics": ["allmanna-handlingar"],
        "contact": "registrator",
        "title": "Begär kopia av allmän handling",
        "summary": "Du har rätt att ta del av stadens allmänna handlingar.",
        "what": [
            (
                "Allmänna handlingar är till exempel beslut, brev, e-post och protokoll som "
                "kommit in till eller skapats hos staden."
            ),
            (
                "Vissa uppgifter kan vara sekretessbelagda och maskeras innan du får handlingen. "
                "Då får du ett beslut som du kan överklaga."
            ),
        ],
        "audience": "Alla. Du behöver inte tala om vem du är eller varför du vill ha handlingen.",
        "how_to_apply": (
            "Begär handlingen i e-tjänsten, via e-post till registrator eller på plats. Beskriv "
            "gärna så noga som möjligt vilken handling du vill ha."
        ),
        "eservice_form_slug": "begaran-allman-handling",
        "fees": (
            "De första nio sidorna är gratis. Sida tio kostar 50 kronor och därefter kostar "
            "varje sida 2 kronor."
        ),
        "processing_time": "Skyndsamt, oftast inom några dagar",
        "processing_days": 3,
        "faq": [],
    },
    # --- Företag och tillstånd ------------------------------------------------------------
    {
        "slug": "serveringstillstand",
        "section": "foretag-och-tillstand",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["tillstand"],
        "contact": "tillstandsenheten",
        "title": "Serveringstillstånd",
        "summary": "Du behöver serveringstillstånd för att servera alkohol till gäster.",
        "what": [
            (
                "Restauranger, caféer och arrangörer som vill servera starköl, vin eller sprit "
                "behöver serveringstillstånd. Det finns stadigvarande och tillfälliga tillstånd."
            ),
            (
                "Vi prövar att du är lämplig, att lokalen uppfyller kraven och att du har "
                "kunskaper om alkohollagen. Du behöver klara ett kunskapsprov."
            ),
        ],
        "audience": "Företag och föreningar som vill servera alkohol.",
        "how_to_apply": (
            "Ansök i e-tjänsten och bifoga ritning över lokalen, ekonomisk redovisning och "
            "menyförslag."
        ),
        "eservice_form_slug": "ansokan-serveringstillstand",
        "fees": (
            "En ansökan om stadigvarande tillstånd kostar 12 000 kronor. Ett tillfälligt "
            "tillstånd för ett enskilt evenemang kostar 2 500 kronor."
        ),
        "processing_time": "Upp till åtta veckor",
        "processing_days": 56,
        "faq": [
            (
                "Behöver jag tillstånd för en privat fest?",
                "Nej, för en privat tillställning med slutet sällskap där gästerna inte betalar "
                "för alkoholen behövs inget tillstånd.",
            ),
        ],
    },
]
