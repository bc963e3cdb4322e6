import { CloudsnapError } from "./cloudsnap-error";

/**
 * A request could not be signed (bad credentials shape, unsupported body, crypto failure).
 * Constructed as `new SigningError(message, { cause })`.
 */
export class SigningError extends CloudsnapError {
  override readonly name: string = "SigningError";
}
