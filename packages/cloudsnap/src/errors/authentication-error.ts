import { ClientError } from "./client-error";

/** 401: credentials, signature, token or timestamp rejected (NCP also uses 401 for its `210 Permission Denied`). */
export class AuthenticationError extends ClientError {
  override readonly name: string = "AuthenticationError";
}
