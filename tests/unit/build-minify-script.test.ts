import { describe, expect, it } from 'vitest';
import { minifyScript } from '../../src/lib/build/minify-script';

describe('minifying an inline script', () => {
  const source =
    'declare const KEY: string;\nconst stored: string | null = localStorage.getItem(KEY);\nconsole.log(stored);\n';

  it('minifies, filling in the values the source declares', () => {
    expect(minifyScript(source, { KEY: 'a' })).toBe('(()=>{const o=localStorage.getItem("a");console.log(o);})();');
  });

  it('gives each set of values its own result, however often a script is asked for', () => {
    const first = minifyScript(source, { KEY: 'first' });
    const second = minifyScript(source, { KEY: 'second' });
    expect(first).toContain('"first"');
    expect(second).toContain('"second"');
    expect(minifyScript(source, { KEY: 'first' })).toBe(first);
    expect(minifyScript(`${source}\n`, { KEY: 'second' })).toBe(second);
  });
});
