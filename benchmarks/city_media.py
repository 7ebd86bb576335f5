"""The generated city's images: real JPEG files in MEDIA_ROOT, rows in bulk, and every
rendition the API hands out (settings.CITY_IMAGE_RENDITIONS) with its file.

Drawing and resizing 20 000 pictures would take most of an hour on two cores, so a pool of
distinct seeded pictures is drawn and rendered through Wagtail's own `create_renditions`;
every further image is a hard link to one of the pool's files (a copy where links are not
possible), with its own name, row and rendition rows of the same sizes.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image, ImageDraw
from wagtail.images.models import Filter
from wagtail.models import Collection

from cms.models import CityImage, CityRendition

PREFIX = "citygen"
SIZES = [(1200, 800), (1024, 768), (900, 1200), (1280, 720)]
SKY = [(170, 200, 230), (210, 190, 170), (120, 160, 200), (230, 215, 180)]
CREDIT = "Stadens bildbank (genererad)"
SUBJECTS = [
    "Förskolans gård",
    "Biblioteket en vintermorgon",
    "Spårvagn vid torget",
    "Badplatsen i juli",
    "Ny cykelbana längs kanalen",
    "Äldreboendets trädgård",
    "Återvinningscentralen",
    "Skolans matsal",
    "Parken i centrum",
    "Hamnen i kvällsljus",
]


@dataclass(frozen=True)
class Picture:
    """One drawn picture of the pool and its stored file."""

    name: str
    width: int
    height: int
    data: bytes


def media_root() -> Path:
    """The local folder the default storage writes to; refuses other storages."""
    try:
        return Path(default_storage.path(""))
    except NotImplementedError as exc:
        raise SystemExit("generate_city writes files into a local MEDIA_ROOT only.") from exc


def draw(rng: random.Random, width: int, height: int) -> bytes:
    """A street scene of sorts: sky, ground and a row of houses with windows."""
    sky = rng.choice(SKY)
    picture = Image.new("RGB", (width, height), sky)
    pen = ImageDraw.Draw(picture)
    ground = int(height * rng.uniform(0.6, 0.8))
    pen.rectangle((0, ground, width, height), fill=(90, 120 + rng.randrange(60), 80))
    x = 0
    while x < width:
        w = rng.randrange(width // 10, width // 4)
        top = ground - rng.randrange(height // 6, ground - height // 10)
        colour = tuple(rng.randrange(60, 230) for _ in range(3))
        pen.rectangle((x, top, x + w, ground), fill=colour)
        for wy in range(top + 15, ground - 20, 40):
            for wx in range(x + 10, x + w - 20, 30):
                pen.rectangle((wx, wy, wx + 12, wy + 18), fill=(250, 240, 180))
        x += w + rng.randrange(5, 40)
    sun = rng.randrange(width)
    pen.ellipse((sun, 20, sun + width // 12, 20 + width // 12), fill=(255, 225, 120))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=78)
    return out.getvalue()


def create_images(count: int, *, seed: int, pool: int) -> tuple[list[int], int]:
    """COUNT images (titles 'citygen-<n> …'); returns their ids and how many renditions."""
    if count == 0:
        return [], 0
    rng = random.Random(seed)
    root = media_root()
    (root / "original_images").mkdir(parents=True, exist_ok=True)
    (root / "images").mkdir(parents=True, exist_ok=True)
    pictures = [_picture(rng, n) for n in range(min(pool, count))]
    collection = Collection.get_first_root_node()
    now = timezone.now()
    rows = []
    for n in range(count):
        template = pictures[n % len(pictures)]
        name = f"original_images/{PREFIX}-{n}.jpg"
        _place(root, template.name, name, template.data, first=n < len(pictures))
        subject = SUBJECTS[n % len(SUBJECTS)]
        rows.append(
            CityImage(
                title=f"{PREFIX}-{n} {subject}",
                file=name,
                width=template.width,
                height=template.height,
                description=f"{subject}.",
                credit=CREDIT,
                collection=collection,
                created_at=now,
                file_size=len(template.data),
                file_hash=hashlib.sha1(template.data).hexdigest(),  # noqa: S324 - Wagtail's hash
            )
        )
    images = CityImage.objects.bulk_create(rows, batch_size=1000)
    return [image.pk for image in images], _renditions(root, images, len(pictures))


def _picture(rng: random.Random, n: int) -> Picture:
    width, height = rng.choice(SIZES)
    return Picture(f"original_images/{PREFIX}-{n}.jpg", width, height, draw(rng, width, height))


def _place(root: Path, source: str, name: str, data: bytes, *, first: bool) -> None:
    target = root / name
    if target.exists():
        target.unlink()
    if first:
        target.write_bytes(data)
    else:
        _link(root / source, target)


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _renditions(root: Path, images: list[CityImage], pool: int) -> int:
    """The pool's renditions through Wagtail; every other image's as links to them."""
    filters = [Filter(spec) for spec in settings.CITY_IMAGE_RENDITIONS.values()]
    made: list[list[CityRendition]] = []
    for image in images[:pool]:
        made.append(list(image.create_renditions(*filters).values()))
    rows = []
    for n, image in enumerate(images[pool:], start=pool):
        for rendition in made[n % pool]:
            source = rendition.file.name
            folder, _slash, base = source.rpartition("/")
            name = f"{folder}/{PREFIX}-{n}.{base.split('.', 1)[1]}"
            _place(root, source, name, b"", first=False)
            rows.append(
                CityRendition(
                    image=image,
                    filter_spec=rendition.filter_spec,
                    file=name,
                    width=rendition.width,
                    height=rendition.height,
                    focal_point_key=rendition.focal_point_key,
                )
            )
    CityRendition.objects.bulk_create(rows, batch_size=2000)
    return sum(len(r) for r in made) + len(rows)
