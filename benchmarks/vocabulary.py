"""Seeded Swedish municipal text for the benchmarks: a Zipf-like head of common words,
compounds for a long tail, rare words to plant, and sentences made of them."""

from __future__ import annotations

import random

from search.analysis import split_compound


def words(text: str) -> list[str]:
    """A word list kept as running text, which reads better than a 300-item literal."""
    return text.split()


# The head of the vocabulary, most frequent first: "kommunen" lands in nearly every document.
HEAD = words("""
kommunen information ansökan barn stöd kontakt förskola skola tjänster invånare boende hjälp
företag staden området verksamhet personal beslut avgift bygglov trafik parkering miljö
bibliotek äldreomsorg socialtjänst vård omsorg elever föräldrar ansöka läsa kontakta behöver
finns gäller erbjuder många alla nya olika viktigt möjlighet regler tillstånd handläggare
blankett telefon öppettider adress besök medborgarservice kundtjänst avfall återvinning
sophämtning vatten avlopp gator cykel kollektivtrafik buss spårvagn park lekplats idrott
simhall kultur fritid ungdomar seniorer familj ekonomi bistånd försörjningsstöd bostad
hyresrätt detaljplan planering samhällsbyggnad klimat energi solceller laddstolpe snöröjning
grundskola gymnasium vuxenutbildning modersmål skolskjuts skolmat fritidshem barnomsorg
placering kö plats schema sommarlov sommarjobb arbete jobb lediga rekrytering politik nämnd
fullmäktige protokoll sammanträde budget skatt taxa faktura betalning autogiro synpunkter
klagomål felanmälan trygghet säkerhet krisberedskap brandskydd räddningstjänst
tillgänglighet funktionsnedsättning assistans färdtjänst hemtjänst särskilt äldre anhöriga
demens hälsa folkhälsa tandvård vaccination livsmedel kontroll tillsyn inspektion servering
alkohol tobak evenemang torg marknad uteservering skyltar markupplåtelse grävtillstånd
vägarbete ombyggnad renovering nybyggnad bostäder lägenheter villor tomt mark exploatering
natur naturreservat skog badplatser stränder hamn båt fiske vandring motion hundar djur
katter fåglar träd grönområden odling kompost luft buller ljus belysning gatubelysning vägar
broar tunnlar stadsdelar centrum förorter grannar föreningar bidrag stipendium ideell
volontär integration nyanlända språk tolk översättning medborgarskap val röstning demokrati
inflytande dialog samråd medborgardialog undersökning statistik rapport utredning
uppföljning kvalitet resultat mål strategi program projekt utveckling digitalisering öppna
arkiv diarium allmänna handlingar offentlighet sekretess personuppgifter dataskydd
webbplats nyheter pressmeddelanden kalender aktiviteter kurser utställningar konserter
teater museum konsthall lånekort läsning sagostund läxhjälp studier vägledning praktik
lärlingar näringsliv etablering handel turism besökare hotell camping sjukdom smitta
krisstöd våld missbruk beroende behandling boendestöd gruppbostad korttidsboende daglig
sysselsättning ekonomiskt skuldrådgivning budgetrådgivning konsumentvägledning
överförmyndare samordning förvaltning avdelning enhet chef medarbetare uppdrag ansvar
""")
# First and last parts of the synthetic long tail ("kulturförvaltningen", "hamnguiden").
LEFT = words("""
kultur stads vatten gatu idrotts skol park bostads miljö trafik fritids social hamn natur
energi klimat ungdoms hälso närings turist konst musik dans teater sport strand skogs
""")
RIGHT = words("""
förvaltningen nämndens enheten kontoret avdelningen rådgivningen samordnaren strategen
ingenjören inspektören handläggaren projektet satsningen utredningen dialogen veckan dagen
mässan festivalen guiden kartan portalen appen rummet huset gården salen stugan banan
""")
# Rare words, each planted in 2–8 documents.
RARE = words("""
kolonilott hundrastgård eldningsförbud skateboardramp vigselförrättare fyrverkeri
strandskydd sotning kanotuthyrning pulkabacke minigolf graffiti äldreombud ungdomsmottagning
simskola julmarknad midsommarfirande utegym boulebana konstgräs pannkaksfrukost tvättstuga
""")
STOP = words("och för i på med att som till av om är kan ska det en ett")


def vocabulary() -> list[str]:
    head = list(dict.fromkeys(HEAD))
    tail = [f"{a}{b}" for a in LEFT for b in RIGHT]
    return head + [w for w in tail if w not in head and not split_compound(w)]


def sentence(rng: random.Random, words: list[str], end: str = ".") -> str:
    out: list[str] = []
    for word in words:
        if out and rng.random() < 0.3:
            out.append(rng.choice(STOP))
        out.append(word)
    text = " ".join(out)
    return text[:1].upper() + text[1:] + end
