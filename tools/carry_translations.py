"""Carry translations over when English source texts change only in their placeholders.

After a text moves from %s/%d/%(name)s to the one style (%1, %2, ..., %n; see
taper_desktop/domain/wording.py), `build_translations.py --update` marks the old message
vanished and adds the new one untranslated. This tool finds, for each untranslated new
message, the vanished message it came from (same context, same text once placeholders
are normalised) and gives it the old translation with the placeholders renumbered the
same way. It then drops the vanished entries it used.

    python tools/build_translations.py --update && python tools/carry_translations.py

(the tool runs lupdate again at the end, so the files keep lupdate's layout)
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from build_translations import update  # noqa: E402 - a sibling script, not a package

TRANSLATIONS = ROOT / "resources" / "translations"

OLD = re.compile(r"%(?:\((\w+)\))?[-+ #0]*\d*(?:\.\d+)?[sdfr]|%%|\{(\w*)\}")
NEW = re.compile(r"%([1-9n])")


def _old_keys(text: str) -> list[str]:
    """The placeholders of an old-style text in order: 's0', 's1' ... or names."""
    keys, position = [], 0
    for match in OLD.finditer(text):
        if match.group(0) == "%%":
            continue
        name = match.group(1) or match.group(2)
        if name:
            keys.append("n:" + name)
        else:
            keys.append(f"p:{position}")
            position += 1
    return keys


def _skeleton(text: str, pattern: re.Pattern[str]) -> str:
    return (
        pattern.sub("\x00", text.replace("%%", "%"))
        if pattern is OLD
        else pattern.sub("\x00", text)
    )


def _convert(old_source: str, new_source: str, old_translation: str) -> str | None:
    """old_translation with each old placeholder replaced as new_source replaced it."""
    keys = _old_keys(old_source)
    new_marks = [m.group(0) for m in NEW.finditer(new_source)]
    if len(keys) != len(new_marks):
        return None
    mapping = dict(zip(keys, new_marks, strict=True))
    position = 0
    out, last = [], 0
    for match in OLD.finditer(old_translation):
        out.append(old_translation[last : match.start()])
        last = match.end()
        if match.group(0) == "%%":
            out.append("%")
            continue
        name = match.group(1) or match.group(2)
        key = "n:" + name if name else f"p:{position}"
        if not name:
            position += 1
        if key not in mapping:
            return None
        out.append(mapping[key])
    out.append(old_translation[last:])
    return "".join(out)


def carry(ts: Path) -> int:
    tree = ET.parse(ts)
    carried = 0
    for context in tree.getroot().iter("context"):
        vanished: dict[str, tuple[ET.Element, str, ET.Element]] = {}
        for message in context.findall("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                vanished[_skeleton(source, OLD)] = (message, source, translation)
        for message in context.findall("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            found = vanished.get(_skeleton(source, NEW))
            if found is None or message.get("numerus") == "yes":
                continue
            old_message, old_source, old_translation = found
            text = _convert(old_source, source, old_translation.text or "")
            if text is None:
                continue
            translation.text = text
            del translation.attrib["type"]
            context.remove(old_message)
            carried += 1
    if carried:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return carried


def main() -> int:
    files = sorted(TRANSLATIONS.glob("*.ts"))
    for ts in files:
        print(f"{ts.name}: carried {carry(ts)} translation(s)")
    update(files)  # lupdate writes the files back in its own layout
    return 0


if __name__ == "__main__":
    sys.exit(main())
