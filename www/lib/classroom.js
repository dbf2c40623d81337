// The classroom's practice panel, loaded only when a reader opens it: lib/practice.js beside this
// file, or build/practice.js beside the bundle this file is bundled into (both one folder below
// www/, as lib/core.js explains), so no page carries it before the reader acts.

/** Resolves to lib/practice.js's exports ({openPractice}). */
export const loadPractice = () => import(new URL('./practice.js', import.meta.url).href);
