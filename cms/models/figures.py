"""Key figures (nyckeltal): comparable numbers per unit and year, defined per unit type."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class KeyFigure(models.Model):
    """What is measured for units of one type, how, in what unit and by whom."""

    unit_type = models.ForeignKey(
        "cms.UnitType",
        verbose_name=_("unit type"),
        on_delete=models.CASCADE,
        related_name="key_figures",
    )
    slug = models.SlugField(_("slug"), max_length=100)
    name = models.CharField(_("name"), max_length=200)
    definition = models.TextField(_("definition"), help_text=_("How the figure is computed."))
    unit_of_measure = models.CharField(
        _("unit of measure"), max_length=50, help_text=_("For example: %, kr, barn per anställd.")
    )
    source = models.CharField(_("source"), max_length=200, help_text=_("Who publishes it."))
    source_url = models.URLField(_("source address"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    panels = [
        FieldPanel("unit_type"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("definition"),
        FieldPanel("unit_of_measure"),
        FieldPanel("source"),
        FieldPanel("source_url"),
        FieldPanel("order"),
    ]

    class Meta:
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")
        ordering = ["unit_type", "order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["unit_type", "slug"], name="keyfigure_unique_slug"),
        ]

    def __str__(self) -> str:
        return self.name


class UnitFigure(models.Model):
    """One key figure's value for one unit and year."""

    unit = models.ForeignKey(
        "cms.UnitPage", verbose_name=_("unit"), on_delete=models.CASCADE, related_name="figures"
    )
    figure = models.ForeignKey(
        KeyFigure, verbose_name=_("key figure"), on_delete=models.CASCADE, related_name="values"
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=4)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    panels = [FieldPanel("unit"), FieldPanel("figure"), FieldPanel("year"), FieldPanel("value")]

    class Meta:
        verbose_name = _("key figure value")
        verbose_name_plural = _("key figure values")
        ordering = ["unit", "figure", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "figure", "year"], name="unitfigure_one_value_a_year"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.figure} {self.year}: {self.value}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # One transaction with the open-data tombstone written when the value moves to a
        # unit whose values are not published (cms.tombstones).
        with transaction.atomic():
            super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.figure_id and self.unit_id and self.figure.unit_type_id != self.unit.unit_type_id:
            raise ValidationError(
                {"figure": _("This key figure is defined for another type of unit.")}
            )
