import { HttpError } from "./http-error";

/** The provider failed to handle the request (5xx). A create may still have run. */
export class ServerError extends HttpError {
  override readonly name: string = "ServerError";
}
