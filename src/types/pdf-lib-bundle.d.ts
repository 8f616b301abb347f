/**
 * pdf-lib's own ES bundle (pako included), imported by src/islands/attestation/pdf.ts instead of its `es/`
 * build: that build pulls CommonJS dependencies whose interop helpers the bundler would move into the
 * runtime chunk every page loads. Same API as the package.
 */
declare module 'pdf-lib/dist/pdf-lib.esm.min.js' {
  export * from 'pdf-lib';
}
