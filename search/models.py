"""What the database engine stores, and what editors maintain: synonyms.

`SearchEntry` rows are the database engine's index (one per document); the full-text
part lives beside them: an FTS5 table on SQLite, a tsvector column with a GIN index and
a table of impact-ordered postings on PostgreSQL (see the migrations). `SearchWord` is
the vocabulary "did you mean" draws on.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    key = models.CharField(max_length=100, unique=True)
    kind = models.CharField(max_length=40, db_index=True)
    locale = models.CharField(max_length=10, db_index=True)
    title = models.CharField(max_length=500)
    url = models.CharField(max_length=1000, blank=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    organisation = models.CharField(max_length=100, blank=True, db_index=True)
    topics = models.TextField(blank=True)  # "|slug|slug|" for `contains`
    type = models.CharField(max_length=100, blank=True, db_index=True)
    updated = models.DateTimeField(null=True, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    facets = models.JSONField(default=dict, blank=True)
    boost = models.FloatField(default=1.0)
    # Analysed terms (search.analysis): what the full-text index is built from.
    title_terms = models.TextField(blank=True)
    text_terms = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["latitude", "longitude"], name="search_entry_geo")]

    def __str__(self) -> str:
        return self.key


class SearchWord(models.Model):
    """A word that occurs in indexed titles and summaries, for spelling suggestions."""

    locale = models.CharField(max_length=10)
    word = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["locale", "word"], name="search_word_unique")
        ]

    def __str__(self) -> str:
        return self.word


class Synonym(models.Model):
    """Words that mean the same to the people searching: "dagis, förskola"."""

    locale = models.CharField(_("language"), max_length=10, default="sv")
    terms = models.TextField(
        _("words that mean the same"),
        help_text=_("Separate with commas, e.g. “bygglov, bygganmälan”. Phrases are allowed."),
    )

    class Meta:
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self) -> str:
        return self.terms

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if len(set(self.words())) < 2:
            raise ValidationError(
                {"terms": _("Give at least two different words, separated by commas.")}
            )

    def words(self) -> list[str]:
        return [term.strip().lower() for term in self.terms.split(",") if term.strip()]
