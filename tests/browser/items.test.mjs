// What the popover and the panel say, from Analysis objects shaped like the
// core's output (schema in the README). Pure functions: runs in Node.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildItems, describeDate, describeValue, factCheckLink, countByCategory, groupDigits } from '../../www/items.js';

const span = (text, start) => ({ start, end: start + text.length, text });

function analysis(parts) {
  return { schema: 1, sentences: [], figures: [], quotes: [], attributions: [], claims: [], flags: [], ...parts };
}

test('a bound reads as a bound', () => {
  const [item] = buildItems(
    analysis({
      figures: [{ ...span('over 200', 10), kind: 'number', value: 200, low: 200, high: null, unit: null, currency: null, approx: 'over', date: null, date_end: null }],
    }),
  );
  assert.equal(item.title, 'Figure: over 200 — a lower bound (more than)');
  assert.deepEqual(item.lines, ['Number: 200']);
  assert.equal(item.cat, 'figures');
});

test('money, ranges, percentage points and durations in words', () => {
  const f = (x) => ({ value: null, low: null, high: null, unit: null, currency: null, approx: 'exact', date: null, date_end: null, ...x });
  assert.equal(describeValue(f({ kind: 'money', value: 2.4e9, currency: 'GBP' })), '£2,400,000,000');
  assert.equal(describeValue(f({ kind: 'money', value: 4.5, currency: 'USD' })), '$4.50');
  assert.equal(describeValue(f({ kind: 'number', low: 400, high: 600 })), '400 to 600');
  assert.equal(describeValue(f({ kind: 'percent', value: 2, unit: 'pp' })), '2 percentage points');
  assert.equal(describeValue(f({ kind: 'duration', value: 18, unit: 'month' })), '18 months');
  assert.equal(describeValue(f({ kind: 'duration', value: 1, unit: 'century' })), '1 century');
  assert.equal(describeValue(f({ kind: 'duration', value: 2, unit: 'century' })), '2 centuries');
});

test('dates at the precision the text gives', () => {
  assert.equal(describeDate('2025-03-12'), 'Wednesday 12 March 2025');
  assert.equal(describeDate('2025-03'), 'March 2025');
  assert.equal(describeDate('2025'), '2025');
  assert.equal(describeDate('--10-12'), '12 October (year not stated)');
});

test('a quote names its speaker with the title the core found', () => {
  const q = { ...span('“It will open in May,”', 0), role: 'speech', unclosed: false, attribution: 0 };
  const a = {
    source: span('Okafor', 28),
    cue: span('said', 35),
    content: span('“It will open in May,”', 0),
    source_kind: 'person',
    speaker: 'Miriam Okafor',
    person: 0,
    quote: 0,
    direct: true,
  };
  const items = buildItems(analysis({ quotes: [q], attributions: [a], people: [{ name: 'Miriam Okafor', title: 'Port Authority chief executive' }] }));
  assert.equal(items.length, 1, 'the attribution of a quote is not listed twice');
  assert.equal(items[0].title, 'Quote — Miriam Okafor, Port Authority chief executive, said');
  assert.deepEqual(items[0].spans, [[0, 22], [28, 34], [35, 39]]);
  assert.equal(items[0].style, 'quote');
  assert.equal(items[0].person, 'Miriam Okafor');
});

test('anonymous, unattributed and term quotes look different', () => {
  const quotes = [
    { ...span('“excessive”', 0), role: 'speech', unclosed: false, attribution: 0 },
    { ...span('“in due course”', 20), role: 'speech', unclosed: false, attribution: null },
    { ...span('“Blue Line”', 40), role: 'term', unclosed: false, attribution: null },
  ];
  const attributions = [
    { source: span('a senior official', 60), cue: span('said', 78), content: span('“excessive”', 0), source_kind: 'anonymous', speaker: null, quote: 0, direct: true },
  ];
  const items = buildItems(analysis({ quotes, attributions }));
  assert.deepEqual(
    items.map((i) => [i.style, i.title]),
    [
      ['quote-anon', 'Quote — anonymous source'],
      ['quote-none', 'Quote — unattributed'],
      ['term', 'In quotes — a name, title or scare quote'],
    ],
  );
});

test('reported speech without quotation marks is an item of its own', () => {
  const a = { source: span('The council', 0), cue: span('said', 12), content: span('the work would start in April', 17), source_kind: 'organization', speaker: null, quote: null, direct: false };
  const [item] = buildItems(analysis({ attributions: [a] }));
  assert.equal(item.kind, 'reported');
  assert.equal(item.title, 'Reported speech — The council said');
  assert.equal(item.start, 0);
  assert.equal(item.end, 46);
});

