"""Image intake: bombs refused, metadata stripped, renditions from an allowlist only."""

from __future__ import annotations

import io
import random
import time
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ExifTags, Image
from wagtail.images.rect import Rect
from wagtail.models import Collection

from cms import imaging
from cms.models import CityImage
from cms.services import image_create
from tests import factories
from tests.images import jpeg, jpeg_with_gps, png

pytestmark = pytest.mark.django_db


def bomb_png() -> bytes:
    """A small PNG file whose header declares 100 megapixels."""
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, format="PNG", optimize=True)
    return out.getvalue()


@pytest.fixture
def admin_client(client: Any) -> Any:
    user = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    return client


def upload(client: Any, name: str, data: bytes, content_type: str) -> Any:
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, data, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_the_bomb_fixture_is_small_and_declares_100_megapixels() -> None:
    data = bomb_png()
    assert len(data) < 20_000
    # PNG signature (8 bytes), IHDR length and type (8 bytes), then width and height.
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width * height == 100_000_000


def test_decompression_bomb_upload_is_refused_quickly(admin_client: Any) -> None:
    started = time.monotonic()
    response = upload(admin_client, "bomb.png", bomb_png(), "image/png")
    elapsed = time.monotonic() - started
    assert response.status_code == 200  # the form again, with an error
    assert response.context["form"].errors["file"]
    assert not CityImage.objects.exists()
    assert elapsed < 5  # generous: refusal reads the header only


def test_bomb_is_refused_by_the_image_service() -> None:
    with pytest.raises(imaging.ImageRejected) as excinfo:
        image_create(title="Bomb", data=bomb_png(), filename="bomb.png")
    assert excinfo.value.code == "image_too_large"
    assert not CityImage.objects.exists()


def test_bomb_is_refused_even_when_the_model_is_built_directly() -> None:
    with pytest.raises((imaging.ImageRejected, Image.DecompressionBombError)):
        CityImage(title="Bomb", file=ContentFile(bomb_png(), name="bomb.png")).save()
    assert not CityImage.objects.exists()


def test_pillow_refuses_the_bomb_on_open() -> None:
    with pytest.raises((Image.DecompressionBombError, Image.DecompressionBombWarning)):
        Image.open(io.BytesIO(bomb_png()))


def test_uploaded_jpeg_is_stored_without_exif_or_gps(admin_client: Any) -> None:
    original = jpeg_with_gps()
    with Image.open(io.BytesIO(original)) as before:
        assert before.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the fixture really carries GPS

    response = upload(admin_client, "karta.jpg", original, "image/jpeg")

    assert response.status_code == 302, response.context["form"].errors
    image = CityImage.objects.get()
    with image.open_file() as f:
        stored = f.read()
    assert b"Anna Andersson" not in stored
    with Image.open(io.BytesIO(stored)) as after:
        assert "exif" not in after.info
        assert not after.getexif()
    assert image.file_size == len(stored)


def test_orientation_is_applied_before_exif_is_dropped() -> None:
    # Orientation 6: the camera was turned; the picture is displayed rotated 90 degrees.
    image = image_create(title="Stående", data=jpeg_with_gps((80, 40), 6), filename="s.jpg")
    assert (image.width, image.height) == (40, 80)


def test_png_text_chunks_are_dropped() -> None:
    from PIL import PngImagePlugin

    meta = PngImagePlugin.PngInfo()
    meta.add_text("Comment", "Tagen hemma hos Anna")
    out = io.BytesIO()
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(out, format="PNG", pnginfo=meta)
    image = image_create(title="Png", data=out.getvalue(), filename="p.png")
    with image.open_file() as f:
        assert b"Tagen hemma" not in f.read()


@pytest.mark.parametrize(
    "data",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"/>',
        b"<html><script>alert(1)</script></html>",
        b"GIF89a not really",
    ],
)
def test_svg_html_and_broken_files_are_refused(data: bytes) -> None:
    with pytest.raises(imaging.ImageRejected):
        image_create(title="Inte bild", data=data, filename="x.png")
    assert not CityImage.objects.exists()


def test_svg_is_refused_by_the_model_even_when_built_directly() -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    with pytest.raises(imaging.ImageRejected):
        CityImage(title="Svg", file=ContentFile(svg, name="x.svg")).save()
    assert not CityImage.objects.exists()


def test_renditions_come_from_the_allowlist_only() -> None:
    assert imaging.allowed_rendition_spec("card") == "fill-640x360"
    assert imaging.allowed_rendition_spec("fill-99999x99999") is None


