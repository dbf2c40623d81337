// The words the widget needs before the Rust core has loaded (or when it could not load): the
// language buttons, the loading line, and the embed page's title and description (embed.js sets it on the
// pre-rendered page too, before any core is fetched). Every other word — buttons, captions, status lines,
// the editor's labels, the names of categories and stage kinds — is the core's
// (src/phrase/en.rs, es.rs: `core.editor(scenario, lang)`), in the report's language.

const PRELOAD = {
  en: {
    language: 'Language',
    loading: 'Loading the calculator…',
    loadFailed: 'The calculator could not be loaded.',
    title: 'Arrest breakdown calculator',
    description: 'Shares and plain-language sentences from published arrest figures, with every step of the working shown.',
  },
  es: {
    language: 'Idioma',
    loading: 'Cargando la calculadora…',
    loadFailed: 'No se pudo cargar la calculadora.',
    title: 'Calculadora del desglose de arrestos',
    description: 'Porcentajes y frases claras a partir de las cifras de arrestos publicadas, con cada paso del cálculo a la vista.',
  },
};

export const LANGS = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
];

/** The language to use: a known code from `wanted` ("es-MX" → "es"), else English. */
export function pickLang(wanted) {
  const primary = String(wanted || '').toLowerCase().split(/[-_]/)[0];
  return primary in PRELOAD ? primary : 'en';
}

/** The words needed before the core loads, in `lang`. */
export function preloadWords(lang) {
  return PRELOAD[pickLang(lang)];
}
