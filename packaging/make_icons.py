"""Make the app icon's raster files from ``resources/icons/office-desk.svg``, with Qt only.

    .venv/bin/python packaging/make_icons.py

writes, beside the SVG:

* ``office-desk-<N>.png`` for N in 16 ... 512 (Linux desktop files, window icons);
* ``office-desk.ico`` (Windows: exe, installer, file association) with 16-256 px
  images, each written by Qt's ICO plugin and joined into one multi-size file here;
* ``office-desk.icns`` (macOS bundle and document icon): PNG images in the ``icns``
  container, which is simple enough to write by hand (no Pillow, no ``iconutil``).

The outputs are committed; run this again after changing the SVG. It needs PySide6
(already an app dependency) and nothing else.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "office-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns entry types holding PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def encode(image: QImage, fmt: bytes) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt)
    if not writer.write(image):
        raise RuntimeError(f"Qt could not write {fmt.decode()}: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def join_icos(singles: list[bytes]) -> bytes:
    """One .ico from several one-image .ico files (as Qt's ICO plugin writes them)."""
    entries: list[bytes] = []
    images: list[bytes] = []
    for single in singles:
        reserved, kind, count = struct.unpack_from("<HHH", single, 0)
        if (reserved, kind, count) != (0, 1, 1):
            raise ValueError("expected a one-image icon from Qt")
        entry = single[6:22]
        size, offset = struct.unpack_from("<II", entry, 8)
        entries.append(entry[:8])  # width, height, colours, reserved, planes, bit count
        images.append(single[offset : offset + size])
    offset = 6 + 16 * len(images)
    out = [struct.pack("<HHH", 0, 1, len(images))]
    for head, image in zip(entries, images, strict=True):
        out.append(head + struct.pack("<II", len(image), offset))
        offset += len(image)
    return b"".join(out + images)


def icns(pngs: dict[int, bytes]) -> bytes:
    chunks = [
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    ]
    body = b"".join(chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    if b"ico" not in [bytes(f.data()) for f in QImageWriter.supportedImageFormats()]:
        print("Qt's ICO image plugin is missing (PySide6/Qt/plugins/imageformats)")
        return 1
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}")
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    images = {size: render(renderer, size) for size in sizes}
    pngs = {size: encode(image, b"png") for size, image in images.items()}
    for size in PNG_SIZES:
        (ICONS / f"office-desk-{size}.png").write_bytes(pngs[size])
    (ICONS / "office-desk.ico").write_bytes(
        join_icos([encode(images[size], b"ico") for size in ICO_SIZES])
    )
    (ICONS / "office-desk.icns").write_bytes(icns(pngs))
    for path in sorted(ICONS.iterdir()):
        print(f"{path.stat().st_size:>9,}  {path.relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
