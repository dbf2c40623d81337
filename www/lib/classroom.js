// The classroom's code, loaded only when it is asked for: the practice panel, the guess and the
// lesson, each beside this file (lib/practice.js…) or beside the bundle this file is bundled
// into (build/practice.js…: both one folder below www/, as lib/core.js explains), so no page
// carries any of it before the reader acts.

/** Resolves to lib/practice.js's exports ({openPractice}). */
export const loadPractice = () => import(new URL('./practice.js', import.meta.url).href);

/** Resolves to lib/guess.js's exports ({mountGuess, adoptClassroomStyles}). */
export const loadGuess = () => import(new URL('./guess.js', import.meta.url).href);

/** Resolves to lib/lesson.js's exports ({mountLesson, adoptClassroomStyles}). */
export const loadLesson = () => import(new URL('./lesson.js', import.meta.url).href);
