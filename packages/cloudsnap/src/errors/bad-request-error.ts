import { ClientError } from "./client-error";

/** 400: the provider found the request invalid. */
export class BadRequestError extends ClientError {
  override readonly name: string = "BadRequestError";
}
