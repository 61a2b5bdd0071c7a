import csv
import io

import pytest
from openpyxl import load_workbook

from tiltas.core.exports import csv_response, neutralise, xlsx_response


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+1+2", "'+1+2"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-5", "-5"),
        ("-12.5", "-12.5"),
        ("Ona Jonaitė", "Ona Jonaitė"),
        ("", ""),
        (7, 7),
        (None, None),
    ],
)
def test_neutralise_makes_formulas_inert_and_leaves_data(value, expected):
    assert neutralise(value) == expected


HEADER = ["Name", "Note"]
ROWS = [["Ona Jonaitė", '=HYPERLINK("x")'], ["Kari Nordmann", 3]]


def test_csv_response_is_a_utf8_download_with_inert_cells():
    response = csv_response("people.csv", HEADER, ROWS)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="people.csv"'
    assert response["X-Content-Type-Options"] == "nosniff"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows == [HEADER, ["Ona Jonaitė", '\'=HYPERLINK("x")'], ["Kari Nordmann", "3"]]


def test_xlsx_response_is_a_workbook_with_inert_cells():
    response = xlsx_response("people.xlsx", "A sheet title longer than thirty-one", HEADER, ROWS)
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.title == "A sheet title longer than thirt"
    assert [[cell.value for cell in row] for row in sheet.iter_rows()] == [
        HEADER,
        ["Ona Jonaitė", '\'=HYPERLINK("x")'],
        ["Kari Nordmann", 3],
    ]
    assert sheet["B2"].data_type == "s"
