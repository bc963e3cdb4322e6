/** A Rolldown plugin: a default import of a dual package reads its CommonJS `exports.default` (see the .mjs). */
export declare function cjsRequireInterop(): {
  name: string;
  renderChunk(
    code: string,
    chunk: { fileName: string },
    options: { format: string },
  ): { code: string; map: null } | null;
};

/** Rewrites each node-mode interop of an external `require` to the `__esModule`-aware default. */
export declare function dropNodeMode(code: string): string;
