/** `createNasVolumeSnapshot` → `CreateNasVolumeSnapshot`. */
export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** `classic-nas` → `classicNas`. */
export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A property access that is valid TypeScript for any spec name (`params.a`, `params["X-Job-UUID"]`). */
export function accessor(object: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`;
}

/** An object key that is valid TypeScript for any spec name. */
export function objectKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

/** The banner every generated file starts with. */
export function banner(spec: string): string {
  return [
    "// This file is generated. Do not edit it by hand.",
    `// Source: ${spec}`,
    "// Regenerate with: pnpm generate",
    "",
  ].join("\n");
}
