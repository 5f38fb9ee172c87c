// items.js: from the Analysis to what a reader sees. Each item is one thing
// the lens marks in the article (a claim, a figure, a quote or reported
// speech, a flag) with the words its popover and the panel show. Pure
// functions of the Analysis: no DOM here, so they are tested in Node too.

/** The categories a reader can switch on and off, in panel order. */
export const CATEGORIES = /** @type {const} */ (['claims', 'quotes', 'figures', 'flags']);

export const CATEGORY_LABELS = {
  claims: 'Claims',
  quotes: 'Quotes & sources',
  figures: 'Figures',
  flags: 'Flags',
};

/**
 * Highlight styles, one per look; `factlens-<style>` is the highlight name
 * and the fallback <mark>'s data-factlens value. Order = paint priority (low first).
 */
export const STYLES = [
  'claim',
  'claim-strong',
  'figure',
  'term',
  'quote',
  'quote-anon',
  'quote-none',
  'source',
  'flag',
];

const FIGURE_KINDS = {
  number: 'Number',
  ordinal: 'Rank',
  fraction: 'Fraction',
  percent: 'Percentage',
  money: 'Money',
  quantity: 'Quantity',
  date: 'Date',
  date_range: 'Period',
  time: 'Time',
  duration: 'Duration',
};

const APPROX = {
  over: 'a lower bound (more than)',
  under: 'an upper bound (less than)',
  about: 'an approximation',
  at_least: 'a lower bound (at least)',
  at_most: 'an upper bound (at most)',
  up_to: 'a ceiling (up to)',
};

const FLAG_KINDS = {
  vague_source: 'Vague source',
  hedge: 'Hedge',
  puffery: 'Puffery',
  loaded: 'Loaded term',
  agentless: 'No agent',
  inconsistency: 'Inconsistency',
};

const SOURCE_KINDS = {
  person: 'a named person',
  role: 'a named role',
  organization: 'an organisation',
  document: 'a document',
  pronoun: 'a pronoun',
  anonymous: 'an anonymous source',
  vague: 'a vague source',
};

/** What an attribution reports (its `kind`): a title, what it is, the panel's tag. */
export const REPORTS = {
  speech: ['Reported speech', '', ''],
  thought: ['Reported view', 'A belief, wish or plan', 'view'],
  stance: ['Reported position', 'Support or opposition', 'position'],
};

/**
 * @typedef {{start: number, end: number, text: string}} Span
 * @typedef {{
 *   id: string, cat: 'claims'|'quotes'|'figures'|'flags', style: string,
 *   start: number, end: number, spans: [number, number][],
 *   kind: string, title: string, summary: string, lines: string[],
 *   reasons: string[], score?: number, speaker?: string | null, person?: string | null,
 *   sourceKind?: string, reports?: string, link?: string, related: Span[],
 * }} Item
 */

/**
 * The items of an analysis, in text order.
 * @param {any} analysis the Analysis (UTF-16 offsets)
 * @param {{claimThreshold?: number, factCheckUrl?: string}} [options]
 * @returns {Item[]}
 */
