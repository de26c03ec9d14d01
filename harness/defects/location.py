"""How an error names a file ("data/defects.toml") or a place in it ("data/defects.toml, dòng 12")."""

from pathlib import Path


def shown(path: Path) -> str:
    """The path relative to the working folder when it is inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def where(path: Path, line: int) -> str:
    return f"{shown(path)}, dòng {line}"
