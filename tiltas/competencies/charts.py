"""The profile chart, computed here and drawn by a template as inline SVG
(presentation attributes only: the CSP forbids inline styles)."""

from dataclasses import dataclass

from .selectors import ProfileRow

LABEL_WIDTH = 90
PLOT_WIDTH = 480
ROW_HEIGHT = 34
BAR_HEIGHT = 11
TOP = 40
BOTTOM = 30
SELF_COLOUR = "#14506e"
VALIDATED_COLOUR = "#1d6b35"
TARGET_COLOUR = "#a4001d"


@dataclass
class ChartRow:
    label: str
    name: str
    y: int
    self_width: int
    validated_width: int
    target_x: int | None


@dataclass
class Tick:
    x: int
    label: str


@dataclass
class Chart:
    width: int
    height: int
    plot_left: int
    plot_bottom: int
    rows: list[ChartRow]
    ticks: list[Tick]
    bar_height: int = BAR_HEIGHT
    row_height: int = ROW_HEIGHT
    self_colour: str = SELF_COLOUR
    validated_colour: str = VALIDATED_COLOUR
    target_colour: str = TARGET_COLOUR


def profile_chart(rows: list[ProfileRow], max_level: int) -> Chart:
    scale = PLOT_WIDTH / max(max_level, 1)
    chart_rows = []
    for index, row in enumerate(rows):
        y = TOP + index * ROW_HEIGHT
        chart_rows.append(
            ChartRow(
                label=row.competency.code,
                name=row.competency.name,
                y=y,
                self_width=round((row.self_level or 0) * scale),
                validated_width=round((row.validated_level or 0) * scale),
                target_x=(
                    LABEL_WIDTH + round(row.target_level * scale)
                    if row.target_level is not None
                    else None
                ),
            )
        )
    plot_bottom = TOP + len(rows) * ROW_HEIGHT
    return Chart(
        width=LABEL_WIDTH + PLOT_WIDTH + 20,
        height=plot_bottom + BOTTOM,
        plot_left=LABEL_WIDTH,
        plot_bottom=plot_bottom,
        rows=chart_rows,
        ticks=[Tick(LABEL_WIDTH + round(n * scale), str(n)) for n in range(max_level + 1)],
    )