export function buildItems(analysis, options = {}) {
  const threshold = options.claimThreshold ?? 0;
  const people = peopleIndex(analysis);
  /** @type {Item[]} */
  const items = [];
  const attributions = analysis.attributions || [];

  (analysis.claims || []).forEach((/** @type {any} */ c, /** @type {number} */ i) => {
    if (typeof c.score === 'number' && c.score < threshold) return;
    const attr = c.attribution != null ? attributions[c.attribution] : null;
    const vague = attr && (attr.source_kind === 'anonymous' || attr.source_kind === 'vague');
    const who = attr ? sourceName(attr, people) : null;
    const strong = c.score >= 0.75;
    const lines = [`Check-worthiness ${Math.round(c.score * 100)}% (${strong ? 'strong' : 'moderate'})`];
    if (!attr) lines.push('No source is given for this claim in the text.');
    else if (vague) lines.push('The source is not named: a reader cannot check who says so.');
    const item = /** @type {Item} */ ({
      id: `c${i}`,
      cat: 'claims',
      style: strong ? 'claim-strong' : 'claim',
      start: c.start,
      end: c.end,
      spans: [[c.start, c.end]],
      kind: 'claim',
      title: `Claim — ${!attr ? 'unattributed' : vague ? `${attr.source_kind} source${who ? ` (“${who}”)` : ''}` : `attributed to ${who || 'a source'}`}`,
      summary: c.text,
      lines,
      reasons: Array.isArray(c.reasons) ? c.reasons : [],
      score: c.score,
      related: [],
    });
    if (options.factCheckUrl) item.link = factCheckLink(options.factCheckUrl, c.text);
    items.push(item);
  });

  const quoted = new Set();
  (analysis.quotes || []).forEach((/** @type {any} */ q, /** @type {number} */ i) => {
    const attr = q.attribution != null ? attributions[q.attribution] : null;
    if (attr) quoted.add(q.attribution);
    items.push({ ...quoteItem(q, i, attr, people), person: personOf(attr, analysis) });
  });
  attributions.forEach((/** @type {any} */ a, /** @type {number} */ i) => {
    if (quoted.has(i) || (a.quote != null && analysis.quotes?.[a.quote])) return;
    items.push({ ...reportedItem(a, i, people), person: personOf(a, analysis) });
  });

  (analysis.figures || []).forEach((/** @type {any} */ f, /** @type {number} */ i) => {
    items.push(figureItem(f, i));
  });

  (analysis.flags || []).forEach((/** @type {any} */ f, /** @type {number} */ i) => {
    const label = FLAG_KINDS[/** @type {keyof typeof FLAG_KINDS} */ (f.kind)] || humanize(f.kind);
    const related = Array.isArray(f.related) ? f.related : [];
    items.push({
      id: `g${i}`,
      cat: 'flags',
      style: 'flag',
      start: f.start,
      end: f.end,
      spans: [[f.start, f.end]],
      kind: f.kind,
      title: label,
      summary: f.text,
      lines: [f.note, ...related.map((/** @type {Span} */ r) => `Compare: “${r.text}”`)].filter(Boolean),
      reasons: [],
      related,
    });
  });

  items.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return items;
}

/**
 * The name of the person an attribution resolves to (schema 2's `person`
 * index into `people`), or null for organisations, documents and unnamed
 * sources.
 * @param {any} attr @param {any} analysis
 */
function personOf(attr, analysis) {
  if (!attr || attr.person == null) return null;
  const p = Array.isArray(analysis.people) ? analysis.people[attr.person] : null;
  return p && typeof p.name === 'string' ? p.name : attr.speaker ?? null;
}

/**
 * `{name → title}` from the Analysis' people list, when the core gives one.
 * @param {any} analysis
 */
function peopleIndex(analysis) {
  /** @type {Map<string, string>} */
  const titles = new Map();
  for (const p of Array.isArray(analysis.people) ? analysis.people : []) {
    if (p && typeof p.name === 'string' && typeof p.title === 'string' && p.title) {
      titles.set(p.name, p.title);
    }
  }
  return titles;
}

/**
 * "Khawaja Asif, Defence Minister", "a senior official", or null.
 * @param {any} attr @param {Map<string, string>} people
 */
export function sourceName(attr, people = new Map()) {
  if (!attr) return null;
  if (attr.speaker) {
    const title = people.get(attr.speaker);
    return title ? `${attr.speaker}, ${title}` : attr.speaker;
  }
  return attr.source?.text ? attr.source.text : null;
}

/** @param {string} kind */
function quoteStyle(kind) {
  return kind === 'anonymous' || kind === 'vague' ? 'quote-anon' : 'quote';
}

/**
 * @param {any} q @param {number} i @param {any} attr @param {Map<string, string>} people
 * @returns {Item}
 */
