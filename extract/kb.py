"""The curated knowledge base: companies, chips, people and other names.

The KB is data (``data/kb/*.yml``); users add their own files with ``--kb``.
A user file is a YAML mapping with any of the sections ``companies``,
``chips``, ``persons`` and ``others``; the bundled files hold one section each,
named by the file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from extract.lexicon import load_yaml
from graph.errors import KnowledgeBaseError
from graph.ids import entity_id

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
KB_DIR = DATA_DIR / "kb"
SECTIONS = ("companies", "chips", "persons", "others")

Role = Literal[
    "ai_lab", "startup", "cloud_provider", "neocloud", "data_center", "chipmaker", "chip_designer",
    "foundry", "memory_maker", "equipment_maker", "server_maker", "networking", "investor",
    "venture_capital", "private_equity", "sovereign_fund", "asset_manager", "conglomerate",
    "ecommerce", "software", "internet", "social_media", "telecom", "consumer_electronics",
    "automotive", "energy", "bank", "miner",
]


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    aliases: list[str] = []


class CompanyEntry(_Entry):
    parent: str | None = None
    roles: list[Role] = []
    country: str | None = None
    hq: str | None = None
    products: list[str] = []


class ChipEntry(_Entry):
    designer: str | None = None
    family: str | None = None
    kind: Literal["gpu", "accelerator", "cpu", "tpu", "npu", "soc", "memory", "networking",
                  "system", "family"] = "accelerator"


class PersonEntry(_Entry):
    affiliation: str | None = None


class OtherEntry(_Entry):
    kind: Literal["media", "exchange", "government", "product", "brand", "project", "technology"]
    maker: str | None = None


_ENTRY_MODEL = {"companies": CompanyEntry, "chips": ChipEntry, "persons": PersonEntry,
                "others": OtherEntry}
_TYPE = {"companies": "Company", "chips": "Chip", "persons": "Person", "others": "Other"}


@dataclass(frozen=True)
class KBEntity:
    """One KB entity with its id; ``info`` is the validated entry."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    info: BaseModel

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(getattr(self.info, "roles", ()))

    @property
    def parent_id(self) -> str | None:
        parent = getattr(self.info, "parent", None)
        return entity_id("Company", parent) if parent else None


@dataclass
class KnowledgeBase:
    """Entities by id and by surface form, and a version hash of the files read."""

    entities: dict[str, KBEntity] = field(default_factory=dict)
    by_alias: dict[str, str] = field(default_factory=dict)
    by_product: dict[str, str] = field(default_factory=dict)
    version: str = ""

    def get(self, entity: str) -> KBEntity | None:
        return self.entities.get(entity)

    def lookup(self, surface: str) -> KBEntity | None:
        """The entity a surface form names, exactly or case-insensitively."""
        key = self.by_alias.get(surface) or self.by_alias.get(surface.casefold())
        return self.entities.get(key) if key else None

    @property
    def home_towns(self) -> frozenset[str]:
        """The cities the KB's companies are based in, casefolded."""
        return frozenset(hq.casefold() for e in self.entities.values() if (hq := getattr(e.info, "hq", None)))

    def designer_of(self, chip_id: str) -> str | None:
        entry = self.entities.get(chip_id)
        designer = getattr(entry.info, "designer", None) if entry else None
        return entity_id("Company", designer) if designer else None

    def is_memory(self, chip_id: str) -> bool:
        """Whether a chip is memory (HBM3E) or the family of memory chips (HBM)."""
        return chip_id in self.memory_chips

    @cached_property
    def memory_chips(self) -> frozenset[str]:
        """Ids of the memory chips and of their families (read once the KB is loaded)."""
        memory = {e.id for e in self.entities.values() if getattr(e.info, "kind", None) == "memory"}
        return frozenset(memory | {f for m in memory if (f := self.family_of(m))})

    def is_memory_standard(self, chip_id: str) -> bool:
        """Whether a chip is the family of memory chips (HBM): a standard every memory maker builds to,
        no one's design."""
        return chip_id in self.memory_chips and getattr(self.entities[chip_id].info, "kind", None) == "family"

    def family_of(self, chip_id: str) -> str | None:
        entry = self.entities.get(chip_id)
        family = getattr(entry.info, "family", None) if entry else None
        return entity_id("Chip", family) if family else None


def _read_yaml(path: Path) -> object:
    try:
        return load_yaml(path)
    except FileNotFoundError:
        raise KnowledgeBaseError(f"{path}: no such knowledge-base file") from None
    except yaml.constructor.ConstructorError as exc:
        raise KnowledgeBaseError(f"{path}: line {exc.problem_mark.line + 1}: {exc.problem}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{path}: not valid UTF-8 YAML ({exc})") from None


def _sections_of(path: Path, data: object) -> dict[str, list]:
    if isinstance(data, list) and path.stem in SECTIONS:
        return {path.stem: data}
    if isinstance(data, dict) and set(data) <= set(SECTIONS):
        return {k: v or [] for k, v in data.items()}
    raise KnowledgeBaseError(
        f"{path}: a KB file is a mapping with sections {', '.join(SECTIONS)} "
        "(or a list in a file named after its section, e.g. companies.yml)")


def load_kb(extra_files: list[Path] | tuple[Path, ...] = (), kb_dir: Path = KB_DIR) -> KnowledgeBase:
    """Load the bundled KB and any user files; later files extend earlier ones.

    A user entry with the name of a bundled one adds its aliases to it.

    >>> kb = load_kb()
    >>> kb.lookup("AWS").id, kb.lookup("AWS").parent_id
    ('company:amazon-web-services', 'company:amazon')
    """
    files = [kb_dir / f"{s}.yml" for s in SECTIONS] + [Path(p) for p in extra_files]
    kb = KnowledgeBase()
    digest = hashlib.sha1()
    for path in files:
        raw = path.read_bytes() if path.exists() else b""
        digest.update(path.name.encode() + b"\0" + raw)
        for section, items in _sections_of(path, _read_yaml(path)).items():
            if not isinstance(items, list):
                raise KnowledgeBaseError(f"{path}: section {section!r} must be a list of entries")
            for n, item in enumerate(items, 1):
                try:
                    entry = _ENTRY_MODEL[section].model_validate(item)
                except ValidationError as exc:
                    first = exc.errors()[0]
                    where = ".".join(str(x) for x in first["loc"])
                    raise KnowledgeBaseError(
                        f"{path}: {section} entry {n} ({item.get('name') if isinstance(item, dict) else item}): "
                        f"{where}: {first['msg']}") from None
                _add(kb, section, entry)
    kb.version = digest.hexdigest()[:12]
    return kb


def _add(kb: KnowledgeBase, section: str, entry: BaseModel) -> None:
    etype = _TYPE[section]
    eid = entity_id(etype, entry.name)
    old = kb.entities.get(eid)
    aliases = tuple(dict.fromkeys([*(old.aliases if old else ()), *entry.aliases]))
    kb.entities[eid] = KBEntity(eid, entry.name, etype, aliases, old.info if old else entry)
    for surface in (entry.name, *entry.aliases):
        kb.by_alias.setdefault(surface, eid)
        kb.by_alias.setdefault(surface.casefold(), eid)
    for product in getattr(entry, "products", []):
        kb.by_product.setdefault(product.casefold(), eid)
    maker = getattr(entry, "maker", None)
    if maker:
        kb.by_product.setdefault(entry.name.casefold(), entity_id("Company", maker))
