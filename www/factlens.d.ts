// Types for the Factlens lens (www/factlens.js). The Analysis types mirror the
// JSON schema in the README; offsets are UTF-16 code units (string indices).

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  /** Check-worthiness in [0, 1]; null until the claims layer computes it. */
  claim_score: number | null;
}

export type FigureKind =
  | 'number' | 'ordinal' | 'fraction' | 'percent' | 'money' | 'quantity'
  | 'date' | 'date_range' | 'time' | 'duration';

export type Approx = 'exact' | 'over' | 'under' | 'about' | 'at_least' | 'at_most' | 'up_to';

export interface Figure extends Span {
  kind: FigureKind;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  currency: string | null;
  approx: Approx;
  /** ISO 8601 at the precision of the text: "2025", "2025-10", "2025-10-12", "--10-12". */
  date: string | null;
  date_end: string | null;
}

export interface Quote extends Span {
  role: 'speech' | 'term';
  unclosed: boolean;
  /** Index into `attributions`. */
  attribution: number | null;
}

export type SourceKind = 'person' | 'role' | 'organization' | 'document' | 'pronoun' | 'anonymous' | 'vague';

export interface Attribution {
  source: Span | null;
  cue: Span | null;
  content: Span;
  /** What it reports (schema 3): words said or written, a belief/wish/plan, or support/opposition. */
  kind: 'speech' | 'thought' | 'stance';
  source_kind: SourceKind;
  /** The canonical name: a person's (people[person].name) or an organisation's as written. */
  speaker: string | null;
  /** Index into `people` when the source is, or resolves to, a person. */
  person?: number | null;
  /** Index into `quotes`. */
  quote: number | null;
  direct: boolean;
}

export interface Claim extends Span {
  score: number;
  reasons: string[];
  /** Indices into `figures`. */
  figures: number[];
  attribution: number | null;
}

export interface Flag extends Span {
  kind: string;
  note: string;
  related: Span[];
}

export interface Person {
  name: string;
  title: string | null;
  mentions: Span[];
}

export interface Analysis {
  schema: number;
  sentences: Sentence[];
  figures: Figure[];
  quotes: Quote[];
  attributions: Attribution[];
  claims: Claim[];
  flags: Flag[];
  /** People the article names, with their titles and every mention (schema 2). */
  people?: Person[];
}

export type Layer = 'sentences' | 'figures' | 'quotes' | 'attributions' | 'claims' | 'flags';

export interface AnalyzeOptions {
  /** Publication date, YYYY-MM-DD: relative dates resolve against it. */
  date?: string;
  /** Layers to compute (all by default). */
  layers?: Layer[];
}

export type Category = 'claims' | 'quotes' | 'figures' | 'flags';

export interface MountOptions {
  /**
   * The article root: an element, a CSS selector, or "auto" (the default):
   * the article as the lens finds it, page furniture inside it left out.
   */
  root?: Element | string | 'auto';
  /** Publication date, YYYY-MM-DD (default: the page's article:published_time, JSON-LD datePublished or <time datetime>). */
  date?: string | Date;
  /** Categories shown (default: all). */
  categories?: Category[] | string;
  /** Claims scoring below this (0..1) are not shown. Default 0. */
  claimThreshold?: number;
  /** "auto" (Highlight API where available), "highlight", or "marks" (<mark> elements). */
  paint?: 'auto' | 'highlight' | 'marks';
  /** The side panel: "closed" (toggle button only, default), "open", or "none". */
  panel?: 'open' | 'closed' | 'none';
  /** A fact-check search URL with {query}; none by default (no network call is the default). */
  factCheckUrl?: string;
  /** Keyboard shortcuts (Alt+Shift+L/N/P/O). Default true. */
  shortcuts?: boolean;
  /** An element to host the UI in its shadow root (what <fact-lens> does). */
  host?: HTMLElement;
}

export interface Item {
  id: string;
  cat: Category;
  style: string;
  start: number;
  end: number;
  spans: [number, number][];
  kind: string;
  title: string;
  summary: string;
  lines: string[];
  reasons: string[];
  score?: number;
  speaker?: string | null;
  /** The person an attribution resolves to. */
  person?: string | null;
  link?: string;
}

export interface Lens {
  readonly root: Element;
  /** The text the core analysed (the root's text as rendered). */
  readonly text: string;
  readonly analysis: Analysis;
  readonly items: Item[];
  /** The items painted, with their live DOM ranges, in reading order. */
  readonly painted: { item: Item; ranges: Range[] }[];
  readonly mode: 'highlight' | 'marks';
  readonly current: Item | null;
  readonly timings: { load: number; collect: number; analyze: number; paint: number; total: number };
  /** How many times the text was analysed: 1 at mount, one more per change of the root's text. */
  readonly analyses: number;
  /** Set when the lens found its own root ("auto"): which part of the page it read. */
  readonly auto: { how: string; element: string; skipped: number; whole: boolean } | null;
  /** With an "auto" root: unmounts and mounts again on the whole page (or back on the article). */
  switchRoot: (() => Promise<Lens>) | null;
  /** Words in the text read. */
  words(): number;
  next(): Item | null;
  prev(): Item | null;
  focusItem(item: Item): void;
  setVisible(on: boolean): void;
  toggleCategory(cat: Category): void;
  /** Takes away everything the lens added; the page is as it was. */
  unmount(): void;
}

/**
 * Mounts the lens: reads the root's text, analyses it, paints; reads it again
 * when the root's content changes (after 400 ms without changes).
 */
export function mount(root?: Element | string | null, options?: MountOptions): Promise<Lens>;
/** Unmounts the lens on `root`, or every lens. */
export function unmount(root?: Element | string): void;
/** The most recently mounted lens still on the page. */
export function current(): Lens | null;
/** Analyses text without a page. */
export function analyze(text: string, options?: AnalyzeOptions): Promise<Analysis>;
/** Loads and compiles the WebAssembly core (mount and analyze do it on first use). */
export function load(): Promise<void>;
/** The core's version. */
export function version(): Promise<string>;
export const CATEGORIES: readonly Category[];
