import { ClientError } from "./client-error";

/** 404: the resource (or, for ZStack jobs, the expired job) does not exist. */
export class NotFoundError extends ClientError {
  override readonly name: string = "NotFoundError";
}