function quoteItem(q, i, attr, people) {
  /** @type {[number, number][]} */
  const spans = [[q.start, q.end]];
  const lines = [];
  let title;
  let style;
  if (q.role === 'term') {
    title = 'In quotes — a name, title or scare quote';
    style = 'term';
    lines.push('Not treated as anyone’s words.');
  } else if (attr) {
    const who = sourceName(attr, people);
    const cue = attr.cue?.text ? attr.cue.text : 'said';
    const kind = attr.source_kind;
    if (kind === 'anonymous' || kind === 'vague') {
      title = `Quote — ${kind === 'vague' ? 'vague' : 'anonymous'} source`;
      if (attr.source?.text) lines.push(`Source: “${attr.source.text}” (not named)`);
    } else {
      title = who ? `Quote — ${who}${people.has(attr.speaker) ? ',' : ''} ${cue}` : `Quote — ${cue}`;
      if (kind && SOURCE_KINDS[/** @type {keyof typeof SOURCE_KINDS} */ (kind)]) {
        lines.push(`Source: ${SOURCE_KINDS[/** @type {keyof typeof SOURCE_KINDS} */ (kind)]}`);
      }
      if (kind === 'pronoun' && attr.source?.text && attr.speaker) {
        lines.push(`“${attr.source.text}” is read as ${attr.speaker}.`);
      }
    }
    style = quoteStyle(kind);
    for (const s of [attr.source, attr.cue]) {
      if (s && s.end > s.start) spans.push([s.start, s.end]);
    }
  } else {
    title = 'Quote — unattributed';
    style = 'quote-none';
    lines.push('No speaker is named for these words.');
  }
  if (q.unclosed) lines.push('The quotation mark is never closed.');
  return {
    id: `q${i}`,
    cat: 'quotes',
    style,
    start: q.start,
    end: q.end,
    spans,
    kind: q.role === 'term' ? 'term' : 'quote',
    title,
    summary: q.text,
    lines,
    reasons: [],
    speaker: attr ? attr.speaker ?? null : null,
    sourceKind: attr ? attr.source_kind : 'none',
    related: [],
  };
}

/**
 * Reported speech with no quotation marks: "X said that …", "According to X, …".
 * @param {any} a @param {number} i @param {Map<string, string>} people
 * @returns {Item}
 */
function reportedItem(a, i, people) {
  const who = sourceName(a, people);
  const kind = a.source_kind;
  const vague = kind === 'anonymous' || kind === 'vague';
  const cue = a.cue?.text || 'said';
  /** @type {[number, number][]} */
  const spans = [[a.content.start, a.content.end]];
  for (const s of [a.source, a.cue]) {
    if (s && s.end > s.start) spans.push([s.start, s.end]);
  }
  const start = Math.min(...spans.map((s) => s[0]));
  const end = Math.max(...spans.map((s) => s[1]));
  const lines = [];
  if (kind && SOURCE_KINDS[/** @type {keyof typeof SOURCE_KINDS} */ (kind)]) {
    lines.push(`Source: ${SOURCE_KINDS[/** @type {keyof typeof SOURCE_KINDS} */ (kind)]}`);
  }
  // Schema 3: a belief or plan ("hopes to"), or support and opposition
  // ("endorsed"), is not something the source said.
  const reports = a.kind === 'thought' || a.kind === 'stance' ? a.kind : 'speech';
  const what = REPORTS[reports];
  if (what[1]) lines.push(`${what[1]}, not words the source is quoted as saying.`);
  return {
    id: `a${i}`,
    cat: 'quotes',
    style: vague ? 'quote-anon' : 'source',
    start,
    end,
    spans,
    kind: 'reported',
    title: vague
      ? `${what[0]} — ${kind === 'vague' ? 'vague' : 'anonymous'} source`
      : `${what[0]} — ${who ? `${who}${people.has(a.speaker) ? ',' : ''} ${cue}` : cue}`,
    summary: a.content.text,
    lines,
    reasons: [],
    speaker: a.speaker ?? null,
    sourceKind: kind,
    reports,
    related: [],
  };
}

/**
 * @param {any} f @param {number} i
 * @returns {Item}
 */
function figureItem(f, i) {
  const kindName = FIGURE_KINDS[/** @type {keyof typeof FIGURE_KINDS} */ (f.kind)] || humanize(f.kind);
  const approx = APPROX[/** @type {keyof typeof APPROX} */ (f.approx)];
  const lines = [];
  const value = describeValue(f);
  if (value) lines.push(`${kindName}: ${value}`);
  else lines.push(kindName);
  return {
    id: `f${i}`,
    cat: 'figures',
    style: 'figure',
    start: f.start,
    end: f.end,
    spans: [[f.start, f.end]],
    kind: f.kind,
    title: `Figure: ${f.text}${approx ? ` — ${approx}` : ''}`,
    summary: f.text,
    lines,
    reasons: [],
    related: [],
  };
}

