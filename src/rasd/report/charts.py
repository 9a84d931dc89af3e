"""The report's charts, as SVG to inline in the page.

Matplotlib draws them (its object API: no global state, no GUI backend); their text stays
text (`svg.fonttype = none`), so that the browser shapes Arabic labels and the charts print
sharp at any size.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from itertools import count

import matplotlib
from matplotlib.axes import Axes
from matplotlib.figure import Figure

_INK, _BAND, _BAR = "#222222", "#c9d3dd", "#5b7083"
_charts = count(1)


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": f"c{next(_charts)}"}):
        figure.savefig(buffer, format="svg", bbox_inches="tight")
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def _style(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(colors=_INK, labelsize=8)


def time_series(months: Sequence[str], counts: Sequence[int], highs: Sequence[int],
                *, label: str, band_label: str) -> str:
    """Victims per month: bars for the count, a band up to what partial dates allow."""
    figure = Figure(figsize=(7.5, 2.8))
    axes = figure.subplots()
    positions = range(len(months))
    axes.bar(positions, highs, width=1.0, color=_BAND, label=band_label)
    axes.bar(positions, counts, width=0.8, color=_BAR, label=label)
    step = max(1, len(months) // 12)
    axes.set_xticks(list(positions)[::step], [month for month in months][::step], rotation=45,
                    ha="right")
    axes.set_ylabel(label, fontsize=8, color=_INK)
    axes.legend(fontsize=7, frameon=False, loc="upper left")
    _style(axes)
    return _svg(figure)


def bars(labels: Sequence[str], counts: Sequence[int], lows: Sequence[int],
         highs: Sequence[int], *, label: str) -> str:
    """Horizontal bars, largest first, with whiskers from low to high."""
    figure = Figure(figsize=(7.5, 0.32 * len(labels) + 0.8))
    axes = figure.subplots()
    positions = list(range(len(labels)))[::-1]
    axes.barh(positions, counts, color=_BAR, height=0.7)
    errors = [[c - lo for c, lo in zip(counts, lows, strict=True)],
              [hi - c for c, hi in zip(counts, highs, strict=True)]]
    axes.errorbar(counts, positions, xerr=errors, fmt="none", ecolor=_INK, elinewidth=0.8,
                  capsize=2)
    axes.set_yticks(positions, labels)
    axes.set_xlabel(label, fontsize=8, color=_INK)
    for position, value, high in zip(positions, counts, highs, strict=True):
        axes.annotate(f"{value:,}", (high, position), xytext=(5, -3),
                      textcoords="offset points", fontsize=7, color=_INK)
    _style(axes)
    return _svg(figure)
