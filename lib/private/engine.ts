/**
 * The engine this copy of the library is built for. The source says cdktf; scripts/stage-package.ts
 * writes "cdktn" here in the cdktn package's copy, as it rewrites the copy's imports.
 */
export const ENGINE: "cdktf" | "cdktn" = "cdktf";
