"""The badge's picture (PNG) and the holder's baked copy: the same picture
carrying the assertion in an ``iTXt`` chunk (openbadges-bakery), which a
backpack reads when the file is uploaded."""

import io
import json
from functools import cache
from typing import Any

from openbadges_bakery import bake
from PIL import Image, ImageDraw, ImageFont

SIZE = 400
#: One colour per picture: programmes, then each type of event.
COLOURS = {
    "programme": ("#0b5394", "T"),
    "event-training": ("#38761d", "M"),
    "event-seminar": ("#7f6000", "S"),
    "event-conference": ("#741b47", "K"),
}


@cache
def badge_png(name: str) -> bytes | None:
    """The picture ``name`` (``programme`` or ``event-<type>``); None when unknown."""
    if name not in COLOURS:
        return None
    colour, letter = COLOURS[name]
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, SIZE - 8, SIZE - 8), fill=colour, outline="#ffffff", width=12)
    draw.ellipse((60, 60, SIZE - 60, SIZE - 60), outline="#ffffff", width=6)
    font = ImageFont.load_default(size=170)
    draw.text((SIZE / 2, SIZE / 2), letter, fill="#ffffff", font=font, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def baked_png(name: str, assertion: dict[str, Any]) -> bytes:
    """The picture with the assertion baked in."""
    picture = badge_png(name)
    if picture is None:
        raise ValueError(f"no badge picture {name!r}")
    out = io.BytesIO()
    bake(io.BytesIO(picture), json.dumps(assertion, ensure_ascii=False), out)
    return out.getvalue()
