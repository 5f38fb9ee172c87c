// paste.html: analyse any text. The text goes into #preview with textContent
// (white-space: pre-wrap, so blank lines separate paragraphs) and the lens is
// mounted on it, debounced, after each change. The DOM is built with
// textContent only.

const DEBOUNCE_MS = 250;

// Our own short text (invented people and places), different from the demo article.
const SAMPLE = `Wrenfield hospital waiting list falls, but patients still wait months

The number of people waiting for planned surgery at Wrenfield General fell to 8,350 in February, down 6% on January, according to figures published by the health board on Tuesday.

"We have turned a corner," the board's chief executive, Priya Nandakumar, told a press conference. She said the hospital had added two operating theatres at a cost of £14.5m and would clear every wait of more than 52 weeks "well before the end of the year".

Patient groups are less sure. Tom Fairley, who chairs the Wrenfield Patients' Forum, said about 1 in 4 people on the list had already waited over a year, and that the average wait, at 19 weeks, was still three weeks longer than in 2019. Sources inside the hospital said up to 40 nursing posts remain unfilled.

The board will publish its next figures on 8 April. A second phase, costing between $3m and $5m and paid for partly by a research charity, is expected to be the most ambitious in the region.`;

const $ = (id) => document.getElementById(id);
const input = $('input');
const dateInput = $('date');
const panelBox = $('panel');
const preview = $('preview');
const status = $('status');
const form = $('paste-form');

const params = new URLSearchParams(location.search);
const PAINT = ['auto', 'highlight', 'marks'].includes(params.get('paint')) ? params.get('paint') : 'auto';

let lensModule = null; // the imported ./factlens.js, once
let lens = null; // the mounted lens, if any
let timer = 0;
let running = false; // an update is in progress
let again = false; // another change arrived while it ran

function setStatus(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('is-error', isError);
}

function plural(n, one, many = one + 's') {
  return `${n} ${n === 1 ? one : many}`;
}

function summary(analysis, ms) {
  const count = (key) => (Array.isArray(analysis?.[key]) ? analysis[key].length : 0);
  return [
    plural(count('figures'), 'figure'),
    plural(count('quotes'), 'quote'),
    plural(count('attributions'), 'attribution'),
    plural(count('claims'), 'claim'),
    plural(count('flags'), 'flag'),
    `${Math.max(0, Math.round(ms))} ms`,
  ].join(' · ');
}

function errorText(err) {
  const message = err && typeof err === 'object' && 'message' in err ? err.message : String(err);
  return `Could not analyse the text: ${message || 'unknown error'}`;
}

async function loadLens() {
  lensModule ??= await import('./factlens.js');
  return lensModule;
}

function unmountLens() {
  const current = lens;
  lens = null;
  if (current) {
    current.unmount();
    return;
  }
  // No lens of ours (a mount failed half-way?): let the shell clean up, if it can.
  try {
    lensModule?.unmount?.();
  } catch {
    // nothing was mounted
  }
}

async function update() {
  const text = input.value;
  const date = dateInput.value || undefined;
  try {
    // Unmount before the preview's text changes: the lens may have marks in it.
    if (lensModule) unmountLens();
    preview.textContent = text;
    if (!text.trim()) {
      setStatus('Paste or type some text to analyse it.');
      return;
    }
    setStatus('Analysing…');
    const { mount } = await loadLens();
    const t0 = performance.now();
    lens = await mount(preview, { date, panel: panelBox.checked ? 'open' : 'closed', paint: PAINT });
    const ms = performance.now() - t0;
    setStatus(summary(lens?.analysis, ms));
  } catch (err) {
    setStatus(errorText(err), true);
  }
}

// One update at a time; changes made meanwhile collapse into one more run.
async function run() {
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      await update();
    } while (again);
  } finally {
    running = false;
  }
}

function schedule(delay = DEBOUNCE_MS) {
  clearTimeout(timer);
  timer = setTimeout(run, delay);
}

input.addEventListener('input', () => schedule());
dateInput.addEventListener('change', () => schedule(0));
panelBox.addEventListener('change', () => schedule(0));
form.addEventListener('submit', (event) => event.preventDefault());

$('sample').addEventListener('click', () => {
  input.value = SAMPLE;
  if (!dateInput.value) dateInput.value = '2025-03-14';
  schedule(0);
  input.focus();
});

$('clear').addEventListener('click', () => {
  input.value = '';
  schedule(0);
  input.focus();
});

window.addEventListener('unhandledrejection', (event) => {
  setStatus(errorText(event.reason), true);
});

// A reload may keep the textarea's text; analyse it.
if (input.value) schedule(0);