test('a view or a position is not reported as speech', () => {
  const at = (cue, kind) => ({ source: span('The union', 0), cue: span(cue, 10), content: span('the plan', 20), kind, source_kind: 'organization', speaker: null, quote: null, direct: false });
  const [view, position, speech, old] = buildItems(analysis({ attributions: [at('hopes', 'thought'), at('backs', 'stance'), at('says', 'speech'), at('said')] })).sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.equal(view.title, 'Reported view — The union hopes');
  assert.equal(view.reports, 'thought');
  assert.match(view.lines.join(' '), /belief, wish or plan, not words/);
  assert.equal(position.title, 'Reported position — The union backs');
  assert.equal(position.reports, 'stance');
  assert.equal(speech.title, 'Reported speech — The union says');
  assert.equal(speech.lines.length, 1);
  // Schema 2 had no kind: its attributions read as speech.
  assert.equal(old.reports, 'speech');
});

test('claims: threshold, attribution, reasons and the optional fact-check link', () => {
  const claims = [
    { ...span('Fares rose 12% last year.', 0), score: 0.9, reasons: ['figure', 'comparison'], figures: [], attribution: null },
    { ...span('It was a lovely day.', 30), score: 0.2, reasons: [], figures: [], attribution: null },
  ];
  const items = buildItems(analysis({ claims }), { claimThreshold: 0.5, factCheckUrl: 'https://factcheck.example/search?q={query}' });
  assert.equal(items.length, 1);
  assert.equal(items[0].title, 'Claim — unattributed');
  assert.equal(items[0].style, 'claim-strong');
  assert.deepEqual(items[0].reasons, ['figure', 'comparison']);
  assert.equal(items[0].link, 'https://factcheck.example/search?q=Fares%20rose%2012%25%20last%20year.');
  assert.deepEqual(countByCategory(items), { claims: 1, quotes: 0, figures: 0, flags: 0 });
});

test('a fact-check template can only make an http(s) link', () => {
  assert.equal(factCheckLink('javascript:alert({query})', 'x'), '');
  assert.equal(factCheckLink('https://a.example/?q=', 'a b'), 'https://a.example/?q=a%20b');
});

test('flags carry their note and the spans they relate to', () => {
  const flags = [{ ...span('1,400 workers', 50), kind: 'inconsistency', note: 'Another figure for the same count.', related: [span('1,200 workers', 10)] }];
  const [item] = buildItems(analysis({ flags }));
  assert.equal(item.title, 'Inconsistency');
  assert.deepEqual(item.lines, ['Another figure for the same count.', 'Compare: “1,200 workers”']);
});

test('items come in reading order, outer before inner at the same start', () => {
  const items = buildItems(
    analysis({
      claims: [{ ...span('Over 200 came on Friday.', 0), score: 0.8, reasons: [], figures: [0], attribution: null }],
      figures: [
        { ...span('Friday', 17), kind: 'date', value: null, low: null, high: null, unit: null, currency: null, approx: 'exact', date: null, date_end: null },
        { ...span('Over 200', 0), kind: 'number', value: 200, low: 200, high: null, unit: null, currency: null, approx: 'over', date: null, date_end: null },
      ],
    }),
  );
  assert.deepEqual(items.map((i) => i.id), ['c0', 'f1', 'f0']);
});

test('digits are grouped by hand (no Intl, which is slow to start)', () => {
  assert.equal(groupDigits(2400000000, 0), '2,400,000,000');
  assert.equal(groupDigits(1234.5, 2), '1,234.5');
  assert.equal(groupDigits(-1000, 0), '-1,000');
  assert.equal(groupDigits(0.125, 6), '0.125');
  assert.equal(groupDigits(100, 6), '100');
  assert.equal(groupDigits(12, 2), '12');
});

test('a claim carried by a vague source says so', () => {
  const a = { source: span('Experts', 0), cue: span('say', 8), content: span('exports rose 40%', 12), source_kind: 'vague', speaker: null, person: null, quote: null, direct: false };
  const claims = [{ ...span('Experts say exports rose 40%.', 0), score: 0.9, reasons: ['figure'], figures: [], attribution: 0 }];
  const item = buildItems(analysis({ claims, attributions: [a] })).find((i) => i.cat === 'claims');
  assert.equal(item.title, 'Claim — vague source (“Experts”)');
  assert.match(item.lines.join(' '), /not named/);
});
