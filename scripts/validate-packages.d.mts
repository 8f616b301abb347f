/** Types of scripts/validate-packages.mjs for the TypeScript tests that call it. */
export function validateManifest(
  xml: string,
  name: string,
  exists: ((path: string) => boolean) | null,
  files?: ReadonlyArray<{ fileName: string; contents: string | Uint8Array }>,
): Promise<{ version: '1.2' | '2004' | undefined; problems: string[] }>;
