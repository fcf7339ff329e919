"""What went wrong in a catalogue file, said so a person can find and fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    where: str  # a JSON path such as $.stretches[2].hold.max, or "line 4, column 9"
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}"


class CatalogueError(Exception):
    """The catalogue cannot be used; `problems` says why. `more` is true when the file has further
    problems that were not listed (a file of a thousand mistakes is named by its first few)."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], *, more: bool = False) -> None:
        self.problems = tuple(problems)
        self.more = more
        lines = [str(problem) for problem in self.problems]
        if more:
            lines.append(f"(more problems follow; only the first {len(self.problems)} are listed)")
        super().__init__("\n".join(lines))


def json_path(parts: tuple[str | int, ...]) -> str:
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text