/**
 * The value of a figure in words a reader checks: "£2,400,000,000",
 * "400 to 600", "Wednesday 12 March 2025".
 * @param {any} f
 */
export function describeValue(f) {
  if (f.date) {
    const a = describeDate(f.date);
    return f.date_end && f.date_end !== f.date ? `${a} to ${describeDate(f.date_end)}` : a;
  }
  const num = (/** @type {number} */ v) => formatNumber(v, f);
  if (f.value == null && f.low != null && f.high != null) return `${num(f.low)} to ${num(f.high)}`;
  if (f.value != null) return num(f.value);
  if (f.low != null) return `more than ${num(f.low)}`;
  if (f.high != null) return `up to ${num(f.high)}`;
  return '';
}

// Numbers and dates are written out by hand, in English like the rest of the
// UI: the first use of Intl loads locale data, which cost more than the
// whole analysis of the demo article (measured: 15–30 ms in Chromium).

const SYMBOLS = { GBP: '£', USD: '$', EUR: '€', JPY: '¥', INR: '₹', CNY: 'CN¥', KRW: '₩', NGN: '₦', ILS: '₪' };

/**
 * 2400000000 → "2,400,000,000"; 4.5 → "4.5" (at most `digits` decimals).
 * @param {number} v @param {number} digits
 */
export function groupDigits(v, digits) {
  if (!Number.isFinite(v)) return String(v);
  const neg = v < 0;
  let fixed = Math.abs(v).toFixed(digits);
  if (fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** @param {number} v @param {any} f */
function formatNumber(v, f) {
  if (f.currency && /^[A-Z]{3}$/.test(f.currency)) {
    const amount = Number.isInteger(v) ? groupDigits(v, 0) : groupDigits(v, 2).replace(/\.(\d)$/, '.$10');
    const symbol = SYMBOLS[/** @type {keyof typeof SYMBOLS} */ (f.currency)];
    return symbol ? `${symbol}${amount}` : `${amount} ${f.currency}`;
  }
  const n = groupDigits(v, 6);
  if (f.kind === 'percent') return f.unit === 'pp' ? `${n} percentage points` : `${n}%`;
  if (f.kind === 'fraction') return `${n} (a share)`;
  if (f.kind === 'duration' && f.unit && v !== 1) return `${n} ${plural(f.unit)}`;
  return f.unit ? `${n} ${f.unit}` : n;
}

/** "month" → "months", "century" → "centuries". @param {string} unit */
function plural(unit) {
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  return /s$/.test(unit) ? unit : `${unit}s`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * "Wednesday 12 March 2025", "March 2025", "2025", "12 March (year not stated)".
 * @param {string} iso
 */
export function describeDate(iso) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (Number.isNaN(d.getTime())) return iso;
    return `${WEEKDAYS[d.getUTCDay()]} ${+m[3]} ${MONTHS[+m[2] - 1] ?? m[2]} ${m[1]}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(iso);
  if (m) return `${MONTHS[+m[2] - 1] ?? m[2]} ${m[1]}`;
  m = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${+m[2]} ${MONTHS[+m[1] - 1] ?? m[1]} (year not stated)`;
  return iso;
}

/**
 * A link to a fact-check search: `{query}` in the template becomes the claim.
 * @param {string} template @param {string} text
 */
export function factCheckLink(template, text) {
  const query = encodeURIComponent(text.replace(/\s+/g, ' ').trim().slice(0, 300));
  const url = template.includes('{query}') ? template.replaceAll('{query}', query) : template + query;
  return /^https?:\/\//i.test(url) ? url : '';
}

/** @param {string} s */
function humanize(s) {
  const t = String(s || '').replace(/_/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * Counts per category.
 * @param {Item[]} items
 */
export function countByCategory(items) {
  /** @type {Record<string, number>} */
  const counts = { claims: 0, quotes: 0, figures: 0, flags: 0 };
  for (const it of items) counts[it.cat] += 1;
  return counts;
}
