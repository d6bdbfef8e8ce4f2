"""PDF pages as QImages (pypdfium2), for previews and for printing through QPrinter.

PySide6-Essentials has no QtPdf, so pages are rasterised with PDFium and painted; this works the
same on every platform and with any printer Qt knows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


def page_count(data: bytes) -> int:
    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


def first_page_size(data: bytes) -> tuple[float, float]:
    """Width and height of the first page of the PDF ``data``, in points ((0, 0) when it has none)."""
    doc = pdfium.PdfDocument(data)
    try:
        if not len(doc):
            return 0.0, 0.0
        page = doc[0]
        width, height = page.get_size()
        page.close()
        return float(width), float(height)
    finally:
        doc.close()


def iter_page_images(data: bytes, dpi: float = 96.0) -> Iterator[QImage]:
    """Each page of the PDF ``data`` as an RGB QImage at ``dpi``."""
    doc = pdfium.PdfDocument(data)
    try:
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            )
            yield image.copy()  # detach from the buffer, which PDFium frees
            bitmap.close()
            page.close()
    finally:
        doc.close()


def print_pdf(printer: QPrinter, data: bytes, report: Callable[[int, int], None] | None = None) -> int:
    """Paint every page of the PDF onto ``printer`` (one sheet per page, fitted, centred); returns pages."""
    total = page_count(data)
    dpi = min(max(printer.resolution(), 150), 300)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be opened.")
    try:
        for n, image in enumerate(iter_page_images(data, dpi)):
            if n:
                printer.newPage()
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h), image)
            if report is not None:
                report(n + 1, total)
    finally:
        painter.end()
    return total
