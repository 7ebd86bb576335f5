"""English and Arabic translations of selected demo pages, keyed by the Swedish text."""

PAGE_TRANSLATIONS = {
    "en": {
        # home
        "Startsida": "Home",
        (
            "Här hittar du stadens service, nyheter och svar på vanliga frågor, samlat på ett "
            "ställe."
        ): (
            "Here you will find the city's services, news and answers to common questions, all "
            "in one place."
        ),
        (
            "Välkommen till staden. Här kan du ansöka om förskoleplats, söka bygglov, anmäla fel "
            "på gator och läsa om vad som händer där du bor."
        ): (
            "Welcome to the city. Here you can apply for a preschool place, apply for a building "
            "permit, report faults on streets and read about what is happening where you live."
        ),
        (
            "Hittar du inte det du letar efter kan du ringa Kontaktcenter på 031-365 00 00. Vi "
            "svarar på frågor om allt som staden ansvarar för."
        ): (
            "If you cannot find what you are looking for, call the Contact Centre on 031-365 00 "
            "00. We answer questions about everything the city is responsible for."
        ),
        # forskola-och-skola
        "Förskola och skola": "Preschool and school",
        "Förskola, grundskola, fritidshem och gymnasium i staden.": (
            "Preschool, compulsory school, after-school centres and upper secondary school in "
            "the city."
        ),
        (
            "Här hittar du information om förskola, grundskola, fritidshem och gymnasieskola. Du "
            "kan ansöka om plats, göra skolval och läsa om hur skolåret är upplagt."
        ): (
            "Here you will find information about preschool, compulsory school, after-school "
            "centres and upper secondary school. You can apply for a place, choose a school and "
            "read about how the school year is organised."
        ),
        # bygga-och-bo
        "Bygga och bo": "Building and housing",
        "Bygglov, kartor, detaljplaner och hjälp att hitta en bostad.": (
            "Building permits, maps, detailed development plans and help finding a home."
        ),
        (
            "Ska du bygga nytt, bygga till eller göra om ditt hus? Här får du veta när du "
            "behöver bygglov och hur du ansöker."
        ): (
            "Are you going to build something new, extend or alter your house? Here you can find "
            "out when you need a building permit and how to apply."
        ),
        (
            "Du kan också beställa kartor, läsa om detaljplaner och söka lägenhet hos stadens "
            "bostadsbolag."
        ): (
            "You can also order maps, read about detailed development plans and look for a flat "
            "with the city's housing company."
        ),
        # trafik-och-gator
        "Trafik och gator": "Traffic and streets",
        "Parkering, felanmälan, gatuarbeten och färdtjänst.": (
            "Parking, fault reports, roadworks and mobility service."
        ),
        (
            "Staden sköter gator, cykelbanor, broar och belysning. Här kan du anmäla fel, söka "
            "parkeringstillstånd och läsa om arbeten på gatorna."
        ): (
            "The city looks after streets, cycle paths, bridges and lighting. Here you can "
            "report faults, apply for parking permits and read about work on the streets."
        ),
        # omsorg-och-stod
        "Omsorg och stöd": "Care and support",
        "Stöd för äldre, ekonomiskt bistånd och hjälp vid funktionsnedsättning.": (
            "Support for older people, financial assistance and help if you have a disability."
        ),
        (
            "Staden ger stöd när du behöver det, oavsett om det gäller hjälp i hemmet, ekonomi "
            "eller en funktionsnedsättning."
        ): (
            "The city gives you support when you need it, whether it is help at home, with your "
            "finances or because of a disability."
        ),
        (
            "Alla ansökningar prövas individuellt och du får alltid ett skriftligt beslut som du "
            "kan överklaga."
        ): (
            "Every application is assessed individually and you always receive a written "
            "decision that you can appeal."
        ),
        # kultur-och-fritid
        "Kultur och fritid": "Culture and leisure",
        "Bibliotek, idrott, bad, föreningsliv och fritidsgårdar.": (
            "Libraries, sports, swimming, associations and youth centres."
        ),
        (
            "Låna böcker, boka en idrottshall eller hitta en aktivitet för barnen. Staden har "
            "bibliotek, simhallar och fritidsgårdar i alla delar av staden."
        ): (
            "Borrow books, book a sports hall or find an activity for the children. The city has "
            "libraries, swimming pools and youth centres in every part of the city."
        ),
        # miljo-och-avfall
        "Miljö och avfall": "Environment and waste",
        "Sophämtning, återvinning, vatten och avlopp.": (
            "Waste collection, recycling, water and sewage."
        ),
        (
            "Här hittar du information om sophämtning, återvinningscentraler, grovavfall och "
            "dricksvatten. Tillsammans kan vi minska avfallet och ta vara på resurserna."
        ): (
            "Here you will find information about waste collection, recycling centres, bulky "
            "waste and drinking water. Together we can reduce waste and make good use of our "
            "resources."
        ),
        # kommun-och-politik
        "Kommun och politik": "Municipality and politics",
        "Så styrs staden, allmänna handlingar, synpunkter och lediga jobb.": (
            "How the city is governed, public documents, feedback and job vacancies."
        ),
        (
            "Staden styrs av politiker som du väljer vart fjärde år. Här kan du följa besluten, "
            "begära ut handlingar och lämna synpunkter."
        ): (
            "The city is governed by politicians you elect every four years. Here you can follow "
            "decisions, request documents and give feedback."
        ),
        # foretag-och-tillstand
        "Företag och tillstånd": "Business and permits",
        "Serveringstillstånd och andra tillstånd för företag.": (
            "Alcohol licences and other permits for businesses."
        ),
        (
            "Driver du eller ska du starta ett företag? Här hittar du tillstånd som staden "
            "ansvarar för, till exempel serveringstillstånd."
        ): (
            "Do you run a business or are you about to start one? Here you will find the permits "
            "the city is responsible for, such as alcohol licences."
        ),
        # nyheter
        "Nyheter": "News",
        "Aktuella nyheter från stadens förvaltningar och bolag.": (
            "The latest news from the city's administrations and companies."
        ),
        "Här publicerar vi nyheter om stadens service, beslut och händelser.": (
            "Here we publish news about the city's services, decisions and events."
        ),
        # bloggen
        "Bloggen": "The blog",
        "Medarbetare berättar om sitt arbete i staden.": (
            "Staff tell you about their work in the city."
        ),
        (
            "I bloggen skriver stadens medarbetare om vardagen i verksamheterna, om nya "
            "arbetssätt och om det som händer bakom kulisserna."
        ): (
            "In the blog, city staff write about everyday life in our services, about new ways "
            "of working and about what happens behind the scenes."
        ),
        # fragor-och-svar
        "Frågor och svar": "Questions and answers",
        "Svar på de frågor som invånare oftast ställer till staden.": (
            "Answers to the questions residents most often ask the city."
        ),
        (
            "Här har vi samlat svar på vanliga frågor till Kontaktcenter. Hittar du inte svaret "
            "är du välkommen att ringa 031-365 00 00."
        ): (
            "Here we have collected answers to common questions to the Contact Centre. If you "
            "cannot find the answer, you are welcome to call 031-365 00 00."
        ),
        # hitta-verksamhet
        "Hitta verksamhet": "Find a service",
        "Förskolor, skolor, bibliotek, bad och andra verksamheter nära dig.": (
            "Preschools, schools, libraries, swimming pools and other services near you."
        ),
        (
            "Sök bland stadens förskolor, skolor, äldreboenden, bibliotek och andra "
            "verksamheter. Du ser adress, öppettider och tillgänglighet för varje plats."
        ): (
            "Search among the city's preschools, schools, care homes, libraries and other "
            "services. You can see the address, opening hours and accessibility for each place."
        ),
        # ansok-om-forskoleplats
        "Ansök om förskoleplats": "Apply for a preschool place",
        "Du kan ansöka om förskoleplats när ditt barn är några månader gammalt.": (
            "You can apply for a preschool place when your child is a few months old."
        ),
        (
            "Förskolan är till för barn från ett år tills de börjar förskoleklass. Barnen leker, "
            "lär sig och utvecklas tillsammans med andra barn och utbildad personal."
        ): (
            "Preschool is for children from the age of one until they start preschool class. The "
            "children play, learn and develop together with other children and trained staff."
        ),
        (
            "Du kan önska upp till fem förskolor, både kommunala och fristående. Vi erbjuder en "
            "plats inom fyra månader från det datum du vill att ditt barn ska börja."
        ): (
            "You can choose up to five preschools, both municipal and independent. We offer a "
            "place within four months of the date you want your child to start."
        ),
        (
            "Du som är vårdnadshavare, är folkbokförd i staden och har ett barn som är mellan "
            "ett och fem år."
        ): (
            "You are a guardian, registered as living in the city, and have a child aged between "
            "one and five."
        ),
        (
            "Du ansöker i e-tjänsten med BankID. Ansök senast fyra månader innan du behöver "
            "platsen. Har ni två vårdnadshavare ska båda godkänna ansökan."
        ): (
            "You apply in the e-service using BankID. Apply at least four months before you need "
            "the place. If there are two guardians, both must approve the application."
        ),
        (
            "Avgiften beror på hushållets inkomst och är högst 1 688 kronor i månaden för det "
            "första barnet. Från hösten det år barnet fyller tre år ingår 15 timmar i veckan "
            "utan kostnad."
        ): (
            "The fee depends on the household's income and is at most 1,688 kronor a month for "
            "the first child. From the autumn of the year the child turns three, 15 hours a week "
            "are included free of charge."
        ),
        "Erbjudande inom fyra månader": "Offer within four months",
        "Kan jag byta förskola senare?": "Can I change preschool later?",
        (
            "Ja, du kan ansöka om byte när som helst. Ditt barn behåller sin plats tills ni fått "
            "en ny."
        ): (
            "Yes, you can apply to change at any time. Your child keeps their place until you "
            "have been offered a new one."
        ),
        "Vad händer om jag tackar nej till erbjudandet?": "What happens if I turn down the offer?",
        "Om du tackar nej tas ansökan bort och du behöver göra en ny ansökan.": (
            "If you turn down the offer, your application is removed and you need to apply again."
        ),
        # ansok-om-bygglov
        "Ansök om bygglov": "Apply for a building permit",
        "Du behöver bygglov för att bygga nytt, bygga till eller ändra användning.": (
            "You need a building permit to build something new, extend a building or change how "
            "it is used."
        ),
        (
            "Bygglov krävs bland annat när du bygger ett nytt hus, gör en tillbyggnad, byter "
            "färg på fasaden eller sätter upp en större skylt."
        ): (
            "A building permit is needed, for example, when you build a new house, build an "
            "extension, change the colour of the facade or put up a large sign."
        ),
        (
            "Vi prövar om det du vill bygga följer detaljplanen och passar in i omgivningen. "
            "Grannar kan få möjlighet att lämna synpunkter."
        ): (
            "We check whether what you want to build follows the detailed development plan and "
            "fits in with its surroundings. Neighbours may be given the opportunity to comment."
        ),
        "När du har fått bygglov behöver du också ett startbesked innan du får börja bygga.": (
            "Once you have a building permit, you also need a start notice before you are "
            "allowed to start building."
        ),
        "Du som äger en fastighet eller har fått fastighetsägarens tillåtelse att bygga.": (
            "You own a property or have the property owner's permission to build."
        ),
        (
            "Du ansöker i e-tjänsten och bifogar ritningar, situationsplan och en beskrivning av "
            "vad du ska bygga. Boka gärna ett rådgivningssamtal först."
        ): (
            "You apply in the e-service and attach drawings, a site plan and a description of "
            "what you are going to build. We recommend booking an advisory call first."
        ),
        (
            "Avgiften beror på vad du ska bygga och tas ut enligt stadens taxa. Ett bygglov för "
            "ett nytt enbostadshus kostar ofta mellan 25 000 och 40 000 kronor."
        ): (
            "The fee depends on what you are going to build and is charged according to the "
            "city's rates. A building permit for a new detached house often costs between 25,000 "
            "and 40,000 kronor."
        ),
        "Inom tio veckor från komplett ansökan": "Within ten weeks of a complete application",
        "Hur vet jag om min ansökan är komplett?": "How do I know if my application is complete?",
        (
            "Vi hör av oss inom tre veckor om något saknas. Tiden räknas från den dag allt har "
            "kommit in."
        ): (
            "We will contact you within three weeks if anything is missing. The time is counted "
            "from the day everything has arrived."
        ),
        "Vad händer om jag bygger utan lov?": "What happens if I build without a permit?",
        (
            "Då kan du få betala en byggsanktionsavgift och bli tvungen att ta bort det du har "
            "byggt."
        ): (
            "You may then have to pay a construction penalty fee and be required to remove what "
            "you have built."
        ),
        # parkeringstillstand-for-rorelsehindrade
        "Parkeringstillstånd för rörelsehindrade": "Parking permit for people with disabilities",
        "Har du svårt att gå kan du få tillstånd att parkera närmare målet.": (
            "If you have difficulty walking, you can get a permit to park closer to where you "
            "are going."
        ),
        (
            "Med ett parkeringstillstånd för rörelsehindrade får du parkera på platser "
            "reserverade för rörelsehindrade och längre tid än andra på vanliga platser."
        ): (
            "With a parking permit for people with disabilities, you can park in spaces reserved "
            "for disabled people and for longer than others in ordinary spaces."
        ),
        (
            "Tillståndet är personligt och gäller i hela Sverige. Det kan gälla för dig som kör "
            "själv eller för dig som behöver hjälp av en förare."
        ): (
            "The permit is personal and valid throughout Sweden. It can apply to you as a driver "
            "or to you as a passenger who needs help from a driver."
        ),
        (
            "Du som har en varaktig funktionsnedsättning som gör att du har stora svårigheter "
            "att gå."
        ): "You have a long-term disability that makes it very difficult for you to walk.",
        (
            "Ansök i e-tjänsten och bifoga ett läkarintyg som beskriver hur "
            "funktionsnedsättningen påverkar din förmåga att gå."
        ): (
            "Apply in the e-service and attach a medical certificate describing how your "
            "disability affects your ability to walk."
        ),
        "Det är gratis att ansöka och att få tillståndet.": (
            "It is free to apply and to receive the permit."
        ),
        "Cirka sex veckor": "About six weeks",
        "Hur länge gäller tillståndet?": "How long is the permit valid?",
        "Tillståndet gäller i högst fem år. Du behöver ansöka på nytt när det går ut.": (
            "The permit is valid for a maximum of five years. You need to apply again when it "
            "expires."
        ),
        "Får jag parkera gratis med tillståndet?": "Can I park for free with the permit?",
        (
            "Det beror på platsen. På stadens gator betalar du ingen avgift, men i privata "
            "garage kan avgift tas ut."
        ): (
            "It depends on the place. On the city's streets you do not pay a fee, but private "
            "garages may charge."
        ),
        # felanmalan-gata-park-och-belysning
        "Felanmälan gata, park och belysning": "Report a fault in streets, parks and lighting",
        "Anmäl hål i gatan, trasig belysning, klotter eller nedskräpning.": (
            "Report potholes, broken lighting, graffiti or litter."
        ),
        (
            "Du kan anmäla fel på gator, cykelbanor, gatubelysning, trafiksignaler, lekplatser "
            "och parker som staden ansvarar för."
        ): (
            "You can report faults on streets, cycle paths, street lighting, traffic lights, "
            "playgrounds and parks that the city is responsible for."
        ),
        (
            "Beskriv felet och var det finns, gärna med en bild. Du kan följa ditt ärende och "
            "får besked när felet är åtgärdat."
        ): (
            "Describe the fault and where it is, preferably with a photo. You can follow your "
            "case and will be told when the fault has been fixed."
        ),
        "Alla som ser ett fel på stadens gator och i stadens parker.": (
            "Anyone who sees a fault on the city's streets or in the city's parks."
        ),
        (
            "Gör anmälan i e-tjänsten eller ring Felanmälan som har öppet dygnet runt. Vid akut "
            "fara, ring 112."
        ): (
            "Report it in the e-service or call the fault report line, which is open 24 hours a "
            "day. In case of immediate danger, call 112."
        ),
        "Det kostar inget att göra en felanmälan.": "It is free to report a fault.",
        "Akuta fel inom ett dygn": "Urgent faults within 24 hours",
        "Vem lagar en trasig lampa på min gård?": "Who repairs a broken lamp in my courtyard?",
        (
            "Belysning på privata gårdar och i bostadsområden ansvarar fastighetsägaren för. "
            "Kontakta din hyresvärd eller bostadsrättsförening."
        ): (
            "Lighting in private courtyards and residential areas is the property owner's "
            "responsibility. Contact your landlord or housing cooperative."
        ),
        # ekonomiskt-bistand
        "Ekonomiskt bistånd": "Financial assistance",
        "Om du inte kan försörja dig på annat sätt kan du ansöka om ekonomiskt bistånd.": (
            "If you cannot support yourself in any other way, you can apply for financial "
            "assistance."
        ),
        (
            "Ekonomiskt bistånd kan ge dig pengar till mat, hyra och andra nödvändiga utgifter "
            "när du inte kan försörja dig på annat sätt."
        ): (
            "Financial assistance can give you money for food, rent and other necessary expenses "
            "when you cannot support yourself in any other way."
        ),
        (
            "Först behöver du ha prövat andra möjligheter, till exempel arbete, a-kassa, "
            "sjukpenning eller bostadsbidrag. Vi ser på hela hushållets inkomster och "
            "tillgångar."
        ): (
            "First you need to have tried other options, such as work, unemployment benefit, "
            "sickness benefit or housing allowance. We look at the income and assets of the "
            "whole household."
        ),
        "Vi hjälper dig också att planera för hur du ska kunna försörja dig själv igen.": (
            "We also help you plan how you will be able to support yourself again."
        ),
        "Du som bor i staden och inte kan betala dina nödvändiga kostnader.": (
            "You live in the city and cannot pay your necessary costs."
        ),
        (
            "Ansök i e-tjänsten eller boka ett besök hos mottagningen i den stadsdel där du bor. "
            "Ta med underlag om inkomster och utgifter."
        ): (
            "Apply in the e-service or book a visit to the office in the district where you "
            "live. Bring documents showing your income and expenses."
        ),
        "Det kostar inget att ansöka.": "It is free to apply.",
        "Oftast inom två veckor": "Usually within two weeks",
        "Kan jag få akut hjälp samma dag?": "Can I get emergency help on the same day?",
        (
            "Ja, om du saknar pengar till mat eller läkemedel kan du få akut hjälp. Kontakta "
            "mottagningen så snart som möjligt."
        ): (
            "Yes, if you have no money for food or medicine you can get emergency help. Contact "
            "the office as soon as possible."
        ),
        "Påverkar mitt sparande?": "Do my savings matter?",
        (
            "Ja, sparade pengar och andra tillgångar som kan säljas behöver som regel användas "
            "först."
        ): "Yes, savings and other assets that can be sold generally need to be used first.",
        # lamna-synpunkter
        "Lämna synpunkter": "Give feedback",
        "Tyck till om stadens verksamheter. Dina synpunkter hjälper oss att bli bättre.": (
            "Tell us what you think about the city's services. Your feedback helps us improve."
        ),
        (
            "Du kan lämna beröm, klagomål eller förslag om allt som staden ansvarar för. "
            "Synpunkten skickas till den verksamhet det gäller."
        ): (
            "You can give praise, complaints or suggestions about anything the city is "
            "responsible for. Your feedback is sent to the service concerned."
        ),
        (
            "Vill du ha svar lämnar du dina kontaktuppgifter. Du kan också vara anonym, men då "
            "kan vi inte svara dig."
        ): (
            "If you would like a reply, leave your contact details. You can also stay anonymous, "
            "but then we cannot reply to you."
        ),
        "Alla som bor i, arbetar i eller besöker staden.": (
            "Everyone who lives in, works in or visits the city."
        ),
        "Lämna din synpunkt i e-tjänsten, ring Kontaktcenter eller besök ett medborgarkontor.": (
            "Give your feedback in the e-service, call the Contact Centre or visit a citizen "
            "office."
        ),
        "Det kostar inget att lämna synpunkter.": "It is free to give feedback.",
        "Svar inom tio arbetsdagar": "Reply within ten working days",
        "Blir min synpunkt en allmän handling?": "Will my feedback become a public document?",
        (
            "Ja, synpunkter som kommer in till staden blir allmänna handlingar. Skriv därför "
            "inte känsliga uppgifter om dig själv eller andra."
        ): (
            "Yes, feedback received by the city becomes a public document. So do not include "
            "sensitive information about yourself or others."
        ),
        # hur-lang-ar-kon-till-forskolan
        "Kön till förskolan": "The preschool queue",
        "Hur länge måste vi stå i kö för att få en förskoleplats?": (
            "How long do we have to queue to get a preschool place?"
        ),
        (
            "Du får ett erbjudande om plats inom fyra månader från det datum du har ansökt om. "
            "Det är lagens krav och staden håller det. Plats på en av de förskolor du önskat kan "
            "ta längre tid."
        ): (
            "You will be offered a place within four months of the date you applied for. This is "
            "required by law and the city meets it. A place at one of the preschools you chose "
            "may take longer."
        ),
        (
            "Staden erbjuder alltid en plats inom fyra månader. Om det inte finns plats på de "
            "förskolor du har önskat får du ett erbjudande på en annan förskola så nära hemmet "
            "som möjligt."
        ): (
            "The city always offers a place within four months. If there is no place at the "
            "preschools you chose, you will be offered a place at another preschool as close to "
            "your home as possible."
        ),
        (
            "Du kan tacka ja till erbjudandet och ändå stå kvar i kö till den förskola du helst "
            "vill ha."
        ): (
            "You can accept the offer and still stay in the queue for the preschool you would "
            "prefer."
        ),
        "Om vårdnadshavaren vill veta var i kön en viss ansökan står.": (
            "If the guardian wants to know where a specific application is in the queue."
        ),
        # nar-toms-soporna
        "När töms soporna": "When the bins are emptied",
        "Vilken dag töms soptunnan hos mig?": "Which day is my bin emptied?",
        (
            "Om du bor i villa eller radhus ser du din tömningsdag i e-tjänsten Mina sidor "
            "avfall. Bor du i lägenhet är det din hyresvärd eller förening som bestämmer "
            "schemat."
        ): (
            "If you live in a house, you can see your collection day in the e-service My pages "
            "waste. If you live in a flat, your landlord or housing cooperative decides the "
            "schedule."
        ),
        (
            "Kärlen töms oftast varannan vecka, men det beror på vilket abonnemang du har. Ställ "
            "ut kärlet senast klockan 6 på tömningsdagen med handtaget utåt."
        ): (
            "Bins are usually emptied every other week, but it depends on your subscription. Put "
            "the bin out by 6 am on collection day with the handle facing outwards."
        ),
        (
            "Vid helgdagar kan tömningen flyttas en dag. Information om ändrade dagar publiceras "
            "i nyheterna."
        ): (
            "Collection may be moved by one day around public holidays. Information about "
            "changed days is published in the news."
        ),
        "Om kärlet inte har tömts på ordinarie dag.": (
            "If the bin has not been emptied on the usual day."
        ),
        # hur-lang-tid-tar-bygglov
        "Handläggningstid för bygglov": "Processing time for building permits",
        "Hur lång tid tar det att få bygglov?": "How long does it take to get a building permit?",
        (
            "Du ska få beslut inom tio veckor från det att ansökan är komplett. Tiden kan "
            "förlängas med tio veckor till om ärendet är svårt. Oftast går det fortare för enkla "
            "ärenden."
        ): (
            "You should receive a decision within ten weeks of your application being complete. "
            "The time can be extended by another ten weeks if the case is complex. Simple cases "
            "are usually faster."
        ),
        (
            "Du får en bekräftelse när ansökan har kommit in. Inom tre veckor hör vi av oss om "
            "något saknas. Tiden börjar räknas först när allt finns på plats."
        ): (
            "You will receive a confirmation when your application has arrived. Within three "
            "weeks we will contact you if anything is missing. The time only starts once "
            "everything is in place."
        ),
        "Om beslutet dröjer längre än tio veckor utan att vi har förlängt tiden sänks avgiften.": (
            "If the decision takes longer than ten weeks without us having extended the time, "
            "the fee is reduced."
        ),
        "Om den sökande vill veta status i ett pågående ärende.": (
            "If the applicant wants to know the status of an ongoing case."
        ),
        # trasig-gatubelysning
        "Trasig gatubelysning": "Broken street lighting",
        "Gatlampan utanför mitt hus är trasig. Vart vänder jag mig?": (
            "The street lamp outside my house is broken. Who should I contact?"
        ),
        (
            "Gör en felanmälan i e-tjänsten eller ring Felanmälan gata och park, som har öppet "
            "dygnet runt. Ange gärna numret som sitter på lyktstolpen."
        ): (
            "Report the fault in the e-service or call the street and park fault line, which is "
            "open 24 hours a day. If you can, give the number shown on the lamp post."
        ),
        (
            "En enstaka trasig lampa lagas oftast inom två veckor. Om flera lampor i rad är "
            "släckta eller en stolpe är skadad åtgärdar vi det snabbare."
        ): (
            "A single broken lamp is usually repaired within two weeks. If several lamps in a "
            "row are out or a post is damaged, we act faster."
        ),
        "Belysning på privata gårdar och i bostadsområden är fastighetsägarens ansvar.": (
            "Lighting in private courtyards and residential areas is the property owner's "
            "responsibility."
        ),
        "Om en stolpe har vält eller det finns risk för elolycka.": (
            "If a post has fallen over or there is a risk of an electrical accident."
        ),
        # hjalp-att-betala-hyran
        "Hjälp att betala hyran": "Help paying the rent",
        "Jag har inte råd att betala hyran den här månaden. Kan jag få hjälp?": (
            "I cannot afford to pay the rent this month. Can I get help?"
        ),
        (
            "Du kan ansöka om ekonomiskt bistånd om du inte kan betala hyran på annat sätt. "
            "Kontakta mottagningen för ekonomiskt bistånd där du bor så snart som möjligt, helst "
            "innan hyran förfaller."
        ): (
            "You can apply for financial assistance if you cannot pay the rent in any other way. "
            "Contact the financial assistance office where you live as soon as possible, "
            "preferably before the rent is due."
        ),
        (
            "Prata också med din hyresvärd. Många hyresvärdar kan gå med på en avbetalningsplan "
            "om du hör av dig i tid."
        ): (
            "Also talk to your landlord. Many landlords can agree to a payment plan if you get "
            "in touch in time."
        ),
        (
            "Om du riskerar att bli vräkt kan socialtjänsten hjälpa dig att hitta en lösning. Du "
            "kan även få gratis budget- och skuldrådgivning."
        ): (
            "If you are at risk of eviction, social services can help you find a solution. You "
            "can also get free budget and debt advice."
        ),
        "Om invånaren har fått ett brev om uppsägning eller vräkning.": (
            "If the resident has received a letter about termination of the lease or eviction."
        ),
        # fatt-en-parkeringsanmarkning
        "Parkeringsanmärkning": "Parking ticket",
        "Jag har fått en parkeringsbot som jag tycker är fel. Vad gör jag?": (
            "I have received a parking ticket that I think is wrong. What should I do?"
        ),
        (
            "Du kan bestrida en felparkeringsavgift som Stadens Parkering har utfärdat. Gör det "
            "i deras e-tjänst och betala inte avgiften medan ärendet prövas."
        ): (
            "You can dispute a parking fine issued by the City Parking Company. Do this in their "
            "e-service and do not pay the fine while the case is being considered."
        ),
        (
            "Beskriv varför du anser att avgiften är fel och bifoga gärna bilder eller kvitton. "
            "Om bestridandet avslås skickas det vidare till polisen för prövning."
        ): (
            "Explain why you think the fine is wrong and attach photos or receipts if you can. "
            "If your dispute is rejected, it is passed on to the police for review."
        ),
        (
            "Gäller det en kontrollavgift på en privat parkering ska du i stället kontakta det "
            "bolag som har utfärdat den."
        ): (
            "If it is a control fee from a private car park, contact the company that issued it "
            "instead."
        ),
        "Om invånaren vill veta hur ett pågående ärende går.": (
            "If the resident wants to know how an ongoing case is progressing."
        ),
        # sa-fungerar-kon-till-forskolan
        "Så fungerar kön till förskolan": "How the preschool queue works",
        "Från ansökan till erbjudande: så fördelar vi platserna i förskolan.": (
            "From application to offer: how we allocate preschool places."
        ),
        "Plats inom fyra månader": "A place within four months",
        (
            "När du har ansökt om förskoleplats hamnar ditt barn i kö från det datum du vill att "
            "barnet ska börja. Staden erbjuder alltid en plats inom fyra månader."
        ): (
            "When you have applied for a preschool place, your child is queued from the date you "
            "want your child to start. The city always offers a place within four months."
        ),
        "Så fördelas platserna": "How places are allocated",
        (
            "Först går barn med behov av särskilt stöd. Sedan går syskonförtur och därefter det "
            "datum du vill att ditt barn ska börja."
        ): (
            "Children who need special support come first. After that, siblings are given "
            "priority, and then the date you want your child to start."
        ),
        "Kan jag se min plats i kön?": "Can I see my place in the queue?",
        (
            "Nej, det går inte eftersom kön ändras hela tiden när nya barn söker och andra "
            "tackar ja."
        ): (
            "No, that is not possible because the queue changes all the time as new children "
            "apply and others accept places."
        ),
        "Vad händer om vi flyttar?": "What happens if we move?",
        (
            "Uppdatera din adress i ansökan. Om ni flyttar till en annan kommun behöver du "
            "ansöka där."
        ): (
            "Update your address in the application. If you move to another municipality, you "
            "need to apply there."
        ),
        "Ansök i e-tjänsten med BankID. Det tar bara några minuter.": (
            "Apply in the e-service using BankID. It only takes a few minutes."
        ),
        # vintervaghallning
        "Vinterväghållning": "Winter road maintenance",
        "Så prioriterar vi snöröjning och halkbekämpning.": (
            "How we prioritise snow clearing and gritting."
        ),
        (
            "När det snöar eller blir halt prioriterar vi de gator och cykelbanor där flest "
            "människor rör sig."
        ): (
            "When it snows or gets icy, we prioritise the streets and cycle paths used by the "
            "most people."
        ),
        "Ordningen vi röjer i": "The order in which we clear",
        (
            "Först huvudgator, busslinjer och viktiga cykelstråk. Sedan gång- och cykelvägar "
            "till skolor. Sist bostadsgator."
        ): (
            "First main roads, bus routes and important cycle routes. Then footpaths and cycle "
            "paths to schools. Residential streets come last."
        ),
        (
            "Som fastighetsägare ansvarar du för att gångbanan utanför din fastighet är fri från "
            "snö och is."
        ): (
            "As a property owner, you are responsible for keeping the pavement outside your "
            "property clear of snow and ice."
        ),
        "Är det halt där du är?": "Is it slippery where you are?",
        "Anmäl halka eller dålig snöröjning till oss.": "Report ice or poor snow clearing to us.",
        # sa-beraknas-ekonomiskt-bistand
        "Så beräknas ekonomiskt bistånd": "How financial assistance is calculated",
        "Riksnormen och rimliga kostnader avgör hur mycket du kan få.": (
            "The national standard and reasonable costs determine how much you can receive."
        ),
        (
            "Ekonomiskt bistånd räknas ut genom att vi jämför hushållets inkomster med de "
            "kostnader som anses skäliga."
        ): (
            "Financial assistance is calculated by comparing the household's income with the "
            "costs that are considered reasonable."
        ),
        "Riksnormen": "The national standard",
        (
            "Riksnormen är ett belopp som regeringen bestämmer varje år. Den ska räcka till mat, "
            "kläder, hygien, telefon och fritid."
        ): (
            "The national standard is an amount set by the government each year. It is meant to "
            "cover food, clothes, hygiene, telephone and leisure."
        ),
        "Utöver riksnormen": "In addition to the national standard",
        (
            "Du kan också få pengar till hyra, el, hemförsäkring, arbetsresor och läkarvård om "
            "kostnaderna är rimliga."
        ): (
            "You can also get money for rent, electricity, home insurance, travel to work and "
            "medical care if the costs are reasonable."
        ),
        "Ansök om ekonomiskt bistånd": "Apply for financial assistance",
        "Läs om vem som kan få ekonomiskt bistånd och hur du ansöker.": (
            "Read about who can receive financial assistance and how to apply."
        ),
        # ansok-om-ekonomiskt-bistand-med-bankid
        "Nu kan du ansöka om ekonomiskt bistånd med BankID": (
            "You can now apply for financial assistance with BankID"
        ),
        "Den nya e-tjänsten gör det enklare att ansöka och skicka in underlag.": (
            "The new e-service makes it easier to apply and send in documents."
        ),
        (
            "Från och med i dag kan du ansöka om ekonomiskt bistånd i en ny e-tjänst. Du loggar "
            "in med BankID och kan fotografera kvitton och skicka in dem direkt."
        ): (
            "From today you can apply for financial assistance in a new e-service. You log in "
            "with BankID and can photograph receipts and send them in directly."
        ),
        (
            "I e-tjänsten ser du också när ditt ärende är klart. Du som inte vill eller kan "
            "använda e-tjänsten kan fortfarande ansöka på papper eller besöka mottagningen."
        ): (
            "In the e-service you can also see when your case has been decided. If you do not "
            "want to or cannot use the e-service, you can still apply on paper or visit the "
            "office."
        ),
        # kortare-handlaggningstider-for-bygglov
        "Kortare väntan på bygglov": "Shorter wait for building permits",
        "Den genomsnittliga handläggningstiden för bygglov har halverats på ett år.": (
            "The average processing time for building permits has been halved in a year."
        ),
        (
            "För ett år sedan tog det i genomsnitt tio veckor att få bygglov. Nu är genomsnittet "
            "fem veckor för en komplett ansökan."
        ): (
            "A year ago it took ten weeks on average to get a building permit. Now the average "
            "is five weeks for a complete application."
        ),
        (
            "Förbättringen beror på en ny e-tjänst som hjälper dig att skicka in rätt handlingar "
            "från början, och på fler handläggare."
        ): (
            "The improvement is thanks to a new e-service that helps you send in the right "
            "documents from the start, and to more case officers."
        ),
        "Boka gärna ett rådgivningssamtal innan du ansöker. Då blir det ännu enklare.": (
            "We recommend booking an advisory call before you apply. That makes it even easier."
        ),
        # nya-parkeringsavgifter-i-centrum
        "Nya parkeringsavgifter i centrum från 1 juni": (
            "New parking charges in the city centre from 1 June"
        ),
        "Avgiften för att parkera på gatan i centrum höjs till 40 kronor i timmen.": (
            "The charge for parking on the street in the city centre is rising to 40 kronor an "
            "hour."
        ),
        (
            "Från den 1 juni kostar det 40 kronor i timmen att parkera på gatan inom Vallgraven "
            "och i Vasastaden. Syftet är att fler ska välja garage och kollektivtrafik."
        ): (
            "From 1 June it will cost 40 kronor an hour to park on the street inside the "
            "Vallgraven moat and in Vasastaden. The aim is to encourage more people to use "
            "garages and public transport."
        ),
        (
            "Avgiften för boendeparkering ändras inte. Du som har parkeringstillstånd för "
            "rörelsehindrade parkerar fortfarande utan avgift på gatan."
        ): (
            "The charge for resident parking is not changing. If you have a parking permit for "
            "people with disabilities, you can still park on the street free of charge."
        ),
        # enklare-att-gora-felanmalan
        "Enklare att göra felanmälan": "Easier to report faults",
        "I den nya e-tjänsten markerar du felet på en karta och följer ärendet.": (
            "In the new e-service you mark the fault on a map and follow your case."
        ),
        (
            "Nu kan du anmäla fel på gator, belysning och i parker genom att markera platsen på "
            "en karta och ladda upp en bild."
        ): (
            "You can now report faults on streets, lighting and in parks by marking the spot on "
            "a map and uploading a photo."
        ),
        (
            "Du får ett ärendenummer och besked när felet är åtgärdat. Du kan fortfarande ringa "
            "in felanmälan dygnet runt."
        ): (
            "You will receive a case number and be told when the fault has been fixed. You can "
            "still phone in fault reports 24 hours a day."
        ),
    },
    "ar": {
        # home
        "Startsida": "الصفحة الرئيسية",
        (
            "Här hittar du stadens service, nyheter och svar på vanliga frågor, samlat på ett "
            "ställe."
        ): "تجد هنا خدمات المدينة وأخبارها وإجابات عن الأسئلة الشائعة، مجمعة في مكان واحد.",
        (
            "Välkommen till staden. Här kan du ansöka om förskoleplats, söka bygglov, anmäla fel "
            "på gator och läsa om vad som händer där du bor."
        ): (
            "مرحبًا بك في المدينة. يمكنك هنا التقدم بطلب للحصول على مكان في روضة الأطفال، وطلب "
            "ترخيص البناء، والإبلاغ عن الأعطال في الشوارع، والاطلاع على ما يحدث في منطقتك."
        ),
        (
            "Hittar du inte det du letar efter kan du ringa Kontaktcenter på 031-365 00 00. Vi "
            "svarar på frågor om allt som staden ansvarar för."
        ): (
            "إذا لم تجد ما تبحث عنه، يمكنك الاتصال بمركز الاتصال على الرقم 031-365 00 00. نجيب "
            "عن الأسئلة المتعلقة بكل ما تتولى المدينة مسؤوليته."
        ),
        # forskola-och-skola
        "Förskola och skola": "رياض الأطفال والمدارس",
        "Förskola, grundskola, fritidshem och gymnasium i staden.": (
            "رياض الأطفال والمدارس الأساسية ومراكز الرعاية بعد المدرسة والمدارس الثانوية في "
            "المدينة."
        ),
        (
            "Här hittar du information om förskola, grundskola, fritidshem och gymnasieskola. Du "
            "kan ansöka om plats, göra skolval och läsa om hur skolåret är upplagt."
        ): (
            "تجد هنا معلومات عن رياض الأطفال والمدرسة الأساسية ومراكز الرعاية بعد المدرسة "
            "والمدرسة الثانوية. يمكنك التقدم بطلب للحصول على مكان، واختيار المدرسة، والاطلاع على "
            "تنظيم العام الدراسي."
        ),
        # bygga-och-bo
        "Bygga och bo": "البناء والسكن",
        "Bygglov, kartor, detaljplaner och hjälp att hitta en bostad.": (
            "تراخيص البناء والخرائط والمخططات التفصيلية والمساعدة في العثور على مسكن."
        ),
        (
            "Ska du bygga nytt, bygga till eller göra om ditt hus? Här får du veta när du "
            "behöver bygglov och hur du ansöker."
        ): (
            "هل تنوي بناء منزل جديد أو توسيع منزلك أو تعديله؟ تعرّف هنا على الحالات التي تحتاج "
            "فيها إلى ترخيص بناء وكيفية تقديم الطلب."
        ),
        (
            "Du kan också beställa kartor, läsa om detaljplaner och söka lägenhet hos stadens "
            "bostadsbolag."
        ): (
            "يمكنك أيضًا طلب الخرائط، والاطلاع على المخططات التفصيلية، والبحث عن شقة لدى شركة "
            "الإسكان التابعة للمدينة."
        ),
        # trafik-och-gator
        "Trafik och gator": "المرور والشوارع",
        "Parkering, felanmälan, gatuarbeten och färdtjänst.": (
            "مواقف السيارات والإبلاغ عن الأعطال وأعمال الطرق وخدمة النقل الخاص."
        ),
        (
            "Staden sköter gator, cykelbanor, broar och belysning. Här kan du anmäla fel, söka "
            "parkeringstillstånd och läsa om arbeten på gatorna."
        ): (
            "تعتني المدينة بالشوارع ومسارات الدراجات والجسور والإنارة. يمكنك هنا الإبلاغ عن "
            "الأعطال، وطلب تصاريح الوقوف، والاطلاع على الأعمال الجارية في الشوارع."
        ),
        # omsorg-och-stod
        "Omsorg och stöd": "الرعاية والدعم",
        "Stöd för äldre, ekonomiskt bistånd och hjälp vid funktionsnedsättning.": (
            "دعم كبار السن والمساعدة المالية والمساعدة لذوي الإعاقة."
        ),
        (
            "Staden ger stöd när du behöver det, oavsett om det gäller hjälp i hemmet, ekonomi "
            "eller en funktionsnedsättning."
        ): (
            "تقدم المدينة الدعم عندما تحتاج إليه، سواء تعلق الأمر بالمساعدة في المنزل أو بالوضع "
            "المالي أو بإعاقة."
        ),
        (
            "Alla ansökningar prövas individuellt och du får alltid ett skriftligt beslut som du "
            "kan överklaga."
        ): "يُنظر في كل طلب بشكل فردي، وتحصل دائمًا على قرار مكتوب يمكنك الطعن فيه.",
        # kultur-och-fritid
        "Kultur och fritid": "الثقافة والترفيه",
        "Bibliotek, idrott, bad, föreningsliv och fritidsgårdar.": (
            "المكتبات والرياضة والمسابح والجمعيات ومراكز الشباب."
        ),
        (
            "Låna böcker, boka en idrottshall eller hitta en aktivitet för barnen. Staden har "
            "bibliotek, simhallar och fritidsgårdar i alla delar av staden."
        ): (
            "استعر الكتب، أو احجز قاعة رياضية، أو ابحث عن نشاط لأطفالك. لدى المدينة مكتبات "
            "ومسابح ومراكز للشباب في جميع أنحائها."
        ),
        # miljo-och-avfall
        "Miljö och avfall": "البيئة والنفايات",
        "Sophämtning, återvinning, vatten och avlopp.": (
            "جمع النفايات وإعادة التدوير والمياه والصرف الصحي."
        ),
        (
            "Här hittar du information om sophämtning, återvinningscentraler, grovavfall och "
            "dricksvatten. Tillsammans kan vi minska avfallet och ta vara på resurserna."
        ): (
            "تجد هنا معلومات عن جمع النفايات ومراكز إعادة التدوير والنفايات الكبيرة ومياه الشرب. "
            "معًا يمكننا تقليل النفايات والاستفادة من الموارد."
        ),
        # kommun-och-politik
        "Kommun och politik": "البلدية والسياسة",
        "Så styrs staden, allmänna handlingar, synpunkter och lediga jobb.": (
            "كيف تُدار المدينة، والوثائق العامة، والملاحظات، والوظائف الشاغرة."
        ),
        (
            "Staden styrs av politiker som du väljer vart fjärde år. Här kan du följa besluten, "
            "begära ut handlingar och lämna synpunkter."
        ): (
            "يدير المدينة سياسيون تنتخبهم كل أربع سنوات. يمكنك هنا متابعة القرارات، وطلب "
            "الوثائق، وتقديم ملاحظاتك."
        ),
        # foretag-och-tillstand
        "Företag och tillstånd": "الأعمال التجارية والتراخيص",
        "Serveringstillstånd och andra tillstånd för företag.": (
            "تراخيص تقديم الكحول وتراخيص أخرى للشركات."
        ),
        (
            "Driver du eller ska du starta ett företag? Här hittar du tillstånd som staden "
            "ansvarar för, till exempel serveringstillstånd."
        ): (
            "هل تدير شركة أو تنوي تأسيس شركة؟ تجد هنا التراخيص التي تتولى المدينة مسؤوليتها، مثل "
            "ترخيص تقديم الكحول."
        ),
        # nyheter
        "Nyheter": "الأخبار",
        "Aktuella nyheter från stadens förvaltningar och bolag.": (
            "آخر الأخبار من إدارات المدينة وشركاتها."
        ),
        "Här publicerar vi nyheter om stadens service, beslut och händelser.": (
            "ننشر هنا أخبارًا عن خدمات المدينة وقراراتها والأحداث فيها."
        ),
        # bloggen
        "Bloggen": "المدونة",
        "Medarbetare berättar om sitt arbete i staden.": "موظفو المدينة يتحدثون عن عملهم.",
        (
            "I bloggen skriver stadens medarbetare om vardagen i verksamheterna, om nya "
            "arbetssätt och om det som händer bakom kulisserna."
        ): (
            "يكتب موظفو المدينة في المدونة عن الحياة اليومية في أماكن العمل، وعن أساليب العمل "
            "الجديدة، وعما يجري خلف الكواليس."
        ),
        # fragor-och-svar
        "Frågor och svar": "أسئلة وأجوبة",
        "Svar på de frågor som invånare oftast ställer till staden.": (
            "إجابات عن الأسئلة التي يطرحها السكان على المدينة في أغلب الأحيان."
        ),
        (
            "Här har vi samlat svar på vanliga frågor till Kontaktcenter. Hittar du inte svaret "
            "är du välkommen att ringa 031-365 00 00."
        ): (
            "جمعنا هنا إجابات عن الأسئلة الشائعة التي تصل إلى مركز الاتصال. إذا لم تجد الإجابة، "
            "يسعدنا أن تتصل بنا على الرقم 031-365 00 00."
        ),
        # hitta-verksamhet
        "Hitta verksamhet": "ابحث عن خدمة",
        "Förskolor, skolor, bibliotek, bad och andra verksamheter nära dig.": (
            "رياض الأطفال والمدارس والمكتبات والمسابح وخدمات أخرى بالقرب منك."
        ),
        (
            "Sök bland stadens förskolor, skolor, äldreboenden, bibliotek och andra "
            "verksamheter. Du ser adress, öppettider och tillgänglighet för varje plats."
        ): (
            "ابحث بين رياض الأطفال والمدارس ودور رعاية المسنين والمكتبات وغيرها من خدمات "
            "المدينة. تجد لكل مكان العنوان وساعات العمل ومعلومات سهولة الوصول."
        ),
        # ansok-om-forskoleplats
        "Ansök om förskoleplats": "التقدم بطلب مكان في روضة الأطفال",
        "Du kan ansöka om förskoleplats när ditt barn är några månader gammalt.": (
            "يمكنك التقدم بطلب مكان في روضة الأطفال عندما يبلغ طفلك بضعة أشهر."
        ),
        (
            "Förskolan är till för barn från ett år tills de börjar förskoleklass. Barnen leker, "
            "lär sig och utvecklas tillsammans med andra barn och utbildad personal."
        ): (
            "روضة الأطفال مخصصة للأطفال من عمر سنة واحدة حتى التحاقهم بالصف التمهيدي. يلعب "
            "الأطفال ويتعلمون وينمون مع أطفال آخرين وموظفين مؤهلين."
        ),
        (
            "Du kan önska upp till fem förskolor, både kommunala och fristående. Vi erbjuder en "
            "plats inom fyra månader från det datum du vill att ditt barn ska börja."
        ): (
            "يمكنك اختيار ما يصل إلى خمس رياض أطفال، بلدية ومستقلة. نقدم لك مكانًا خلال أربعة "
            "أشهر من التاريخ الذي تريد أن يبدأ فيه طفلك."
        ),
        (
            "Du som är vårdnadshavare, är folkbokförd i staden och har ett barn som är mellan "
            "ett och fem år."
        ): "أنت ولي أمر مسجل في سجل السكان في المدينة ولديك طفل يتراوح عمره بين سنة وخمس سنوات.",
        (
            "Du ansöker i e-tjänsten med BankID. Ansök senast fyra månader innan du behöver "
            "platsen. Har ni två vårdnadshavare ska båda godkänna ansökan."
        ): (
            "تقدم الطلب عبر الخدمة الإلكترونية باستخدام BankID. قدّم الطلب قبل أربعة أشهر على "
            "الأقل من حاجتك إلى المكان. إذا كان للطفل وليّا أمر، فيجب أن يوافق كلاهما على الطلب."
        ),
        (
            "Avgiften beror på hushållets inkomst och är högst 1 688 kronor i månaden för det "
            "första barnet. Från hösten det år barnet fyller tre år ingår 15 timmar i veckan "
            "utan kostnad."
        ): (
            "تعتمد الرسوم على دخل الأسرة، ولا تتجاوز 1688 كرونة شهريًا للطفل الأول. ابتداءً من "
            "خريف العام الذي يبلغ فيه الطفل ثلاث سنوات، تشمل الخدمة 15 ساعة أسبوعيًا مجانًا."
        ),
        "Erbjudande inom fyra månader": "عرض مكان خلال أربعة أشهر",
        "Kan jag byta förskola senare?": "هل يمكنني تغيير روضة الأطفال لاحقًا؟",
        (
            "Ja, du kan ansöka om byte när som helst. Ditt barn behåller sin plats tills ni fått "
            "en ny."
        ): (
            "نعم، يمكنك التقدم بطلب التغيير في أي وقت. يحتفظ طفلك بمكانه إلى أن تحصلوا على مكان "
            "جديد."
        ),
        "Vad händer om jag tackar nej till erbjudandet?": "ماذا يحدث إذا رفضت العرض؟",
        "Om du tackar nej tas ansökan bort och du behöver göra en ny ansökan.": (
            "إذا رفضت العرض يُحذف طلبك وتحتاج إلى تقديم طلب جديد."
        ),
        # ansok-om-bygglov
        "Ansök om bygglov": "التقدم بطلب ترخيص البناء",
        "Du behöver bygglov för att bygga nytt, bygga till eller ändra användning.": (
            "تحتاج إلى ترخيص بناء لتشييد مبنى جديد أو توسيع مبنى أو تغيير استخدامه."
        ),
        (
            "Bygglov krävs bland annat när du bygger ett nytt hus, gör en tillbyggnad, byter "
            "färg på fasaden eller sätter upp en större skylt."
        ): (
            "يلزم ترخيص البناء مثلًا عند بناء منزل جديد، أو إضافة ملحق، أو تغيير لون الواجهة، أو "
            "تركيب لافتة كبيرة."
        ),
        (
            "Vi prövar om det du vill bygga följer detaljplanen och passar in i omgivningen. "
            "Grannar kan få möjlighet att lämna synpunkter."
        ): (
            "نتحقق مما إذا كان ما تريد بناءه يتوافق مع المخطط التفصيلي ويتناسب مع محيطه. وقد "
            "تُتاح للجيران فرصة إبداء ملاحظاتهم."
        ),
        "När du har fått bygglov behöver du också ett startbesked innan du får börja bygga.": (
            "بعد حصولك على ترخيص البناء، تحتاج أيضًا إلى إذن بدء الأعمال قبل أن يُسمح لك بالبدء "
            "في البناء."
        ),
        "Du som äger en fastighet eller har fått fastighetsägarens tillåtelse att bygga.": (
            "أنت مالك عقار أو حصلت على إذن من مالك العقار بالبناء."
        ),
        (
            "Du ansöker i e-tjänsten och bifogar ritningar, situationsplan och en beskrivning av "
            "vad du ska bygga. Boka gärna ett rådgivningssamtal först."
        ): (
            "تقدم الطلب عبر الخدمة الإلكترونية وترفق الرسومات ومخطط الموقع ووصفًا لما تنوي "
            "بناءه. ننصحك بحجز مكالمة استشارية أولًا."
        ),
        (
            "Avgiften beror på vad du ska bygga och tas ut enligt stadens taxa. Ett bygglov för "
            "ett nytt enbostadshus kostar ofta mellan 25 000 och 40 000 kronor."
        ): (
            "تعتمد الرسوم على ما تنوي بناءه وتُحتسب وفق تعرفة المدينة. غالبًا ما يكلف ترخيص بناء "
            "منزل جديد لأسرة واحدة ما بين 25000 و40000 كرونة."
        ),
        "Inom tio veckor från komplett ansökan": "خلال عشرة أسابيع من اكتمال الطلب",
        "Hur vet jag om min ansökan är komplett?": "كيف أعرف أن طلبي مكتمل؟",
        (
            "Vi hör av oss inom tre veckor om något saknas. Tiden räknas från den dag allt har "
            "kommit in."
        ): (
            "نتواصل معك خلال ثلاثة أسابيع إذا كان هناك نقص. وتُحسب المدة من اليوم الذي يصل فيه "
            "كل شيء."
        ),
        "Vad händer om jag bygger utan lov?": "ماذا يحدث إذا بنيت دون ترخيص؟",
        (
            "Då kan du få betala en byggsanktionsavgift och bli tvungen att ta bort det du har "
            "byggt."
        ): "قد تضطر حينها إلى دفع غرامة مخالفة البناء وإزالة ما بنيته.",
        # parkeringstillstand-for-rorelsehindrade
        "Parkeringstillstånd för rörelsehindrade": "تصريح وقوف السيارات لذوي الإعاقة الحركية",
        "Har du svårt att gå kan du få tillstånd att parkera närmare målet.": (
            "إذا كنت تجد صعوبة في المشي، يمكنك الحصول على تصريح للوقوف بالقرب من وجهتك."
        ),
        (
            "Med ett parkeringstillstånd för rörelsehindrade får du parkera på platser "
            "reserverade för rörelsehindrade och längre tid än andra på vanliga platser."
        ): (
            "يتيح لك تصريح الوقوف لذوي الإعاقة الحركية الوقوف في الأماكن المخصصة لذوي الإعاقة، "
            "والوقوف مدة أطول من غيرك في الأماكن العادية."
        ),
        (
            "Tillståndet är personligt och gäller i hela Sverige. Det kan gälla för dig som kör "
            "själv eller för dig som behöver hjälp av en förare."
        ): (
            "التصريح شخصي وساري المفعول في جميع أنحاء السويد. ويمكن أن يصدر لك بصفتك سائقًا أو "
            "بصفتك راكبًا تحتاج إلى مساعدة سائق."
        ),
        (
            "Du som har en varaktig funktionsnedsättning som gör att du har stora svårigheter "
            "att gå."
        ): "لديك إعاقة دائمة تجعل المشي صعبًا جدًا عليك.",
        (
            "Ansök i e-tjänsten och bifoga ett läkarintyg som beskriver hur "
            "funktionsnedsättningen påverkar din förmåga att gå."
        ): (
            "قدّم الطلب عبر الخدمة الإلكترونية وأرفق شهادة طبية توضح كيف تؤثر الإعاقة في قدرتك "
            "على المشي."
        ),
        "Det är gratis att ansöka och att få tillståndet.": (
            "تقديم الطلب والحصول على التصريح مجانيان."
        ),
        "Cirka sex veckor": "نحو ستة أسابيع",
        "Hur länge gäller tillståndet?": "ما مدة صلاحية التصريح؟",
        "Tillståndet gäller i högst fem år. Du behöver ansöka på nytt när det går ut.": (
            "التصريح صالح لمدة أقصاها خمس سنوات. وتحتاج إلى تقديم طلب جديد عند انتهاء صلاحيته."
        ),
        "Får jag parkera gratis med tillståndet?": "هل يمكنني الوقوف مجانًا بهذا التصريح؟",
        (
            "Det beror på platsen. På stadens gator betalar du ingen avgift, men i privata "
            "garage kan avgift tas ut."
        ): (
            "يعتمد ذلك على المكان. لا تدفع رسومًا في شوارع المدينة، لكن قد تُفرض رسوم في المرائب "
            "الخاصة."
        ),
        # felanmalan-gata-park-och-belysning
        "Felanmälan gata, park och belysning": "الإبلاغ عن أعطال الشوارع والحدائق والإنارة",
        "Anmäl hål i gatan, trasig belysning, klotter eller nedskräpning.": (
            "أبلغ عن الحفر في الشوارع أو الإنارة المعطلة أو الكتابة على الجدران أو القمامة "
            "المتناثرة."
        ),
        (
            "Du kan anmäla fel på gator, cykelbanor, gatubelysning, trafiksignaler, lekplatser "
            "och parker som staden ansvarar för."
        ): (
            "يمكنك الإبلاغ عن الأعطال في الشوارع ومسارات الدراجات وإنارة الشوارع وإشارات المرور "
            "والملاعب والحدائق التي تتولى المدينة مسؤوليتها."
        ),
        (
            "Beskriv felet och var det finns, gärna med en bild. Du kan följa ditt ärende och "
            "får besked när felet är åtgärdat."
        ): "صف العطل ومكانه، ويُفضل أن ترفق صورة. يمكنك متابعة بلاغك وسيصلك إشعار عند إصلاح العطل.",
        "Alla som ser ett fel på stadens gator och i stadens parker.": (
            "كل من يرى عطلًا في شوارع المدينة أو حدائقها."
        ),
        (
            "Gör anmälan i e-tjänsten eller ring Felanmälan som har öppet dygnet runt. Vid akut "
            "fara, ring 112."
        ): (
            "قدّم البلاغ عبر الخدمة الإلكترونية أو اتصل بخط الإبلاغ عن الأعطال المتاح على مدار "
            "الساعة. في حالات الخطر الداهم اتصل بالرقم 112."
        ),
        "Det kostar inget att göra en felanmälan.": "الإبلاغ عن الأعطال مجاني.",
        "Akuta fel inom ett dygn": "الأعطال العاجلة خلال 24 ساعة",
        "Vem lagar en trasig lampa på min gård?": "من يصلح مصباحًا معطلًا في فناء مبناي؟",
        (
            "Belysning på privata gårdar och i bostadsområden ansvarar fastighetsägaren för. "
            "Kontakta din hyresvärd eller bostadsrättsförening."
        ): (
            "الإنارة في الأفنية الخاصة والمناطق السكنية من مسؤولية مالك العقار. تواصل مع المؤجر "
            "أو جمعية الإسكان التعاونية."
        ),
        # ekonomiskt-bistand
        "Ekonomiskt bistånd": "المساعدة المالية",
        "Om du inte kan försörja dig på annat sätt kan du ansöka om ekonomiskt bistånd.": (
            "إذا لم تتمكن من إعالة نفسك بأي طريقة أخرى، يمكنك التقدم بطلب المساعدة المالية."
        ),
        (
            "Ekonomiskt bistånd kan ge dig pengar till mat, hyra och andra nödvändiga utgifter "
            "när du inte kan försörja dig på annat sätt."
        ): (
            "يمكن أن توفر لك المساعدة المالية المال اللازم للطعام والإيجار والنفقات الضرورية "
            "الأخرى عندما لا تستطيع إعالة نفسك بطريقة أخرى."
        ),
        (
            "Först behöver du ha prövat andra möjligheter, till exempel arbete, a-kassa, "
            "sjukpenning eller bostadsbidrag. Vi ser på hela hushållets inkomster och "
            "tillgångar."
        ): (
            "يجب عليك أولًا أن تكون قد جربت الإمكانيات الأخرى، مثل العمل أو إعانة البطالة أو "
            "تعويض المرض أو بدل السكن. وننظر في دخل الأسرة بأكملها وأصولها."
        ),
        "Vi hjälper dig också att planera för hur du ska kunna försörja dig själv igen.": (
            "نساعدك أيضًا على التخطيط لكيفية إعالة نفسك مجددًا."
        ),
        "Du som bor i staden och inte kan betala dina nödvändiga kostnader.": (
            "أنت مقيم في المدينة ولا تستطيع دفع تكاليفك الضرورية."
        ),
        (
            "Ansök i e-tjänsten eller boka ett besök hos mottagningen i den stadsdel där du bor. "
            "Ta med underlag om inkomster och utgifter."
        ): (
            "قدّم الطلب عبر الخدمة الإلكترونية أو احجز موعدًا لدى مكتب الاستقبال في الحي الذي "
            "تسكن فيه. أحضر معك ما يثبت دخلك ونفقاتك."
        ),
        "Det kostar inget att ansöka.": "تقديم الطلب مجاني.",
        "Oftast inom två veckor": "عادةً خلال أسبوعين",
        "Kan jag få akut hjälp samma dag?": "هل يمكنني الحصول على مساعدة عاجلة في اليوم نفسه؟",
        (
            "Ja, om du saknar pengar till mat eller läkemedel kan du få akut hjälp. Kontakta "
            "mottagningen så snart som möjligt."
        ): (
            "نعم، إذا لم يكن لديك مال لشراء الطعام أو الدواء يمكنك الحصول على مساعدة عاجلة. "
            "تواصل مع مكتب الاستقبال في أقرب وقت ممكن."
        ),
        "Påverkar mitt sparande?": "هل تؤثر مدخراتي؟",
        (
            "Ja, sparade pengar och andra tillgångar som kan säljas behöver som regel användas "
            "först."
        ): "نعم، يجب عادةً استخدام المدخرات والأصول الأخرى القابلة للبيع أولًا.",
        # lamna-synpunkter
        "Lämna synpunkter": "تقديم الملاحظات",
        "Tyck till om stadens verksamheter. Dina synpunkter hjälper oss att bli bättre.": (
            "أخبرنا برأيك في خدمات المدينة. ملاحظاتك تساعدنا على التحسن."
        ),
        (
            "Du kan lämna beröm, klagomål eller förslag om allt som staden ansvarar för. "
            "Synpunkten skickas till den verksamhet det gäller."
        ): (
            "يمكنك تقديم الثناء أو الشكاوى أو الاقتراحات بشأن كل ما تتولى المدينة مسؤوليته. "
            "وتُرسل ملاحظتك إلى الجهة المعنية."
        ),
        (
            "Vill du ha svar lämnar du dina kontaktuppgifter. Du kan också vara anonym, men då "
            "kan vi inte svara dig."
        ): (
            "إذا كنت ترغب في الحصول على رد فاترك بيانات الاتصال الخاصة بك. يمكنك أيضًا البقاء "
            "مجهول الهوية، لكننا لن نتمكن حينها من الرد عليك."
        ),
        "Alla som bor i, arbetar i eller besöker staden.": (
            "كل من يسكن في المدينة أو يعمل فيها أو يزورها."
        ),
        "Lämna din synpunkt i e-tjänsten, ring Kontaktcenter eller besök ett medborgarkontor.": (
            "قدّم ملاحظتك عبر الخدمة الإلكترونية، أو اتصل بمركز الاتصال، أو زر أحد مكاتب المواطنين."
        ),
        "Det kostar inget att lämna synpunkter.": "تقديم الملاحظات مجاني.",
        "Svar inom tio arbetsdagar": "الرد خلال عشرة أيام عمل",
        "Blir min synpunkt en allmän handling?": "هل تصبح ملاحظتي وثيقة عامة؟",
        (
            "Ja, synpunkter som kommer in till staden blir allmänna handlingar. Skriv därför "
            "inte känsliga uppgifter om dig själv eller andra."
        ): (
            "نعم، الملاحظات التي تصل إلى المدينة تصبح وثائق عامة. لذلك لا تكتب معلومات حساسة عنك "
            "أو عن غيرك."
        ),
        # hur-lang-ar-kon-till-forskolan
        "Kön till förskolan": "قائمة الانتظار لرياض الأطفال",
        "Hur länge måste vi stå i kö för att få en förskoleplats?": (
            "كم من الوقت علينا الانتظار للحصول على مكان في روضة الأطفال؟"
        ),
        (
            "Du får ett erbjudande om plats inom fyra månader från det datum du har ansökt om. "
            "Det är lagens krav och staden håller det. Plats på en av de förskolor du önskat kan "
            "ta längre tid."
        ): (
            "ستحصل على عرض مكان خلال أربعة أشهر من التاريخ الذي طلبته. هذا ما يشترطه القانون "
            "وتلتزم به المدينة. وقد يستغرق الحصول على مكان في إحدى الروضات التي اخترتها وقتًا "
            "أطول."
        ),
        (
            "Staden erbjuder alltid en plats inom fyra månader. Om det inte finns plats på de "
            "förskolor du har önskat får du ett erbjudande på en annan förskola så nära hemmet "
            "som möjligt."
        ): (
            "تعرض المدينة دائمًا مكانًا خلال أربعة أشهر. إذا لم يتوفر مكان في الروضات التي "
            "اخترتها، فستحصل على عرض في روضة أخرى أقرب ما يمكن إلى منزلك."
        ),
        (
            "Du kan tacka ja till erbjudandet och ändå stå kvar i kö till den förskola du helst "
            "vill ha."
        ): "يمكنك قبول العرض والبقاء في قائمة الانتظار للروضة التي تفضلها.",
        "Om vårdnadshavaren vill veta var i kön en viss ansökan står.": (
            "إذا أراد ولي الأمر معرفة موقع طلب معين في قائمة الانتظار."
        ),
        # nar-toms-soporna
        "När töms soporna": "مواعيد تفريغ النفايات",
        "Vilken dag töms soptunnan hos mig?": "في أي يوم تُفرغ حاوية النفايات لدي؟",
        (
            "Om du bor i villa eller radhus ser du din tömningsdag i e-tjänsten Mina sidor "
            "avfall. Bor du i lägenhet är det din hyresvärd eller förening som bestämmer "
            "schemat."
        ): (
            "إذا كنت تسكن في فيلا أو منزل متلاصق، يمكنك معرفة يوم التفريغ في الخدمة الإلكترونية "
            "صفحاتي للنفايات. وإذا كنت تسكن في شقة، فإن المؤجر أو الجمعية السكنية هو من يحدد "
            "الجدول."
        ),
        (
            "Kärlen töms oftast varannan vecka, men det beror på vilket abonnemang du har. Ställ "
            "ut kärlet senast klockan 6 på tömningsdagen med handtaget utåt."
        ): (
            "تُفرغ الحاويات عادةً كل أسبوعين، لكن ذلك يعتمد على نوع اشتراكك. ضع الحاوية في "
            "الخارج قبل الساعة السادسة صباحًا من يوم التفريغ على أن يكون المقبض متجهًا إلى "
            "الخارج."
        ),
        (
            "Vid helgdagar kan tömningen flyttas en dag. Information om ändrade dagar publiceras "
            "i nyheterna."
        ): (
            "قد يُؤجل التفريغ يومًا واحدًا في أيام العطل الرسمية. وتُنشر المعلومات عن الأيام "
            "المعدلة في الأخبار."
        ),
        "Om kärlet inte har tömts på ordinarie dag.": "إذا لم تُفرغ الحاوية في يومها المعتاد.",
        # hur-lang-tid-tar-bygglov
        "Handläggningstid för bygglov": "مدة معالجة طلبات ترخيص البناء",
        "Hur lång tid tar det att få bygglov?": "كم من الوقت يستغرق الحصول على ترخيص البناء؟",
        (
            "Du ska få beslut inom tio veckor från det att ansökan är komplett. Tiden kan "
            "förlängas med tio veckor till om ärendet är svårt. Oftast går det fortare för enkla "
            "ärenden."
        ): (
            "يجب أن تحصل على القرار خلال عشرة أسابيع من اكتمال الطلب. ويمكن تمديد المدة عشرة "
            "أسابيع أخرى إذا كانت القضية معقدة. وغالبًا ما تُنجز الحالات البسيطة بسرعة أكبر."
        ),
        (
            "Du får en bekräftelse när ansökan har kommit in. Inom tre veckor hör vi av oss om "
            "något saknas. Tiden börjar räknas först när allt finns på plats."
        ): (
            "يصلك تأكيد عند وصول طلبك. وخلال ثلاثة أسابيع نتواصل معك إذا كان هناك نقص. ولا تبدأ "
            "المدة إلا عند اكتمال كل شيء."
        ),
        "Om beslutet dröjer längre än tio veckor utan att vi har förlängt tiden sänks avgiften.": (
            "إذا تأخر القرار أكثر من عشرة أسابيع دون أن نمدد المدة، تُخفض الرسوم."
        ),
        "Om den sökande vill veta status i ett pågående ärende.": (
            "إذا أراد مقدم الطلب معرفة حالة قضية قيد المعالجة."
        ),
        # trasig-gatubelysning
        "Trasig gatubelysning": "إنارة الشارع معطلة",
        "Gatlampan utanför mitt hus är trasig. Vart vänder jag mig?": (
            "مصباح الشارع أمام منزلي معطل. بمن أتصل؟"
        ),
        (
            "Gör en felanmälan i e-tjänsten eller ring Felanmälan gata och park, som har öppet "
            "dygnet runt. Ange gärna numret som sitter på lyktstolpen."
        ): (
            "أبلغ عن العطل عبر الخدمة الإلكترونية أو اتصل بخط الإبلاغ عن أعطال الشوارع والحدائق "
            "المتاح على مدار الساعة. ويُفضل أن تذكر الرقم المثبت على عمود الإنارة."
        ),
        (
            "En enstaka trasig lampa lagas oftast inom två veckor. Om flera lampor i rad är "
            "släckta eller en stolpe är skadad åtgärdar vi det snabbare."
        ): (
            "يُصلح المصباح المعطل الواحد عادةً خلال أسبوعين. وإذا انطفأت عدة مصابيح متتالية أو "
            "تضرر أحد الأعمدة فإننا نتدخل بشكل أسرع."
        ),
        "Belysning på privata gårdar och i bostadsområden är fastighetsägarens ansvar.": (
            "الإنارة في الأفنية الخاصة والمناطق السكنية من مسؤولية مالك العقار."
        ),
        "Om en stolpe har vält eller det finns risk för elolycka.": (
            "إذا سقط عمود إنارة أو كان هناك خطر حادث كهربائي."
        ),
        # hjalp-att-betala-hyran
        "Hjälp att betala hyran": "المساعدة في دفع الإيجار",
        "Jag har inte råd att betala hyran den här månaden. Kan jag få hjälp?": (
            "لا أستطيع دفع الإيجار هذا الشهر. هل يمكنني الحصول على مساعدة؟"
        ),
        (
            "Du kan ansöka om ekonomiskt bistånd om du inte kan betala hyran på annat sätt. "
            "Kontakta mottagningen för ekonomiskt bistånd där du bor så snart som möjligt, helst "
            "innan hyran förfaller."
        ): (
            "يمكنك التقدم بطلب المساعدة المالية إذا لم تتمكن من دفع الإيجار بطريقة أخرى. تواصل "
            "مع مكتب المساعدة المالية في منطقتك في أقرب وقت ممكن، ويُفضل قبل موعد استحقاق "
            "الإيجار."
        ),
        (
            "Prata också med din hyresvärd. Många hyresvärdar kan gå med på en avbetalningsplan "
            "om du hör av dig i tid."
        ): (
            "تحدث أيضًا مع المؤجر. كثير من المؤجرين يوافقون على خطة تقسيط إذا تواصلت معهم في "
            "الوقت المناسب."
        ),
        (
            "Om du riskerar att bli vräkt kan socialtjänsten hjälpa dig att hitta en lösning. Du "
            "kan även få gratis budget- och skuldrådgivning."
        ): (
            "إذا كنت معرضًا لخطر الإخلاء، يمكن للخدمات الاجتماعية مساعدتك في إيجاد حل. ويمكنك "
            "أيضًا الحصول على استشارة مجانية في الميزانية والديون."
        ),
        "Om invånaren har fått ett brev om uppsägning eller vräkning.": (
            "إذا تلقى الساكن رسالة بشأن إنهاء عقد الإيجار أو الإخلاء."
        ),
        # fatt-en-parkeringsanmarkning
        "Parkeringsanmärkning": "مخالفة الوقوف",
        "Jag har fått en parkeringsbot som jag tycker är fel. Vad gör jag?": (
            "تلقيت مخالفة وقوف أعتقد أنها خاطئة. ماذا أفعل؟"
        ),
        (
            "Du kan bestrida en felparkeringsavgift som Stadens Parkering har utfärdat. Gör det "
            "i deras e-tjänst och betala inte avgiften medan ärendet prövas."
        ): (
            "يمكنك الاعتراض على رسوم مخالفة الوقوف التي أصدرتها شركة مواقف السيارات في المدينة. "
            "قدّم الاعتراض عبر خدمتها الإلكترونية ولا تدفع الرسوم أثناء النظر فيه."
        ),
        (
            "Beskriv varför du anser att avgiften är fel och bifoga gärna bilder eller kvitton. "
            "Om bestridandet avslås skickas det vidare till polisen för prövning."
        ): (
            "اشرح لماذا تعتقد أن الرسوم خاطئة وأرفق صورًا أو إيصالات إن أمكن. إذا رُفض اعتراضك، "
            "يُحال إلى الشرطة للنظر فيه."
        ),
        (
            "Gäller det en kontrollavgift på en privat parkering ska du i stället kontakta det "
            "bolag som har utfärdat den."
        ): "إذا كانت رسوم مراقبة في موقف سيارات خاص، فتواصل بدلًا من ذلك مع الشركة التي أصدرتها.",
        "Om invånaren vill veta hur ett pågående ärende går.": (
            "إذا أراد الساكن معرفة مسار قضية قيد المعالجة."
        ),
        # sa-fungerar-kon-till-forskolan
        "Så fungerar kön till förskolan": "كيف تعمل قائمة الانتظار لرياض الأطفال",
        "Från ansökan till erbjudande: så fördelar vi platserna i förskolan.": (
            "من الطلب إلى العرض: كيف نوزع الأماكن في رياض الأطفال."
        ),
        "Plats inom fyra månader": "مكان خلال أربعة أشهر",
        (
            "När du har ansökt om förskoleplats hamnar ditt barn i kö från det datum du vill att "
            "barnet ska börja. Staden erbjuder alltid en plats inom fyra månader."
        ): (
            "عندما تتقدم بطلب مكان في روضة الأطفال، يُدرج طفلك في قائمة الانتظار اعتبارًا من "
            "التاريخ الذي تريد أن يبدأ فيه. وتعرض المدينة دائمًا مكانًا خلال أربعة أشهر."
        ),
        "Så fördelas platserna": "كيف توزع الأماكن",
        (
            "Först går barn med behov av särskilt stöd. Sedan går syskonförtur och därefter det "
            "datum du vill att ditt barn ska börja."
        ): (
            "تكون الأولوية أولًا للأطفال الذين يحتاجون إلى دعم خاص، ثم لأشقاء الأطفال الملتحقين، "
            "ثم بحسب التاريخ الذي تريد أن يبدأ فيه طفلك."
        ),
        "Kan jag se min plats i kön?": "هل يمكنني رؤية ترتيبي في قائمة الانتظار؟",
        (
            "Nej, det går inte eftersom kön ändras hela tiden när nya barn söker och andra "
            "tackar ja."
        ): "لا، هذا غير ممكن لأن القائمة تتغير باستمرار مع تقدم أطفال جدد وقبول آخرين للأماكن.",
        "Vad händer om vi flyttar?": "ماذا يحدث إذا انتقلنا؟",
        (
            "Uppdatera din adress i ansökan. Om ni flyttar till en annan kommun behöver du "
            "ansöka där."
        ): "حدّث عنوانك في الطلب. وإذا انتقلتم إلى بلدية أخرى، فعليك التقدم بالطلب هناك.",
        "Ansök i e-tjänsten med BankID. Det tar bara några minuter.": (
            "قدّم الطلب عبر الخدمة الإلكترونية باستخدام BankID. لا يستغرق الأمر سوى بضع دقائق."
        ),
        # vintervaghallning
        "Vinterväghållning": "صيانة الطرق في الشتاء",
        "Så prioriterar vi snöröjning och halkbekämpning.": (
            "كيف نحدد أولويات إزالة الثلوج ومكافحة الانزلاق."
        ),
        (
            "När det snöar eller blir halt prioriterar vi de gator och cykelbanor där flest "
            "människor rör sig."
        ): (
            "عندما يتساقط الثلج أو تصبح الطرق زلقة، نعطي الأولوية للشوارع ومسارات الدراجات التي "
            "يستخدمها أكبر عدد من الناس."
        ),
        "Ordningen vi röjer i": "الترتيب الذي نتبعه في إزالة الثلوج",
        (
            "Först huvudgator, busslinjer och viktiga cykelstråk. Sedan gång- och cykelvägar "
            "till skolor. Sist bostadsgator."
        ): (
            "أولًا الشوارع الرئيسية وخطوط الحافلات ومسارات الدراجات المهمة. ثم ممرات المشاة "
            "والدراجات المؤدية إلى المدارس. وأخيرًا الشوارع السكنية."
        ),
        (
            "Som fastighetsägare ansvarar du för att gångbanan utanför din fastighet är fri från "
            "snö och is."
        ): "بصفتك مالك عقار، أنت مسؤول عن إبقاء الرصيف أمام عقارك خاليًا من الثلج والجليد.",
        "Är det halt där du är?": "هل الطريق زلق في منطقتك؟",
        "Anmäl halka eller dålig snöröjning till oss.": "أبلغنا عن الجليد أو عن سوء إزالة الثلوج.",
        # sa-beraknas-ekonomiskt-bistand
        "Så beräknas ekonomiskt bistånd": "كيف تُحسب المساعدة المالية",
        "Riksnormen och rimliga kostnader avgör hur mycket du kan få.": (
            "المعيار الوطني والتكاليف المعقولة هما ما يحدد المبلغ الذي يمكنك الحصول عليه."
        ),
        (
            "Ekonomiskt bistånd räknas ut genom att vi jämför hushållets inkomster med de "
            "kostnader som anses skäliga."
        ): "تُحسب المساعدة المالية بمقارنة دخل الأسرة بالتكاليف التي تُعد معقولة.",
        "Riksnormen": "المعيار الوطني",
        (
            "Riksnormen är ett belopp som regeringen bestämmer varje år. Den ska räcka till mat, "
            "kläder, hygien, telefon och fritid."
        ): (
            "المعيار الوطني مبلغ تحدده الحكومة كل عام. ويُفترض أن يغطي الطعام والملابس والنظافة "
            "الشخصية والهاتف والترفيه."
        ),
        "Utöver riksnormen": "إضافة إلى المعيار الوطني",
        (
            "Du kan också få pengar till hyra, el, hemförsäkring, arbetsresor och läkarvård om "
            "kostnaderna är rimliga."
        ): (
            "يمكنك أيضًا الحصول على مال للإيجار والكهرباء وتأمين المنزل والتنقل إلى العمل "
            "والرعاية الطبية إذا كانت التكاليف معقولة."
        ),
        "Ansök om ekonomiskt bistånd": "التقدم بطلب المساعدة المالية",
        "Läs om vem som kan få ekonomiskt bistånd och hur du ansöker.": (
            "اقرأ عن الأشخاص الذين يمكنهم الحصول على المساعدة المالية وكيفية التقدم بالطلب."
        ),
        # ansok-om-ekonomiskt-bistand-med-bankid
        "Nu kan du ansöka om ekonomiskt bistånd med BankID": (
            "أصبح بإمكانك الآن التقدم بطلب المساعدة المالية باستخدام BankID"
        ),
        "Den nya e-tjänsten gör det enklare att ansöka och skicka in underlag.": (
            "تسهّل الخدمة الإلكترونية الجديدة تقديم الطلب وإرسال المستندات."
        ),
        (
            "Från och med i dag kan du ansöka om ekonomiskt bistånd i en ny e-tjänst. Du loggar "
            "in med BankID och kan fotografera kvitton och skicka in dem direkt."
        ): (
            "اعتبارًا من اليوم يمكنك التقدم بطلب المساعدة المالية عبر خدمة إلكترونية جديدة. تسجل "
            "الدخول باستخدام BankID ويمكنك تصوير الإيصالات وإرسالها مباشرة."
        ),
        (
            "I e-tjänsten ser du också när ditt ärende är klart. Du som inte vill eller kan "
            "använda e-tjänsten kan fortfarande ansöka på papper eller besöka mottagningen."
        ): (
            "يمكنك أيضًا أن ترى في الخدمة الإلكترونية متى يُبت في طلبك. وإذا كنت لا ترغب في "
            "استخدام الخدمة الإلكترونية أو لا تستطيع ذلك، فلا يزال بإمكانك التقديم ورقيًا أو "
            "زيارة مكتب الاستقبال."
        ),
        # kortare-handlaggningstider-for-bygglov
        "Kortare väntan på bygglov": "انتظار أقصر للحصول على ترخيص البناء",
        "Den genomsnittliga handläggningstiden för bygglov har halverats på ett år.": (
            "انخفض متوسط مدة معالجة طلبات ترخيص البناء إلى النصف خلال عام واحد."
        ),
        (
            "För ett år sedan tog det i genomsnitt tio veckor att få bygglov. Nu är genomsnittet "
            "fem veckor för en komplett ansökan."
        ): (
            "قبل عام كان الحصول على ترخيص البناء يستغرق عشرة أسابيع في المتوسط. أما الآن "
            "فالمتوسط خمسة أسابيع للطلب المكتمل."
        ),
        (
            "Förbättringen beror på en ny e-tjänst som hjälper dig att skicka in rätt handlingar "
            "från början, och på fler handläggare."
        ): (
            "يعود هذا التحسن إلى خدمة إلكترونية جديدة تساعدك على إرسال المستندات الصحيحة من "
            "البداية، وإلى زيادة عدد موظفي المعالجة."
        ),
        "Boka gärna ett rådgivningssamtal innan du ansöker. Då blir det ännu enklare.": (
            "ننصحك بحجز مكالمة استشارية قبل تقديم الطلب، فذلك يجعل الأمر أسهل."
        ),
        # nya-parkeringsavgifter-i-centrum
        "Nya parkeringsavgifter i centrum från 1 juni": (
            "رسوم جديدة لوقوف السيارات في وسط المدينة ابتداءً من 1 يونيو"
        ),
        "Avgiften för att parkera på gatan i centrum höjs till 40 kronor i timmen.": (
            "ترتفع رسوم الوقوف في الشارع في وسط المدينة إلى 40 كرونة في الساعة."
        ),
        (
            "Från den 1 juni kostar det 40 kronor i timmen att parkera på gatan inom Vallgraven "
            "och i Vasastaden. Syftet är att fler ska välja garage och kollektivtrafik."
        ): (
            "ابتداءً من 1 يونيو ستبلغ رسوم الوقوف في الشارع داخل منطقة الخندق وفي حي فاساستادن "
            "40 كرونة في الساعة. والهدف هو تشجيع مزيد من الناس على استخدام المرائب ووسائل النقل "
            "العام."
        ),
        (
            "Avgiften för boendeparkering ändras inte. Du som har parkeringstillstånd för "
            "rörelsehindrade parkerar fortfarande utan avgift på gatan."
        ): (
            "لن تتغير رسوم وقوف السكان. وإذا كان لديك تصريح وقوف لذوي الإعاقة الحركية، فلا يزال "
            "بإمكانك الوقوف في الشارع دون رسوم."
        ),
        # enklare-att-gora-felanmalan
        "Enklare att göra felanmälan": "الإبلاغ عن الأعطال أصبح أسهل",
        "I den nya e-tjänsten markerar du felet på en karta och följer ärendet.": (
            "في الخدمة الإلكترونية الجديدة تحدد مكان العطل على الخريطة وتتابع بلاغك."
        ),
        (
            "Nu kan du anmäla fel på gator, belysning och i parker genom att markera platsen på "
            "en karta och ladda upp en bild."
        ): (
            "يمكنك الآن الإبلاغ عن الأعطال في الشوارع والإنارة والحدائق بتحديد المكان على "
            "الخريطة وتحميل صورة."
        ),
        (
            "Du får ett ärendenummer och besked när felet är åtgärdat. Du kan fortfarande ringa "
            "in felanmälan dygnet runt."
        ): (
            "تحصل على رقم للبلاغ وإشعار عند إصلاح العطل. ولا يزال بإمكانك الإبلاغ عن الأعطال "
            "هاتفيًا على مدار الساعة."
        ),
    },
}

