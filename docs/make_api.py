"""Generate docs/api.md, the API reference, from the docstrings of ``quotetrack.__all__``.

    python docs/make_api.py           # write docs/api.md
    python docs/make_api.py --check   # exit 1 if docs/api.md is out of date

The output depends only on the docstrings and signatures, so it is the same on every
run and machine; tests/test_api_docs.py checks that docs/api.md is up to date. Every
name in ``__all__`` must be in exactly one of the GROUPS below.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
OUTPUT = DOCS / "api.md"

GROUPS: dict[str, tuple[str, list[str]]] = {
    "reading": ("Reading", [
        "read", "read_many", "read_document", "ReadOptions", "Document", "find_quotations", "Quotation",
        "find_responses",
    ]),
    "backends": ("Backends", ["backend_names", "register_backend", "BackendInfo"]),
    "records": ("Records", ["article_record", "article_from_record", "load"]),
    "data-model": ("Data model", [
        "Article", "Statement", "Speaker", "Organisation", "Term", "Mention", "Cue", "Response",
    ]),
    "graph": ("Graph", ["response_graph", "project", "write_graph", "graph_to_html"]),
    "corpus": ("Corpus", ["Corpus"]),
    "notebook": ("Notebook", [
        "article_html", "articles_html", "corpus_html", "statements_frame", "speakers_frame", "responses_frame", "draw",
    ]),
    "errors": ("Errors", ["QuotetrackError", "InputError", "BackendError", "ReadTimeout", "AmbiguousSpeaker"]),
}

_SECTIONS = ("Parameters", "Returns", "Yields", "Raises", "Examples", "See Also", "Notes", "Attributes")
_LISTED = ("Parameters", "Returns", "Yields", "Raises", "Attributes")


class _Raw:
    """An annotation (a string, with postponed evaluation) shown without quotes."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _unquoted(annotation: object) -> object:
    if annotation is inspect.Parameter.empty:
        return annotation
    return _Raw(annotation) if isinstance(annotation, str) else annotation


def _factories(obj: object) -> dict[str, _Raw]:
    """attrs fields whose default is a factory, shown as ``factory()`` rather than attrs' NOTHING."""
    import attrs

    if not (inspect.isclass(obj) and attrs.has(obj)):
        return {}
    return {field.alias or field.name: _Raw(f"{field.default.factory.__name__}()") for field in attrs.fields(obj)
            if isinstance(field.default, attrs.Factory)}  # type: ignore[arg-type]


def signature(name: str, obj: object) -> str:
    """``name(params) -> returns``, one parameter a line when it is long."""
    sig = inspect.signature(obj)
    factories = _factories(obj)
    params = [p.replace(annotation=_unquoted(p.annotation), default=factories.get(p.name, p.default))
              for p in sig.parameters.values()]
    sig = sig.replace(parameters=params, return_annotation=_unquoted(sig.return_annotation))
    if inspect.isclass(obj):
        sig = sig.replace(return_annotation=inspect.Signature.empty)
    text = f"{name}{sig}"
    if len(text) <= 100:
        return text
    parts = [str(p) for p in sig.parameters.values()]
    # Keyword-only and positional-only markers, as str(signature) places them.
    shown: list[str] = []
    kinds = [p.kind for p in sig.parameters.values()]
    for index, (part, kind) in enumerate(zip(parts, kinds)):
        if kind is inspect.Parameter.KEYWORD_ONLY and (index == 0 or kinds[index - 1] not in (
                inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.VAR_POSITIONAL)):
            shown.append("*")
        shown.append(part)
        if kind is inspect.Parameter.POSITIONAL_ONLY and (index + 1 == len(kinds) or kinds[index + 1]
                                                           is not inspect.Parameter.POSITIONAL_ONLY):
            shown.append("/")
    returns = "" if sig.return_annotation is inspect.Signature.empty else f" -> {sig.return_annotation!r}"
    return f"{name}(\n" + "".join(f"    {part},\n" for part in shown) + f"){returns}"


def _inline(text: str) -> str:
    """reST inline markup to Markdown: ``code`` and :role:`target` become `code`."""
    text = re.sub(r":(?:func|class|meth|attr|mod|data|exc):`~?([^`]+)`", r"`\1`", text)
    return re.sub(r"``(.+?)``", r"`\1`", text)


