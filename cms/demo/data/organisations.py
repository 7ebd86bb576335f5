"""Demo organisations: administrations, district committees and city companies."""

ORGANISATIONS = [
    {
        "slug": "stadsledningskontoret",
        "name": "Stadsledningskontoret",
        "kind": "administration",
        "parent": None,
        "organisation_number": "212000-1405",
        "switchboard_phone": "031-365 00 00",
        "email": "stadsledningskontoret@stad.example",
        "website": "https://stad.example",
        "visiting_address": "Gustaf Adolfs torg 4 A, Göteborg",
        "postal_address": "Stadsledningskontoret, 404 82 Göteborg",
        "description": (
            "Stadsledningskontoret leder och samordnar arbetet i hela staden på uppdrag av "
            "kommunstyrelsen. Här finns också stadens kontaktcenter, registratur och "
            "arbetet med krisberedskap."
        ),
    },
    {
        "slug": "forskoleforvaltningen",
        "name": "Förskoleförvaltningen",
        "kind": "administration",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1413",
        "switchboard_phone": "031-365 10 00",
        "email": "forskola@stad.example",
        "website": "https://forskola.stad.example",
        "visiting_address": "Kålltorpsgatan 6, Göteborg",
        "postal_address": "Förskoleförvaltningen, 404 83 Göteborg",
        "description": (
            "Förskoleförvaltningen ansvarar för stadens kommunala förskolor och för "
            "placering i förskola. Vi ger också tillstånd till och granskar fristående "
            "förskolor."
        ),
    },
    {
        "slug": "grundskoleforvaltningen",
        "name": "Grundskoleförvaltningen",
        "kind": "administration",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1421",
        "switchboard_phone": "031-365 11 00",
        "email": "grundskola@stad.example",
        "website": "https://grundskola.stad.example",
        "visiting_address": "Kvarnbergsgatan 2, Göteborg",
        "postal_address": "Grundskoleförvaltningen, 404 84 Göteborg",
        "description": (
            "Grundskoleförvaltningen driver stadens kommunala grundskolor, fritidshem och "
            "anpassade grundskolor. Vi hanterar också skolval, skolskjuts och "
            "modersmålsundervisning."
        ),
    },
    {
        "slug": "utbildningsforvaltningen",
        "name": "Utbildningsförvaltningen",
        "kind": "administration",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1439",
        "switchboard_phone": "031-365 12 00",
        "email": "utbildning@stad.example",
        "website": "https://utbildning.stad.example",
        "visiting_address": "Vasagatan 5, Göteborg",
        "postal_address": "Utbildningsförvaltningen, 404 85 Göteborg",
        "description": (
            "Utbildningsförvaltningen ansvarar för gymnasieskola och vuxenutbildning i "
            "staden. Vi driver de kommunala gymnasieskolorna och sköter antagningen till "
            "gymnasiet."
        ),
    },
    {
        "slug": "stadsbyggnadsforvaltningen",
        "name": "Stadsbyggnadsförvaltningen",
        "kind": "administration",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1447",
        "switchboard_phone": "031-365 13 00",
        "email": "stadsbyggnad@stad.example",
        "website": "https://stadsbyggnad.stad.example",
        "visiting_address": "Köpmansgatan 20, Göteborg",
        "postal_address": "Stadsbyggnadsförvaltningen, 404 86 Göteborg",
        "description": (
            "Stadsbyggnadsförvaltningen planerar hur staden ska växa och tar fram "
            "detaljplaner. Vi prövar bygglov, gör kartor och mätningar och ger råd till "
            "dig som vill bygga."
        ),
    },
    {
        "slug": "trafikkontoret",
        "name": "Trafikkontoret",
        "kind": "administration",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1454",
        "switchboard_phone": "031-365 14 00",
        "email": "trafikkontoret@stad.example",
        "website": "https://trafik.stad.example",
        "visiting_address": "Ullevigatan 19, Göteborg",
        "postal_address": "Trafikkontoret, 404 87 Göteborg",
        "description": (
            "Trafikkontoret sköter stadens gator, cykelbanor, broar och parkering. Vi "
            "ansvarar också för färdtjänst och för att gatorna är framkomliga året runt."
        ),
    },
    {
        "slug": "fastighetskontoret",
        "name": "Fastighetskontoret",
        "kind": "administration",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1462",
        "switchboard_phone": "031-365 15 00",
        "email": "fastighet@stad.example",
        "website": "https://fastighet.stad.example",
        "visiting_address": "Norra Hamngatan 4, Göteborg",
        "postal_address": "Fastighetskontoret, 404 88 Göteborg",
        "description": (
            "Fastighetskontoret förvaltar stadens mark och upplåter tomter för bostäder och "
            "verksamheter. Vi handlägger också bidrag till bostadsanpassning."
        ),
    },
    {
        "slug": "socialforvaltningen-centrum",
        "name": "Socialförvaltningen Centrum",
        "kind": "district",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1470",
        "switchboard_phone": "031-365 20 00",
        "email": "socialcentrum@stad.example",
        "website": "https://centrum.stad.example",
        "visiting_address": "Stampgatan 14, Göteborg",
        "postal_address": "Socialförvaltningen Centrum, 404 89 Göteborg",
        "description": (
            "Socialförvaltningen Centrum ger stöd till barn, unga och vuxna i de centrala "
            "stadsdelarna. Här finns också stadens tillståndsenhet för serveringstillstånd."
        ),
    },
    {
        "slug": "socialforvaltningen-hisingen",
        "name": "Socialförvaltningen Hisingen",
        "kind": "district",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1488",
        "switchboard_phone": "031-365 21 00",
        "email": "socialhisingen@stad.example",
        "website": "https://hisingen.stad.example",
        "visiting_address": "Wieselgrensplatsen 2 A, Göteborg",
        "postal_address": "Socialförvaltningen Hisingen, 404 90 Göteborg",
        "description": (
            "Socialförvaltningen Hisingen ger stöd till invånare i Lundby, Biskopsgården, "
            "Backa och Tuve. Vi driver även fritidsgårdar och medborgarkontor på Hisingen."
        ),
    },
    {
        "slug": "socialforvaltningen-nordost",
        "name": "Socialförvaltningen Nordost",
        "kind": "district",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1496",
        "switchboard_phone": "031-365 22 00",
        "email": "socialnordost@stad.example",
        "website": "https://nordost.stad.example",
        "visiting_address": "Angereds torg 5, Angered",
        "postal_address": "Socialförvaltningen Nordost, 404 91 Göteborg",
        "description": (
            "Socialförvaltningen Nordost arbetar i Angered, Bergsjön, Kortedala och "
            "Gamlestaden. Vi erbjuder socialt stöd, fritidsgårdar och medborgarkontor nära "
            "dig som bor här."
        ),
    },
    {
        "slug": "socialforvaltningen-sydvast",
        "name": "Socialförvaltningen Sydväst",
        "kind": "district",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1504",
        "switchboard_phone": "031-365 23 00",
        "email": "socialsydvast@stad.example",
        "website": "https://sydvast.stad.example",
        "visiting_address": "Frölunda torg 2, Västra Frölunda",
        "postal_address": "Socialförvaltningen Sydväst, 404 92 Göteborg",
        "description": (
            "Socialförvaltningen Sydväst ger stöd till invånare i Frölunda, Tynnered och "
            "Askim. Vi driver också mötesplatser och medborgarkontor i stadsdelarna."
        ),
    },
    {
        "slug": "aldre-vard-och-omsorgsforvaltningen",
        "name": "Äldre samt vård- och omsorgsförvaltningen",
        "kind": "administration",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1512",
        "switchboard_phone": "031-365 16 00",
        "email": "aldreomsorg@stad.example",
        "website": "https://aldreomsorg.stad.example",
        "visiting_address": "Gårdavägen 2, Göteborg",
        "postal_address": "Äldre samt vård- och omsorgsförvaltningen, 404 93 Göteborg",
        "description": (
            "Förvaltningen ansvarar för hemtjänst, vård- och omsorgsboenden och "
            "hemsjukvård i hela staden. Vi arbetar för att du som är äldre ska kunna leva "
            "ett tryggt och självständigt liv."
        ),
    },
    {
        "slug": "kulturforvaltningen",
        "name": "Kulturförvaltningen",
        "kind": "administration",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1520",
        "switchboard_phone": "031-365 17 00",
        "email": "kultur@stad.example",
        "website": "https://kultur.stad.example",
        "visiting_address": "Götaplatsen 3, Göteborg",
        "postal_address": "Kulturförvaltningen, 404 94 Göteborg",
        "description": (
            "Kulturförvaltningen driver stadens bibliotek, konsthallar och museer. Vi ger "
            "också stöd till kulturlivet och ordnar kultur för barn och unga."
        ),
    },
    {
        "slug": "idrotts-och-foreningsforvaltningen",
        "name": "Idrotts- och föreningsförvaltningen",
        "kind": "administration",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1538",
        "switchboard_phone": "031-365 18 00",
        "email": "idrott@stad.example",
        "website": "https://idrott.stad.example",
        "visiting_address": "Valhallagatan 1, Göteborg",
        "postal_address": "Idrotts- och föreningsförvaltningen, 404 95 Göteborg",
        "description": (
            "Idrotts- och föreningsförvaltningen sköter stadens idrottshallar, simhallar "
            "och idrottsplatser. Vi fördelar också bidrag till föreningar."
        ),
    },
    {
        "slug": "kretslopp-och-vatten",
        "name": "Kretslopp och vatten",
        "kind": "administration",
        "parent": "stadsledningskontoret",
        "organisation_number": "212000-1546",
        "switchboard_phone": "031-365 19 00",
        "email": "kretsloppochvatten@stad.example",
        "website": "https://kretsloppochvatten.stad.example",
        "visiting_address": "Lärjeholmsvägen 40, Göteborg",
        "postal_address": "Kretslopp och vatten, 404 96 Göteborg",
        "description": (
            "Kretslopp och vatten ser till att du har rent dricksvatten och att avlopp och "
            "avfall tas om hand. Vi driver också stadens återvinningscentraler."
        ),
    },
    {
        "slug": "stadens-bostader",
        "name": "Stadens Bostäder AB",
        "kind": "company",
        "parent": None,
        "organisation_number": "556012-3456",
        "switchboard_phone": "031-733 40 00",
        "email": "kundservice@stadensbostader.example",
        "website": "https://www.stadensbostader.example",
        "visiting_address": "Järntorget 3, Göteborg",
        "postal_address": "Stadens Bostäder AB, Box 5010, 402 21 Göteborg",
        "description": (
            "Stadens Bostäder är stadens eget bostadsbolag med hyreslägenheter i många "
            "stadsdelar. Bolaget bygger nya bostäder och tar hand om de hus som redan finns."
        ),
    },
    {
        "slug": "stadens-parkering",
        "name": "Stadens Parkering AB",
        "kind": "company",
        "parent": None,
        "organisation_number": "556034-5679",
        "switchboard_phone": "031-761 33 00",
        "email": "kundservice@stadensparkering.example",
        "website": "https://www.stadensparkering.example",
        "visiting_address": "Sten Sturegatan 6, Göteborg",
        "postal_address": "Stadens Parkering AB, Box 8020, 402 77 Göteborg",
        "description": (
            "Stadens Parkering är stadens parkeringsbolag och driver garage och "
            "parkeringsplatser. Bolaget hyr ut platser till boende och företag och sköter "
            "parkeringsövervakningen på stadens gator."
        ),
    },
]