# The same pages are translated into both languages.
_TRANSLATED_SLUGS = [
    "home",
    "forskola-och-skola",
    "bygga-och-bo",
    "trafik-och-gator",
    "omsorg-och-stod",
    "kultur-och-fritid",
    "miljo-och-avfall",
    "kommun-och-politik",
    "foretag-och-tillstand",
    "nyheter",
    "bloggen",
    "fragor-och-svar",
    "hitta-verksamhet",
    "ansok-om-forskoleplats",
    "ansok-om-bygglov",
    "parkeringstillstand-for-rorelsehindrade",
    "felanmalan-gata-park-och-belysning",
    "ekonomiskt-bistand",
    "lamna-synpunkter",
    "hur-lang-ar-kon-till-forskolan",
    "nar-toms-soporna",
    "hur-lang-tid-tar-bygglov",
    "trasig-gatubelysning",
    "hjalp-att-betala-hyran",
    "fatt-en-parkeringsanmarkning",
    "sa-fungerar-kon-till-forskolan",
    "vintervaghallning",
    "sa-beraknas-ekonomiskt-bistand",
    "ansok-om-ekonomiskt-bistand-med-bankid",
    "kortare-handlaggningstider-for-bygglov",
    "nya-parkeringsavgifter-i-centrum",
    "enklare-att-gora-felanmalan",
]

TRANSLATED_PAGES = {"en": _TRANSLATED_SLUGS, "ar": _TRANSLATED_SLUGS}