def test_focal_point_is_kept_with_the_image() -> None:
    image = image_create(title="Fokus", data=jpeg_with_gps((400, 300)), filename="f.jpg")
    image.set_focal_point(Rect(75, 75, 125, 125))
    image.save()
    image.refresh_from_db()
    assert (image.focal_point_x, image.focal_point_y) == (100, 100)
    rendition = image.get_rendition("fill-100x100")
    assert (rendition.width, rendition.height) == (100, 100)


def test_animated_webp_keeps_its_frames_but_not_its_exif() -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = "Anna Andersson"
    frames = [Image.new("RGB", (16, 16), colour) for colour in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(
        out, format="WEBP", save_all=True, append_images=frames[1:], exif=exif, duration=100
    )
    assert b"Anna Andersson" in out.getvalue()

    image = image_create(title="Animerad", data=out.getvalue(), filename="a.webp")

    with image.open_file() as f:
        stored = f.read()
    assert b"Anna Andersson" not in stored
    with Image.open(io.BytesIO(stored)) as after:
        assert after.n_frames == 3


def test_jpeg_comments_are_dropped() -> None:
    out = io.BytesIO()
    Image.new("RGB", (16, 16)).save(out, format="JPEG", comment=b"Anna Andersson, Storgatan 1")
    image = image_create(title="Kommentar", data=out.getvalue(), filename="c.jpg")
    with image.open_file() as f:
        assert b"Storgatan" not in f.read()


def png_of(pixels_wide: int, pixels_high: int) -> bytes:
    out = io.BytesIO()
    Image.new("1", (pixels_wide, pixels_high)).save(out, format="PNG", optimize=True)
    return out.getvalue()


def test_images_between_our_limit_and_pillows_own_are_refused(admin_client: Any) -> None:
    # 49 megapixels: over our 40 MP limit, under the 89 MP at which Pillow warns by itself.
    data = png_of(7000, 7000)
    response = upload(admin_client, "stor.png", data, "image/png")
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    with pytest.raises(imaging.ImageRejected) as excinfo:
        image_create(title="Stor", data=data, filename="stor.png")
    assert excinfo.value.code == "image_too_large"
    assert not CityImage.objects.exists()


def mutated(base: bytes, rng: random.Random, *, keep: int) -> bytes:
    data = bytearray(base)
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(keep, len(data))] = rng.randrange(256)
    return bytes(data[: rng.randrange(10, len(data))] if rng.random() < 0.3 else data)


@pytest.mark.filterwarnings("ignore:.*:UserWarning:PIL")  # Pillow's notes on damaged EXIF
def test_damaged_images_are_refused_never_a_crash() -> None:
    """Hundreds of seeded corruptions of real files: each is re-encoded or refused."""
    rng = random.Random(1)
    outcomes = set()
    for base, keep in ((jpeg_with_gps((64, 48), 6), 3), (png((50, 40)), 8)):
        for _ in range(400):
            try:
                data = io.BytesIO(mutated(base, rng, keep=keep))
                imaging.strip_metadata(data, name="x", still_only=True)
                outcomes.add("stored")
            except imaging.ImageRejected as exc:
                outcomes.add(exc.code)
    assert outcomes == {"stored", "invalid_image"}


def truncated_jpeg() -> bytes:
    """A JPEG file cut off in the middle of its image data: the header reads fine."""
    data = jpeg((800, 600))
    return data[: len(data) * 2 // 3]


def test_a_truncated_jpeg_is_a_form_error_in_the_admin(admin_client: Any) -> None:
    response = upload(admin_client, "avbruten.jpg", truncated_jpeg(), "image/jpeg")
    assert response.status_code == 200  # the form again, with an error
    assert response.context["form"].errors["file"] == ["The image could not be decoded."]
    assert not CityImage.objects.exists()


def test_a_truncated_jpeg_is_refused_by_the_multiple_uploader(admin_client: Any) -> None:
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "files[]": SimpleUploadedFile("avbruten.jpg", truncated_jpeg(), "image/jpeg"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert response.json() == {
        "success": False,
        "error_message": "The image could not be decoded.",
    }
    assert not CityImage.objects.exists()


def test_a_whole_jpeg_is_kept_without_its_metadata_by_both_uploaders(admin_client: Any) -> None:
    assert upload(admin_client, "hel.jpg", jpeg_with_gps(), "image/jpeg").status_code == 302
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("hel2.jpg", jpeg_with_gps(), "image/jpeg")},
    )
    assert response.json()["success"] is True
    for image in CityImage.objects.all():
        with image.open_file() as f:
            assert not Image.open(f).getexif()
        assert image.file_size == image.file.size
