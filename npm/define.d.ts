// Types of `arrest-breakdown/define` (and, re-exported, of `arrest-breakdown`): the element's
// public surface as docs/embedding.md describes it. Written by hand beside
// www/arrest-breakdown-element.js (its JSDoc typedefs); the package test type-checks nothing,
// so keep the two in step when the element changes.

/**
 * What the widget shows: `loading` (the core or the figures), `ready` (the report of the figures
 * as they stand), `stale` (the figures as edited have an error: the last good report stays),
 * `error` (no report: the core did not load, or no figures could be read).
 */
export type ArrestBreakdownState = 'loading' | 'ready' | 'stale' | 'error';

/** A language of the report: every sentence and label. */
export type ArrestBreakdownLang = 'en' | 'es';

/**
 * `card` (the default), `full` (everything laid out at once), `editor` (full, inputs open),
 * `guess` (the card, its answer hidden until the reader has guessed it), `lesson` (the card with
 * the working one step at a time).
 */
export type ArrestBreakdownMode = 'card' | 'full' | 'editor' | 'guess' | 'lesson';

export type ArrestBreakdownTheme = 'light' | 'dark' | 'auto';

/** A scenario (docs/contract.md): figures as numbers or as text typed in either language. */
export interface ArrestBreakdownScenario {
  version?: number;
  lang?: string;
  stages: unknown[];
  [field: string]: unknown;
}

/** The detail of `arrest-breakdown-change`: what the widget shows changed (at most once per microtask). */
export interface ArrestBreakdownChangeDetail {
  /** As `element.state`. */
  state: ArrestBreakdownState | null;
  /** The language of the report on screen; null before the first. */
  lang: ArrestBreakdownLang | null;
  /** The text of the report's headline on screen; null before the first. */
  headline: string | null;
}

/** The detail of `arrest-breakdown-edit`: the reader edited, and the widget recalculated. */
export interface ArrestBreakdownEditDetail {
  /** A figure typed or chosen, the language switch, or reset. */
  cause: 'input' | 'lang' | 'reset';
  /** For `input`, the JSON path of the field edited (`stages[0].total`); else null. */
  path: string | null;
  /** The language after the edit. */
  lang: ArrestBreakdownLang;
}

/** What a link restores: the scenario as edited (text as typed) and the language. */
export interface ArrestBreakdownShareState {
  scenario: ArrestBreakdownScenario;
  lang: ArrestBreakdownLang;
  /** In a classroom mode, the mode a shared link opens in. */
  mode?: 'guess' | 'lesson';
}

export interface ArrestBreakdownEventMap extends HTMLElementEventMap {
  'arrest-breakdown-change': CustomEvent<ArrestBreakdownChangeDetail>;
  'arrest-breakdown-edit': CustomEvent<ArrestBreakdownEditDetail>;
}

/**
 * The calculator. Each property reflects the attribute of the same name (`headingLevel`:
 * `heading-level`); setting `null` removes the attribute. Changes made together render once,
 * in the next microtask.
 */
export declare class ArrestBreakdown extends HTMLElement {
  static readonly observedAttributes: string[];
  /** A preset's name (a file in presets/: `los-angeles`, `national`, `operation-safe-city`), or '' with none. */
  get preset(): string;
  set preset(value: string | null);
  /** The inline scenario as JSON text ('' with none); wins over `preset`. Set text or an object. */
  get scenario(): string;
  set scenario(value: string | ArrestBreakdownScenario | null);
  /**
   * Reads `en` or `es` (an `ArrestBreakdownLang`): the attribute, else the scenario's own
   * language, else `en`. A plain property here because HTMLElement declares `lang` as one.
   */
  lang: string;
  /** `card` for anything but `full` (or the older `reader`), `editor`, `guess` and `lesson`. */
  get mode(): ArrestBreakdownMode;
  set mode(value: string | null);
  get theme(): ArrestBreakdownTheme;
  set theme(value: string | null);
  /** The level of the "what the numbers do not say" heading: 2–6, else 2. */
  get headingLevel(): number;
  set headingLevel(value: number | string | null);
  /** What the widget shows (also its `data-state` attribute); null before it starts. */
  readonly state: ArrestBreakdownState | null;
  /** True while a pre-rendered copy is on screen in place of the live widget. */
  readonly prerendered: boolean;
  /** A copy of what a link restores, or null with no figures. */
  shareState(): ArrestBreakdownShareState | null;

  addEventListener<K extends keyof ArrestBreakdownEventMap>(type: K, listener: (this: ArrestBreakdown, ev: ArrestBreakdownEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ArrestBreakdownEventMap>(type: K, listener: (this: ArrestBreakdown, ev: ArrestBreakdownEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * Registers the element as `name` (default `arrest-breakdown`) in `registry` (default
 * `customElements`) and returns the class registered under that name. A name already taken is
 * left as it is; under a second name the element is a subclass.
 */
export declare function define(name?: string, registry?: CustomElementRegistry): CustomElementConstructor;
