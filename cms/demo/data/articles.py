"""Demo articles: information pages built from a few kinds of content blocks."""

ARTICLES = [
    # --- Förskola och skola ---------------------------------------------------------------
    {
        "slug": "avgifter-for-forskola-och-fritidshem",
        "section": "forskola",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola", "fritidshem"],
        "title": "Avgifter för förskola och fritidshem",
        "summary": "Så räknas avgiften ut och så lämnar du uppgift om inkomst.",
        "blocks": [
            (
                "paragraph",
                "Avgiften för förskola och fritidshem beror på hushållets inkomst och hur många "
                "barn du har placerade. Staden följer maxtaxan, vilket betyder att avgiften har "
                "ett tak.",
            ),
            (
                "fact_box",
                "Maxtaxa för förskola 2026",
                "Barn 1: 3 procent av inkomsten, högst 1 688 kronor. Barn 2: 2 procent, högst "
                "1 125 kronor. Barn 3: 1 procent, högst 563 kronor. Barn 4: ingen avgift.",
            ),
            (
                "accordion",
                [
                    (
                        "Vilken inkomst räknas?",
                        "Alla inkomster före skatt för dig och den du bor med, till exempel lön, "
                        "föräldrapenning, pension och a-kassa.",
                    ),
                    (
                        "Betalar jag under sommaren?",
                        "Ja, avgiften betalas tolv månader om året, även om barnet är ledigt.",
                    ),
                ],
            ),
            (
                "call_to_action",
                "Behöver du en förskoleplats?",
                "Ansök i e-tjänsten senast fyra månader innan ditt barn ska börja.",
                "ansok-om-forskoleplats",
            ),
        ],
    },
    {
        "slug": "sa-fungerar-kon-till-forskolan",
        "section": "forskola",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola"],
        "title": "Så fungerar kön till förskolan",
        "summary": "Från ansökan till erbjudande: så fördelar vi platserna i förskolan.",
        "blocks": [
            ("heading", "Plats inom fyra månader"),
            (
                "paragraph",
                "När du har ansökt om förskoleplats hamnar ditt barn i kö från det datum du vill "
                "att barnet ska börja. Staden erbjuder alltid en plats inom fyra månader.",
            ),
            (
                "fact_box",
                "Så fördelas platserna",
                "Först går barn med behov av särskilt stöd. Sedan går syskonförtur och därefter "
                "det datum du vill att ditt barn ska börja.",
            ),
            (
                "accordion",
                [
                    (
                        "Kan jag se min plats i kön?",
                        "Nej, det går inte eftersom kön ändras hela tiden när nya barn söker och "
                        "andra tackar ja.",
                    ),
                    (
                        "Vad händer om vi flyttar?",
                        "Uppdatera din adress i ansökan. Om ni flyttar till en annan kommun "
                        "behöver du ansöka där.",
                    ),
                ],
            ),
            (
                "call_to_action",
                "Ansök om förskoleplats",
                "Ansök i e-tjänsten med BankID. Det tar bara några minuter.",
                "ansok-om-forskoleplats",
            ),
        ],
    },
    {
        "slug": "inskolning-pa-forskolan",
        "section": "forskola",
        "organisation": "forskoleforvaltningen",
        "topics": ["forskola"],
        "title": "Inskolning på förskolan",
        "summary": "De första dagarna på förskolan är du med ditt barn.",
        "blocks": [
            (
                "paragraph",
                "De flesta förskolor har föräldraaktiv inskolning. Det betyder att du är med "
                "ditt barn hela dagarna under de första tre dagarna.",
            ),
            ("heading", "Så går det till"),
            (
                "paragraph",
                "Du och ditt barn är med i allt som händer, från lek till lunch och vila. "
                "Personalen lär känna er och ditt barn blir tryggt med den nya miljön.",
            ),
            (
                "quote",
                "Efter tre dagar kände sig vår dotter hemma. Det var lika viktigt för oss som "
                "för henne att lära känna personalen.",
                "Vårdnadshavare, Godhemsgatans förskola",
            ),
        ],
    },
    {
        "slug": "skollov-och-studiedagar",
        "section": "grundskola-och-fritidshem",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola", "fritidshem"],
        "title": "Skollov och studiedagar",
        "summary": "Läsårstider för stadens kommunala grundskolor 2026 och 2027.",
        "blocks": [
            (
                "paragraph",
                "Här hittar du datum för terminer, lov och studiedagar. Fristående skolor kan ha "
                "andra datum, fråga din skola.",
            ),
            (
                "fact_box",
                "Läsåret 2026 och 2027",
                "Höstterminen: 19 augusti till 18 december. Vårterminen: 11 januari till 11 "
                "juni. Höstlov vecka 44, sportlov vecka 8, påsklov vecka 13.",
            ),
            (
                "accordion",
                [
                    (
                        "Har fritidshemmet öppet på studiedagar?",
                        "Ja, fritidshemmet har öppet för barn som har plats, men kan slå ihop "
                        "avdelningar.",
                    ),
                    (
                        "Får mitt barn ledigt utanför loven?",
                        "Rektor kan bevilja ledighet om det finns särskilda skäl. Ansök i god tid "
                        "hos skolan.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "elevhalsan",
        "section": "grundskola-och-fritidshem",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola"],
        "title": "Elevhälsan",
        "summary": "Skolsköterska, kurator, psykolog och specialpedagog hjälper ditt barn.",
        "blocks": [
            (
                "paragraph",
                "Alla skolor har en elevhälsa. Den arbetar för att eleverna ska må bra och kunna "
                "lära sig så mycket som möjligt.",
            ),
            ("heading", "Vem gör vad?"),
            (
                "paragraph",
                "Skolsköterskan gör hälsobesök och vaccinerar. Kuratorn finns att prata med om "
                "det är jobbigt hemma eller i skolan. Psykologen och specialpedagogen hjälper "
                "till när en elev har svårt att klara skolarbetet.",
            ),
            (
                "call_to_action",
                "Funderar ni på att byta skola?",
                "Läs om hur skolbyte fungerar och vad du kan göra först.",
                "byta-skola",
            ),
        ],
    },
    {
        "slug": "anpassad-grundskola",
        "section": "grundskola-och-fritidshem",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola", "funktionsnedsattning"],
        "title": "Anpassad grundskola",
        "summary": "Skolform för elever med intellektuell funktionsnedsättning.",
        "blocks": [
            (
                "paragraph",
                "Anpassad grundskola är till för barn som inte bedöms kunna nå kunskapskraven i "
                "grundskolan på grund av en intellektuell funktionsnedsättning.",
            ),
            (
                "paragraph",
                "Innan ett barn tas emot görs en utredning med pedagogisk, psykologisk, medicinsk "
                "och social bedömning. Vårdnadshavarna måste alltid godkänna mottagandet.",
            ),
            (
                "fact_box",
                "Bra att veta",
                "Klasserna är mindre och undervisningen anpassas efter varje elev. Eleverna har "
                "rätt till fritidshem och skolskjuts på samma sätt som andra.",
            ),
        ],
    },
    {
        "slug": "skolmaten",
        "section": "grundskola-och-fritidshem",
        "organisation": "grundskoleforvaltningen",
        "topics": ["grundskola"],
        "title": "Skolmaten",
        "summary": "Näringsriktig lunch varje dag och specialkost vid behov.",
        "blocks": [
            (
                "paragraph",
                "Alla elever får en gratis och näringsriktig lunch varje skoldag. Det finns "
                "alltid ett vegetariskt alternativ.",
            ),
            (
                "accordion",
                [
                    (
                        "Hur ansöker jag om specialkost?",
                        "Lämna ett läkarintyg till skolan vid allergi eller sjukdom. För "
                        "specialkost av religiösa eller etiska skäl räcker det att du meddelar "
                        "skolan.",
                    ),
                    (
                        "Var hittar jag matsedeln?",
                        "Matsedeln finns i skolans app och på skolans sida på webbplatsen.",
                    ),
                ],
            ),
            (
                "quote",
                "Eleverna röstar varje månad om en rätt som ska finnas på menyn.",
                "Kock, Kortedala skola",
            ),
        ],
    },
    {
        "slug": "valj-gymnasieprogram",
        "section": "gymnasieskola",
        "organisation": "utbildningsforvaltningen",
        "topics": ["gymnasieskola"],
        "title": "Välj rätt gymnasieprogram",
        "summary": "Yrkesprogram eller högskoleförberedande program? Så kan du tänka.",
        "blocks": [
            (
                "paragraph",
                "Det finns 18 nationella program. Yrkesprogrammen förbereder dig för ett yrke "
                "direkt efter gymnasiet, och de högskoleförberedande programmen för vidare "
                "studier.",
            ),
            ("heading", "Gå på öppet hus"),
            (
                "paragraph",
                "Under november till januari har skolorna öppet hus. Passa på att prata med "
                "elever och lärare om hur det är att gå där.",
            ),
            (
                "call_to_action",
                "Dags att söka?",
                "Läs om hur du söker till gymnasiet och vilka datum som gäller.",
                "sok-till-gymnasiet",
            ),
        ],
    },
    {
        "slug": "studera-som-vuxen",
        "section": "gymnasieskola",
        "organisation": "utbildningsforvaltningen",
        "topics": ["gymnasieskola"],
        "title": "Studera som vuxen",
        "summary": "Läs in grundskola eller gymnasium, lär dig svenska eller byt yrke.",
        "blocks": [
            (
                "paragraph",
                "Vuxenutbildningen är till för dig som är 20 år eller äldre. Du kan läsa enstaka "
                "kurser eller en hel yrkesutbildning.",
            ),
            (
                "fact_box",
                "Svenska för invandrare",
                "Sfi är gratis och du kan börja när som helst under året. Du kan studera dagtid, "
                "kvällstid eller på distans.",
            ),
            (
                "paragraph",
                "Kurserna är kostnadsfria, men du kan behöva köpa egen litteratur. Du kan söka "
                "studiemedel från CSN.",
            ),
        ],
    },
    # --- Bygga och bo ---------------------------------------------------------------------
    {
        "slug": "sa-fungerar-detaljplaner",
        "section": "kartor-och-planer",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["detaljplaner"],
        "title": "Så fungerar detaljplaner",
        "summary": "Detaljplanen bestämmer vad som får byggas och hur mark får användas.",
        "blocks": [
            (
                "paragraph",
                "En detaljplan är ett juridiskt dokument som styr hur ett område får användas, "
                "till exempel hur höga husen får vara och var det ska finnas parker.",
            ),
            ("heading", "Planprocessen steg för steg"),
            (
                "paragraph",
                "Planen tas fram i flera steg: samråd, granskning och antagande. Under samråd och "
                "granskning kan alla lämna synpunkter.",
            ),
            (
                "fact_box",
                "Vem får överklaga?",
                "Den som har lämnat synpunkter som inte tillgodosetts och som berörs av planen "
                "kan överklaga beslutet till mark- och miljödomstolen.",
            ),
            (
                "quote",
                "De bästa idéerna kommer ofta från dem som bor i området.",
                "Planarkitekt, Stadsbyggnadsförvaltningen",
            ),
        ],
    },
    {
        "slug": "rad-infor-bygglov",
        "section": "bygglov-och-anmalan",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygglov"],
        "title": "Få råd innan du bygger",
        "summary": "Boka ett kostnadsfritt rådgivningssamtal med en bygglovshandläggare.",
        "blocks": [
            (
                "paragraph",
                "Är du osäker på om du behöver bygglov eller vilka handlingar du ska skicka in? "
                "Boka ett rådgivningssamtal på 20 minuter med en handläggare.",
            ),
            (
                "paragraph",
                "Samtalen sker via video eller telefon. Ha gärna din fastighetsbeteckning och en "
                "enkel skiss redo.",
            ),
            (
                "call_to_action",
                "Redo att ansöka?",
                "Ansök om bygglov i e-tjänsten och bifoga dina ritningar.",
                "ansok-om-bygglov",
            ),
        ],
    },
    {
        "slug": "bygga-utan-bygglov",
        "section": "bygglov-och-anmalan",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygglov"],
        "title": "Detta kan du bygga utan bygglov",
        "summary": "Friggebodar, altaner och vissa tillbyggnader kräver inte bygglov.",
        "blocks": [
            (
                "paragraph",
                "Vid ett en- eller tvåbostadshus kan du göra en del åtgärder utan att söka "
                "bygglov. Reglerna gäller inte alltid inom kulturhistoriskt värdefulla områden.",
            ),
            (
                "accordion",
                [
                    (
                        "Friggebod",
                        "En friggebod på högst 15 kvadratmeter och 3 meter hög får byggas utan "
                        "lov, minst 4,5 meter från tomtgränsen.",
                    ),
                    (
                        "Altan",
                        "En altan som är lägre än 1,2 meter över marken behöver inte bygglov.",
                    ),
                    (
                        "Attefallshus",
                        "Ett attefallshus kräver inget bygglov, men du måste göra en anmälan och "
                        "vänta på startbesked.",
                    ),
                ],
            ),
            (
                "call_to_action",
                "Ska du bygga ett attefallshus?",
                "Gör en anmälan och vänta på startbesked innan du börjar bygga.",
                "anmalan-attefallsatgard",
            ),
        ],
    },
    {
        "slug": "solceller-pa-taket",
        "section": "bygglov-och-anmalan",
        "organisation": "stadsbyggnadsforvaltningen",
        "topics": ["bygglov"],
        "title": "Solceller på taket",
        "summary": "De flesta solcellsanläggningar på villor kräver inget bygglov.",
        "blocks": [
            (
                "paragraph",
                "Du behöver oftast inte bygglov för solceller som följer takets form. Det gäller "
                "inte om huset ligger i ett område med kulturhistoriska värden.",
            ),
            (
                "fact_box",
                "Tänk på",
                "Kontrollera detaljplanen för din fastighet. Panelerna ska ligga tätt mot taket "
                "och inte sticka ut över takfoten.",
            ),
            (
                "paragraph",
                "Om du bor i ett flerbostadshus är det fastighetsägaren som behöver söka bygglov "
                "om det krävs.",
            ),
        ],
    },
    # --- Trafik och gator -----------------------------------------------------------------
    {
        "slug": "vintervaghallning",
        "section": "gator-och-parker",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Vinterväghållning",
        "summary": "Så prioriterar vi snöröjning och halkbekämpning.",
        "blocks": [
            (
                "paragraph",
                "När det snöar eller blir halt prioriterar vi de gator och cykelbanor där flest "
                "människor rör sig.",
            ),
            (
                "fact_box",
                "Ordningen vi röjer i",
                "Först huvudgator, busslinjer och viktiga cykelstråk. Sedan gång- och cykelvägar "
                "till skolor. Sist bostadsgator.",
            ),
            (
                "paragraph",
                "Som fastighetsägare ansvarar du för att gångbanan utanför din fastighet är fri "
                "från snö och is.",
            ),
            (
                "call_to_action",
                "Är det halt där du är?",
                "Anmäl halka eller dålig snöröjning till oss.",
                "felanmalan-gata-park-och-belysning",
            ),
        ],
    },
    {
        "slug": "gatuarbeten-och-avstangningar",
        "section": "gator-och-parker",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Gatuarbeten och avstängningar",
        "summary": "Varför gräver vi i gatan och hur länge håller det på?",
        "blocks": [
            (
                "paragraph",
                "Varje år pågår hundratals arbeten på stadens gator. Ledningar för vatten, el och "
                "fjärrvärme byts ut och gator och broar renoveras.",
            ),
            (
                "paragraph",
                "Vi samordnar arbetena så att samma gata inte grävs upp flera gånger. Större "
                "arbeten informerar vi om i nyheterna.",
            ),
            (
                "quote",
                "Vi försöker alltid att hålla en väg öppen för gående och cyklister.",
                "Projektledare, Trafikkontoret",
            ),
        ],
    },
    {
        "slug": "cykla-i-staden",
        "section": "trafik-och-gator",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar"],
        "title": "Cykla i staden",
        "summary": "Cykelbanor, cykelparkering och lånecyklar.",
        "blocks": [
            (
                "paragraph",
                "Staden har över 800 kilometer cykelväg. Vi bygger ut cykelnätet varje år och "
                "prioriterar snöröjning av de viktigaste cykelstråken.",
            ),
            ("heading", "Parkera cykeln"),
            (
                "paragraph",
                "Vid de stora hållplatserna finns låsbara cykelgarage. Cyklar som står "
                "felparkerade längre än två veckor kan flyttas.",
            ),
            (
                "fact_box",
                "Hyrcyklar",
                "Det finns över 1 000 hyrcyklar på stationer runt om i staden. Ett "
                "säsongsabonnemang kostar 250 kronor.",
            ),
        ],
    },
    {
        "slug": "parkering-pa-gatan",
        "section": "parkering",
        "organisation": "trafikkontoret",
        "topics": ["parkering"],
        "title": "Så fungerar parkering på gatan",
        "summary": "Taxor, skyltar och hur du betalar.",
        "blocks": [
            (
                "paragraph",
                "Skyltarna vid platsen visar vilka regler som gäller. Betala med app, sms eller "
                "i automaten.",
            ),
            (
                "accordion",
                [
                    (
                        "Vad gäller på helgdagar?",
                        "På söndagar och helgdagar är de flesta gatuplatser avgiftsfria, om inget "
                        "annat står på skylten.",
                    ),
                    (
                        "Får jag parkera på en städgata?",
                        "Nej, under den tid som står på skylten får du inte parkera. Bilar som "
                        "står kvar får en felparkeringsavgift.",
                    ),
                ],
            ),
            (
                "call_to_action",
                "Bor du i ett område med boendeparkering?",
                "Ansök om boendeparkering och parkera billigare nära hemmet.",
                "boendeparkering",
            ),
        ],
    },
    {
        "slug": "gatusopning-och-staddagar",
        "section": "gator-och-parker",
        "organisation": "trafikkontoret",
        "topics": ["gator-vagar", "parkering"],
        "title": "Gatusopning och städdagar",
        "summary": "Flytta bilen på städdagen så att vi kan sopa gatan.",
        "blocks": [
            (
                "paragraph",
                "Från april sopar vi bort vinterns grus från gator och cykelbanor. Därefter "
                "städas gatorna regelbundet under hela året.",
            ),
            (
                "paragraph",
                "På gator med städdag står tiden på skylten. Bilar som står kvar får "
                "felparkeringsavgift och kan flyttas.",
            ),
            (
                "fact_box",
                "Tips",
                "Skaffa en påminnelse i parkeringsappen så att du inte glömmer städdagen.",
            ),
        ],
    },
    # --- Omsorg och stöd ------------------------------------------------------------------
    {
        "slug": "stod-till-anhoriga",
        "section": "aldreomsorg",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "title": "Stöd till anhöriga",
        "summary": "Du som hjälper en närstående kan få stöd, avlösning och någon att prata med.",
        "blocks": [
            (
                "paragraph",
                "Att vårda eller stötta någon du står nära kan vara krävande. Staden erbjuder "
                "stöd till dig som är anhörig, oavsett ålder.",
            ),
            (
                "accordion",
                [
                    (
                        "Vad är avlösning?",
                        "Personal tar hand om din närstående några timmar så att du kan göra något "
                        "för egen del. Avlösning i hemmet är gratis upp till 16 timmar i månaden.",
                    ),
                    (
                        "Finns det samtalsgrupper?",
                        "Ja, anhörigkonsulenterna leder grupper för till exempel anhöriga till "
                        "personer med demenssjukdom.",
                    ),
                ],
            ),
            (
                "quote",
                "Att få prata med andra i samma situation gav mig kraft att orka.",
                "Deltagare i anhöriggrupp",
            ),
        ],
    },
    {
        "slug": "sa-valjer-du-aldreboende",
        "section": "aldreomsorg",
        "organisation": "aldre-vard-och-omsorgsforvaltningen",
        "topics": ["aldreomsorg"],
        "title": "Så väljer du vård- och omsorgsboende",
        "summary": "Du kan önska vilket boende du vill flytta till.",
        "blocks": [
            (
                "paragraph",
                "När du har fått beslut om plats kan du önska upp till tre boenden. Du kan också "
                "önska boende med en viss inriktning, till exempel språk eller kultur.",
            ),
            (
                "paragraph",
                "Besök gärna boendena innan du bestämmer dig. Personalen visar gärna runt.",
            ),
            (
                "call_to_action",
                "Ansök om plats",
                "Läs om hur du ansöker om vård- och omsorgsboende.",
                "ansok-om-plats-pa-aldreboende",
            ),
        ],
    },
    {
        "slug": "budget-och-skuldradgivning",
        "section": "ekonomiskt-stod",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["ekonomiskt-stod"],
        "title": "Budget- och skuldrådgivning",
        "summary": "Gratis hjälp att få ordning på ekonomin.",
        "blocks": [
            (
                "paragraph",
                "Budget- och skuldrådgivarna hjälper dig att göra en budget, förhandla med "
                "fordringsägare och ansöka om skuldsanering.",
            ),
            (
                "fact_box",
                "Så bokar du",
                "Ring Kontaktcenter och be om att få bli kontaktad av en budget- och "
                "skuldrådgivare. Det är gratis och du kan vara anonym.",
            ),
            (
                "call_to_action",
                "Har du frågor om skulder?",
                "Läs svaret på vanliga frågor om skulder och rådgivning.",
                "hjalp-med-skulder",
            ),
        ],
    },
    {
        "slug": "sa-beraknas-ekonomiskt-bistand",
        "section": "ekonomiskt-stod",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["ekonomiskt-stod"],
        "title": "Så beräknas ekonomiskt bistånd",
        "summary": "Riksnormen och rimliga kostnader avgör hur mycket du kan få.",
        "blocks": [
            (
                "paragraph",
                "Ekonomiskt bistånd räknas ut genom att vi jämför hushållets inkomster med de "
                "kostnader som anses skäliga.",
            ),
            ("heading", "Riksnormen"),
            (
                "paragraph",
                "Riksnormen är ett belopp som regeringen bestämmer varje år. Den ska räcka till "
                "mat, kläder, hygien, telefon och fritid.",
            ),
            (
                "fact_box",
                "Utöver riksnormen",
                "Du kan också få pengar till hyra, el, hemförsäkring, arbetsresor och läkarvård "
                "om kostnaderna är rimliga.",
            ),
            (
                "call_to_action",
                "Ansök om ekonomiskt bistånd",
                "Läs om vem som kan få ekonomiskt bistånd och hur du ansöker.",
                "ekonomiskt-bistand",
            ),
        ],
    },
    {
        "slug": "ledsagning-och-kontaktperson",
        "section": "stod-vid-funktionsnedsattning",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["funktionsnedsattning"],
        "title": "Ledsagning och kontaktperson",
        "summary": "Stöd för att kunna delta i fritidsaktiviteter och träffa andra.",
        "blocks": [
            (
                "paragraph",
                "Om du har en funktionsnedsättning kan du få en ledsagare som följer med dig på "
                "aktiviteter, eller en kontaktperson som du träffar regelbundet.",
            ),
            (
                "paragraph",
                "Stödet ges enligt LSS eller socialtjänstlagen. En handläggare utreder dina "
                "behov innan beslut.",
            ),
            (
                "accordion",
                [
                    (
                        "Kan jag bli kontaktperson?",
                        "Ja, staden söker alltid nya kontaktpersoner. Du får ett arvode och "
                        "introduktion.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "stod-till-barn-och-familjer",
        "section": "omsorg-och-stod",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["barn-familj"],
        "title": "Stöd till barn och familjer",
        "summary": "Föräldrastöd, familjebehandling och samtal för barn och unga.",
        "blocks": [
            (
                "paragraph",
                "Alla familjer har perioder som är tunga. Staden erbjuder stöd utan "
                "biståndsbeslut, till exempel föräldragrupper och samtal på familjecentralen.",
            ),
            ("heading", "Familjecentraler"),
            (
                "paragraph",
                "På familjecentralerna finns barnmorska, barnhälsovård, öppen förskola och "
                "socialrådgivare under samma tak.",
            ),
            (
                "call_to_action",
                "Orolig för ett barn?",
                "Så gör du om du tror att ett barn far illa.",
                "orolig-for-ett-barn",
            ),
        ],
    },
    # --- Kultur och fritid ----------------------------------------------------------------
    {
        "slug": "e-bocker-och-e-ljudbocker",
        "section": "bibliotek-och-lasning",
        "organisation": "kulturforvaltningen",
        "topics": ["bibliotek"],
        "title": "E-böcker och e-ljudböcker",
        "summary": "Låna digitalt i mobilen, surfplattan eller datorn.",
        "blocks": [
            (
                "paragraph",
                "Med ditt lånekort kan du låna upp till fem e-böcker och e-ljudböcker per vecka. "
                "Du laddar ner bibliotekets app och loggar in med lånekortsnummer och pinkod.",
            ),
            (
                "fact_box",
                "Tidningar och databaser",
                "Du kan också läsa dagstidningar från hela världen och använda uppslagsverk och "
                "språkkurser gratis.",
            ),
            (
                "call_to_action",
                "Inget lånekort ännu?",
                "Skaffa ett gratis lånekort på valfritt bibliotek eller digitalt med BankID.",
                "lanekort-pa-biblioteket",
            ),
        ],
    },
    {
        "slug": "bokstart-for-sma-barn",
        "section": "bibliotek-och-lasning",
        "organisation": "kulturforvaltningen",
        "topics": ["bibliotek", "barn-familj"],
        "title": "Bokstart för de minsta",
        "summary": "Gratis bokpaket och rim och ramsor för barn upp till tre år.",
        "blocks": [
            (
                "paragraph",
                "Barn som får höra språk tidigt får ett större ordförråd. Genom Bokstart får "
                "familjer med små barn gratis böcker och tips om läsning.",
            ),
            (
                "paragraph",
                "Biblioteken har babyrytmik och sagostunder varje vecka. Du behöver inte anmäla "
                "dig.",
            ),
            (
                "quote",
                "Det är aldrig för tidigt att börja läsa för sitt barn.",
                "Barnbibliotekarie, Angereds bibliotek",
            ),
        ],
    },
    {
        "slug": "kulturskolan",
        "section": "kultur-och-fritid",
        "organisation": "kulturforvaltningen",
        "topics": ["kultur-fritid"],
        "title": "Kulturskolan",
        "summary": "Musik, dans, teater och bild för barn och unga mellan 6 och 19 år.",
        "blocks": [
            (
                "paragraph",
                "I kulturskolan kan du spela instrument, sjunga i kör, dansa, spela teater eller "
                "göra film. Undervisningen sker efter skoltid i hela staden.",
            ),
            (
                "fact_box",
                "Avgift",
                "En kurs kostar 400 kronor per termin. Prova-på-kurser och sommarkurser är gratis.",
            ),
            (
                "accordion",
                [
                    (
                        "Måste jag ha ett eget instrument?",
                        "Nej, du kan hyra ett instrument av kulturskolan för 200 kronor per "
                        "termin.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "motionsspar-och-utegym",
        "section": "idrott-och-foreningar",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["idrott"],
        "title": "Motionsspår och utegym",
        "summary": "Gratis träning utomhus i alla stadsdelar.",
        "blocks": [
            (
                "paragraph",
                "I staden finns över 40 utegym och 60 kilometer elbelysta motionsspår. Alla är "
                "gratis och öppna dygnet runt.",
            ),
            ("heading", "Populära spår"),
            (
                "paragraph",
                "Delsjöområdet, Slottsskogen och Keillers park är populära platser för löpning. I "
                "Kviberg finns ett stort utegym med hinderbana.",
            ),
        ],
    },
    {
        "slug": "registrera-din-forening",
        "section": "idrott-och-foreningar",
        "organisation": "idrotts-och-foreningsforvaltningen",
        "topics": ["foreningar"],
        "title": "Registrera din förening",
        "summary": "Registrerade föreningar kan söka bidrag och boka lokaler till lägre pris.",
        "blocks": [
            (
                "paragraph",
                "För att kunna söka bidrag behöver föreningen vara registrerad hos staden. "
                "Föreningen ska vara ideell, demokratiskt uppbyggd och ha sitt säte i staden.",
            ),
            (
                "accordion",
                [
                    (
                        "Vilka handlingar behövs?",
                        "Stadgar, senaste årsmötesprotokollet, verksamhetsberättelse och "
                        "ekonomisk redovisning.",
                    ),
                    (
                        "Hur lång tid tar det?",
                        "Registreringen tar oftast två till tre veckor.",
                    ),
                ],
            ),
            (
                "call_to_action",
                "Sök bidrag",
                "Läs om vilka bidrag föreningen kan söka.",
                "foreningsbidrag",
            ),
        ],
    },
    # --- Miljö och avfall -----------------------------------------------------------------
    {
        "slug": "sortera-ratt",
        "section": "avfall-och-atervinning",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "title": "Sortera rätt",
        "summary": "Så sorterar du ditt avfall hemma.",
        "blocks": [
            (
                "paragraph",
                "Genom att sortera blir avfallet nya material och biogas. Det som inte går att "
                "återvinna blir fjärrvärme.",
            ),
            (
                "accordion",
                [
                    (
                        "Matavfall",
                        "Lägg matrester, kaffesump och hushållspapper i den bruna påsen.",
                    ),
                    (
                        "Förpackningar",
                        "Plast-, pappers-, metall- och glasförpackningar sorterar du i "
                        "fastighetens kärl eller lämnar på en återvinningsstation.",
                    ),
                    (
                        "Restavfall",
                        "Det som varken är förpackningar, matavfall eller farligt avfall, till "
                        "exempel blöjor och disktrasor.",
                    ),
                ],
            ),
            (
                "fact_box",
                "Visste du att",
                "En glasburk kan återvinnas hur många gånger som helst utan att kvaliteten blir "
                "sämre.",
            ),
        ],
    },
    {
        "slug": "farligt-avfall",
        "section": "avfall-och-atervinning",
        "organisation": "kretslopp-och-vatten",
        "topics": ["atervinning"],
        "title": "Farligt avfall",
        "summary": "Färg, kemikalier och batterier får aldrig slängas bland soporna.",
        "blocks": [
            (
                "paragraph",
                "Farligt avfall kan skada människor och miljö. Det ska lämnas på en "
                "återvinningscentral eller till en miljöbil.",
            ),
            (
                "paragraph",
                "Miljöbilen stannar på fasta platser i stadsdelarna en gång i månaden. Tider finns "
                "på webbplatsen.",
            ),
            (
                "call_to_action",
                "Hitta närmaste återvinningscentral",
                "Se adresser och öppettider för stadens återvinningscentraler.",
                "atervinningscentraler",
            ),
        ],
    },
    {
        "slug": "dricksvattnet",
        "section": "vatten-och-avlopp",
        "organisation": "kretslopp-och-vatten",
        "topics": ["vatten-avlopp"],
        "title": "Dricksvattnet",
        "summary": "Från Göta älv till din kran.",
        "blocks": [
            (
                "paragraph",
                "Dricksvattnet tas från Göta älv och renas i två vattenverk. Om älven blir "
                "förorenad kan vi stänga intaget och använda vatten från reservsjöar.",
            ),
            (
                "fact_box",
                "Hårdhet",
                "Vattnet är mjukt, cirka 4 tyska grader. Du behöver mindre tvättmedel än i många "
                "andra delar av landet.",
            ),
            (
                "call_to_action",
                "Är vattnet säkert att dricka?",
                "Läs svaret på en av de vanligaste frågorna vi får.",
                "ar-kranvattnet-sakert",
            ),
        ],
    },
    {
        "slug": "enskilt-avlopp",
        "section": "vatten-och-avlopp",
        "organisation": "kretslopp-och-vatten",
        "topics": ["vatten-avlopp"],
        "title": "Enskilt avlopp",
        "summary": "Ansvar och skötsel för dig som inte är ansluten till kommunalt avlopp.",
        "blocks": [
            (
                "paragraph",
                "Har du ett enskilt avlopp ansvarar du för att det fungerar och inte förorenar "
                "miljön. Slamavskiljaren töms minst en gång per år.",
            ),
            (
                "paragraph",
                "Ska du bygga nytt avlopp eller ändra ett befintligt behöver du tillstånd från "
                "miljöförvaltningen.",
            ),
            (
                "call_to_action",
                "Beställ extra tömning",
                "Behöver slamavskiljaren tömmas utanför schemat?",
                "tomning-av-slamavskiljare",
            ),
        ],
    },
    # --- Kommun och politik ---------------------------------------------------------------
    {
        "slug": "kommunfullmaktige",
        "section": "sa-styrs-staden",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Kommunfullmäktige",
        "summary": "Stadens högsta beslutande församling med 81 ledamöter.",
        "blocks": [
            (
                "paragraph",
                "Kommunfullmäktige beslutar om budget, skatt och andra viktiga frågor. "
                "Ledamöterna väljs i allmänna val vart fjärde år.",
            ),
            (
                "fact_box",
                "Sammanträden",
                "Fullmäktige sammanträder en torsdag i månaden i rådhuset. Sammanträdena är "
                "öppna för alla och sänds direkt på webbplatsen.",
            ),
            ("heading", "Allmänhetens frågestund"),
            (
                "paragraph",
                "Två gånger per år kan du som bor i staden ställa frågor direkt till "
                "fullmäktiges ledamöter. Anmäl din fråga senast tio dagar i förväg.",
            ),
            (
                "call_to_action",
                "Vill du kontakta en politiker?",
                "Så hittar du kontaktuppgifter till ledamöter i nämnder och fullmäktige.",
                "kontakta-en-politiker",
            ),
        ],
    },
    {
        "slug": "namnder-och-forvaltningar",
        "section": "sa-styrs-staden",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Nämnder och förvaltningar",
        "summary": "Politikerna i nämnderna beslutar, förvaltningarna gör jobbet.",
        "blocks": [
            (
                "paragraph",
                "Varje nämnd ansvarar för ett område, till exempel förskola eller trafik. "
                "Ledamöterna utses av kommunfullmäktige.",
            ),
            (
                "paragraph",
                "Till varje nämnd hör en förvaltning med anställda som genomför besluten och "
                "driver verksamheterna.",
            ),
            (
                "quote",
                "Förvaltningens uppgift är att ge politikerna bra underlag och att sedan "
                "genomföra besluten på bästa sätt.",
                "Stadsdirektör",
            ),
        ],
    },
    {
        "slug": "lamna-ett-e-forslag",
        "section": "sa-styrs-staden",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Lämna ett e-förslag",
        "summary": "Ge förslag till politikerna och samla stöd från andra invånare.",
        "blocks": [
            (
                "paragraph",
                "Du som bor i staden kan lämna ett förslag om något staden ansvarar för. "
                "Förslaget publiceras och andra kan skriva under.",
            ),
            (
                "fact_box",
                "200 underskrifter",
                "Om förslaget får minst 200 underskrifter på tre månader behandlas det av den "
                "nämnd som ansvarar för frågan.",
            ),
            (
                "paragraph",
                "Förslagen får inte handla om enskilda personer eller myndighetsutövning.",
            ),
        ],
    },
    {
        "slug": "offentlighetsprincipen",
        "section": "insyn-och-allmanna-handlingar",
        "organisation": "stadsledningskontoret",
        "topics": ["allmanna-handlingar"],
        "title": "Offentlighetsprincipen",
        "summary": "Alla har rätt till insyn i hur staden arbetar.",
        "blocks": [
            (
                "paragraph",
                "Offentlighetsprincipen gör det möjligt för allmänheten och medierna att granska "
                "stadens arbete. Den finns i tryckfrihetsförordningen.",
            ),
            (
                "accordion",
                [
                    (
                        "Vad är en allmän handling?",
                        "En handling som har kommit in till, eller upprättats hos, staden och som "
                        "förvaras här.",
                    ),
                    (
                        "Vad är sekretess?",
                        "Vissa uppgifter, till exempel om hälsa eller sociala förhållanden, är "
                        "skyddade av sekretess och lämnas inte ut.",
                    ),
                ],
            ),
            (
                "call_to_action",
                "Begär ut en handling",
                "Så begär du en kopia av en allmän handling.",
                "kopia-av-allman-handling",
            ),
        ],
    },
    {
        "slug": "sa-hanterar-vi-personuppgifter",
        "section": "insyn-och-allmanna-handlingar",
        "organisation": "stadsledningskontoret",
        "topics": ["allmanna-handlingar"],
        "title": "Så hanterar vi dina personuppgifter",
        "summary": "Dina rättigheter enligt dataskyddsförordningen.",
        "blocks": [
            (
                "paragraph",
                "Staden behandlar personuppgifter för att kunna ge service och fatta beslut. Vi "
                "sparar inte uppgifterna längre än nödvändigt.",
            ),
            (
                "paragraph",
                "Du har rätt att få veta vilka uppgifter vi har om dig och att få felaktiga "
                "uppgifter rättade.",
            ),
            (
                "fact_box",
                "Dataskyddsombud",
                "Staden har ett dataskyddsombud som du kan kontakta via Kontaktcenter om du har "
                "frågor om hur dina uppgifter hanteras.",
            ),
        ],
    },
    {
        "slug": "lediga-jobb",
        "section": "jobba-hos-oss",
        "organisation": "stadsledningskontoret",
        "topics": ["jobb"],
        "title": "Lediga jobb",
        "summary": "Hitta ditt nästa jobb i staden.",
        "blocks": [
            (
                "paragraph",
                "Staden har över 55 000 medarbetare i hundratals olika yrken. Just nu söker vi "
                "särskilt lärare, undersköterskor, socionomer och ingenjörer.",
            ),
            (
                "quote",
                "Det bästa med mitt jobb är att jag varje dag gör skillnad för någon.",
                "Undersköterska, Linnégatans vård- och omsorgsboende",
            ),
            ("heading", "Så söker du"),
            (
                "paragraph",
                "Alla lediga tjänster publiceras i rekryteringssystemet. Du söker med CV och ett "
                "kort personligt brev.",
            ),
        ],
    },
    {
        "slug": "tillganglighet",
        "section": "medborgarservice",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati", "funktionsnedsattning"],
        "title": "Tillgänglighet",
        "summary": "Vi vill att alla ska kunna använda våra digitala tjänster.",
        "blocks": [
            (
                "paragraph",
                "Webbplatsen och e-tjänsterna ska följa lagen om tillgänglighet till digital "
                "offentlig service. Vi testar regelbundet med användare.",
            ),
            (
                "accordion",
                [
                    (
                        "Kända brister",
                        "Vissa äldre PDF-dokument är inte fullt tillgängliga. Kontakta oss om du "
                        "behöver innehållet i annat format.",
                    ),
                    (
                        "Rapportera problem",
                        "Om du upptäcker problem kan du kontakta Kontaktcenter. Vi svarar inom "
                        "tio arbetsdagar.",
                    ),
                ],
            ),
            (
                "paragraph",
                "Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta "
                "Myndigheten för digital förvaltning.",
            ),
        ],
    },
    {
        "slug": "kontakta-staden",
        "section": "medborgarservice",
        "organisation": "stadsledningskontoret",
        "topics": ["demokrati"],
        "title": "Kontakta staden",
        "summary": "Ett telefonnummer för alla frågor om stadens service.",
        "blocks": [
            (
                "paragraph",
                "Kontaktcenter svarar på frågor om allt som staden ansvarar för. Ring "
                "031-365 00 00 vardagar 8 till 17.",
            ),
            (
                "paragraph",
                "Du kan också besöka ett medborgarkontor där du får personlig hjälp, även på "
                "andra språk än svenska.",
            ),
            (
                "call_to_action",
                "Hitta ett medborgarkontor",
                "Se adresser och öppettider för medborgarkontoren.",
                "medborgarkontor",
            ),
        ],
    },
    {
        "slug": "sa-arbetar-staden-vid-kris",
        "section": "trygghet-och-krisberedskap",
        "organisation": "stadsledningskontoret",
        "topics": ["krisberedskap"],
        "title": "Så arbetar staden vid en kris",
        "summary": "Krisledning, information och trygghetspunkter.",
        "blocks": [
            (
                "paragraph",
                "Vid en allvarlig händelse, som ett långt strömavbrott eller en översvämning, "
                "leds arbetet av stadens krisledning.",
            ),
            ("heading", "Trygghetspunkter"),
            (
                "paragraph",
                "I varje stadsdel finns trygghetspunkter, ofta på bibliotek eller i skolor. Där "
                "kan du få information, ladda telefonen och få hjälp att larma.",
            ),
            (
                "fact_box",
                "Viktigt meddelande till allmänheten",
                "Vid fara varnas du med tyfonerna, Hesa Fredrik. Gå inomhus, stäng fönster och "
                "lyssna på Sveriges Radio P4.",
            ),
            (
                "call_to_action",
                "Är du förberedd?",
                "Läs vad du bör ha hemma för att klara dig en vecka.",
                "sa-forbereder-du-dig-for-kris",
            ),
        ],
    },
    # --- Företag och tillstånd ------------------------------------------------------------
    {
        "slug": "starta-restaurang",
        "section": "foretag-och-tillstand",
        "organisation": "socialforvaltningen-centrum",
        "topics": ["tillstand", "foretag"],
        "title": "Starta restaurang eller café",
        "summary": "Tillstånd och anmälningar du behöver innan du öppnar.",
        "blocks": [
            (
                "paragraph",
                "Innan du öppnar behöver du registrera livsmedelsanläggningen hos "
                "miljöförvaltningen. Vill du servera alkohol behöver du också serveringstillstånd.",
            ),
            (
                "accordion",
                [
                    (
                        "Uteservering",
                        "För att ställa bord på gatan behöver du tillstånd från polisen och ett "
                        "avtal med trafikkontoret.",
                    ),
                    (
                        "Skylt",
                        "Skyltar på fasaden kräver ofta bygglov.",
                    ),
                ],
            ),
            (
                "call_to_action",
                "Servera alkohol?",
                "Läs om hur du ansöker om serveringstillstånd.",
                "serveringstillstand",
            ),
        ],
    },
    {
        "slug": "salja-till-staden",
        "section": "foretag-och-tillstand",
        "organisation": "stadsledningskontoret",
        "topics": ["foretag"],
        "title": "Sälja till staden",
        "summary": "Så går offentlig upphandling till.",
        "blocks": [
            (
                "paragraph",
                "Staden köper varor och tjänster för flera miljarder kronor varje år. Alla inköp "
                "följer lagen om offentlig upphandling.",
            ),
            (
                "paragraph",
                "Pågående upphandlingar publiceras i en upphandlingsdatabas. Där kan du bevaka "
                "områden som passar ditt företag.",
            ),
            (
                "quote",
                "Vi vill att fler små och lokala företag ska lämna anbud.",
                "Upphandlingschef, Stadsledningskontoret",
            ),
        ],
    },
    # --- Hitta verksamhet -----------------------------------------------------------------
    {
        "slug": "om-tillganglighetsinformationen",
        "section": "hitta-verksamhet",
        "organisation": "stadsledningskontoret",
        "topics": ["funktionsnedsattning"],
        "title": "Om tillgänglighetsinformationen",
        "summary": "Så beskriver vi hur tillgängliga stadens verksamheter är.",
        "blocks": [
            (
                "paragraph",
                "För varje verksamhet visar vi om det finns till exempel entré utan trappsteg, "
                "hiss, hörselslinga och tillgänglig toalett.",
            ),
            (
                "paragraph",
                "Uppgifterna lämnas av verksamheterna själva och kontrolleras en gång per år. "
                "Ring gärna innan ditt besök om du har särskilda behov.",
            ),
            (
                "call_to_action",
                "Har du synpunkter på tillgängligheten?",
                "Berätta för oss om något inte stämmer eller kan bli bättre.",
                "lamna-synpunkter",
            ),
        ],
    },
]
