"""Command line: `python -m kiosk parse PATH [--json]`, `python -m kiosk stats`, else the
kiosk itself."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.content import SourceError, load_content, parse
from kiosk.content.model import ContentModel


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line.

    Returns:
        0 on success, 2 when the article cannot be used.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "stats":
        return stats_main(args[1:])
    if not args or args[0] != "parse":
        from kiosk import app

        return app.main(args)
    parser = argparse.ArgumentParser(prog="python -m kiosk parse",
                                     description="Print the content model of an article.")
    parser.add_argument("path", help="article text file (UTF-8 or GB18030)")
    parser.add_argument("--json", action="store_true", help="print the model as JSON")
    parser.add_argument("--no-cache", action="store_true", help="parse even if cached")
    parser.add_argument("--cache-dir", type=Path, help="content cache folder "
                        "(default: $ZGC_KIOSK_CACHE or the user's cache directory)")
    options = parser.parse_args(args[1:])
    try:
        if options.no_cache:
            model = parse(options.path)
        else:
            model = load_content(options.path, options.cache_dir)
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if options.json:
        json.dump(model.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(summary(model))
    return 0


def summary(model: ContentModel) -> str:
    """A human-readable digest of the model, for curators checking a parse."""
    art = model.article
    out = [f"{art.kicker}{art.title}",
           f"{art.dateline}  {art.date}  记者：{'、'.join(art.reporters)}",
           f"event: {model.event.name} {model.event.start}–{model.event.end} {model.event.place}",
           f"sections: {' / '.join(s.heading or '(untitled)' for s in art.sections)}",
           f"paragraphs: {len(art.paragraphs)}  captions: {len(art.captions)}", "",
           f"quotes ({len(model.quotes)}):"]
    out += [f"  [{q.id}] {q.speaker}（{q.speaker_title}）{q.context}：{q.text}"
            for q in model.quotes]
    count = model.announced.count
    out += ["", f"achievements ({len(model.achievements)}; the article announces "
                f"{count if count is not None else '?'}):"]
    out += [f"  [{a.id}] {a.kind}: {a.name} ({a.provenance.origin})" for a in model.achievements]
    out += ["", f"exhibits ({len(model.exhibits)}):"]
    out += [f"  [{e.id}] {e.name} — {e.maker or 'maker not named'}" for e in model.exhibits]
    out += ["", f"figures ({len(model.figures)}):"]
    out += [f"  {f.literal}: {f.label} ({f.kind}, {f.value:g}{f.unit})" for f in model.figures]
    out += ["", f"people: {'、'.join(p.name for p in model.people)}",
            f"organisations: {'、'.join(o.name for o in model.organisations)}",
            f"topics: {' '.join(t.term for t in model.topics)}",
            f"sub-forums: {'、'.join(model.sub_forums)}", f"fields: {'、'.join(model.fields)}"]
    out += [f"curation: {n.file}:{n.line}: {n.reason}" for n in model.curation]
    return "\n".join(out) + "\n"


def stats_main(argv: Sequence[str]) -> int:
    """`python -m kiosk stats [--config PATH]`: what visitors opened, from the local log.

    Returns:
        0; the statistics are read, never changed.
    """
    from kiosk.config import load_config
    from kiosk.content import load_cached
    from kiosk.stats import UsageStats

    parser = argparse.ArgumentParser(prog="python -m kiosk stats",
                                     description="Summarise the kiosk's usage statistics.")
    parser.add_argument("--config", type=Path, help="configuration file (TOML)")
    options = parser.parse_args(list(argv))
    config = load_config(options.config)
    summary = UsageStats(config.stats_path).summary()
    model = load_cached(config.seed)
    names: dict[str, list[str]] = {}
    if model is not None:
        names = {"achievement": [a.name for a in model.achievements],
                 "exhibit": [e.name for e in model.exhibits]}

    def label(item: str) -> str:
        screen, _, index = item.partition(":")
        if index.isdigit() and int(index) < len(names.get(screen, [])):
            return f"{item}  {names[screen][int(index)]}"
        return item

    print(f"{config.stats_path}: {summary['total']} events since {summary['since'] or '-'}"
          + (f", {summary['corrupt_lines']} unreadable lines" if summary["corrupt_lines"]
             else ""))
    for event, count in summary["events"].items():
        print(f"  {event:<16} {count}")
    for event, items in summary["top_items"].items():
        print(f"most {event}:")
        for item, count in items:
            print(f"  {count:>6}  {label(item)}")
    return 0
