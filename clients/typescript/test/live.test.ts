// The TypeScript client against a running service (its address in PLAPI_BASE_URL): typed
// answers, a typed problem, 304 as "use your copy", every page of a list, export then changes.
import assert from "node:assert/strict";
import { test } from "node:test";

import { NOT_MODIFIED, PregnancyLossAPI, ProblemError, type ExportLine } from "../src/index.js";

const baseUrl = process.env.PLAPI_BASE_URL;
if (!baseUrl) throw new Error("PLAPI_BASE_URL is not set");
const api = new PregnancyLossAPI(baseUrl);

test("a record is its type, with what an app shows first", async () => {
  const stillbirth = await api.get("conditions", "stillbirth");
  assert.equal(stillbirth.slug, "stillbirth");
  assert.ok(stillbirth.symptoms.every((symptom) => ["emergency", "urgent", "routine"].includes(symptom.urgency)));
  assert.equal(stillbirth.license, "CC-BY-4.0");
  assert.equal((await api.get("conditions", "Stillbirth")).slug, "stillbirth");
});

test("expand embeds the linked records in full", async () => {
  const condition = await api.get("conditions", "miscarriage", { expand: "symptoms" });
  assert.ok("when_to_seek_care" in condition.symptoms[0]!);
});

test("a problem is a ProblemError with its fields", async () => {
  await assert.rejects(api.get("causes", "no-such-record"), (error: unknown) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 404);
    assert.equal(error.instance, "/v1/causes/no-such-record");
    return true;
  });
  await assert.rejects(
    (async () => {
      for await (const _ of api.list("causes", { week: 99 })) void _;
    })(),
    (error: unknown) => error instanceof ProblemError && error.errors[0]?.location === "query.week",
  );
});

test("304 means use your copy", async () => {
  const fetched = await api.fetch("symptoms", "heavy-bleeding");
  assert.notEqual(fetched, NOT_MODIFIED);
  if (fetched === NOT_MODIFIED) return;
  assert.ok(fetched.etag);
  assert.equal(await api.fetch("symptoms", "heavy-bleeding", { etag: fetched.etag }), NOT_MODIFIED);
});

test("a list iterates every page", async () => {
  const references = [];
  for await (const reference of api.list("references")) references.push(reference.slug);
  assert.equal(references.length, (await api.meta()).counts["references"]);
  assert.ok(references.length > 100);
  const urgent = [];
  for await (const symptom of api.list("symptoms", { urgency: "emergency" })) urgent.push(symptom.urgency);
  assert.ok(urgent.length > 0 && urgent.every((urgency) => urgency === "emergency"));
});

test("export, then changes since its version", async () => {
  const lines: ExportLine[] = [];
  for await (const line of api.exportRecords()) lines.push(line);
  const last = lines.at(-1)!;
  if ("type" in last) throw new Error("the export's last line is a record");
  assert.equal(lines.length - 1, last.records);
  const changes = [];
  for await (const change of api.changes(last.dataset_version)) changes.push(change);
  assert.deepEqual(changes, []);
  await assert.rejects(
    (async () => {
      for await (const _ of api.changes("0123456789abcdef")) void _;
    })(),
    (error: unknown) => error instanceof ProblemError && error.status === 410,
  );
});

test("codes find records", async () => {
  const found = await api.lookup("icd10cm", "O03.4");
  assert.ok(found.total > 0);
});
