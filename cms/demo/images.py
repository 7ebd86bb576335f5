"""Demo pictures drawn locally: simple city scenes, no downloads."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw


@dataclass(frozen=True)
class DemoImage:
    key: str
    title: str
    alt_text: str
    sky: tuple[int, int, int]
    ground: tuple[int, int, int]


DEMO_IMAGES = [
    DemoImage(
        "forskola",
        "Förskolegård en vårdag",
        "Lekplats med gungor framför en låg förskolebyggnad",
        (150, 200, 240),
        (110, 170, 90),
    ),
    DemoImage(
        "bibliotek",
        "Stadsbiblioteket",
        "Ljus biblioteksbyggnad med stora fönster mot ett torg",
        (200, 215, 235),
        (170, 165, 160),
    ),
    DemoImage(
        "sparvagn",
        "Spårvagn vid hållplats",
        "Blå spårvagn som stannar vid en hållplats i centrum",
        (170, 190, 220),
        (120, 120, 125),
    ),
    DemoImage(
        "park",
        "Park vid kanalen",
        "Gräsmatta och träd längs en kanal i stadens centrum",
        (160, 205, 235),
        (95, 150, 80),
    ),
    DemoImage(
        "aldreboende",
        "Trädgård vid äldreboendet",
        "Trädgård med bänkar och blommor utanför ett äldreboende",
        (230, 210, 190),
        (130, 170, 100),
    ),
    DemoImage(
        "hamn",
        "Hamnen i kvällsljus",
        "Kajkant med kranar och båtar i kvällsljus",
        (240, 170, 120),
        (70, 90, 120),
    ),
]


def render(image: DemoImage, *, width: int = 1200, height: int = 800) -> bytes:
    """A JPEG of a sky, a ground and a few buildings, the same for the same key."""
    rng = random.Random(image.key)  # noqa: S311 - decoration, not security
    canvas = Image.new("RGB", (width, height), image.sky)
    draw = ImageDraw.Draw(canvas)
    horizon = int(height * 0.62)
    for y in range(horizon):
        shade = int(40 * y / horizon)
        draw.line([(0, y), (width, y)], fill=tuple(min(255, c + shade) for c in image.sky))
    draw.rectangle([0, horizon, width, height], fill=image.ground)
    x = 40
    while x < width - 80:
        w = rng.randint(90, 220)
        h = rng.randint(120, 360)
        colour = tuple(rng.randint(120, 230) for _ in range(3))
        draw.rectangle([x, horizon - h, x + w, horizon], fill=colour)
        for wy in range(horizon - h + 20, horizon - 30, 45):
            for wx in range(x + 15, x + w - 25, 40):
                draw.rectangle([wx, wy, wx + 18, wy + 24], fill=(250, 245, 210))
        x += w + rng.randint(20, 70)
    sun = (int(width * 0.8), int(height * 0.18))
    draw.ellipse([sun[0] - 50, sun[1] - 50, sun[0] + 50, sun[1] + 50], fill=(255, 230, 150))
    out = io.BytesIO()
    canvas.save(out, format="JPEG", quality=85)
    return out.getvalue()
