"""The command line in the person's language (issue 16): messages, plurals and --help from
the catalogues; the language of the environment, or the app's setting once a data folder
is open; files written keep their contract in every language."""

import json

import pytest

from taper_desktop import catalogue
from taper_desktop.cli import main
from taper_desktop.demo import fill_demo
from taper_desktop.store import settings

LANGUAGES = ("en_US.UTF-8", "es_ES.UTF-8", "de_DE.UTF-8")


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --help, usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(store):
    fill_demo(store)
    return store


def test_a_spanish_environment_gets_spanish_messages(demo, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, err = run(capsys, "check-db")
    assert code == 0 and err == ""
    assert "integridad:" in out and "registros diarios:" in out
    assert "integrity" not in out
    code, out, err = run(capsys, "export-csv", str(tmp_path / "days.csv"))
    assert code == 0
    assert out.startswith(f"Exportación en {tmp_path / 'days.csv'}: ")
    assert out.strip().endswith(" días")


def test_plurals_come_from_the_catalogue(capsys, monkeypatch):
    argv = ["schedule", "--start", "8", "--unit", "g", "--method", "linear", "--step", "1"]
    argv += ["--from", "2026-01-01"]
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, _ = run(capsys, *argv, "--every", "1")
    assert code == 0
    assert "Cada 1 día, quitar 1 g;" in out and "1 día" in out.splitlines()[-2]
    code, out, _ = run(capsys, *argv, "--every", "3")
    assert "Cada 3 días, quitar 1 g;" in out and "3 días" in out
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, out, _ = run(capsys, *argv, "--every", "3")
    assert "Im Abstand von 3 Tagen 1 g weglassen;" in out
    assert out.splitlines()[3].split() == ["Datum", "Dosis", "Dauer"]


def test_the_app_language_setting_wins_once_the_folder_is_open(demo, capsys, monkeypatch):
    settings.put(demo, "language", "de")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, _ = run(capsys, "check-db")
    assert code == 0 and "Integrität:" in out and "Tageseinträge:" in out
    settings.put(demo, "language", "system")  # "system": the environment's again
    code, out, _ = run(capsys, "check-db")
    assert "integridad:" in out


def test_usage_errors_and_help_speak_the_environment_language(capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "es")
    code, _, err = run(capsys, "report", "--out", "x.pdf")
    assert code == 2
    assert err == "taper-desktop: el informe necesita --from y --to (o use --plan-sheet)\n"
    code, out, _ = run(capsys, "report", "--help")
    assert code == 0 and "dónde escribir el PDF" in out
    assert out.startswith("uso: taper-desktop report") and "\nopciones:\n" in out
    assert "options" not in out and "mostrar esta ayuda y salir" in out
    code, _, err = run(capsys, "report", "--from", "2026-02-30", "--to", "2026-03-01")
    assert code == 2 and "no es una fecha real" in err  # domain's refusal, translated


def test_a_refused_rule_is_shown_in_the_persons_language(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    argv = ["schedule", "--start", "8", "--unit", "g", "--method", "percent", "--step", "90"]
    code, _, err = run(capsys, *argv, "--every", "7", "--from", "2026-01-01")
    assert code == 2
    assert err.startswith("taper-desktop: --step: ") and "como mucho 50" in err


@pytest.mark.parametrize("command", ["export-csv", "export-json"])
def test_files_are_the_same_in_every_language(demo, capsys, monkeypatch, tmp_path, command):
    written = {}
    for lang in LANGUAGES:
        monkeypatch.setenv("LANG", lang)
        path = tmp_path / f"{lang}.out"
        code, out, _ = run(capsys, command, str(path))
        assert code == 0 and out
        written[lang] = path.read_text(encoding="utf-8")
    if command == "export-json":  # the moment of export differs, nothing else
        for lang, text in written.items():
            data = json.loads(text)
            data.pop("exported_at")
            written[lang] = json.dumps(data, sort_keys=True)
    assert written["es_ES.UTF-8"] == written["en_US.UTF-8"] == written["de_DE.UTF-8"]
    if command == "export-csv":  # the contract itself: English columns, ISO dates, a point
        header, first, second = written["es_ES.UTF-8"].splitlines()[:3]
        assert header.startswith("date,dose_planned,dose_taken,dose_unit,")
        assert first.startswith("2026-") and "6.5" in second


# ---- the store's messages: one marked text, shown by the window and by the command line


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("C.UTF-8", "taper-desktop: there is no database in {}\n"),
        ("es_ES.UTF-8", "taper-desktop: no hay ninguna base de datos en {}\n"),
        ("de_DE.UTF-8", "taper-desktop: in {} gibt es keine Datenbank\n"),
    ],
)
def test_a_missing_database_is_named_in_the_persons_language(
    capsys, monkeypatch, data_dir, lang, expected
):
    monkeypatch.setenv("LANG", lang)
    code, out, err = run(capsys, "check-db")
    assert code == 1 and out == ""
    assert err == expected.format(data_dir)


