"""Decomposable (chordal) graphs on a few lists, with their cliques and separators.

A decomposable graphical model for a capture table is fixed by its graph; its marginal
likelihood under a hyper-Dirichlet prior is a product over the cliques divided by one over
the separators of a junction tree (Dawid & Lauritzen 1993; Madigan & York 1997). The R
package dga ships these lists for 3, 4 and 5 lists (8, 61 and 822 graphs); here they are
enumerated: every graph on the vertices, kept when chordal.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import combinations

Edge = tuple[int, int]


@dataclass(frozen=True)
class Graph:
    """A decomposable graph on vertices 0..p-1: its edges, maximal cliques, and the
    separators of a junction tree (with repeats, empty ones left out)."""

    edges: tuple[Edge, ...]
    cliques: tuple[frozenset[int], ...]
    separators: tuple[frozenset[int], ...]


@cache
def decomposable_graphs(p: int) -> tuple[Graph, ...]:
    """Every decomposable graph on p vertices (2^(p(p−1)/2) candidates are checked)."""
    pairs = list(combinations(range(p), 2))
    graphs = []
    for mask in range(1 << len(pairs)):
        edges = tuple(pair for bit, pair in enumerate(pairs) if mask >> bit & 1)
        neighbours = _neighbours(p, edges)
        if _is_chordal(neighbours):
            cliques = _maximal_cliques(neighbours)
            graphs.append(Graph(edges, cliques, _separators(cliques)))
    return tuple(graphs)


def _neighbours(p: int, edges: tuple[Edge, ...]) -> list[set[int]]:
    neighbours: list[set[int]] = [set() for _ in range(p)]
    for a, b in edges:
        neighbours[a].add(b)
        neighbours[b].add(a)
    return neighbours


def _is_chordal(neighbours: list[set[int]]) -> bool:
    """Maximum cardinality search gives a perfect elimination order exactly when the
    graph is chordal (Tarjan & Yannakakis 1984): each vertex's earlier neighbours, less
    the latest of them, must all be neighbours of that latest one."""
    order: list[int] = []
    weight = dict.fromkeys(range(len(neighbours)), 0)
    while weight:
        vertex = max(weight, key=lambda v: (weight[v], -v))
        del weight[vertex]
        order.append(vertex)
        for other in neighbours[vertex]:
            if other in weight:
                weight[other] += 1
    position = {vertex: i for i, vertex in enumerate(order)}
    for vertex in order:
        earlier = [v for v in neighbours[vertex] if position[v] < position[vertex]]
        if earlier:
            latest = max(earlier, key=position.__getitem__)
            if not set(earlier) - {latest} <= neighbours[latest]:
                return False
    return True


def _maximal_cliques(neighbours: list[set[int]]) -> tuple[frozenset[int], ...]:
    """Largest first, by trying every vertex subset: p is at most 5."""
    p = len(neighbours)
    cliques: list[frozenset[int]] = []
    for size in range(p, 0, -1):
        for subset in combinations(range(p), size):
            complete = all(b in neighbours[a] for a, b in combinations(subset, 2))
            candidate = frozenset(subset)
            if complete and not any(candidate < clique for clique in cliques):
                cliques.append(candidate)
    return tuple(cliques)


def _separators(cliques: tuple[frozenset[int], ...]) -> tuple[frozenset[int], ...]:
    """The non-empty separators of a junction tree: a maximum-weight spanning tree of the
    cliques, weighted by the size of their intersections, is one (Jensen & Jensen 1994)."""
    links = sorted(((len(a & b), i, j) for (i, a), (j, b) in combinations(enumerate(cliques), 2)),
                   key=lambda link: -link[0])
    component = list(range(len(cliques)))

    def root(i: int) -> int:
        while component[i] != i:
            i = component[i]
        return i

    separators = []
    for size, i, j in links:
        if root(i) != root(j):
            component[root(i)] = root(j)
            if size:
                separators.append(cliques[i] & cliques[j])
    return tuple(separators)
