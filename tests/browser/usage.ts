// Compiled (not run) by types.test.mjs: the published types describe the API
// the way an embedder uses it.
import { mount, analyze, unmount, type Analysis, type Lens } from '../../www/factlens.js';

export async function example(): Promise<number> {
  const lens: Lens = await mount('article', { date: '2025-03-14', categories: ['claims', 'figures'], panel: 'open' });
  const first = lens.next();
  const a: Analysis = await analyze('Over 200 people came.', { date: '2025-03-14', layers: ['figures'] });
  const f = a.figures[0];
  const low: number | null = f ? f.low : null;
  unmount();
  return (first ? first.start : 0) + (low ?? 0) + lens.painted.length;
}

export async function auto(): Promise<string> {
  const lens: Lens = await mount(null, { root: 'auto' });
  const words: number = lens.words();
  const back: Lens | undefined = lens.switchRoot ? await lens.switchRoot() : undefined;
  return `${lens.auto?.element ?? ''} ${words} ${lens.analyses} ${back?.auto?.whole ?? false}`;
}
