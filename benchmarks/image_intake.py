"""Image intake cost: our metadata-stripping re-encode against Pillow's plain re-save.

Prints the median per-image time of both over interleaved rounds and their ratio.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from PIL import ExifTags, Image  # noqa: E402

from cms.imaging import strip_metadata  # noqa: E402

ROUNDS = 7
PER_ROUND = 10


def sample_jpeg(size: tuple[int, int] = (3000, 2000)) -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Kamera"
    exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitude] = (57.0, 42.0, 30.0)
    out = io.BytesIO()
    Image.linear_gradient("L").resize(size).convert("RGB").save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def plain_resave(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=90, optimize=True)
        return out.getvalue()


def ours(data: bytes) -> bytes:
    return strip_metadata(io.BytesIO(data), name="photo.jpg").read()


def timed(fn: object, data: bytes) -> float:
    started = time.perf_counter()
    for _ in range(PER_ROUND):
        fn(data)  # type: ignore[operator]
    return (time.perf_counter() - started) / PER_ROUND


def main() -> None:
    data = sample_jpeg()
    peer, mine = [], []
    for _ in range(ROUNDS):  # interleaved, so drift hits both alike
        peer.append(timed(plain_resave, data))
        mine.append(timed(ours, data))
    p, m = statistics.median(peer), statistics.median(mine)
    print(f"image: 3000x2000 JPEG, {len(data) / 1024:.0f} KiB, {ROUNDS} rounds x {PER_ROUND}")
    print(f"{'peer: Pillow open+save':32} {p * 1000:8.1f} ms/image")
    print(f"{'ours: strip_metadata':32} {m * 1000:8.1f} ms/image")
    print(f"{'ratio ours/peer':32} {m / p:8.2f}x")


if __name__ == "__main__":
    main()
