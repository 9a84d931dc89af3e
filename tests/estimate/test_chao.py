"""Chao's lower bound, checked against numbers worked out by hand."""

from __future__ import annotations

import pytest

from rasd.estimate.chao import chao
from rasd.estimate.table import EstimateError, capture_table


def test_three_lists_with_doubletons() -> None:
    # f1 = 50 + 30 + 20 = 100, f2 = 10 + 6 + 4 = 20, n = 125, (t-1)/t = 2/3.
    # f0 = 2/3 * 100^2 / (2 * 20) = 166.667; N = 291.667.
    # var = 20 * (1/3 * 5^2 + 4/9 * 5^3 + 1/9 * 5^4) = 2666.667
    # C = exp(1.959964 * sqrt(log(1 + 2666.667 / 166.667^2))) = 1.81015
    # interval = (125 + 166.667 / C, 125 + 166.667 * C) = (217.073, 426.692)
    table = capture_table("ABC", {"100": 50, "010": 30, "001": 20, "110": 10, "101": 6,
                                  "011": 4, "111": 5})
    result = chao(table)
    assert result.method == "chao"
    assert result.observed == 125
    assert result.estimate == pytest.approx(291.6667, abs=1e-4)
    assert result.interval == pytest.approx((217.0734, 426.6918), abs=1e-4)
    assert result.diagnostics["f1"] == 100
    assert result.diagnostics["f2"] == 20
    assert result.diagnostics["standard_error"] == pytest.approx(51.6398, abs=1e-4)
    assert "lower bound" in result.diagnostics["note"]


def test_no_doubletons_uses_the_bias_corrected_form() -> None:
    # f1 = 12, f2 = 0, n = 15: f0 = 2/3 * 12 * 11 / (2 * 1) = 44, N = 59.
    # var = 2/3 * 12*11/2 + 4/9 * 12 * 23^2 / 4 - 4/9 * 12^4 / (4 * 59) = 710.282
    # C = exp(1.959964 * sqrt(log(1 + 710.282 / 44^2))) = 2.99130
    # interval = (15 + 44 / C, 15 + 44 * C) = (29.709, 146.617)
    table = capture_table("ABC", {"100": 6, "010": 4, "001": 2, "111": 3})
    result = chao(table)
    assert result.estimate == pytest.approx(59.0)
    assert result.interval == pytest.approx((29.7093, 146.6173), abs=1e-4)
    assert result.diagnostics["f2"] == 0
    assert result.diagnostics["formula"].startswith("bias-corrected")


def test_two_lists() -> None:
    # t = 2: f0 = 1/2 * 100^2 / (2 * 20) = 125, N = 120 + 125 = 245.
    result = chao(capture_table(["A", "B"], {"10": 60, "01": 40, "11": 20}))
    assert result.estimate == pytest.approx(245.0)
    low, high = result.interval
    assert result.observed < low < result.estimate < high


def test_narrower_interval_at_lower_level() -> None:
    table = capture_table("ABC", {"100": 50, "010": 30, "001": 20, "110": 10, "101": 6,
                                  "011": 4, "111": 5})
    wide, narrow = chao(table).interval, chao(table, level=0.8).interval
    assert wide[0] < narrow[0] < narrow[1] < wide[1]
    assert narrow[0] > 125


def test_nobody_on_a_single_list_adds_no_one() -> None:
    table = capture_table("ABC", {"110": 5, "011": 3, "111": 2})
    result = chao(table)
    assert result.estimate == 10.0
    assert result.interval == (10.0, 10.0)
    assert result.diagnostics["f1"] == 0
    assert result.diagnostics["unobserved"] == 0.0


def test_refusals() -> None:
    with pytest.raises(EstimateError, match="at least two"):
        chao(capture_table(["A"], {"1": 10}))
    with pytest.raises(EstimateError, match="overlaps no other"):
        chao(capture_table(["A", "B"], {"10": 5, "01": 7}))
    with pytest.raises(EstimateError, match="level"):
        chao(capture_table(["A", "B"], {"10": 5, "01": 7, "11": 2}), level=0.0)
