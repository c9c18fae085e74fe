import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { articleTitle, formatDate, ordinal } from '../../web/src/components/common.js';
import { parseRoute, href } from '../../web/src/router.js';

describe('UI formatting', () => {
  it('formats ISO dates at their precision and leaves others alone', () => {
    assert.equal(formatDate('2019-09-03'), '3 Sep 2019');
    assert.equal(formatDate('2019-08'), 'Aug 2019');
    assert.equal(formatDate('2019'), '2019');
    assert.equal(formatDate('2019-W36'), '2019-W36');
    assert.equal(formatDate(null), '');
  });

  it('names rounds by their ordinal', () => {
    assert.deepEqual([1, 2, 3, 4, 9, 11, 12, 13, 21, 22, 101].map(ordinal), ['1st', '2nd', '3rd', '4th', '9th', '11th', '12th', '13th', '21st', '22nd', '101st']);
  });

  it('names an untitled article by its file, never by a full path', () => {
    assert.equal(articleTitle({ title: null, source: '/home/ana/news/000_1b2f.txt' }), '000_1b2f');
    assert.equal(articleTitle({ title: null, source: 'C:\\news\\doha.html' }), 'doha');
    assert.equal(articleTitle({ title: 'Talks resume', source: 'x.txt' }), 'Talks resume');
  });
});

describe('routes', () => {
  it('round-trips an article link with its span, ids with any characters', () => {
    const id = 'sha256:ab/c?d#e';
    const link = href.article(id, { start: 1405, end: 1474 });
    assert.deepEqual(parseRoute(link), { page: 'article', id, span: { start: 1405, end: 1474 } });
    assert.deepEqual(parseRoute('#/article/x?span=9-3'), { page: 'article', id: 'x', span: null }, 'an empty or reversed span is ignored');
    assert.deepEqual(parseRoute(href.process('proc:afg-gov+taliban')), { page: 'process', id: 'proc:afg-gov+taliban' });
    assert.deepEqual(parseRoute(href.search('cease-fire & talks')), { page: 'search', q: 'cease-fire & talks' });
    assert.deepEqual(parseRoute('#/nowhere'), { page: 'missing', path: '/nowhere' });
  });
});
