import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readHtml } from './html.js';

describe('readHtml', () => {
  it('keeps paragraphs apart and drops markup, scripts and navigation', () => {
    const html = `<html><head><title>Kerry: Syrian Cease-fire Agreement Near</title><script>alert(1)</script></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Kerry: Syrian Cease-fire Agreement Near</h1>
      <p>U.S. Secretary of State John Kerry said Sunday the "path to peace" in Syria is "actually right in front of us now."</p><p>A human rights monitor says the death toll from double blasts in Homs killed 46 people with dozens more wounded.</p>
      <p>The Britain-based Syrian Observatory for Human Rights said the explosions struck the pro-government neighborhood of al-Zahraa.</p></article>
      </body></html>`;
    const page = readHtml('page.html', html);
    assert.equal(page.title, 'Kerry: Syrian Cease-fire Agreement Near');
    assert.match(page.text, /in front of us now\."\n\nA human rights monitor/);
    assert.doesNotMatch(page.text, /alert|Home World|</);
  });

  it('refuses a page with no text, naming it', () => {
    assert.throws(() => readHtml('page.html', '<html><body><script>x()</script></body></html>'), /page\.html: has no article text$/);
  });
});
