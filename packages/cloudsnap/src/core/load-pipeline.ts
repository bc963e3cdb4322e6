// The call pipeline (validation aside: building, signing, sending, decoding) is loaded with the
// first call, not with the client: a bundle's initial chunk and a Node import then carry only what
// creating a client needs (option checks, credentials, the signer), and the rest arrives on demand.

type Pipeline = typeof import("./pipeline");

let loaded: Pipeline | undefined;
let loading: Promise<Pipeline> | undefined;

/** The pipeline module once loaded (synchronously), else `undefined`. */
export function loadedPipeline(): Pipeline | undefined {
  return loaded;
}

/** Loads the pipeline module once; a failed load (a chunk that could not be fetched) is tried again. */
export function loadPipeline(): Promise<Pipeline> {
  if (loaded !== undefined) return Promise.resolve(loaded);
  loading ??= import("./pipeline").then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
