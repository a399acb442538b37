"""Whether the PDFs can be made on this computer, and what happens when not.

WeasyPrint needs system libraries (pango) and the PDFs need the DejaVu fonts:
a staff laptop may have neither (Windows, macOS, Linux without root). There
the site is built all the same, without PDFs: one notice says so, and the
download links say the PDFs are made when the site is published. With
CI=true (continuous integration, the publishing workflow) the build stops
instead: the published site always has its PDFs.

Importing WeasyPrint takes a second or two: it is tried only when a PDF is
not in the cache, when it would be imported anyway to make it. When every
PDF is cached, the cached PDFs are used and WeasyPrint is never imported.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from e2c.content.loading import Content
from e2c.publish import dates, pdf
from e2c.render import documents

PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core"
# The faces pdf.css uses ("DejaVu Sans", regular and bold), from fonts-dejavu-core.
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
DEBIAN_FONTS = Path("/usr/share/fonts/truetype/dejavu")
# Where other systems keep fonts, searched only when Debian's place has none.
FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/opt/homebrew/share/fonts",
    "/Library/Fonts",
    "~/Library/Fonts",
)


@dataclass(frozen=True)
class Unavailable:
    """Why the PDFs cannot be made here, in French and English."""

    fr: str
    en: str
    detail: str = ""  # the error as raised, for whoever fixes the machine

    def notice(self) -> str:
        """One line: the build goes on without PDFs."""
        return (
            f"Les PDF (dépliant, charte) ne sont pas fabriqués sur cet ordinateur : {self.fr}. "
            "Le site est construit quand même ; ses liens de téléchargement disent que les PDF "
            "sont fabriqués à la publication du site. Pour les fabriquer ici (Debian, Ubuntu, "
            f"WSL) : sudo apt-get install {PACKAGES}. "
            f"(The PDFs (leaflet, charter) are not made on this computer: {self.en}. The site "
            "is built all the same; its download links say the PDFs are made when the site is "
            f"published. To make them here (Debian, Ubuntu, WSL): sudo apt-get install {PACKAGES}.)"
        )

    def stop_message(self) -> str:
        """With CI=true: the build stops."""
        return "\n".join(
            [
                f"Les PDF ne peuvent pas être fabriqués : {self.fr}. Avec CI=true (tests, "
                "publication), le site publié doit avoir ses PDF : la construction s'arrête. "
                f"Installez {PACKAGES} (en root, « make build » le fait : .ci/system-packages).",
                f"(The PDFs cannot be made: {self.en}. With CI=true (tests, publishing), the "
                "published site must have its PDFs: the build stops. Install "
                f"{PACKAGES} (as root, 'make build' does: .ci/system-packages).)",
                *([self.detail] if self.detail else []),
            ]
        )


def required() -> bool:
    """CI and the publishing workflow set CI=true: there, no PDF means no site."""
    return os.environ.get("CI") == "true"


def _font_file(name: str) -> Path | None:
    if (DEBIAN_FONTS / name).is_file():
        return DEBIAN_FONTS / name
    for folder in (Path(folder).expanduser() for folder in FONT_DIRS):
        found = next(folder.rglob(name), None) if folder.is_dir() else None
        if found:
            return found
    return None


@cache
def font_files() -> tuple[Path, ...] | None:
    """The DejaVu Sans files (regular, bold), or None when they are not installed."""
    paths = [path for path in map(_font_file, FONT_FILES) if path is not None]
    return tuple(paths) if len(paths) == len(FONT_FILES) else None


@cache
def _import_failure() -> Unavailable | None:
    """Import WeasyPrint (once per process), or say why it cannot be."""
    try:
        # On a failure WeasyPrint prints its own long banner: the notice says it all.
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import weasyprint  # noqa: F401
    except OSError as error:
        return Unavailable(
            "WeasyPrint ne peut pas se charger, il manque des bibliothèques du système (pango)",
            "WeasyPrint cannot load, system libraries are missing (pango)",
            str(error).splitlines()[0] if str(error) else type(error).__name__,
        )
    except ImportError as error:
        return Unavailable(
            "WeasyPrint n'est pas installé dans .venv (make serve l'installe)",
            "WeasyPrint is not installed in .venv (make serve installs it)",
            str(error),
        )
    return None


def unavailable(root: Path, content: Content) -> Unavailable | None:
    """Why the PDFs of `root` cannot be made here, or None when they can.

    Cheap when every PDF is cached: the fonts are looked for, WeasyPrint is
    not imported (see the module's docstring).
    """
    if font_files() is None:
        return Unavailable(
            "les polices DejaVu (paquet fonts-dejavu-core) ne sont pas installées",
            "the DejaVu fonts (package fonts-dejavu-core) are not installed",
        )
    cache_dir = root / pdf.CACHE
    dated = dates.source_date_epoch(root)
    try:
        if all(
            pdf.is_cached(html, cache_dir, dated)
            for html in documents.to_print(root, content).values()
        ):
            return None
    except ImportError:  # no WeasyPrint metadata: not installed, said below
        pass
    return _import_failure()


def announce(reason: Unavailable) -> None:
    """The one notice of a build (or of `make check`) without PDFs: on stderr,
    not a warning, which `strict: true` would turn into a failed build."""
    print(reason.notice(), file=sys.stderr, flush=True)
