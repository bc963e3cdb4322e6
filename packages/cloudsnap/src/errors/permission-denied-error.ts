import { ClientError } from "./client-error";

/** 403: authenticated, but not allowed (ZStack also answers 403 to a wrong AccessKey signature). */
export class PermissionDeniedError extends ClientError {
  override readonly name: string = "PermissionDeniedError";
}