def _split_sections(doc: str) -> list[tuple[str | None, list[str]]]:
    lines = doc.splitlines()
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    index = 0
    while index < len(lines):
        line = lines[index]
        underline = lines[index + 1] if index + 1 < len(lines) else ""
        if line.strip() in _SECTIONS and re.fullmatch(r"-{3,}", underline.strip()):
            sections.append((line.strip(), []))
            index += 2
            continue
        sections[-1][1].append(line)
        index += 1
    return sections


def _listed(lines: list[str]) -> list[str]:
    """A numpydoc list (``name : type`` then an indented description) as Markdown bullets."""
    items: list[list[str]] = []
    for line in lines:
        if not line.strip():
            continue
        if not line.startswith((" ", "\t")):
            head, _, kind = line.partition(" : ")
            items.append([f"`{head.strip()}` : {_inline(kind.strip())}" if kind else f"`{head.strip()}`"])
        elif items:
            items[-1].append(_inline(line.strip()))
    out = []
    for head, *description in items:
        out.append(f"- {head}" + (f" — {' '.join(description)}" if description else ""))
    return out


def docstring_markdown(doc: str) -> str:
    """A numpydoc docstring as Markdown."""
    out: list[str] = []
    for title, lines in _split_sections(doc):
        while lines and not lines[-1].strip():
            lines.pop()
        if title is None:
            out.extend(_inline(line) for line in lines)
        elif title == "Examples":
            out += ["", f"**{title}**", "", "```pycon", *lines, "```"]
        elif title in _LISTED:
            out += ["", f"**{title}**", "", *_listed(lines)]
        else:
            out += ["", f"**{title}**", "", *(_inline(line) for line in lines)]
    return "\n".join(out).strip("\n")


def _members(cls: type) -> list[tuple[str, object]]:
    """Public methods and properties a class defines itself (and the notebook hook)."""
    members = []
    for name, value in vars(cls).items():
        if name.startswith("_") and name != "_repr_html_":
            continue
        if isinstance(value, property) or inspect.isfunction(value):
            members.append((name, value))
    return sorted(members)


def _entry(name: str, obj: object) -> list[str]:
    out = [f"### `{name}`", ""]
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        bases = ", ".join(base.__name__ for base in obj.__bases__)
        out += ["```python", f"class {name}({bases})", "```"]
    else:
        prefix = "class " if inspect.isclass(obj) else ""
        out += ["```python", prefix + signature(name, obj), "```"]
    out += ["", docstring_markdown(inspect.getdoc(obj) or "*(no docstring)*")]
    if inspect.isclass(obj):
        for member, value in _members(obj):
            doc = inspect.getdoc(value) or "*(no docstring)*"
            if isinstance(value, property):
                head = f"{name}.{member}  # property"
            else:
                head = signature(f"{name}.{member}", value)
            out += ["", f"#### `{name}.{member}`", "", "```python", head, "```", "", docstring_markdown(doc)]
    return out + [""]


def check_groups(public: list[str]) -> None:
    grouped = [name for _, names in GROUPS.values() for name in names]
    missing = sorted(set(public) - set(grouped))
    extra = sorted(set(grouped) - set(public))
    twice = sorted({name for name in grouped if grouped.count(name) > 1})
    if missing or extra or twice:
        raise SystemExit(f"docs/make_api.py GROUPS out of step with quotetrack.__all__: not grouped {missing}, "
                         f"not public {extra}, grouped twice {twice}")


def render() -> str:
    """The text of docs/api.md."""
    import quotetrack

    check_groups(list(quotetrack.__all__))
    out = [
        "# quotetrack API reference",
        "",
        "<!-- Generated by docs/make_api.py from the docstrings; do not edit by hand. -->",
        "",
        "Every public name of `quotetrack` (`quotetrack.__all__`), importable as `quotetrack.<name>`.",
        "See the [user guide](guide.md) for how the pieces fit together and the",
        "[tutorial notebook](tutorial.ipynb) for a worked example.",
        "",
    ]
    for anchor, (title, names) in GROUPS.items():
        out.append(f"- [{title}](#{anchor}): " + ", ".join(f"[`{n}`](#{n.lower()})" for n in names))
    out.append("")
    for title, names in GROUPS.values():
        out += [f"## {title}", ""]
        for name in names:
            out += _entry(name, getattr(quotetrack, name))
    return "\n".join(out).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/api.md is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print("docs/api.md is out of date: run python docs/make_api.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
