"""Checking images that users give (a centre logo, a signature) before they are stored and printed.

Certificates draw PNG and JPEG images with reportlab; a file that is not one, or is too large to
print quickly, is refused with a sentence that says what to do. Pillow (which reportlab uses to
read images) decodes the image completely, so a damaged file is found here rather than at printing.
"""

from __future__ import annotations

import io
import warnings

from skillassess.core.messages import Message, msg

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


def image_problem(data: bytes, *, max_bytes: int, max_side: int = 4000) -> Message | None:
    """Why ``data`` cannot be used as a printed image (PNG or JPEG, at most ``max_bytes`` and ``max_side``
    pixels a side), or None when it can."""
    if not data:
        return msg("The file is empty; choose a PNG or JPEG image.")
    if len(data) > max_bytes:
        return msg(
            "The image is {size} KB; use an image of at most {limit} KB.",
            size=len(data) // 1024,
            limit=max_bytes // 1024,
        )
    if not data.startswith((PNG_MAGIC, JPEG_MAGIC)):
        return msg("The file is not a PNG or JPEG image; save it as PNG or JPEG and choose it again.")
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
                if width > max_side or height > max_side:
                    return msg(
                        "The image is {width} × {height} pixels; use one of at most {limit} pixels a side.",
                        width=width,
                        height=height,
                        limit=max_side,
                    )
                image.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return msg("The image is damaged and cannot be read; save it again as PNG or JPEG.")
    return None
