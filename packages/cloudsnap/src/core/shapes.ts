// Named shapes and the mismatch error, shared by validation (before a call) and decoding (after it):
// kept apart from decode.ts so that validating, which every entry exports, does not load the decoder.

import type { Shape, Shapes } from "./metadata";

/** A decoded value did not fit its schema; `path` says where (`$.nasVolumeSnapshotList[0].isBusy`). */
export class ShapeMismatch extends Error {
  override readonly name = "ShapeMismatch";
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path}: expected ${expected}`);
  }
}

/** A shape that is not a reference to a named one. */
export type ConcreteShape = Exclude<Shape, { ref: string }>;

/** Follows named shapes (`{ ref }`) to a concrete one. */
export function resolveShape(shape: Shape, named: Shapes): ConcreteShape {
  let current = shape;
  for (let depth = 0; "ref" in current; depth++) {
    const next = Object.hasOwn(named, current.ref) ? named[current.ref] : undefined;
    if (!next || depth > 32) throw new ShapeMismatch("$", `a known schema (${current.ref})`);
    current = next;
  }
  return current;
}
