"""The wording of the daily report, in the shape of an administrative report (Nghị định 30/2020/NĐ-CP): the
letterhead (the unit and the report's number on the left, the national motto, place and date on the right),
the title and addressee, the numbered sections, the time it was drawn up, and the signature block. Both
renderers (Markdown, DOCX) lay out exactly these texts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from harness.coverage.compute import Tally, tally
from harness.coverage.table import Table
from harness.daily_report.report import DailyReport
from harness.defects.register import Defect
from harness.vietnam_time import VIETNAM

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
TITLE = "BÁO CÁO"
NO_RUNS = "Không có lần chạy nào trong ngày"
NO_DATA = "không có số liệu"
NONE = "Không có."
LATE = "Báo cáo lập sau 17 giờ"
NOT_RUN, PASSED, FAILED, SKIPPED_ONLY = "Chưa chạy", "Đạt", "Có kịch bản không đạt", "Chỉ có kịch bản bỏ qua"
SIGNER = "NGƯỜI LẬP BÁO CÁO"


@dataclass(frozen=True)
class Line:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    italic: bool = False
    warning: bool = False


Block = Heading | Paragraph | Table


def shown_day(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def dated(place: str, day: date) -> str:
    """"Đắk Lắk, ngày 03 tháng 12 năm 2026": days below 10 and the months January and February take a 0."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def seconds(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + " giây"


def letterhead(report: DailyReport) -> tuple[list[Line], list[Line]]:
    head = report.letterhead
    drawn_up = report.drawn_up.astimezone(VIETNAM).date()
    return ([Line(head.unit.upper(), bold=True), Line(f"Số: {head.number}")],
            [Line(NATION, bold=True), Line(MOTTO, bold=True), Line(dated(head.place, drawn_up), italic=True)])


def title(report: DailyReport) -> list[Line]:
    return [Line(TITLE, bold=True),
            Line(f"Tình hình vận hành Cổng Dịch vụ công quốc gia ngày {shown_day(report.day)}", bold=True),
            Line(f"Kính gửi: {report.letterhead.addressee}.")]


def body(report: DailyReport) -> list[Block]:
    return [*_runs(report), *_flows(report), *_defects(report), *_delays(report)]


def closing(report: DailyReport) -> list[Paragraph]:
    moment = report.drawn_up.astimezone(VIETNAM)
    lines = [Paragraph(f"Báo cáo lập lúc {moment:%H:%M} ngày {moment:%d/%m/%Y} (giờ Việt Nam).", italic=True)]
    if report.late:
        lines.append(Paragraph(f"{LATE} ngày {shown_day(report.day)}.", warning=True))
    return lines


def signature(report: DailyReport) -> tuple[list[Line], list[Line]]:
    return ([Line("Nơi nhận:", bold=True, italic=True), Line(f"- {report.letterhead.addressee};"),
             Line("- Lưu: VT.")],
            [Line(SIGNER, bold=True), Line("(Ký, ghi rõ họ tên)", italic=True)])


def flow_state(tally: Tally) -> str:
    if tally.failed:
        return FAILED
    if tally.passed:
        return PASSED
    return SKIPPED_ONLY if tally.skipped else NOT_RUN


def _runs(report: DailyReport) -> list[Block]:
    blocks: list[Block] = [Heading("I. CÁC LẦN CHẠY KIỂM THỬ TRONG NGÀY")]
    if not report.runs:
        return [*blocks, Paragraph(f"{NO_RUNS} {shown_day(report.day)}: mọi luồng nghiệp vụ ghi là chưa chạy.")]
    blocks.append(Paragraph(f"Trong ngày {shown_day(report.day)} có {len(report.runs)} lần chạy bộ kiểm thử, "
                            f"tổng cộng {len(report.results)} kịch bản."))
    rows = []
    for summary in report.runs:
        run, counted = summary.run, tally(summary.results)
        started, finished = run.started.astimezone(VIETNAM), run.finished.astimezone(VIETNAM)
        rows.append((f"{started:%H:%M}–{finished:%H:%M}", run.env, run.commit or "—", run.who or "—",
                     str(len(summary.results)), str(counted.passed), str(counted.failed), str(counted.skipped)))
    blocks.append(Table("Bảng 1. Các lần chạy", ("Thời gian", "Môi trường", "Phiên bản", "Người chạy", "Kịch bản",
                                                 "Đạt", "Không đạt", "Bỏ qua"), tuple(rows)))
    return blocks


