"""Words citizens use for the city's services, and editors' promoted results."""

# Each line: words and phrases that mean the same to the people searching.
SYNONYMS = [
    "dagis, förskola",
    "dagisplats, förskoleplats",
    "bygganmälan, bygglov",
    "socialbidrag, ekonomiskt bistånd",
    "försörjningsstöd, ekonomiskt bistånd",
    "handikapparkering, parkeringstillstånd",
    "parkeringsbot, parkeringsanmärkning",
    "grovsopor, grovavfall",
    "sopor, avfall",
    "soptunna, sopkärl, sophämtning",
    "tippen, återvinningscentral",
    "gatlampa, gatubelysning",
    "feriejobb, sommarjobb",
    "fritids, fritidshem",
    "budgetrådgivning, skuldrådgivning",
    "klagomål, synpunkter",
    "klaga, synpunkter",
    "gifta, vigsel",
    "simhall, badhus",
    "äldrevård, äldreomsorg",
    "bostadsbidrag, bostadsanpassning",
]

# Query -> slugs of the pages editors put first for it (Wagtail's promoted search results).
PROMOTIONS = {
    "förskola": ["ansok-om-forskoleplats"],
    "bygglov": ["ansok-om-bygglov"],
}
