import { describe, expect, it } from 'vitest'
import { fillTemplate, slotMarker, templateFrom } from './pageTemplate.ts'

const serialized =
  `<title>${slotMarker('title')}</title><meta content="${slotMarker('description')}">` +
  `<script data-prerendered-for="${slotMarker('renderedFor')}"></script>` +
  `<div id="root">${slotMarker('root')}</div><script type="application/json">${slotMarker('state')}</script>`

describe('the page template', () => {
  const template = templateFrom(serialized, { defaultTitleHtml: 'صحيفة', defaultDescription: 'قارئ "أخبار"' })

  it('fills every slot, escaping what goes into attributes and the state', () => {
    const html = fillTemplate(template, {
      titleHtml: 'A &amp; B',
      description: 'say "<hi>"',
      body: '<p>text</p>',
      state: { path: '/?topic=a&x="', queries: [{ queryKey: ['k'], data: '</script><script>' }] },
    })
    expect(html).toBe(
      '<title>A &amp; B</title><meta content="say &quot;&lt;hi&gt;&quot;">' +
        '<script data-prerendered-for="/?topic=a&amp;x=&quot;"></script><div id="root"><p>text</p></div>' +
        '<script type="application/json">{"path":"/?topic=a&x=\\"","queries":[{"queryKey":["k"],"data":"\\u003c/script>\\u003cscript>"}]}</script>',
    )
  })

  it("keeps the template's title and description where the page has none", () => {
    const html = fillTemplate(template, {
      titleHtml: null,
      description: null,
      body: '',
      state: { path: '/', queries: [] },
    })
    expect(html).toContain('<title>صحيفة</title><meta content="قارئ &quot;أخبار&quot;">')
  })

  it('refuses a template without each slot exactly once', () => {
    expect(() => templateFrom(serialized.replace(slotMarker('root'), ''), template)).toThrow(/root/)
    expect(() => templateFrom(serialized + slotMarker('state'), template)).toThrow(/state/)
  })
})
