"""FHIR R4 export: the Bundle parses with a real FHIR R4 model library (fhirclient, strict),
every reference resolves inside it, and its figures match the store and the CSV export."""

import csv
import datetime as dt
import json
import os
from collections import defaultdict

import pytest
from fhirclient.models.bundle import Bundle

from taper_desktop.cli import main
from taper_desktop.demo import fill_demo
from taper_desktop.domain import scales
from taper_desktop.domain.models import (
    CheckIn,
    CowsTotal,
    Dose,
    Hold,
    PlanRevision,
    Substance,
)
from taper_desktop.domain.schedule import PlanSchedule
from taper_desktop.exchange import day_csv, fhir
from taper_desktop.store import checkins, doses, open_store, plans, records

TODAY = dt.date(2026, 11, 29)


def run(capsys, *argv, data=None):
    prefix = ["--data-dir", str(data)] if data is not None else []
    code = main(prefix + [str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def parse(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    Bundle(data)  # strict: an unknown field, a wrong type or a missing required one raises
    return data


def resources(data, kind=None):
    return [
        e["resource"]
        for e in data["entry"]
        if kind is None or e["resource"]["resourceType"] == kind
    ]


def references(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference":
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def by_code(data, code):
    return {
        o["effectiveDateTime"]: o
        for o in resources(data, "Observation")
        if o["code"]["coding"][0]["code"] == code
    }


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """One demo folder for the module's read-only tests (filling it takes a second)."""
    folder = tmp_path_factory.mktemp("demo")
    s = open_store(folder)
    fill_demo(s, today=TODAY)
    s.close()
    return folder


@pytest.fixture
def demo(demo_dir):
    s = open_store(demo_dir)
    yield s
    s.close()


@pytest.fixture(scope="module")
def exported_file(demo_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "bundle.json"
    assert main(["--data-dir", str(demo_dir), "export-fhir", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def exported(exported_file):
    return parse(exported_file)


def test_demo_bundle_parses_as_fhir_r4_and_every_reference_resolves(exported, exported_file):
    assert exported["resourceType"] == "Bundle" and exported["type"] == "collection"
    urls = {e["fullUrl"] for e in exported["entry"]}
    assert len(urls) == len(exported["entry"])
    for e in exported["entry"]:
        assert e["fullUrl"] == f"urn:uuid:{e['resource']['id']}"
    refs = set(references(exported))
    assert refs and refs <= urls
    kinds = {r["resourceType"] for r in resources(exported)}
    assert {
        "Patient",
        "Questionnaire",
        "QuestionnaireResponse",
        "Observation",
        "MedicationStatement",
        "MedicationRequest",
        "CodeSystem",
    } <= kinds
    assert oct(os.stat(exported_file).st_mode & 0o777) == "0o600"


def test_figures_match_the_csv_export_of_the_demo(demo, exported, tmp_path):
    day_csv.export_csv(demo, tmp_path / "days.csv")
    with (tmp_path / "days.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    totals = by_code(exported, "sows-total")
    pain, craving = by_code(exported, "72514-3"), by_code(exported, "craving")
    sleep = by_code(exported, "sleep-hours")
    by_day_qr = {
        qr["item"][0]["answer"][0]["valueDate"]: qr
        for qr in resources(exported, "QuestionnaireResponse")
    }
    taken = defaultdict(float)
    for ms in resources(exported, "MedicationStatement"):
        if "category" in ms:
            continue
        quantity = ms["dosage"][0]["doseAndRate"][0]["doseQuantity"]
        assert quantity["system"] == "http://unitsofmeasure.org" and quantity["code"] == "g"
        assert ms["informationSource"]["reference"].startswith("urn:uuid:")
        taken[ms["effectiveDateTime"][:10]] += quantity["value"]
    checked = 0
    for row in rows:
        day = row["date"]
        if row["dose_taken"]:
            assert taken[day] == pytest.approx(float(row["dose_taken"]))
        else:
            assert day not in taken
        if row["sows_total"]:
            assert totals[day]["valueInteger"] == int(row["sows_total"])
            qr = by_day_qr[day]
            answers = {i["linkId"]: i["answer"][0] for i in qr["item"]}
            for key in scales.SOWS_INSTRUMENT.item_keys:
                assert int(answers[key]["valueCoding"]["code"]) == int(row[f"sows_{key}"])
            assert (answers.get("flag-for-provider") is not None) == (
                row["flag_for_provider"] == "1"
            )
            if row["note"]:
                assert answers["note"]["valueString"] == row["note"]
            checked += 1
        elif row["instrument"]:
            assert day not in totals  # partial: no total Observation
        for name, found in (("pain", pain), ("craving", craving)):
            if row[name]:
                assert found[day]["valueInteger"] == int(row[name])
        if row["sleep_hours"]:
            assert sleep[day]["valueQuantity"]["value"] == float(row["sleep_hours"])
            assert sleep[day]["valueQuantity"]["code"] == "h"
    assert checked > 70
    assert len(taken) == sum(1 for r in rows if r["dose_taken"])


def test_items_and_totals_match_the_store(demo, exported):
    stored = {c.day.isoformat(): c for c in checkins.all_checkins(demo)}
    qrs = resources(exported, "QuestionnaireResponse")
    assert len(qrs) == len(stored)
    statuses = {qr["status"] for qr in qrs}
    assert statuses == {"completed", "in-progress"}
    totals = by_code(exported, "sows-total")
    assert {d: o["valueInteger"] for d, o in totals.items()} == {
        d: c.total for d, c in stored.items() if c.total is not None
    }
    for obs in totals.values():
        band = scales.SOWS_INSTRUMENT.band(obs["valueInteger"])
        assert obs["note"][0]["text"].startswith(f"Band {band.name} ")
        assert "conventional, not validated" in obs["note"][0]["text"]
        assert obs["category"][0]["coding"][0]["code"] == "survey"
        assert obs["code"]["coding"][0]["system"] == fhir.CODE_SYSTEM


def test_partial_check_in_is_in_progress_with_only_its_answers(demo, exported):
    partial = [c for c in checkins.all_checkins(demo) if not c.complete]
    assert partial
    qrs = [
        qr for qr in resources(exported, "QuestionnaireResponse") if qr["status"] == "in-progress"
    ]
    assert len(qrs) == len(partial)
    for qr, c in zip(
        sorted(qrs, key=lambda q: q["authored"]),
        sorted(partial, key=lambda c: c.saved_at),
        strict=True,
    ):
        assert qr["item"][0] == {
            "linkId": "diary-day",
            "text": "Day this check-in describes",
            "answer": [{"valueDate": c.day.isoformat()}],
        }
        scored = [i for i in qr["item"] if i["linkId"] in scales.SOWS_INSTRUMENT.item_keys]
        assert {i["linkId"] for i in scored} == set(c.items)
        assert qr["authored"] == c.saved_at


def test_questionnaire_has_published_statements_and_ordinal_values(exported):
    (q,) = resources(exported, "Questionnaire")
    assert q["url"] == fhir.questionnaire_url(scales.SOWS_INSTRUMENT) and q["version"]
    assert "Handelsman" in q["description"] and "not been validated for kratom" in q["description"]
    assert q["item"][0]["linkId"] == "diary-day" and q["item"][0]["type"] == "date"
    first = q["item"][1]
    assert first["text"] == "I feel anxious"
    assert q["item"][16]["text"] == "I feel like using now"
    ordinals = [o["valueCoding"]["extension"][0] for o in first["answerOption"]]
    assert [o["valueDecimal"] for o in ordinals] == [0, 1, 2, 3, 4]
    assert {o["url"] for o in ordinals} == {fhir.ORDINAL_VALUE}
    systems = {c["url"] for c in resources(exported, "CodeSystem")}
    assert first["answerOption"][0]["valueCoding"]["system"] in systems
    assert fhir.CODE_SYSTEM in systems


def test_plan_revisions_list_every_step_and_the_hold(demo, exported):
    plan = plans.current_plan(demo)
    schedule = PlanSchedule(plan.revisions, plan.holds)
    requests = resources(exported, "MedicationRequest")
    assert len(requests) == 2
    assert [r["status"] for r in requests] == ["stopped", "active"]
    assert requests[1]["priorPrescription"]["reference"] == f"urn:uuid:{requests[0]['id']}"
    starts = []
    holds = []
    for request in requests:
        assert request["intent"] == "plan"
        notes = " ".join(n["text"] for n in request["note"])
        assert "Agreed with: Dr. Rivera" in notes and "Reason:" in notes
        sequences = [d["sequence"] for d in request["dosageInstruction"]]
        assert sequences == list(range(1, len(sequences) + 1))
        for d in request["dosageInstruction"]:
            bounds = d["timing"]["repeat"]["boundsPeriod"]
            first = dt.date.fromisoformat(bounds["start"])
            last = dt.date.fromisoformat(bounds.get("end", first.isoformat()))
            dose = d["doseAndRate"][0]["doseQuantity"]["value"]
            for n in range((last - first).days + 1):
                assert schedule.planned(first + dt.timedelta(days=n)) == pytest.approx(dose)
            starts.append((first, dose))
            if d["text"].startswith("On hold"):
                holds.append((first, last))
    hold = plan.holds[0]
    assert holds == [(hold.start_day, hold.end_day)]
    change_days = {day for day, _dose in schedule.step_changes()}
    assert change_days <= {day for day, _dose in starts}


def test_cows_totals_name_the_clinician_as_performer(demo, exported):
    cows = by_code(exported, "cows-total")
    stored = records.cows_between(demo, dt.date.min, dt.date.max)
    assert sorted(o["valueInteger"] for o in cows.values()) == sorted(c.total for c in stored)
    for obs in cows.values():
        assert obs["performer"] == [{"display": "Dr. Rivera"}]


def test_exporting_twice_gives_the_same_ids(demo_dir, tmp_path, capsys):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    assert run(capsys, "export-fhir", a, data=demo_dir)[0] == 0
    assert run(capsys, "export-fhir", b, data=demo_dir)[0] == 0
    first, second = parse(a), parse(b)
    assert first["id"] == second["id"]
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in second["entry"]]
    first.pop("timestamp"), second.pop("timestamp")
    assert first == second


def test_period_limits_the_days_and_patient_holds_only_the_name(demo_dir, tmp_path, capsys):
    out = tmp_path / "week.json"
    code, _o, err = run(
        capsys,
        "export-fhir",
        out,
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-07",
        "--patient",
        "Ана 李",
        data=demo_dir,
    )
    assert code == 0, err
    data = parse(out)
    days = {o["effectiveDateTime"][:10] for o in resources(data, "Observation")}
    assert days and all("2026-11-01" <= d <= "2026-11-07" for d in days)
    (patient,) = resources(data, "Patient")
    assert patient == {"resourceType": "Patient", "id": patient["id"], "name": [{"text": "Ана 李"}]}
    assert "Ана 李" in out.read_text(encoding="utf-8")  # UTF-8, not \u escapes
    assert len(resources(data, "MedicationRequest")) == 2  # the plan is the context


def test_empty_period_gives_a_valid_bundle_without_diary_records(demo_dir, tmp_path, capsys):
    out = tmp_path / "empty.json"
    assert (
        run(
            capsys, "export-fhir", out, "--from", "2020-01-01", "--to", "2020-01-31", data=demo_dir
        )[0]
        == 0
    )
    data = parse(out)
    assert not resources(data, "QuestionnaireResponse")
    assert not resources(data, "Observation") and not resources(data, "MedicationStatement")
    assert not resources(data, "Questionnaire")


def test_reversed_period_is_a_usage_error(demo_dir, tmp_path, capsys):
    out = tmp_path / "x.json"
    code, _o, err = run(
        capsys, "export-fhir", out, "--from", "2026-11-07", "--to", "2026-11-01", data=demo_dir
    )
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--from" in err
    assert not out.exists()


def test_no_plan_both_scales_partial_and_non_latin_notes(store, tmp_path):
    day = dt.date(2026, 5, 1)
    sows = {k: 1 for k in scales.SOWS_INSTRUMENT.item_keys}
    gossop = {k: 2 for k in scales.GOSSOP_INSTRUMENT.item_keys}
    checkins.save(
        store,
        CheckIn(day, scales.SOWS, sows, note="Тяжело 😣 今天很难", flag_for_provider=True, pain=4),
    )
    checkins.save(store, CheckIn(day + dt.timedelta(days=1), scales.GOSSOP, gossop))
    checkins.save(
        store, CheckIn(day + dt.timedelta(days=2), scales.GOSSOP, {"feeling_sick": 0, "yawning": 3})
    )
    out = tmp_path / "b.json"
    counts = fhir.export_fhir(store, out)
    data = parse(out)
    assert counts["QuestionnaireResponse"] == 3 and not counts["MedicationRequest"]
    assert {q["url"] for q in resources(data, "Questionnaire")} == {
        fhir.questionnaire_url(scales.SOWS_INSTRUMENT),
        fhir.questionnaire_url(scales.GOSSOP_INSTRUMENT),
    }
    gossop_q = next(q for q in resources(data, "Questionnaire") if "gossop" in q["url"])
    assert "Gossop M. Addict Behav 1990" in gossop_q["description"]
    assert by_code(data, "sows-total")["2026-05-01"]["valueInteger"] == 16
    gossop_total = by_code(data, "sows-gossop-total")
    assert gossop_total["2026-05-02"]["valueInteger"] == 20
    assert "note" not in gossop_total["2026-05-02"]  # no bands for SOWS-Gossop
    assert "2026-05-03" not in gossop_total
    partial = next(
        qr for qr in resources(data, "QuestionnaireResponse") if qr["status"] == "in-progress"
    )
    assert [(i["linkId"], i["answer"][0]["valueCoding"]["code"]) for i in partial["item"][1:]] == [
        ("feeling_sick", "0"),
        ("yawning", "3"),
    ]
    text = out.read_text(encoding="utf-8")
    assert "Тяжело 😣 今天很难" in text
    flagged = next(
        qr
        for qr in resources(data, "QuestionnaireResponse")
        if any(i["linkId"] == "flag-for-provider" for i in qr.get("item", []))
    )
    assert {i["linkId"]: i["answer"][0] for i in flagged["item"]}["note"] == {
        "valueString": "Тяжело 😣 今天很难"
    }


def test_fentanyl_patch_doses_are_a_rate_in_ug_per_hour(store, tmp_path):
    substance = Substance("Fentanyl transdermal patch", "opioid", "mcg/hr", mme_factor=2.4)
    start = dt.date(2026, 3, 1)
    plan = plans.create_plan(
        store,
        substance,
        PlanRevision(
            start, "linear", 50, 12.5, 14, 12.5, 0, reason="Pain clinic plan", agreed_by="Dr. Ng"
        ),
    )
    plans.add_hold(
        store, plan.id, Hold(start + dt.timedelta(days=20), start + dt.timedelta(days=26))
    )
    doses.add(store, Dose(start, 50, "mcg/hr", "09:00", substance_id=substance.id))
    records.add_cows(store, CowsTotal(start, 7, ""))
    out = tmp_path / "b.json"
    fhir.export_fhir(store, out)
    data = parse(out)
    (ms,) = resources(data, "MedicationStatement")
    rate = ms["dosage"][0]["doseAndRate"][0]["rateQuantity"]
    assert rate == {
        "value": 50,
        "unit": "mcg/h",
        "system": "http://unitsofmeasure.org",
        "code": "ug/h",
    }
    assert ms["dosage"][0]["text"] == "50 mcg/h"
    assert ms["effectiveDateTime"].startswith("2026-03-01T09:00:00")
    (request,) = resources(data, "MedicationRequest")
    texts = [d["text"] for d in request["dosageInstruction"]]
    assert texts[0] == "Step: 50 mcg/h, from 2026-03-01 to 2026-03-14"
    assert any(t.startswith("On hold at 37.5 mcg/h") for t in texts)
    assert all("per day" not in t for t in texts)
    assert all("rateQuantity" in d["doseAndRate"][0] for d in request["dosageInstruction"])
    (cows,) = by_code(data, "cows-total").values()
    assert "performer" not in cows  # no clinician named: nothing invented


def test_unwritable_path_exits_1_with_one_line_and_leaves_no_file(
    demo_dir, tmp_path, capsys, monkeypatch
):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, out, err = run(capsys, "export-fhir", blocker / "b.json", data=demo_dir)
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1

    folder = tmp_path / "out"
    folder.mkdir()

    def full_disk(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    code, out, err = run(capsys, "export-fhir", folder / "b.json", data=demo_dir)
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "No space left on device" in err and "b.json" in err
    assert list(folder.iterdir()) == []


def test_file_is_the_bundle_one_entry_per_line(demo, tmp_path):
    now = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)
    out = tmp_path / "b.json"
    fhir.export_fhir(demo, out, now=now, zone=dt.UTC)
    bundle, _counts = fhir.build_bundle(demo, now=now, zone=dt.UTC)
    text = out.read_text(encoding="utf-8")
    assert json.loads(text) == bundle
    assert text.count("\n") == len(bundle["entry"]) + 2


def test_a_corrected_revision_keeps_its_id_as_entered_in_error(store, tmp_path):
    substance = Substance("Kratom leaf powder", "kratom", "g")
    start = dt.date(2026, 4, 1)
    plan = plans.create_plan(
        store, substance, PlanRevision(start, "linear", 4.0, 0.5, 7, 0.1, 0.0, agreed_by="Dr. A")
    )
    later = plans.add_revision(
        store,
        plan.id,
        PlanRevision(
            start + dt.timedelta(days=14), "linear", 3.0, 0.25, 7, 0.1, 0.0, agreed_by="Dr. A"
        ),
    )
    now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)  # after the target date
    before, _ = fhir.build_bundle(store, now=now)
    (original,) = [r for r in resources(before, "MedicationRequest") if r["status"] != "stopped"]
    plans.correct_revision(
        store,
        later.id,
        PlanRevision(
            start + dt.timedelta(days=14), "linear", 3.0, 0.5, 7, 0.1, 0.0, agreed_by="Dr. A"
        ),
        start + dt.timedelta(days=15),
    )
    out = tmp_path / "b.json"
    fhir.export_fhir(store, out, now=now)
    after = parse(out)
    by_id = {r["id"]: r for r in resources(after, "MedicationRequest")}
    assert len(by_id) == 3
    assert by_id[original["id"]]["status"] == "entered-in-error"
    assert "dosageInstruction" not in by_id[original["id"]]
    assert "Withdrawn on 2026-04-16" in by_id[original["id"]]["note"][0]["text"]
    assert sorted(r["status"] for r in by_id.values()) == [
        "completed",
        "entered-in-error",
        "stopped",
    ]
