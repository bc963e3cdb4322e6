/** Inputs of the NAVER Cloud string to sign. */
export interface NcloudStringToSignInput {
  method: string;
  requestTarget: string;
  timestamp: string;
  accessKey: string;
}

/**
 * `{METHOD} {REQUEST_TARGET}\n{TIMESTAMP}\n{ACCESS_KEY}`: one space after the method, LF line breaks.
 * @see providers.md §1.2 (string to sign)
 */
export function stringToSign(input: NcloudStringToSignInput): string {
  return `${input.method} ${input.requestTarget}\n${input.timestamp}\n${input.accessKey}`;
}
