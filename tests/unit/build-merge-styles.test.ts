import { describe, expect, it } from 'vitest';
import { mergeStyles } from '../../src/lib/build/merge-styles';

describe("joining a page's inline styles", () => {
  it('joins every plain <style> into the first, in <head>, in document order', () => {
    const html =
      '<html><head><style>a{color:red}</style></head><body><main><style>.x{}</style><p>text</p>' +
      '<style>.y{color:$1}</style></main></body></html>';
    expect(mergeStyles(html)).toBe(
      '<html><head><style>a{color:red}\n.x{}\n.y{color:$1}</style></head><body><main><p>text</p></main></body></html>',
    );
  });

  it('leaves a <style> with attributes where it is', () => {
    const html = '<head><style>a{}</style></head><body><style media="print">b{}</style><style>c{}</style></body>';
    expect(mergeStyles(html)).toBe('<head><style>a{}\nc{}</style></head><body><style media="print">b{}</style></body>');
  });

  it('changes nothing when there is one style, or when the first is not in <head>', () => {
    const one = '<head><style>a{}</style></head><body></body>';
    expect(mergeStyles(one)).toBe(one);
    const late = '<head></head><body><style>a{}</style><style>b{}</style></body>';
    expect(mergeStyles(late)).toBe(late);
  });
});
