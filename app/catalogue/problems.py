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
    """The catalogue cannot be used; `problems` says why."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def json_path(parts: tuple[str | int, ...]) -> str:
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text
