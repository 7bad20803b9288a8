/**
 * A TypeScript client of the Pregnancy Loss Information API that reads like a hand-written one.
 *
 * The types are generated from the OpenAPI document (`schema.ts`, by openapi-typescript) and
 * the calls made by openapi-fetch; this layer gives typed returns, a typed `ProblemError` for
 * problem answers (RFC 9457), `NOT_MODIFIED` for a 304 ("use your copy"), lists as async
 * iterators over every page, and sync (`exportRecords()`, then `changes(since)`).
 *
 *     const api = new PregnancyLossAPI("https://api.example.org");
 *     const stillbirth = await api.get("conditions", "stillbirth", { expand: "symptoms" });
 */
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./schema.js";

export type { components, paths } from "./schema.js";
export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];

/** The answer to a conditional request whose ETag is still current: use your copy. */
export const NOT_MODIFIED: unique symbol = Symbol("not modified");
export type NotModified = typeof NOT_MODIFIED;

/** The service answered with a problem: its status, title, detail, path and invalid input. */
export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly instance: string;
  readonly errors: Schemas["FieldError"][];

  constructor(problem: Problem) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.name = "ProblemError";
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
  }
}

const DETAILS = {
  conditions: "/v1/conditions/{slug}",
  causes: "/v1/causes/{slug}",
  symptoms: "/v1/symptoms/{slug}",
  "diagnostic-tests": "/v1/diagnostic-tests/{slug}",
  treatments: "/v1/treatments/{slug}",
  organizations: "/v1/organizations/{slug}",
  references: "/v1/references/{slug}",
} as const;

const LISTS = {
  conditions: "/v1/conditions",
  causes: "/v1/causes",
  symptoms: "/v1/symptoms",
  "diagnostic-tests": "/v1/diagnostic-tests",
  treatments: "/v1/treatments",
  organizations: "/v1/organizations",
  references: "/v1/references",
  changes: "/v1/changes",
  search: "/v1/search",
} as const;

export type RecordType = keyof typeof DETAILS;
type Json<P extends keyof paths> = paths[P]["get"] extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;
/** A record in full, as `GET /v1/<type>/<slug>` answers it. */
export type Detail<T extends RecordType> = Json<(typeof DETAILS)[T]>;
export type Listed = keyof typeof LISTS;
/** One item of a list. */
export type Item<L extends Listed> = Json<(typeof LISTS)[L]> extends { items: (infer I)[] } ? I : never;
/** The filters a list takes (paging aside: the iterator pages). */
export type Filters<L extends Listed> = Omit<
  NonNullable<paths[(typeof LISTS)[L]]["get"]["parameters"]["query"]>,
  "limit" | "offset"
>;
export interface Fetched<T> {
  value: T;
  etag: string | null;
}
/** The export's last line: the dataset version, what it holds, and its terms. */
export interface ExportEnd {
  dataset_version: string;
  counts: Record<string, number>;
  records: number;
  license: string;
  attribution: string;
  disclaimer: string;
}
/** A line of the export: a record in full with its `type`, or the last line (no `type`). */
export type ExportLine = ({ type: RecordType } & Detail<RecordType>) | ExportEnd;

const PAGE_SIZE = 100;

async function problemOf(response: Response, body: unknown): Promise<ProblemError> {
  const problem = body as Partial<Problem> | undefined;
  if (problem && typeof problem.status === "number" && typeof problem.detail === "string") {
    return new ProblemError(problem as Problem);
  }
  return new ProblemError({
    type: "about:blank",
    title: response.statusText || "Unexpected answer",
    status: response.status,
    detail: typeof body === "string" ? body.slice(0, 200) : "The answer was not a problem.",
    instance: new URL(response.url || "http://unknown/").pathname,
  });
}

export class PregnancyLossAPI {
  readonly client: Client<paths>;
  readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.client = createClient<paths>({ baseUrl: this.baseUrl });
  }

  /** A record in full; raises `ProblemError` (404, 410 once withdrawn, …). */
  async get<T extends RecordType>(
    type: T,
    slug: string,
    options: { expand?: string } = {},
  ): Promise<Detail<T>> {
    const found = await this.fetch(type, slug, options);
    if (found === NOT_MODIFIED) {
      throw new ProblemError({
        type: "about:blank",
        title: "Not Modified",
        status: 304,
        detail: "No ETag was sent, yet the answer was 304.",
        instance: DETAILS[type].replace("{slug}", slug),
      });
    }
    return found.value;
  }

  /** A record with its ETag; or `NOT_MODIFIED` when `etag` (of your copy) is still current. */
  async fetch<T extends RecordType>(
    type: T,
    slug: string,
    options: { expand?: string; etag?: string } = {},
  ): Promise<Fetched<Detail<T>> | NotModified> {
    const path = DETAILS[type] as "/v1/conditions/{slug}";
    const { data, error, response } = await this.client.GET(path, {
      params: { path: { slug }, query: options.expand ? { expand: options.expand } : {} },
      headers: options.etag ? { "If-None-Match": options.etag } : {},
    });
    if (response.status === 304) return NOT_MODIFIED;
    if (!response.ok || data === undefined) throw await problemOf(response, error);
    return { value: data as Detail<T>, etag: response.headers.get("etag") };
  }

  /** Every item of a list, page after page. */
  async *list<L extends Listed>(listed: L, filters?: Filters<L>): AsyncGenerator<Item<L>> {
    const path = LISTS[listed] as "/v1/causes";
    for (let offset = 0; ; ) {
      const query = { ...(filters ?? {}), limit: PAGE_SIZE, offset };
      const { data, error, response } = await this.client.GET(path, {
        params: { query: query as NonNullable<paths["/v1/causes"]["get"]["parameters"]["query"]> },
      });
      if (!response.ok || data === undefined) throw await problemOf(response, error);
      for (const item of data.items) yield item as Item<L>;
      offset += data.items.length;
      if (data.items.length === 0 || offset >= data.total) return;
    }
  }

  /** Each record added, changed or removed after the dataset version `since`, oldest first.
   * A version the service never served is a `ProblemError` with status 410: export again. */
  changes(since?: string): AsyncGenerator<Schemas["RecordChangeItem"]> {
    return this.list("changes", since ? { since } : {});
  }

  /** Every record in full, one at a time, as the export streams them; the last line, without
   * `type`, names the `dataset_version` to ask for changes since. */
  async *exportRecords(options: { type?: RecordType } = {}): AsyncGenerator<ExportLine> {
    const url = new URL(`${this.baseUrl}/v1/export`);
    if (options.type) url.searchParams.set("type", options.type);
    const response = await fetch(url);
    if (!response.ok || response.body === null) {
      throw await problemOf(response, await response.json().catch(() => undefined));
    }
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    let pending = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      pending += decoder.decode(chunk.value, { stream: true });
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) if (line) yield JSON.parse(line) as ExportLine;
    }
    if (pending.trim()) yield JSON.parse(pending) as ExportLine;
  }

  async meta(): Promise<Schemas["Meta"]> {
    const { data, error, response } = await this.client.GET("/v1/meta");
    if (!response.ok || data === undefined) throw await problemOf(response, error);
    return data;
  }

  async lookup(system: Schemas["CodeSystem"], code: string) {
    const { data, error, response } = await this.client.GET("/v1/lookup", {
      params: { query: { system, code } },
    });
    if (!response.ok || data === undefined) throw await problemOf(response, error);
    return data;
  }
}
