"""Pages of paper: a document cut into pages with a footer, saved as PDF or sent to a printer.

Pages are cut from the document here and drawn scaled to the device, each with a footer in
large print. A PDF writer and a printer are both paged paint devices: one paint function
serves saving and printing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from sterkblijven.paper.layout import (
    BODY_PX,
    CELL_PADDING_PX,
    CSS_DPI,
    IMAGE_DPI,
    PAGE_SIDE_MARGIN_MM,
)
from sterkblijven.paths import write_private_files
from sterkblijven.words.basics import short_date

# Calls read translate("Report", "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate

CREATOR = "sterkblijven"
# Left, top, right, bottom.
PAGE_MARGINS_MM = QMarginsF(PAGE_SIDE_MARGIN_MM, 15, PAGE_SIDE_MARGIN_MM, 12)
FOOTER_PX = 19
FOOTER_GAP_PX = 10  # between the last line of a page and the footer's rule
# A heading stays with what follows it up to its chart, or with this many blocks at most.
KEEP_WITH_HEADING = 3
ROW_PADDING_PX = CELL_PADDING_PX


@dataclass(frozen=True, slots=True)
class Footer:
    """What every page says at its foot: whose paper it is and when it was made."""

    name: str
    made_on: date


@dataclass(frozen=True, slots=True)
class _Sheet:
    """The printable part of a page, in CSS pixels, and the scale to the device."""

    scale: float  # device pixels per CSS pixel
    width: float
    body_height: float  # the document's part of a page, above the footer
    footer_top: float
    footer_height: float


def _sheet(device: QPagedPaintDevice) -> _Sheet:
    dpi = device.logicalDpiX()
    paint = device.pageLayout().paintRectPixels(dpi)
    scale = dpi / CSS_DPI
    width, height = paint.width() / scale, paint.height() / scale
    line = QFontMetricsF(_font(FOOTER_PX, bold=True)).lineSpacing()
    footer_height = 2 * line + 10
    return _Sheet(
        scale, width, height - footer_height - FOOTER_GAP_PX, height - footer_height, footer_height
    )


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _pdf_writer(buffer: QBuffer, title: str) -> QPdfWriter:
    """Return a writer of A4 pages with the app's margins, at print resolution."""
    writer = QPdfWriter(buffer)
    writer.setResolution(IMAGE_DPI)
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            PAGE_MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def write_pdf(
    path: Path, title: str, paint: Callable[[QPagedPaintDevice], int], *, archive: bool = False
) -> int:
    """Write an A4 PDF file whole or not at all with `paint`; return its number of pages.

    With ``archive`` the file is PDF/A-1b, the PDF meant to be kept in a patient's file: every
    font embedded, no transparency, its metadata in XMP.

    Raises OSError when the file cannot be written.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer, title)
    if archive:
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    pages = paint(writer)  # the writer completes the file when its painter ends
    buffer.close()
    if pages <= 0:
        raise OSError(f"the PDF for {path} could not be made")
    # Written only once complete, so a failure never leaves half a file behind; it holds
    # health data, so it is its owner's only, like everything else the app writes.
    write_private_files({path: bytes(data.data())})
    return pages


def name_the_job(device: QPagedPaintDevice, title: str) -> None:
    """Give a printer's job the document's title, the app's name and the page margins."""
    if isinstance(device, QPrinter):
        device.setDocName(title)
        device.setCreator(CREATOR)
        device.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)


def paint_pages(
    document: QTextDocument, device: QPagedPaintDevice, footer: Footer, keep_share: float = 1.0
) -> int:
    """Draw the document page by page with its footer; return the pages, 0 on failure.

    A part that should stay on one page (see _keep_together) is moved to the next page only
    when it is at most ``keep_share`` of a page high; a longer one flows on.
    """
    sheet = _sheet(device)
    _lay_out(document, sheet, keep_share)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        return 0
    try:
        for index in range(pages):
            if index and not device.newPage():
                return 0
            painter.save()
            painter.scale(sheet.scale, sheet.scale)
            top = index * sheet.body_height
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, sheet.width, sheet.body_height))
            painter.restore()
            painter.save()
            painter.scale(sheet.scale, sheet.scale)
            _draw_footer(painter, sheet, footer, index + 1, pages)
            painter.restore()
    finally:
        painter.end()
    return pages


