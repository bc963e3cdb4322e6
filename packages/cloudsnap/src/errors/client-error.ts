import { HttpError } from "./http-error";

/** The provider rejected the request (any 4xx without a more specific class). */
export class ClientError extends HttpError {
  override readonly name: string = "ClientError";
}
