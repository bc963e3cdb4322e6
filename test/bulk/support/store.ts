// What the fake cloud keeps, and the shapes its provider modules share: the snapshots every create
// made (recorded when the request arrives, before any answer), ZStack jobs and sessions.

import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** The three providers, as the fake names accounts (`<provider>:<key id>`). */
export type FakeProvider = "ncloud" | "huaweicloud" | "zstack";

/** The five target kinds. */
export type FakeApi = "ncloud-nas" | "ncloud-vpc" | "ncloud-ses" | "huaweicloud-evs" | "zstack";

/** An answer: status, headers, body text. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A request as the routes see it (the body read whole). */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One snapshot a create made. */
export interface SnapshotRecord {
  readonly api: FakeApi;
  readonly volumeId: string;
  readonly id: string;
  readonly name: string;
  readonly account: string;
  /** `performance.now()` when the create arrived. */
  readonly receivedAt: number;
  /** From when list and lookup operations show it (ZStack: when its job has run). */
  readonly visibleAt: number;
  readonly jobUuid?: string;
  /** Classic NAS: the creation date its answers carry. */
  readonly createDate?: string;
}

/** What a route gets besides the request. */
export interface RouteContext {
  readonly store: Store;
  readonly account: string;
  readonly now: number;
  /** How long this create's answer is held back (slow mode); 0 for every other call. */
  readonly delayMs: number;
  /** The origin the fake listens on (ZStack's `location`). */
  readonly origin: string;
}

/** One operation the fake answers. */
export interface Route {
  readonly operation: string;
  readonly method: string;
  readonly pattern: RegExp;
  /** A create: counted, and answered late in slow mode. */
  readonly create?: boolean;
  answer(request: FakeRequest, match: RegExpExecArray, context: RouteContext): Answer;
}

/** One provider: its routes, how it names the calling account, how it refuses. */
export interface ProviderFake {
  readonly provider: FakeProvider;
  readonly routes: readonly Route[];
  /** The account's key id from the request, `undefined` when it carries none the fake knows. */
  identify(request: FakeRequest, store: Store): string | undefined;
  /** The provider's own "too many requests" answer, for an account limited to `limit` a second. */
  throttled(retryAfterSeconds: number, limit: number): Answer;
  /** The provider's answer to a request without credentials it knows. */
  unauthenticated(): Answer;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return {
    status,
    headers: { "content-type": "application/json;charset=UTF-8", ...headers },
    body: JSON.stringify(value),
  };
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Answer {
  return { status, headers: { "content-type": "text/plain;charset=UTF-8", ...headers }, body };
}

/** 32 lower-case hex digits, as ZStack and Huawei job ids look. */
export function hex32(): string {
  return randomUUID().replaceAll("-", "");
}

/** Everything made, by target (`<api>:<volumeId>`). */
export class Store {
  readonly snapshots = new Map<string, SnapshotRecord[]>();
  readonly jobs = new Map<string, SnapshotRecord>();
  readonly sessions = new Map<string, string>();
  creates = 0;
  duplicateJobsRefused = 0;
  #serial = 30_000_000;

  /** A fresh NCP-style instance number. */
  nextNumber(): string {
    this.#serial += 1;
    return String(this.#serial);
  }

  add(record: SnapshotRecord): void {
    this.creates += 1;
    const key = `${record.api}:${record.volumeId}`;
    const list = this.snapshots.get(key);
    if (list) list.push(record);
    else this.snapshots.set(key, [record]);
    if (record.jobUuid) this.jobs.set(record.jobUuid, record);
  }

  /** The snapshots of one volume that list operations show at `now`. */
  visible(api: FakeApi, volumeId: string, now: number): SnapshotRecord[] {
    return (this.snapshots.get(`${api}:${volumeId}`) ?? []).filter((record) => record.visibleAt <= now);
  }

  clear(): void {
    this.snapshots.clear();
    this.jobs.clear();
    this.sessions.clear();
    this.creates = 0;
    this.duplicateJobsRefused = 0;
  }
}
