import { ClientError } from "./client-error";

/** 409: the resource is busy, e.g. Huawei `EVS.2409` while another snapshot of the volume is being created. */
export class ConflictError extends ClientError {
  override readonly name: string = "ConflictError";
}
