"""Reading articles: files and folders of ``.txt`` / ``.md`` into :class:`Article`.

An optional header ``date YYYY-MM-DD`` gives the publication date; it may be
preceded by spaces and followed by the first sentence on the same line.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from graph.errors import ArticleError
from graph.schema import Article, Language

ARTICLE_SUFFIXES = (".txt", ".md")
_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
# Letters that only Vietnamese uses among the two languages.
_VI_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def find_articles(paths: list[Path]) -> Iterator[Path]:
    """Article files under the given files and folders, sorted within each folder.

    A folder is searched recursively for ``.txt`` and ``.md`` files (``README.md``
    excluded); a file named directly is taken whatever its suffix.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES
                        and child.name.lower() != "readme.md" and not child.name.endswith(".gold.json")):
                    yield child
        elif path.exists():
            yield path
        else:
            raise ArticleError(f"{path}: no such file or folder")


def detect_language(text: str) -> Language:
    """``vi`` when Vietnamese letters make up a noticeable share of the text.

    >>> detect_language("OpenAI ký thỏa thuận mua năng lực điện toán từ AWS.")
    'vi'
    >>> detect_language("Nvidia will invest $5 billion in Intel.")
    'en'
    """
    letters = [c for c in text.lower() if c.isalpha()]
    if not letters:
        return "en"
    share = sum(c in _VI_LETTERS for c in letters) / len(letters)
    return "vi" if share > 0.04 else "en"


def parse_article(raw: str, article_id: str, source: str = "", *,
                  published: dt.date | None = None, language: Language | None = None) -> Article:
    """Build an :class:`Article` from raw text: NFC, date header, title, language.

    ``published`` is used only when the text has no date header.

    >>> a = parse_article(" date 2025-12-17 OpenAI ký hợp đồng.\\n", "a.txt")
    >>> a.published, a.text, a.language
    (datetime.date(2025, 12, 17), 'OpenAI ký hợp đồng.\\n', 'vi')
    """
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    header = _HEADER.match(text)
    if header:
        try:
            published = dt.date.fromisoformat(header.group(1))
        except ValueError:
            raise ArticleError(f"{source or article_id}: bad date header {header.group(1)!r}") from None
        text = text[header.end():]
    text = text.lstrip("\n")
    if not text.strip():
        raise ArticleError(f"{source or article_id}: the article has no text")
    return Article(id=article_id, source=source, title=_title(text), published=published,
                   language=language or detect_language(text), text=text)


def _title(text: str) -> str | None:
    """The first line when it stands alone as a headline (no final full stop)."""
    first, _, rest = text.partition("\n")
    first = first.strip()
    if rest.strip() and first and len(first) <= 200 and first[-1] not in ".!?…:;\"”" :
        return first
    return None


def read_article(path: Path, *, published: dt.date | None = None,
                 language: Language | None = None) -> Article:
    """Read one article file.

    Raises
    ------
    ArticleError
        When the file is missing, empty, binary or not UTF-8.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror})") from None
    if not data.strip():
        raise ArticleError(f"{path}: the file is empty")
    if b"\0" in data:
        raise ArticleError(f"{path}: binary file, not a text article")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 (invalid byte at offset {exc.start}); "
                           "save the article as UTF-8") from None
    return parse_article(raw, path.name, str(path), published=published, language=language)
