// Runs inside the browser page (passed to page.evaluate): browser globals only, no imports.

/** One request to sign in the page: a vector's inputs, and whether to pass the WebCrypto port explicitly. */
export interface PageJob {
  readonly scheme: "ncloud" | "huaweicloud" | "zstack";
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | null;
  readonly now: string;
  readonly credentials: Record<string, string>;
  readonly timeZone?: string;
  readonly explicitPort: boolean;
}

/** What the signed `Request` carried in the page. */
export interface PageResult {
  readonly headers: Record<string, string>;
  readonly body: string | null;
  readonly error?: string;
}

/** Signs each job with the bundled signers the page loaded as `window.cloudsnapSigners`. */
export async function signInPage(jobs: readonly PageJob[]): Promise<PageResult[]> {
  type Sign = (request: Request, credentials: unknown, options: Record<string, unknown>) => Promise<Request>;
  const signers = (window as unknown as { cloudsnapSigners: Record<string, unknown> }).cloudsnapSigners;
  const sign: Record<PageJob["scheme"], Sign> = {
    ncloud: signers.signNcloudRequest as Sign,
    huaweicloud: signers.signHuaweiCloudRequest as Sign,
    zstack: signers.signZStackRequest as Sign,
  };
  const results: PageResult[] = [];
  for (const job of jobs) {
    try {
      const request = new Request(job.url, { method: job.method, headers: job.headers, body: job.body });
      const options: Record<string, unknown> = { now: () => new Date(job.now) };
      if (job.timeZone !== undefined) options.timeZone = job.timeZone;
      if (job.explicitPort) options.crypto = signers.webCryptoPort;
      const signed = await sign[job.scheme](request, job.credentials, options);
      const headers: Record<string, string> = {};
      signed.headers.forEach((value, name) => {
        headers[name] = value;
      });
      results.push({ headers, body: signed.body === null ? null : await signed.text() });
    } catch (error) {
      results.push({ headers: {}, body: null, error: String(error) });
    }
  }
  return results;
}