@pytest.fixture
def protected(demo, monkeypatch, tmp_path):
    """The demo diary protected with a passphrase (a cheap key derivation: fast tests)."""
    from taper_desktop.store import encryption, keyfile

    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**10)
    encryption.encrypt(demo, "correct horse battery")
    demo.close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    return wrong


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("C.UTF-8", "the passphrase or recovery code is not right; nothing was changed"),
        (
            "es_ES.UTF-8",
            "la frase de contraseña o el código de recuperación no es correcto; no se cambió nada",
        ),
        (
            "de_DE.UTF-8",
            "die Passphrase oder der Wiederherstellungscode ist nicht richtig; "
            "nichts wurde geändert",
        ),
    ],
)
def test_a_wrong_passphrase_is_said_in_the_persons_language(
    protected, capsys, monkeypatch, lang, expected
):
    monkeypatch.setenv("LANG", lang)
    code, out, err = run(capsys, "check-db", "--passphrase-file", str(protected))
    assert code == 1 and out == ""
    assert err == f"taper-desktop: {expected}\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("C.UTF-8", "a passphrase needs at least 8 characters; nothing was changed"),
        ("es_ES.UTF-8", "la frase de contraseña necesita al menos 8 caracteres; no se cambió nada"),
        ("de_DE.UTF-8", "eine Passphrase braucht mindestens 8 Zeichen; nichts wurde geändert"),
    ],
)
def test_a_passphrase_rule_is_said_in_the_persons_language(
    demo, capsys, monkeypatch, tmp_path, lang, expected
):
    short = tmp_path / "short.txt"
    short.write_text("short\n", encoding="utf-8")
    monkeypatch.setenv("LANG", lang)
    code, out, err = run(capsys, "encrypt", "--new-passphrase-file", str(short))
    assert code == 1 and out == ""
    assert err == f"taper-desktop: {expected}\n"


# ---- argparse's own words


@pytest.mark.parametrize(
    ("lang", "missing", "choice", "unknown", "usage", "headings"),
    [
        (
            "C.UTF-8",
            "the following arguments are required: FILE (see --help)",
            "argument --on-conflict: invalid choice: 'maybe' (choose from 'skip', 'replace')",
            "unrecognized arguments: --bogus (see --help)",
            "usage: taper-desktop import-csv",
            ("positional arguments:", "options:", "show this help message and exit"),
        ),
        (
            "es_ES.UTF-8",
            "faltan estos argumentos, que son obligatorios: FILE (vea --help)",
            "argumento --on-conflict: opción no válida: 'maybe' (elija entre 'skip', 'replace')",
            "argumentos no reconocidos: --bogus (vea --help)",
            "uso: taper-desktop import-csv",
            ("argumentos posicionales:", "opciones:", "mostrar esta ayuda y salir"),
        ),
        (
            "de_DE.UTF-8",
            "diese Argumente fehlen, sie sind erforderlich: FILE (siehe --help)",
            "Argument --on-conflict: ungültige Auswahl: 'maybe' (wählen Sie aus 'skip', 'replace')",
            "unbekannte Argumente: --bogus (siehe --help)",
            "Aufruf: taper-desktop import-csv",
            ("Positionsargumente:", "Optionen:", "diese Hilfe anzeigen und beenden"),
        ),
    ],
)
def test_argparse_speaks_the_persons_language(
    capsys, monkeypatch, lang, missing, choice, unknown, usage, headings
):
    monkeypatch.setenv("LANG", lang)
    code, out, err = run(capsys, "import-csv")
    assert code == 2 and err == f"taper-desktop import-csv: {missing}\n"
    code, out, err = run(capsys, "import-csv", "x.csv", "--on-conflict", "maybe")
    assert code == 2 and err.startswith(f"taper-desktop import-csv: {choice} (")
    code, out, err = run(capsys, "check-db", "--bogus")
    assert code == 2 and err == f"taper-desktop: {unknown}\n"
    code, out, err = run(capsys, "import-csv", "--help")
    assert code == 0 and out.startswith(usage)
    lines = [line.strip() for line in out.splitlines()]
    assert headings[0] in lines and headings[1] in lines
    assert any(line.endswith(headings[2]) for line in lines)


def test_argparse_is_left_as_it_was_after_a_command(capsys, monkeypatch):
    import argparse

    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    run(capsys, "import-csv")
    with pytest.raises(SystemExit):
        argparse.ArgumentParser(prog="other").parse_args(["--x"])
    assert "unrecognized arguments: --x" in capsys.readouterr().err


