// UI chrome only: button names, captions and status lines. Every figure, sentence, label and
// message about the numbers comes from the Rust core's report, in the report's language.

const CHROME = {
  en: {
    language: 'Language',
    adjust: 'Adjust the numbers',
    numbers: 'The numbers',
    total: 'Total',
    groups: 'Groups',
    places: 'Places',
    reset: 'Reset to the reported figures',
    allFigures: 'All figures',
    yes: 'Yes',
    everyoneElse: 'Everyone else',
    loading: 'Loading the calculator…',
    loadFailed: 'The calculator could not be loaded.',
    presetFailed: 'These figures could not be loaded.',
    noScenario: 'No figures were given to this calculator.',
    lastGood: 'Some numbers need checking. The results shown are from the last numbers that worked.',
    categories: {
      convicted: 'Convicted',
      pending: 'Pending charges',
      no_record: 'No criminal record',
      criminal_history: 'Criminal history',
      not_convicted: 'Not convicted',
    },
  },
  es: {
    language: 'Idioma',
    adjust: 'Ajustar las cifras',
    numbers: 'Las cifras',
    total: 'Total',
    groups: 'Grupos',
    places: 'Lugares',
    reset: 'Volver a las cifras publicadas',
    allFigures: 'Todas las cifras',
    yes: 'Sí',
    everyoneElse: 'El resto',
    loading: 'Cargando la calculadora…',
    loadFailed: 'No se pudo cargar la calculadora.',
    presetFailed: 'No se pudieron cargar estas cifras.',
    noScenario: 'No se han dado cifras a esta calculadora.',
    lastGood: 'Hay cifras que revisar. Los resultados que se ven son los de las últimas cifras válidas.',
    categories: {
      convicted: 'Condenados',
      pending: 'Cargos pendientes',
      no_record: 'Sin antecedentes penales',
      criminal_history: 'Con antecedentes penales',
      not_convicted: 'Sin condena',
    },
  },
};

export const LANGS = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
];

/** The language to use: a known code from `wanted` ("es-MX" → "es"), else English. */
export function pickLang(wanted) {
  const primary = String(wanted || '').toLowerCase().split(/[-_]/)[0];
  return primary in CHROME ? primary : 'en';
}

export function chrome(lang) {
  return CHROME[pickLang(lang)];
}