def _lay_out(document: QTextDocument, sheet: _Sheet, keep_share: float) -> None:
    document.setPageSize(QSizeF(sheet.width, sheet.body_height))
    _keep_together(document, sheet.body_height, keep_share)


def page_fill(document: QTextDocument, keep_share: float = 1.0) -> list[float]:
    """Return how full each A4 page of a document is, 0 to 1, laid out as a PDF would be.

    A page is as full as the lowest line, table row or picture that starts on it.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    sheet = _sheet(_pdf_writer(buffer, ""))
    _lay_out(document, sheet, keep_share)
    height = sheet.body_height
    fill = [0.0] * document.pageCount()
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        page = min(int(rect.top() // height), len(fill) - 1)
        fill[page] = max(fill[page], min(1.0, (rect.bottom() - page * height) / height))
        block = block.next()
    buffer.close()
    return fill


def _draw_footer(painter: QPainter, sheet: _Sheet, footer: Footer, page: int, pages: int) -> None:
    painter.setPen(QPen(QColor("#000000"), 2))
    painter.drawLine(QPointF(0, sheet.footer_top), QPointF(sheet.width, sheet.footer_top))
    bold, plain = _font(FOOTER_PX, bold=True), _font(FOOTER_PX)
    line = QFontMetricsF(bold).lineSpacing()
    first = QRectF(0, sheet.footer_top + 8, sheet.width, line)
    second = first.translated(0, line)
    page_text = translate("Report", "Page {page} of {pages}").format(page=page, pages=pages)
    painter.setFont(bold)
    painter.drawText(first, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_text)
    room = sheet.width - QFontMetricsF(bold).horizontalAdvance(page_text) - 2 * BODY_PX
    name = QFontMetricsF(bold).elidedText(footer.name, Qt.TextElideMode.ElideRight, room)
    painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
    painter.setFont(plain)
    made = translate("Report", "Made on {date}").format(date=short_date(footer.made_on))
    painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, made)


def _keep_together(document: QTextDocument, page_height: float, keep_share: float = 1.0) -> None:
    """Move a heading, an introduced table or a whole table to the next page, not to cut it.

    A heading stays on one page with what it introduces, up to its chart and the words under
    it, or with its whole table when that fits: a heading alone at the foot of a page, or apart
    from its chart, is hard to follow. A sentence ending in a colon keeps the table it
    introduces, and a table that fits on a page is not split. Only a part at most
    ``keep_share`` of a page high is moved; a longer one flows on, keeping at least a heading
    with what follows it.
    """
    limit = page_height * keep_share
    block = document.begin()
    while block.isValid():
        anchor, choices = _what_stays_with(document, block)
        if choices:
            # Qt lays a document out lazily; a format changed in a half-done layout leaves later
            # blocks out of place, so each question about positions waits for the whole layout.
            document.pageCount()
            layout = document.documentLayout()
            top = _top(layout, anchor)
            for ends in choices:
                bottom = max(_bottom(layout, end) for end in ends)
                if bottom - top >= limit:
                    continue  # too tall to move whole: try keeping less together
                if int(top // page_height) != int((bottom - 1) // page_height):
                    _break_before(anchor)
                break
            else:
                if isinstance(anchor, QTextTable) or QTextCursor(block).currentTable():
                    table = QTextCursor(block).currentTable()
                    if table is not None:
                        _keep_rows_whole(document, table, page_height, anchor)
        block = block.next()


def _keep_rows_whole(
    document: QTextDocument, table: QTextTable, page_height: float, start: _Part
) -> None:
    """Move each row of a long table that a page's end would cut to the next page.

    Qt cuts a row of several lines between them. The row above one that would be cut grows
    at its foot instead, up to the page's end, so the whole row starts on the next page. When
    the first row would be cut, the table starts on the next page, with its introduction.
    """
    header = table.format().headerRowCount()
    for row in range(header, table.rows()):
        document.pageCount()  # the whole layout, as above
        layout = document.documentLayout()
        cells = [table.cellAt(row, column) for column in range(table.columns())]
        top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells)
        bottom = max(
            layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells
        )
        page = int(top // page_height)
        if bottom - top >= page_height or page == int((bottom - 1) // page_height):
            continue
        if row == header:
            _break_before(start)
            continue
        room = (page + 1) * page_height - top + ROW_PADDING_PX
        for column in range(table.columns()):
            above = table.cellAt(row - 1, column)
            cell_format = above.format().toTableCellFormat()
            cell_format.setBottomPadding(ROW_PADDING_PX + room)
            above.setFormat(cell_format)


_Part = QTextBlock | QTextTable


def _what_stays_with(document: QTextDocument, block: QTextBlock) -> tuple[_Part, list[list[_Part]]]:
    """Return what a block starts that should stay on one page, and what it ends with.

    The choices run from the most to the least that should stay together. In Qt a page break
    inside a table cell moves that cell alone, so nothing inside a table is moved; Qt splits a
    long table between the lines of its rows.
    """
    table = QTextCursor(block).currentTable()
    if table is not None:
        starts_table = table.cellAt(0, 0).firstCursorPosition().block() == block
        if starts_table and table.parentFrame() == document.rootFrame():
            return _introduction(block) or table, [[table]]
        return block, []
    if _is_heading(block):
        group = _heading_group(block)
        table = _first_table(block, group[-1])
        # The most first: the whole table; then the group up to its chart or its table's first
        # row; at least the heading with its next line, unless that is a subheading, which
        # then keeps its own company.
        ends: list[list[_Part]] = [[group[-1]]] if len(group) > 1 else []
        if block.next().isValid() and not _is_heading(block.next()):
            ends.append([block.next()])
        return block, ([[table]] if table is not None else []) + ends
    following = QTextCursor(block.next()).currentTable()
    if following is not None and block.text().rstrip().endswith(":"):
        return block, [[following], [block.next()]]
    return block, []


def _top(layout: QAbstractTextDocumentLayout, part: _Part) -> float:
    if isinstance(part, QTextTable):
        return layout.frameBoundingRect(part).top()
    return layout.blockBoundingRect(part).top()


def _bottom(layout: QAbstractTextDocumentLayout, part: _Part) -> float:
    if isinstance(part, QTextTable):
        return layout.frameBoundingRect(part).bottom() - part.format().bottomMargin()
    return layout.blockBoundingRect(part).bottom()


def _break_before(part: _Part) -> None:
    if isinstance(part, QTextTable):
        table_format = part.format()
        table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        part.setFormat(table_format)
        return
    block_format = part.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(part).setBlockFormat(block_format)


def _first_table(first: QTextBlock, last: QTextBlock) -> QTextTable | None:
    """Return the table that the blocks from first to last run into, if any."""
    block = first
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            return table
        if block == last:
            return None
        block = block.next()
    return None


def _introduction(first_cell: QTextBlock) -> QTextBlock | None:
    """Return the heading (or the sentence ending in a colon) that introduces a table, if any.

    A table moved to the next page takes its heading and its words along, up to two lines.
    """
    block = first_cell.previous()
    found = None
    plain = 0
    while block.isValid() and not _in_table(block) and not _has_image(block):
        if _is_heading(block):
            found = block
        else:
            if found is not None and _is_heading(found):
                break  # the words before a heading belong to another part
            plain += 1
            if plain > 2:
                break
            if found is None and block.text().rstrip().endswith(":"):
                found = block
        block = block.previous()
    return found


def _heading_group(heading: QTextBlock) -> list[QTextBlock]:
    """Return a heading and what belongs with it: up to its chart and the words after it.

    Subheadings right below it belong with it, and so do the words that introduce a table, with
    the table's first row.
    """
    group = [heading]
    following = heading.next()
    told = 0
    while following.isValid() and told < KEEP_WITH_HEADING:
        if _is_heading(following):
            if following.blockFormat().headingLevel() <= heading.blockFormat().headingLevel():
                break
            group.append(following)
            following = following.next()
            continue
        group.append(following)
        if _in_table(following):
            break  # the first cell of a table: its row keeps the heading company
        told += 1
        if _has_image(following):
            after = following.next()
            if after.isValid() and not _is_heading(after) and not _in_table(after):
                group.append(after)
            break
        following = following.next()
    return group


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


def _is_heading(block: QTextBlock) -> bool:
    return block.isValid() and block.blockFormat().headingLevel() > 0


def _has_image(block: QTextBlock) -> bool:
    fragments = block.begin()
    while not fragments.atEnd():
        if fragments.fragment().charFormat().isImageFormat():
            return True
        fragments += 1
    return False