ORGANISATION_TRANSLATIONS = {
    "en": {
        "stadsledningskontoret": {
            "name": "City Executive Office",
            "description": (
                "The City Executive Office leads and coordinates the work of the whole city "
                "on behalf of the City Executive Board. It is also home to the city's "
                "contact centre, the registry and emergency preparedness."
            ),
        },
        "forskoleforvaltningen": {
            "name": "Preschool Administration",
            "description": (
                "The Preschool Administration is responsible for the city's municipal "
                "preschools and for preschool placements. It also approves and inspects "
                "independent preschools."
            ),
        },
        "grundskoleforvaltningen": {
            "name": "Compulsory School Administration",
            "description": (
                "The Compulsory School Administration runs the city's municipal compulsory "
                "schools, after-school centres and adapted schools. It also handles school "
                "choice, school transport and mother tongue tuition."
            ),
        },
        "utbildningsforvaltningen": {
            "name": "Education Administration",
            "description": (
                "The Education Administration is responsible for upper secondary school "
                "and adult education in the city. It runs the municipal upper secondary "
                "schools and handles admissions."
            ),
        },
        "stadsbyggnadsforvaltningen": {
            "name": "Urban Planning Administration",
            "description": (
                "The Urban Planning Administration plans how the city grows and prepares "
                "detailed development plans. It handles building permits, produces maps "
                "and surveys, and advises people who want to build."
            ),
        },
        "trafikkontoret": {
            "name": "Traffic Office",
            "description": (
                "The Traffic Office looks after the city's streets, cycle paths, bridges "
                "and parking. It is also responsible for mobility services and for keeping "
                "streets passable all year round."
            ),
        },
        "fastighetskontoret": {
            "name": "Property Management Office",
            "description": (
                "The Property Management Office manages the city's land and leases plots "
                "for housing and businesses. It also handles housing adaptation grants."
            ),
        },
        "socialforvaltningen-centrum": {
            "name": "Social Services Centre",
            "description": (
                "Social Services Centre supports children, young people and adults in the "
                "central districts. It also hosts the city's licensing unit for alcohol "
                "licences."
            ),
        },
        "socialforvaltningen-hisingen": {
            "name": "Social Services Hisingen",
            "description": (
                "Social Services Hisingen supports residents of Lundby, Biskopsgården, "
                "Backa and Tuve. It also runs youth centres and citizen offices on Hisingen."
            ),
        },
        "socialforvaltningen-nordost": {
            "name": "Social Services North East",
            "description": (
                "Social Services North East works in Angered, Bergsjön, Kortedala and "
                "Gamlestaden. It offers social support, youth centres and citizen offices "
                "close to where people live."
            ),
        },
        "socialforvaltningen-sydvast": {
            "name": "Social Services South West",
            "description": (
                "Social Services South West supports residents of Frölunda, Tynnered and "
                "Askim. It also runs meeting places and citizen offices in the districts."
            ),
        },
        "aldre-vard-och-omsorgsforvaltningen": {
            "name": "Elderly Care and Health Care Administration",
            "description": (
                "The administration is responsible for home care, residential care homes "
                "and home health care across the city. It works to help older people live "
                "safe and independent lives."
            ),
        },
        "kulturforvaltningen": {
            "name": "Cultural Affairs Administration",
            "description": (
                "The Cultural Affairs Administration runs the city's libraries, art halls "
                "and museums. It also supports cultural life and arranges culture for "
                "children and young people."
            ),
        },
        "idrotts-och-foreningsforvaltningen": {
            "name": "Sports and Associations Administration",
            "description": (
                "The Sports and Associations Administration manages the city's sports "
                "halls, swimming pools and sports grounds. It also distributes grants to "
                "associations."
            ),
        },
        "kretslopp-och-vatten": {
            "name": "Recycling and Water",
            "description": (
                "Recycling and Water makes sure you have clean drinking water and that "
                "sewage and waste are taken care of. It also runs the city's recycling "
                "centres."
            ),
        },
        "stadens-bostader": {
            "name": "City Housing Company",
            "description": (
                "The City Housing Company is the city's own housing company with rental "
                "flats in many districts. It builds new homes and looks after existing "
                "buildings."
            ),
        },
        "stadens-parkering": {
            "name": "City Parking Company",
            "description": (
                "The City Parking Company is the city's parking company and runs garages "
                "and car parks. It rents spaces to residents and businesses and handles "
                "parking enforcement on the city's streets."
            ),
        },
    },
    "ar": {
        "stadsledningskontoret": {
            "name": "مكتب إدارة المدينة",
            "description": (
                "يقود مكتب إدارة المدينة العمل في المدينة كلها وينسقه نيابة عن المجلس "
                "التنفيذي البلدي. ويضم المكتب أيضًا مركز الاتصال بالمدينة وقسم السجلات "
                "والعمل على الاستعداد للأزمات."
            ),
        },
        "forskoleforvaltningen": {
            "name": "إدارة رياض الأطفال",
            "description": (
                "تتولى إدارة رياض الأطفال مسؤولية رياض الأطفال البلدية وتوزيع الأماكن "
                "فيها. كما تمنح التراخيص لرياض الأطفال المستقلة وتراقبها."
            ),
        },
        "grundskoleforvaltningen": {
            "name": "إدارة المدارس الأساسية",
            "description": (
                "تدير إدارة المدارس الأساسية المدارس الأساسية البلدية ومراكز الرعاية بعد "
                "المدرسة والمدارس المكيّفة. كما تتولى اختيار المدرسة والنقل المدرسي وتعليم "
                "اللغة الأم."
            ),
        },
        "utbildningsforvaltningen": {
            "name": "إدارة التعليم",
            "description": (
                "تتولى إدارة التعليم مسؤولية المدارس الثانوية وتعليم الكبار في المدينة. "
                "وتدير المدارس الثانوية البلدية وتنظم القبول فيها."
            ),
        },
        "stadsbyggnadsforvaltningen": {
            "name": "إدارة التخطيط العمراني",
            "description": (
                "تخطط إدارة التخطيط العمراني لنمو المدينة وتعدّ المخططات التفصيلية. كما "
                "تنظر في طلبات تراخيص البناء وتعدّ الخرائط والقياسات وتقدم النصح لمن يرغب "
                "في البناء."
            ),
        },
        "trafikkontoret": {
            "name": "مكتب المرور",
            "description": (
                "يعتني مكتب المرور بشوارع المدينة ومسارات الدراجات والجسور ومواقف السيارات. "
                "كما يتولى خدمة النقل الخاص وضمان سهولة المرور في الشوارع طوال العام."
            ),
        },
        "fastighetskontoret": {
            "name": "مكتب العقارات",
            "description": (
                "يدير مكتب العقارات أراضي المدينة ويؤجر قطع الأراضي للسكن والأنشطة. كما "
                "ينظر في طلبات منح تكييف المسكن."
            ),
        },
        "socialforvaltningen-centrum": {
            "name": "الإدارة الاجتماعية - الوسط",
            "description": (
                "تقدم الإدارة الاجتماعية في الوسط الدعم للأطفال والشباب والبالغين في "
                "الأحياء المركزية. كما تضم وحدة التراخيص المسؤولة عن تراخيص تقديم الكحول."
            ),
        },
        "socialforvaltningen-hisingen": {
            "name": "الإدارة الاجتماعية - هيسينغن",
            "description": (
                "تقدم الإدارة الاجتماعية في هيسينغن الدعم لسكان لوندبي وبيسكوبسغوردن وباكا "
                "وتوفه. كما تدير مراكز الشباب ومكاتب المواطنين في هيسينغن."
            ),
        },
        "socialforvaltningen-nordost": {
            "name": "الإدارة الاجتماعية - الشمال الشرقي",
            "description": (
                "تعمل الإدارة الاجتماعية في الشمال الشرقي في أنغريد وبيريسيون وكورتيدالا "
                "وغاملستادن. وتقدم الدعم الاجتماعي ومراكز الشباب ومكاتب المواطنين قريبًا "
                "من السكان."
            ),
        },
        "socialforvaltningen-sydvast": {
            "name": "الإدارة الاجتماعية - الجنوب الغربي",
            "description": (
                "تقدم الإدارة الاجتماعية في الجنوب الغربي الدعم لسكان فرولوندا وتينيريد "
                "وأسكيم. كما تدير أماكن للقاء ومكاتب للمواطنين في الأحياء."
            ),
        },
        "aldre-vard-och-omsorgsforvaltningen": {
            "name": "إدارة رعاية المسنين والرعاية الصحية",
            "description": (
                "تتولى الإدارة مسؤولية الخدمة المنزلية ودور الرعاية والرعاية الصحية "
                "المنزلية في المدينة كلها. وتعمل على أن يعيش كبار السن حياة آمنة ومستقلة."
            ),
        },
        "kulturforvaltningen": {
            "name": "إدارة الثقافة",
            "description": (
                "تدير إدارة الثقافة مكتبات المدينة وقاعات الفنون والمتاحف. كما تدعم الحياة "
                "الثقافية وتنظم أنشطة ثقافية للأطفال والشباب."
            ),
        },
        "idrotts-och-foreningsforvaltningen": {
            "name": "إدارة الرياضة والجمعيات",
            "description": (
                "تدير إدارة الرياضة والجمعيات القاعات الرياضية والمسابح والملاعب في المدينة. "
                "كما توزع المنح على الجمعيات."
            ),
        },
        "kretslopp-och-vatten": {
            "name": "إدارة إعادة التدوير والمياه",
            "description": (
                "تضمن إدارة إعادة التدوير والمياه حصولك على مياه شرب نظيفة والتعامل السليم "
                "مع الصرف الصحي والنفايات. كما تدير مراكز إعادة التدوير في المدينة."
            ),
        },
        "stadens-bostader": {
            "name": "شركة إسكان المدينة",
            "description": (
                "شركة إسكان المدينة هي شركة الإسكان المملوكة للمدينة ولديها شقق للإيجار في "
                "أحياء كثيرة. وتبني الشركة مساكن جديدة وتعتني بالمباني القائمة."
            ),
        },
        "stadens-parkering": {
            "name": "شركة مواقف السيارات في المدينة",
            "description": (
                "شركة مواقف السيارات هي الشركة المملوكة للمدينة التي تدير المرائب ومواقف "
                "السيارات. وتؤجر الأماكن للسكان والشركات وتتولى مراقبة الوقوف في شوارع "
                "المدينة."
            ),
        },
    },
}