def _flows(report: DailyReport) -> list[Block]:
    rows = tuple((report.flow_titles.get(flow, flow), flow, str(tally.passed), str(tally.failed), str(tally.skipped),
                  flow_state(tally)) for flow, tally in report.flows.items())
    not_run = [report.flow_titles.get(flow, flow) for flow, tally in report.flows.items() if not tally.ran]
    ran = len(report.flows) - len(not_run)
    blocks: list[Block] = [
        Heading("II. KẾT QUẢ THEO LUỒNG NGHIỆP VỤ"),
        Table("Bảng 2. Kết quả theo luồng nghiệp vụ", ("Luồng nghiệp vụ", "Thẻ", "Đạt", "Không đạt", "Bỏ qua",
                                                        "Tình trạng"), rows),
        Paragraph(f"Đã chạy {ran}/{len(report.flows)} luồng"
                  + (f"; chưa chạy: {', '.join(not_run)}." if not_run else ".")),
    ]
    if report.failures:
        blocks.append(Paragraph("Các kịch bản không đạt:"))
        blocks += [Paragraph(f"- {report.flow_titles.get(flow, flow)}: {result.name}")
                   for flow, result in report.failures]
    return blocks


def _defects(report: DailyReport) -> list[Block]:
    day = report.defects
    return [
        Heading("III. LỖI TRONG SỔ LỖI"),
        Paragraph("1. Lỗi mới báo trong ngày:"), *_defect_lines(day.new, lambda d: f"báo ngày {shown_day(d.reported)}"),
        Paragraph("2. Lỗi đã khắc phục trong ngày:"),
        *_defect_lines(day.fixed, lambda d: f"khắc phục ngày {shown_day(d.fixed)}"),
        Paragraph("3. Lỗi đã khắc phục, chờ đơn vị xác nhận:"),
        *_defect_lines(day.awaiting, lambda d: f"khắc phục ngày {shown_day(d.fixed)}"),
    ]


def _defect_lines(defects: tuple[Defect, ...], when) -> list[Paragraph]:
    if not defects:
        return [Paragraph(NONE)]
    return [Paragraph(f"- {defect.id}: {defect.title} ({defect.unit} báo theo thông báo {defect.notice}; "
                      f"{when(defect)})") for defect in defects]


def _delays(report: DailyReport) -> list[Block]:
    delays = report.delays
    blocks: list[Block] = [Heading("IV. ĐỘ TRỄ ĐỒNG BỘ TRẠNG THÁI HỒ SƠ LÊN CỔNG DVCQG")]
    if delays.median is None or delays.worst is None:
        blocks.append(Paragraph(f"Độ trễ đồng bộ: {NO_DATA} (trong ngày không có bước chờ Cổng hiện trạng thái "
                                f"nào chạy xong)."))
    else:
        blocks.append(Paragraph(f"Độ trễ đồng bộ: trung vị {seconds(delays.median)}, lâu nhất "
                                f"{seconds(delays.worst)} ({len(delays.seconds)} lần đo)."))
        blocks.append(Paragraph("Mỗi lần đo là thời gian của bước chờ Cổng hiện thay đổi của tỉnh, gồm cả thời gian "
                                "mở trang tra cứu, nên là cận trên của độ trễ.", italic=True))
    if delays.late:
        blocks.append(Paragraph(f"{delays.late} lần chờ quá thời hạn đồng bộ mà Cổng chưa hiện thay đổi.",
                                warning=True))
    return blocks
