"""The definitions in the Bundle: a Questionnaire and an answer CodeSystem per instrument
used, and the CodeSystem of the local codes."""

from __future__ import annotations

from taper_desktop import APP_TITLE
from taper_desktop.domain import scales
from taper_desktop.exchange.fhir.common import (
    CODE_SYSTEM,
    COWS_CODE,
    DAY_ITEM,
    FLAG_ITEM,
    MEASURE_CODES,
    NOTE_ITEM,
    ORDINAL_VALUE,
    QUESTIONNAIRE_VERSION,
    TOTAL_CODES,
    Json,
    answer_system,
    extra_code,
    questionnaire_url,
)


def questionnaire(inst: scales.Instrument) -> Json:
    system = answer_system(inst)
    options = [
        {
            "valueCoding": {
                "extension": [{"url": ORDINAL_VALUE, "valueDecimal": score}],
                "system": system,
                "code": str(score),
                "display": anchor,
            }
        }
        for score, anchor in enumerate(inst.anchors)
    ]
    items = [
        {
            "linkId": DAY_ITEM,
            "text": "Day this check-in describes",
            "type": "date",
            "required": True,
        }
    ]
    items += [
        {
            "linkId": key,
            "prefix": str(n),
            "text": inst.statement(key),
            "type": "choice",
            "required": False,
            "answerOption": options,
        }
        for n, key in enumerate(inst.item_keys, start=1)
    ]
    items.append(
        {
            "linkId": FLAG_ITEM,
            "text": "Flag this day for the provider",
            "type": "boolean",
            "required": False,
        }
    )
    items.append({"linkId": NOTE_ITEM, "text": "Note", "type": "text", "required": False})
    description = " ".join(
        filter(
            None,
            (
                f"{inst.title}. {inst.citation} Scores 0-{inst.max_item} per item, "
                f"total 0-{inst.max_total}.",
                inst.band_note,
                inst.kratom_note,
            ),
        )
    )
    return {
        "resourceType": "Questionnaire",
        "url": questionnaire_url(inst),
        "version": QUESTIONNAIRE_VERSION,
        "name": inst.key.replace("-", ""),
        "title": inst.title,
        "status": "active",
        "subjectType": ["Patient"],
        "publisher": f"{APP_TITLE} (definition of the published scale, not a new instrument)",
        "description": description,
        "item": items,
    }


def answer_code_system(inst: scales.Instrument) -> Json:
    return {
        "resourceType": "CodeSystem",
        "url": answer_system(inst),
        "version": QUESTIONNAIRE_VERSION,
        "name": f"{inst.key.replace('-', '')}Answers",
        "title": f"{inst.key} answer scores",
        "status": "active",
        "content": "complete",
        "description": f"Answer scores of {inst.title}: {inst.citation}",
        "concept": [
            {"code": str(score), "display": anchor} for score, anchor in enumerate(inst.anchors)
        ],
    }


def local_code_system() -> Json:
    concepts = [TOTAL_CODES[scales.SOWS], TOTAL_CODES[scales.GOSSOP], COWS_CODE]
    concepts += list(MEASURE_CODES.values())
    concepts += [extra_code(k) for k, _ in scales.EXTRA_SYMPTOMS]
    return {
        "resourceType": "CodeSystem",
        "url": CODE_SYSTEM,
        "version": QUESTIONNAIRE_VERSION,
        "name": "TaperDesktopCodes",
        "title": f"{APP_TITLE} local codes",
        "status": "active",
        "content": "complete",
        "description": "Codes for patient-reported measures that have no LOINC code: "
        "no LOINC code was found for SOWS or COWS totals.",
        "concept": [{"code": c, "display": d} for c, d in concepts],
    }
