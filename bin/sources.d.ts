// Types of bin/sources.js, for scripts/compile.ts.
export type SourceManifest = Record<string, [size: number, mtimeMs: number]>;
export function sourceManifest(dir: string, prefix?: string): SourceManifest;
export function sameSources(dir: string, recorded: SourceManifest): boolean;