def test_each_argparse_text_is_argparses_own_with_numbered_placeholders():
    """The catalogue's argparse texts match the messages this Python's argparse asks for:
    the same words, its placeholders numbered %1, %2... in order."""
    import argparse
    import inspect
    import re

    from taper_desktop.cli.i18n import ARGPARSE_PLACEHOLDER, ARGPARSE_TEXTS

    source = inspect.getsource(argparse)
    for message, marked in ARGPARSE_TEXTS.items():
        assert f"_({message!r}" in source or f"_({json.dumps(message)}" in source, message
        first, *rest = ARGPARSE_PLACEHOLDER.split(message)
        assert first + "".join(f"%{n}{text}" for n, text in enumerate(rest, 1)) == marked
        assert not re.search(r"%[sdr(]", marked)


# ---- import: summaries, conflicts and the parsers' refusals


@pytest.fixture
def two_stored_days(demo, tmp_path):
    """A day-table CSV of two days the demo diary already holds, and one with a bad date
    on line 3 and a malformed quote on line 4."""
    assert run_quiet("export-csv", str(tmp_path / "all.csv")) == 0
    header, first, second = (tmp_path / "all.csv").read_text(encoding="utf-8").splitlines()[:3]
    (tmp_path / "two.csv").write_text(f"{header}\n{first}\n{second}\n", encoding="utf-8")
    bad_date = "2025-02-30" + second[len("2026-01-01") :]
    malformed = '2025-03-01,"unclosed' + "," * header.count(",")
    (tmp_path / "bad.csv").write_text(
        f"{header}\n{first}\n{bad_date}\n{malformed}\n", encoding="utf-8"
    )
    return tmp_path


def run_quiet(*argv):
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        return main(list(argv))


@pytest.mark.parametrize(
    ("lang", "refused", "skipped"),
    [
        (
            "C.UTF-8",
            "two.csv: 2 days already hold data (",
            "Imported 0 days from {}: 0 check-ins, 0 doses. Kept the stored data for 2 days.",
        ),
        (
            "es_ES.UTF-8",
            "two.csv: 2 días ya tienen datos (",
            "Importado de {}: 0 días, 0 registros diarios, 0 dosis. Se conservaron los datos "
            "guardados de 2 días.",
        ),
        (
            "de_DE.UTF-8",
            "two.csv: 2 Tage haben schon Daten (",
            "Aus {} importiert: 0 Tage, 0 Tageseinträge, 0 Dosen. Die gespeicherten Daten für "
            "2 Tage wurden behalten.",
        ),
    ],
)
def test_an_import_with_a_conflict_is_told_in_the_persons_language(
    two_stored_days, capsys, monkeypatch, lang, refused, skipped
):
    path = two_stored_days / "two.csv"
    monkeypatch.setenv("LANG", lang)
    code, out, err = run(capsys, "import-csv", str(path))
    assert code == 1 and out == ""
    assert err.startswith(f"taper-desktop: {two_stored_days}/{refused}")
    code, out, err = run(capsys, "import-csv", str(path), "--on-conflict", "skip")
    assert code == 0 and err == ""
    assert out == skipped.format(path) + "\n"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "C.UTF-8",
            "line 3, column date: is not a date in the form YYYY-MM-DD (value '2025-02-30') "
            "(and 1 more problem); nothing was imported",
        ),
        (
            "es_ES.UTF-8",
            "línea 3, columna date: no es una fecha con la forma AAAA-MM-DD (valor "
            "'2025-02-30') (y 1 problema más); no se importó nada",
        ),
        (
            "de_DE.UTF-8",
            "Zeile 3, Spalte date: ist kein Datum der Form JJJJ-MM-TT (Wert '2025-02-30') "
            "(und 1 weiteres Problem); nichts wurde importiert",
        ),
    ],
)
def test_a_refused_csv_names_its_row_in_the_persons_language(
    two_stored_days, capsys, monkeypatch, lang, expected
):
    path = two_stored_days / "bad.csv"
    monkeypatch.setenv("LANG", lang)
    code, out, err = run(capsys, "import-csv", str(path))
    assert code == 1 and out == ""
    assert err == f"taper-desktop: {path}, {expected}\n"


def test_a_malformed_csv_and_a_broken_json_are_refused_in_the_persons_language(
    two_stored_days, capsys, monkeypatch
):
    from taper_desktop.exchange.day_csv import parse_csv
    from taper_desktop.exchange.problems import ImportFailed

    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    with pytest.raises(ImportFailed) as caught:
        parse_csv((two_stored_days / "bad.csv").read_text(encoding="utf-8"))
    from taper_desktop.cli.i18n import translate

    with catalogue.using("es"):
        lines = caught.value.lines(translate=translate)
    assert lines[1].startswith("línea 4: el CSV está mal formado: ")
    broken = two_stored_days / "broken.json"
    broken.write_text('{"format": "taper-desktop", "version": 1,', encoding="utf-8")
    code, out, err = run(capsys, "import-json", str(broken))
    assert code == 1 and "esto no es JSON válido" in err and "no se importó nada" in err
