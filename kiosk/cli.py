"""The one command line: `run` (the default), `parse`, `eval`, `stats`, `selftest`,
`screenshot`, `set-pin`, `hash-pin`.

`main.py`, `python -m kiosk` and the packaged `zgc-kiosk` all call `main`. Each subcommand
imports what it needs when it runs, so `parse` never loads Qt and `run` never loads jieba.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from kiosk import paths

Handler = Callable[[argparse.Namespace], int]
DEFAULT_COMMAND = "run"


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if width < 200 or height < 200:
        raise argparse.ArgumentTypeError("the window must be at least 200x200")
    return width, height


def _config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="configuration file (TOML; default: "
                        f"${paths.CONFIG_ENV} or kiosk.toml in the user's config folder)")


def _window_options(parser: argparse.ArgumentParser, default: str) -> None:
    _config_option(parser)
    parser.add_argument("--size", type=_size, default=None,
                        help=f"window size, e.g. 1080x1920 (default {default})")


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("zh", "en"), default=None,
                        help="the language to show (default: default_language in the config)")
    parser.add_argument("--large-text", action="store_true",
                        help="show every text a third larger, as the Aa button does")


def build_parser() -> tuple[argparse.ArgumentParser, set[str]]:
    """Every subcommand with its options (`--help` lists them), and the subcommands' names."""
    parser = argparse.ArgumentParser(
        prog=paths.APP_NAME,
        description="Zhongguancun Forum exhibition kiosk. Without a command, starts the kiosk.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="start the kiosk (the default)",
                              description="Start the kiosk in a window, or locked fullscreen.")
    run.add_argument("--kiosk", action="store_true",
                     help="fullscreen, frameless, cannot be closed without the admin PIN")
    _window_options(run, "1280x720")
    run.set_defaults(handler=_run)

    parse = commands.add_parser("parse", help="print the content model of an article",
                                description="Parse an article (and the curation file beside "
                                "it) and print a summary, or the model as JSON.")
    parse.add_argument("path", help="article text file (UTF-8 or GB18030)")
    parse.add_argument("--json", action="store_true", help="print the model as JSON")
    parse.add_argument("--missing", choices=("en",), help="list the texts a visitor reading "
                       "this language would still see in Chinese (add them to curation.toml "
                       "as [[english]] entries); exit 1 when there are any")
    parse.add_argument("--no-cache", action="store_true", help="parse even if cached")
    parse.add_argument("--cache-dir", type=Path, help="content cache folder "
                       f"(default: ${paths.CACHE_ENV} or the user's cache folder)")
    parse.add_argument("--within-limits", action="store_true",
                       help="refuse an article beyond what the kiosk shows, and cap this "
                       "process's CPU time and memory (the kiosk's parse child)")
    parse.set_defaults(handler=_parse)

    check = commands.add_parser("eval", help="score the parser against hand-written answers",
                                description="Parse every NAME.txt that has a NAME.expected.json "
                                "in FOLDER and score speakers, titles, reported speech, false "
                                "quotes, exhibits and figures; exit 1 below the bar.")
    check.add_argument("folder", type=Path, help="folder of articles and their answers")
    check.add_argument("--json", action="store_true", help="print the scores as JSON")
    check.set_defaults(handler=_eval)

    stats = commands.add_parser("stats", help="summarise the local usage statistics",
                                description="Visits, their length, the most opened items and "
                                "visits per hour, today and over the last 7 days, from the "
                                "kiosk's local statistics (read only).")
    _config_option(stats)
    stats.add_argument("--csv", action="store_true", help="print the numbers as CSV")
    stats.add_argument("--since", type=_day, metavar="YYYY-MM-DD",
                       help="one period from this day to today instead")
    stats.add_argument("--merge", type=Path, nargs="+", metavar="DB",
                       help="add these kiosks' databases (usage.db) into one report, "
                       "instead of this kiosk's")
    stats.set_defaults(handler=_stats)

    selftest = commands.add_parser("selftest", help="visit every screen offscreen",
                                   description="Visit every screen offscreen with synthesized "
                                   "keys and taps; exit 0 only if each is reached without a "
                                   "Qt warning.")
    _window_options(selftest, "1920x1080")
    _language_option(selftest)
    selftest.add_argument("--screenshots", type=Path, help="write a PNG per screen here")
    selftest.set_defaults(handler=_selftest)

    shot = commands.add_parser("screenshot", help="render Home to a PNG offscreen",
                               description="Render Home offscreen to a PNG and exit.")
    shot.add_argument("path", type=Path, help="the PNG to write")
    _window_options(shot, "1920x1080")
    _language_option(shot)
    shot.set_defaults(handler=_screenshot)

    set_pin = commands.add_parser("set-pin", help="replace the admin PIN",
                                  description="Replace the admin PIN (4 to 8 digits, asked "
                                  "twice on a terminal, else one line of stdin) and delete the "
                                  "PIN file the first start wrote.")
    _config_option(set_pin)
    set_pin.set_defaults(handler=_set_pin)

    hash_pin = commands.add_parser("hash-pin", help="print a pin_hash line for kiosk.toml",
                                   description="Print the pin_hash line for a PIN, to give "
                                   "several kiosks the same PIN through their configuration.")
    hash_pin.set_defaults(handler=_hash_pin)
    return parser, set(commands.choices)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one subcommand.

    Args:
        argv: arguments without the program name (sys.argv[1:] when None). Without a
            subcommand (or with only options, e.g. `--kiosk`), the kiosk starts.

    Returns:
        The exit code: 0 on success, 1 when the kiosk or self-test failed, 2 for bad
        arguments or an article that cannot be used.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    parser, commands = build_parser()
    if not args or (args[0] not in commands and args[0] not in ("-h", "--help")):
        args.insert(0, DEFAULT_COMMAND)
    try:
        options = parser.parse_args(args)
    except SystemExit as exc:  # --help, or a usage error argparse has printed
        return int(exc.code or 0)
    handler: Handler = options.handler
    try:
        return handler(options)
    except BrokenPipeError:  # `parse … | head`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _run(options: argparse.Namespace) -> int:
    from kiosk import app

    return app.run(options.config, options.size, kiosk=options.kiosk)


