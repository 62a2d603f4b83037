// The count of a page's elements and nesting read from its text before any parser builds it: close
// to what the HTML parser makes of it, so ordinary pages are never refused and deep ones cannot
// hide behind tags the parser ignores or repairs.
import { describe, expect, it } from 'vitest';
import { htmlShape, xmlShape } from '../../../../electron/library/import/markup-shape';

describe('the shape of a page from its text', () => {
  it.each([
    ['nested elements', '<div><section><div>x</div></section></div>', 3],
    [
      'empty elements and ones whose end tag may be left out, which do not nest',
      '<p>One<p>Two<br><img src=x><ul><li>a<li>b</ul>',
      1,
    ],
    [
      'scripts, styles and comments, read as text',
      '<script>"<div><div><div>"</script><style>a>b{}</style><!-- <div><div> --><p>x',
      0,
    ],
    ['a quoted ">" inside an attribute', '<div title="a > b"><span data-x=\'>\'>x</span></div>', 2],
    [
      '"/>" in SVG, which closes there, and in HTML, which does not',
      `<svg>${'<path/>'.repeat(50)}</svg>${'<div/>'.repeat(3)}`,
      3,
    ],
    ['stray end tags, which close nothing', `${'</div>'.repeat(10)}${'<div>'.repeat(5)}`, 5],
  ])('counts %s', (_name, html, deepest) => {
    expect(htmlShape(html).deepest).toBe(deepest);
  });

  it.each([
    ['an ordinary element closing past a block left open inside it', '<span><div>x</span>'],
    ['a formatting element closing past a block, which stays open', '<b><div>x</b>'],
  ])('sees nesting hidden by %s', (_name, repeated) => {
    expect(htmlShape(repeated.repeat(300)).deepest).toBeGreaterThan(200);
  });

  it('does not count misnested formatting that the parser repairs as nesting', () => {
    expect(htmlShape('<b><div>x</b></div>'.repeat(300)).deepest).toBeLessThanOrEqual(2);
  });

  it('counts every start tag as an element', () => {
    expect(htmlShape('<p>a<br>b</p><p>c</p>').elements).toBe(3);
  });

  it('counts Word’s paragraphs and notices a document type in XML', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:document><w:body><w:p><w:r/></w:p><w:p/><w:pPr/></w:body></w:document>';

    expect(xmlShape(xml, 'w:p')).toEqual({ elements: 6, deepest: 3, named: 2, doctype: true });
  });
});
