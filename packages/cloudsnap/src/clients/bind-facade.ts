import type { ApiBinding } from "../http/api-binding";
import type { CallOptions } from "../http/call-options";
import { type InvokeDeps, invokeOperation } from "../http/invoke-operation";
import { withSecrets } from "./group-secrets";

/** One method per operation in the spec's metadata: nothing is listed by hand, so a new op appears. */
export function bindFacade<Methods>(api: ApiBinding, deps: InvokeDeps): Methods {
  const methods: Record<string, unknown> = {};
  for (const operationId of Object.keys(api.operations)) {
    methods[operationId] = (params?: Record<string, unknown>, options?: CallOptions) =>
      invokeOperation(api, deps, operationId, params, options).then((result) => result.value);
  }
  return withSecrets(methods, () => deps.authorizer.secrets()) as Methods;
}
