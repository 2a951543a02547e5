"""The exceptions of dealgraph.

Every error a user can cause derives from :class:`DealGraphError`; the CLI is
the only place that turns them into ``Error: ...`` lines and exit codes.
"""


class DealGraphError(Exception):
    """Root of all dealgraph errors."""


class ArticleError(DealGraphError):
    """An article cannot be read: missing, empty, binary or not UTF-8."""


class KnowledgeBaseError(DealGraphError):
    """A knowledge-base or lexicon file is missing or malformed."""


class GoldError(DealGraphError):
    """A gold annotation file is missing or malformed."""


class GraphFileError(DealGraphError):
    """A graph file is missing, corrupt, or written by a newer dealgraph."""


class UnknownEntityError(DealGraphError):
    """A query names a company the graph does not know."""


class UsageError(DealGraphError):
    """A command was called with options that do not fit together."""
