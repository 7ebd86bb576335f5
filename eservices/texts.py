"""What citizens are told about their cases, in their own language.

Editors may describe each status per form (`FormDefinition.status_texts`, translated like
the rest of the form); a status they left out gets the city's standard text below. The
notifications say only that something happened and where to read it: what the case is
about stays behind the citizen's sign-in, never in an e-mail or an SMS.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SOURCE_LANGUAGE = "sv"

STANDARD_STATUS_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "received": "Vi har tagit emot ditt ärende.",
        "in_progress": "Ditt ärende handläggs.",
        "waiting_for_citizen": "Vi behöver mer från dig innan vi kan gå vidare.",
        "decided": "Beslut har fattats i ditt ärende.",
        "closed": "Ditt ärende är avslutat.",
    },
    "en": {
        "received": "We have received your case.",
        "in_progress": "Your case is being handled.",
        "waiting_for_citizen": "We need more from you before we can continue.",
        "decided": "A decision has been made in your case.",
        "closed": "Your case is closed.",
    },
    "fi": {
        "received": "Olemme vastaanottaneet asiasi.",
        "in_progress": "Asiaasi käsitellään.",
        "waiting_for_citizen": "Tarvitsemme sinulta lisätietoja ennen kuin voimme jatkaa.",
        "decided": "Asiassasi on tehty päätös.",
        "closed": "Asiasi on päätetty.",
    },
    "ar": {
        "received": "لقد استلمنا قضيتك.",
        "in_progress": "قضيتك قيد المعالجة.",
        "waiting_for_citizen": "نحتاج إلى المزيد منك قبل أن نتمكن من المتابعة.",
        "decided": "صدر قرار في قضيتك.",
        "closed": "تم إغلاق قضيتك.",
    },
    "so": {
        "received": "Waxaan helnay arrintaada.",
        "in_progress": "Arrintaada waa la qabanayaa.",
        "waiting_for_citizen": (
            "Waxaan kaa rabnaa macluumaad dheeraad ah ka hor intaynaan sii wadin."
        ),
        "decided": "Go'aan ayaa laga gaaray arrintaada.",
        "closed": "Arrintaada waa la xiray.",
    },
    "fa": {
        "received": "پرونده شما را دریافت کردیم.",
        "in_progress": "پرونده شما در حال رسیدگی است.",
        "waiting_for_citizen": "پیش از ادامه، به اطلاعات بیشتری از شما نیاز داریم.",
        "decided": "در پرونده شما تصمیم گرفته شد.",
        "closed": "پرونده شما بسته شد.",
    },
}

# {reference}, {title}, {status}, {days} are filled in; the lines of a message are joined.
PHRASES: dict[str, dict[str, str]] = {
    "sv": {
        "reference": "Ärendenummer: {reference}",
        "receipt_sms": "Vi har tagit emot ditt ärende {reference}. Staden",
        "status_subject": "Ärende {reference}: ny status",
        "days": "Det brukar ta ungefär {days} dagar.",
        "follow": "Logga in på Mina sidor för att följa ditt ärende.",
        "status_sms": "Ärende {reference}: {status} Läs mer på Mina sidor. Staden",
        "message_subject": "Ärende {reference}: nytt meddelande",
        "message": "Du har fått ett nytt meddelande i ärende {reference}.",
        "read": "Logga in på Mina sidor för att läsa och svara.",
        "message_sms": "Nytt meddelande i ärende {reference}. Läs det på Mina sidor. Staden",
    },
    "en": {
        "reference": "Case reference: {reference}",
        "receipt_sms": "We have received your case {reference}. The City",
        "status_subject": "Case {reference}: new status",
        "days": "This usually takes about {days} days.",
        "follow": "Sign in to My page to follow your case.",
        "status_sms": "Case {reference}: {status} Read more on My page. The City",
        "message_subject": "Case {reference}: new message",
        "message": "You have a new message in case {reference}.",
        "read": "Sign in to My page to read and reply.",
        "message_sms": "New message in case {reference}. Read it on My page. The City",
    },
    "fi": {
        "reference": "Asianumero: {reference}",
        "receipt_sms": "Olemme vastaanottaneet asiasi {reference}. Kaupunki",
        "status_subject": "Asia {reference}: uusi tila",
        "days": "Tämä kestää yleensä noin {days} päivää.",
        "follow": "Kirjaudu Omille sivuille seurataksesi asiaasi.",
        "status_sms": "Asia {reference}: {status} Lue lisää Omilta sivuilta. Kaupunki",
        "message_subject": "Asia {reference}: uusi viesti",
        "message": "Sinulla on uusi viesti asiassa {reference}.",
        "read": "Kirjaudu Omille sivuille lukeaksesi ja vastataksesi.",
        "message_sms": "Uusi viesti asiassa {reference}. Lue se Omilta sivuilta. Kaupunki",
    },
    "ar": {
        "reference": "رقم القضية: {reference}",
        "receipt_sms": "لقد استلمنا قضيتك {reference}. المدينة",
        "status_subject": "القضية {reference}: حالة جديدة",
        "days": "يستغرق هذا عادةً نحو {days} يومًا.",
        "follow": "سجّل الدخول إلى صفحتي لمتابعة قضيتك.",
        "status_sms": "القضية {reference}: {status} اقرأ المزيد في صفحتي. المدينة",
        "message_subject": "القضية {reference}: رسالة جديدة",
        "message": "لديك رسالة جديدة في القضية {reference}.",
        "read": "سجّل الدخول إلى صفحتي للقراءة والرد.",
        "message_sms": "رسالة جديدة في القضية {reference}. اقرأها في صفحتي. المدينة",
    },
    "so": {
        "reference": "Lambarka arrinta: {reference}",
        "receipt_sms": "Waxaan helnay arrintaada {reference}. Magaalada",
        "status_subject": "Arrinta {reference}: xaalad cusub",
        "days": "Tani badanaa waxay qaadataa qiyaastii {days} maalmood.",
        "follow": "Gal Boggayga si aad ula socoto arrintaada.",
        "status_sms": "Arrinta {reference}: {status} Wax badan ka akhri Boggayga. Magaalada",
        "message_subject": "Arrinta {reference}: fariin cusub",
        "message": "Waxaad fariin cusub ku heshay arrinta {reference}.",
        "read": "Gal Boggayga si aad u akhrido oo aad uga jawaabto.",
        "message_sms": "Fariin cusub arrinta {reference}. Ka akhri Boggayga. Magaalada",
    },
    "fa": {
        "reference": "شماره پرونده: {reference}",
        "receipt_sms": "پرونده شما {reference} را دریافت کردیم. شهر",
        "status_subject": "پرونده {reference}: وضعیت جدید",
        "days": "این کار معمولاً حدود {days} روز طول می‌کشد.",
        "follow": "برای پیگیری پرونده وارد صفحه من شوید.",
        "status_sms": "پرونده {reference}: {status} در صفحه من بیشتر بخوانید. شهر",
        "message_subject": "پرونده {reference}: پیام جدید",
        "message": "در پرونده {reference} پیام جدیدی دارید.",
        "read": "برای خواندن و پاسخ دادن وارد صفحه من شوید.",
        "message_sms": "پیام جدید در پرونده {reference}. آن را در صفحه من بخوانید. شهر",
    },
}


@dataclass(frozen=True)
class StatusText:
    text: str
    days: int | None


def status_text(status_texts: dict[str, Any], status: str, language: str) -> StatusText:
    """The form version's own text for `status`, else the standard one in its language."""
    own = status_texts.get(status) or {}
    if own.get("text"):
        return StatusText(own["text"], own.get("days"))
    standard = STANDARD_STATUS_TEXTS.get(language, STANDARD_STATUS_TEXTS[SOURCE_LANGUAGE])
    return StatusText(standard[status], own.get("days"))


def phrase(language: str, name: str, **values: Any) -> str:
    """One of the notification phrases in `language` (Swedish when it has none)."""
    phrases = PHRASES.get(language, PHRASES[SOURCE_LANGUAGE])
    return phrases[name].format(**values)
