import {
  createHuaweiCloudClient,
  isConflictError,
  isCredentialsError,
  isHttpError,
  isNetworkError,
  isRateLimitError,
  isServerError,
  isTimeoutError,
  isValidationError,
} from "cloudsnap";

const huawei = createHuaweiCloudClient({ region: "cn-north-4" });

try {
  await huawei.evs.createSnapshot({ snapshot: { volume_id: "2c194dde-7de5-4529-a141-49f48181f411" } });
} catch (error) {
  if (isValidationError(error)) {
    // Nothing was sent: the input broke a rule of the spec. `path` names the field, never its value.
    console.error(`fix ${error.path}: ${error.message}`);
  } else if (isCredentialsError(error)) {
    console.error(`no usable credentials; looked in ${error.tried.join(", ")}`);
  } else if (isConflictError(error)) {
    // EVS.2409: another snapshot of this disk was still being created after the bounded wait.
    console.error(`disk busy (${error.code}), try again later`);
  } else if (isRateLimitError(error)) {
    console.error(`throttled; the provider asked to wait ${error.retryAfterMs ?? "?"} ms`);
  } else if (isServerError(error) || isTimeoutError(error) || (isNetworkError(error) && error.maybeSent)) {
    // The create may have run: look for the snapshot before trying again, or you may get two.
    console.error(`outcome unknown: ${error.message}`);
  } else if (isHttpError(error)) {
    console.error(
      `${error.status} ${error.code ?? ""} ${error.providerMessage ?? ""} (request ${error.requestId})`,
    );
  } else {
    throw error;
  }
}
