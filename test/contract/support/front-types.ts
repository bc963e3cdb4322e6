/** A request as it arrived at the verifying front: raw target, lower-case headers, body bytes. */
export interface FrontRequest {
  readonly method: string;
  /** Path and query exactly as sent on the wire. */
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly host: string;
}

/** Accept the request, or reject it with the provider's own answer. */
export type Verdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly why: string;
      readonly status: number;
      readonly contentType: string;
      readonly body: string;
    };