def _selftest(options: argparse.Namespace) -> int:
    from kiosk import app

    return app.selftest(options.config, options.size, options.screenshots, options.lang,
                        large_text=options.large_text)


def _screenshot(options: argparse.Namespace) -> int:
    from kiosk import app

    return app.screenshot(options.config, options.size, options.path, options.lang,
                          large_text=options.large_text)


def _parse(options: argparse.Namespace) -> int:
    from kiosk.content import SourceError, load_content, parse
    from kiosk.content.summary import summary

    try:
        if options.within_limits:
            from kiosk.content.limits import check_size, limit_this_process

            check_size(options.path)
            limit_this_process()
        if options.no_cache:
            model = parse(options.path)
        else:
            model = load_content(options.path, options.cache_dir)
        if options.within_limits:
            from kiosk.content.limits import check_model

            if problems := check_model(model):
                raise SourceError(f"{Path(options.path).name}: {'; '.join(problems)}")
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except MemoryError:
        print("error: the article needs more memory than the kiosk allows", file=sys.stderr)
        return 2
    if options.missing:
        from kiosk.present.missing import untranslated

        missing = untranslated(model, options.missing)
        for chinese in missing:
            print(chinese)
        print(f"{len(missing)} text(s) without {options.missing}", file=sys.stderr)
        return 1 if missing else 0
    if options.json:
        json.dump(model.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(summary(model))
    return 0


def _eval(options: argparse.Namespace) -> int:
    from kiosk.content import SourceError
    from kiosk.content.evaluate import evaluate, format_table

    if not options.folder.is_dir():
        print(f"error: {options.folder} is not a folder", file=sys.stderr)
        return 2
    try:
        evaluation = evaluate(options.folder)
    except (SourceError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if options.json:
        json.dump(evaluation.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_table(evaluation))
    failures = evaluation.failures()
    for failure in failures:
        print(f"below the bar: {failure}", file=sys.stderr)
    return 1 if failures else 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {text!r}") from None


def _stats(options: argparse.Namespace) -> int:
    import sqlite3
    from datetime import datetime

    from kiosk.config import load_config
    from kiosk.content import load_cached
    from kiosk.present.localize import chinese_only
    from kiosk.stats import report
    from kiosk.stats.names import item_names
    from kiosk.stats.recorder import database_path
    from kiosk.stats.schema import SchemaTooNew

    config = load_config(options.config)
    databases = options.merge or [database_path(config.stats_path)]
    missing = [str(path) for path in databases if not path.is_file()]
    if missing and options.merge:
        print(f"error: no statistics database at {', '.join(missing)}", file=sys.stderr)
        return 2
    if missing:  # a kiosk that has not run yet: an empty report
        print(f"no usage statistics yet at {missing[0]}", file=sys.stderr)
        databases = []
    try:
        periods = report.report(databases, datetime.now().astimezone(), options.since)
    except (sqlite3.Error, SchemaTooNew) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    model = load_cached(config.seed)
    names = item_names(model, chinese_only(model.english)) if model is not None else {}

    def name(item: report.ItemCount) -> str:
        return names.get(item.key) or report.stored_name(item)

    if options.csv:
        sys.stdout.write(report.format_csv(periods, name))
    else:
        print("usage statistics: " + (", ".join(str(path) for path in databases)
                                      or "none recorded yet"))
        sys.stdout.write(report.format_text(periods, name))
    return 0


def _read_pin() -> str | None:
    """The new PIN from the terminal (twice) or stdin; None (said why) when unusable."""
    import getpass

    from kiosk.pin import pin_problem

    if sys.stdin.isatty():
        pin = getpass.getpass("New admin PIN: ")
        if getpass.getpass("Again: ") != pin:
            print("error: the PINs differ", file=sys.stderr)
            return None
    else:
        pin = sys.stdin.readline().strip()
    if problem := pin_problem(pin):
        print(f"error: {problem}", file=sys.stderr)
        return None
    return pin


def _set_pin(options: argparse.Namespace) -> int:
    from kiosk.config import load_config
    from kiosk.pin import PinStore

    config = load_config(options.config)
    pin = _read_pin()
    if pin is None:
        return 2
    store = PinStore(paths.user_state_dir(), config.pin_hash)
    store.set(pin)
    print(f"admin PIN replaced ({store.hash_file})")
    if store.configured:
        print("warning: the configuration's pin_hash still decides the PIN; remove it to use "
              "this one", file=sys.stderr)
    return 0


def _hash_pin(options: argparse.Namespace) -> int:
    from kiosk.pin import hash_pin

    pin = _read_pin()
    if pin is None:
        return 2
    print(f'pin_hash = "{hash_pin(pin)}"')
    return 0
